namespace Reconcile.Clustering;

/// <summary>How common words and names are in a larger corpus that a clustering's input is a part of: an incident store's reports, so
/// that a batch weighs a word or a name by how common it is in the whole stored dataset, as a whole run over the same reports does, and
/// not by how common it is among the batch, its candidates and a sample of the rest (where a hospital's or a district's name, found in
/// hundreds of a city's reports, looks as rare as a victim's).</summary>
/// <remarks>The counts cover the reports in <see cref="Counted"/>; the input's other mentions (a batch's new ones) are counted by the
/// clustering and added, so that the statistics are those of the corpus with the batch (<see cref="CorpusCounts"/> gives what they added).</remarks>
internal sealed class CorpusStatistics
{
    /// <summary>The ids of the input's reports already in the counts (the stored ones).</summary>
    public required IReadOnlySet<string> Counted { get; init; }

    /// <summary>How many mentions the counts cover.</summary>
    public required long Mentions { get; init; }

    /// <summary>How many reports the counts cover.</summary>
    public required long Reports { get; init; }

    /// <summary>For the given words (<see cref="LexicalIndex"/> terms), how many counted mentions read each; a word absent from the result
    /// counts as 0.</summary>
    public required Func<IReadOnlyList<string>, IReadOnlyDictionary<string, long>> TermMentions { get; init; }

    /// <summary>For the given name pairs (<see cref="NameIndex.Collect"/>), how many counted reports name each; absent counts as 0.</summary>
    public required Func<IReadOnlyList<string>, IReadOnlyDictionary<string, long>> NameReports { get; init; }
}

/// <summary>What the uncounted mentions of one clustering add to <see cref="CorpusStatistics"/>: to be stored with them.</summary>
internal sealed class CorpusCounts
{
    /// <summary>The uncounted mentions.</summary>
    public long Mentions { get; set; }

    /// <summary>The uncounted reports.</summary>
    public long Reports { get; set; }

    /// <summary>Each word's number of uncounted mentions that read it.</summary>
    public SortedDictionary<string, long> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>Each name pair's number of uncounted reports that name it.</summary>
    public SortedDictionary<string, long> Names { get; } = new(StringComparer.Ordinal);
}
