using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Finds each mention's rare proper-name pairs: two capitalised words in a row ("Jerry Ortiz", "Bourbon Street",
/// "Zurana Horton") that few reports of the input share. A victim's, a suspect's or a street's name is what tells two look-alike
/// shootings in one town apart, and what a report weeks later still repeats.</summary>
/// <remarks>The text read is the lexical vector's (a lead mention: the report's title and text without its background mentions'
/// sentences; never outlet boilerplate, see <see cref="OutletBoilerplate"/>). Pairs are lower-cased; a pair with a stop word or a title ("Officer", "County") is skipped, and a pair found in
/// more than <see cref="MaxReports"/> reports (the outlet's name, the police department) is not rare.</remarks>
internal static class NameIndex
{
    /// <summary>The most reports a pair may appear in and still count as a name of one incident.</summary>
    public const int MaxReports = 12;

    /// <summary>A name that identifies an incident (<see cref="MentionProfile.IdentityNames"/>) is found in at most one in this many reports
    /// of the input: in a small input about one story, the monitor's or the armed group's name is in every report.</summary>
    public const int IdentityShare = 4;

    private const int MaxWord = 30;

    /// <summary>Capitalised words that head or end a name-like pair without naming anything particular.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new[]
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "by", "from", "with", "but", "he", "she", "it", "they", "we",
        "his", "her", "their", "this", "that", "these", "those", "police", "officer", "officers", "sheriff", "deputy", "deputies",
        "detective", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "chief", "mayor", "judge", "attorney", "district",
        "county", "city", "state", "department", "office", "news", "said", "says", "mr", "mrs", "ms", "dr", "st", "saint", "north",
        "south", "east", "west", "new", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "update",
        "breaking", "video", "photos", "copyright", "associated", "press", "all", "rights", "reserved",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sets <see cref="MentionProfile.Names"/>, <see cref="MentionProfile.IdentityNames"/> and <see cref="MentionProfile.Ages"/> of every profile.</summary>
    /// <param name="profiles">The profiles, in id order.</param>
    /// <param name="corpus">The corpus the profiles are part of (a store's), whose counts, with the uncounted reports', say how many
    /// reports name a pair and how many reports there are; <see langword="null"/>: the profiles' reports alone.</param>
    /// <param name="counted">With <paramref name="corpus"/>: whether each profile's report (by profile index) is in its counts already.</param>
    /// <param name="added">With <paramref name="corpus"/>: receives what the uncounted reports add to the counts.</param>
    public static void Build(IReadOnlyList<MentionProfile> profiles, CorpusStatistics? corpus = null, bool[]? counted = null, CorpusCounts? added = null)
    {
        OutletBoilerplate.Assign(profiles);

        // Each profile's distinct names, sorted ordinally; then how many reports name each (a count per name, not a set of reports: the
        // profiles are visited report by report, so a name is counted once per report by remembering the last report that counted it).
        var found = new string[profiles.Count][];
        var names = new SortedSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < profiles.Count; p++)
        {
            names.Clear();
            Bits128 ages = default;
            MentionProfile profile = profiles[p];
            MentionDigest digest = profile.Digest!;
            int nameStart = 0;
            foreach (Piece piece in digest.Pieces)
            {
                if (!profile.SkipsLine(piece.Line))
                {
                    for (int k = nameStart; k < piece.NameEnd; k++)
                    {
                        names.Add(digest.Names[k]);
                    }

                    ages = ages.Union(piece.Ages);
                }

                nameStart = piece.NameEnd;
            }

            if (profile.ReadTitle is { } title)
            {
                Collect(title, names);
            }

            profiles[p].Ages = ages;
            found[p] = [.. names];
        }

        // A report is fresh (not yet in the corpus's counts) when any of its profiles is uncounted.
        int[] byReport = [.. Enumerable.Range(0, profiles.Count).OrderBy(p => profiles[p].ReportIndex).ThenBy(p => p)];
        var freshReport = new Dictionary<int, bool>();
        foreach (int p in byReport)
        {
            int r = profiles[p].ReportIndex;
            bool fresh = counted is null || !counted[p];
            freshReport[r] = freshReport.TryGetValue(r, out bool before) ? before || fresh : fresh;
        }

