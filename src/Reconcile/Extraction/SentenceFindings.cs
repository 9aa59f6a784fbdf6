using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Everything the recognizers found in one sentence: the assembler's input.</summary>
/// <remarks>The extractor takes these from a per-thread pool (<see cref="Rent"/>): a report's sentences and their lists are reused
/// by the thread's next report, so none of them may be kept past the extraction (mentions copy what they need).</remarks>
internal sealed class SentenceFindings
{
    /// <summary>Reports with more sentences than this get fresh ones beyond it, so that one huge report does not stay in the pool.</summary>
    internal const int MaxPooled = 512;

    [ThreadStatic]
    private static List<SentenceFindings>? t_pool;

    public SentenceFindings(int index, TextSpan span)
    {
        Index = index;
        Span = span;
    }

    public int Index { get; private set; }

    public TextSpan Span { get; private set; }

    public List<CasualtyFinding> Casualties { get; } = [];

    public List<DateFinding> Dates { get; } = [];

    public List<PlaceFinding> Places { get; } = [];

    public List<TypeFinding> Types { get; } = [];

    public List<ActorFinding> Actors { get; } = [];

    public SourceFinding? Source { get; set; }

    /// <summary>Empty findings for each of <paramref name="spans"/>, in order, from this thread's pool: valid until the thread's next call.</summary>
    public static SentenceFindings[] Rent(IReadOnlyList<TextSpan> spans)
    {
        List<SentenceFindings> pool = t_pool ??= [];
        var sentences = new SentenceFindings[spans.Count];
        for (int i = 0; i < sentences.Length; i++)
        {
            if (i >= MaxPooled)
            {
                sentences[i] = new SentenceFindings(i, spans[i]);
                continue;
            }

            if (i == pool.Count)
            {
                pool.Add(new SentenceFindings(i, spans[i]));
            }

            SentenceFindings s = pool[i];
            s.Reset(i, spans[i]);
            sentences[i] = s;
        }

        return sentences;
    }

    private void Reset(int index, TextSpan span)
    {
        Index = index;
        Span = span;
        Casualties.Clear();
        Dates.Clear();
        Places.Clear();
        Types.Clear();
        Actors.Clear();
        Source = null;
    }
}