        int reportCount = freshReport.Count;
        var reportsOf = new Dictionary<string, NameCount>(StringComparer.Ordinal);
        foreach (int p in byReport)
        {
            int r = profiles[p].ReportIndex;
            bool fresh = freshReport[r];
            foreach (string name in found[p])
            {
                ref NameCount count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(reportsOf, name, out bool exists);
                if (!exists || count.LastReport != r)
                {
                    count = new NameCount(r, count.Reports + 1, count.FreshReports + (fresh ? 1 : 0));
                }
            }
        }

        long total = reportCount;
        Func<string, long> reportsNaming = n => reportsOf[n].Reports;
        if (corpus is not null)
        {
            int freshCount = freshReport.Values.Count(f => f);
            string[] all = [.. reportsOf.Keys.Order(StringComparer.Ordinal)];
            IReadOnlyDictionary<string, long> stored = corpus.NameReports(all);
            var effective = new Dictionary<string, long>(all.Length, StringComparer.Ordinal);
            foreach (string name in all)
            {
                int newReports = reportsOf[name].FreshReports;
                effective[name] = stored.GetValueOrDefault(name) + newReports;
                if (added is not null && newReports > 0)
                {
                    added.Names[name] = newReports;
                }
            }

            if (added is not null)
            {
                added.Reports = freshCount;
            }

            total = corpus.Reports + freshCount;
            reportsNaming = n => effective[n];
        }

        for (int p = 0; p < profiles.Count; p++)
        {
            profiles[p].Names = [.. found[p].Where(n => reportsNaming(n) <= MaxReports)];
            profiles[p].IdentityNames = [.. profiles[p].Names.Where(n => reportsNaming(n) * IdentityShare <= total)];
            found[p] = null!;
        }
    }

    /// <summary>How many reports name a pair: the last report counted, all reports, and those not yet in the corpus's counts.</summary>
    private readonly record struct NameCount(int LastReport, int Reports, int FreshReports);

    /// <summary>The number of names two sorted name lists share.</summary>
    public static int Shared(string[] a, string[] b, List<string>? sink = null)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                sink?.Add(a[i]);
                n++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }

    /// <summary>Adds the lower-cased pairs of consecutive capitalised words of <paramref name="text"/> (one space between them).</summary>
    /// <remarks>A run of capitalised words that names a place of care ("San Francisco General Hospital", "Advocate Christ Medical
    /// Center") gives no pairs: it is where victims are taken, shared by every shooting of its town, not a name of one incident.</remarks>
    internal static void Collect(ReadOnlySpan<char> text, SortedSet<string> names)
    {
        Span<int> run = stackalloc int[2 * MaxRun];
        int count = 0;
        bool care = false;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            ReadOnlySpan<char> word = text[start..i];
            bool capitalised = word.Length >= 2 && word.Length <= MaxWord && char.IsUpper(word[0]) && HasLower(word[1..]) && !NotNames.Contains(word);
            bool joins = capitalised && count > 0 && start == run[(2 * count) - 1] + 1 && text[start - 1] == ' ';
            if (!joins || count == MaxRun)
            {
                AddRun(text, run[..(2 * count)], care, names);
                count = 0;
                care = false;
            }

            if (capitalised)
            {
                run[2 * count] = start;
                run[(2 * count) + 1] = i;
                count++;
                care |= CareWords.Contains(word);
            }
        }

        AddRun(text, run[..(2 * count)], care, names);
    }

    /// <summary>The most words of one run of capitalised words read together (a longer run is read in parts).</summary>
    private const int MaxRun = 16;

    /// <summary>Words that make a run of capitalised words the name of a place of care.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CareWords = new[]
    {
        "hospital", "hospitals", "medical", "clinic", "infirmary", "healthcare", "trauma",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the pairs of a run's consecutive words (start and end offsets in <paramref name="run"/>), unless it names a place of care.</summary>
    private static void AddRun(ReadOnlySpan<char> text, ReadOnlySpan<int> run, bool care, SortedSet<string> names)
    {
        if (care)
        {
            return;
        }

        for (int k = 2; k < run.Length; k += 2)
        {
            names.Add(string.Concat(text[run[k - 2]..run[k - 1]], " ", text[run[k]..run[k + 1]]).ToLowerInvariant());
        }
    }

    /// <summary>Whether the word has a lower-case letter: "Ortiz", "O'Neal", "McDonald", not "FBI" or an all-capitals headline word.</summary>
    private static bool HasLower(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
