using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Turns each mention's sentences into an L2-normalised TF-IDF vector, with IDF computed over the whole input.</summary>
/// <remarks>A report's lead mention takes the report's whole text and title except the sentences of its background mentions: the report
/// is about its lead incident, and extraction keeps only the sentences that name a field. Outlet boilerplate (<see cref="OutletBoilerplate"/>)
/// is left out of every vector.
/// Terms are lower-cased runs of letters or digits, minus stop words, weekday names and one-letter tokens; a trailing plural "s"
/// is dropped. Place names stay in: they overlap the place evidence, but the words are in both reports even where the gazetteer
/// resolved the town wrongly or not at all (keeping them: Gun Violence Corpus B-cubed F1 0.970 -> 0.976, ECB+ 0.943 -> 0.939).
/// Term ids are assigned in mention-id order, so vectors are the same whatever the input order.</remarks>
internal static class LexicalIndex
{
    private const int MaxTokenLength = 40;

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "said", "says", "say", "according", "told", "news", "report", "reported", "reports", "one",
        "two", "three", "new", "like", "get", "got", "us", "may", "might", "must", "shall", "yet", "still", "even", "well", "back",
        "around", "within", "without", "upon", "since", "per", "via", "mr", "mrs", "ms", "de", "la", "el",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Builds the vectors of all profiles and returns the document frequency of each term id.</summary>
    /// <param name="profiles">The profiles, in id order.</param>
    /// <returns>The document frequency of each term id.</returns>
    public static int[] Build(IReadOnlyList<MentionProfile> profiles)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var docFreq = new List<int>();
        var counts = new Dictionary<int, int>();
        var rawTerms = new int[profiles.Count][];
        var rawCounts = new int[profiles.Count][];
        Span<char> buffer = stackalloc char[MaxTokenLength];
        OutletBoilerplate.Assign(profiles);

        for (int p = 0; p < profiles.Count; p++)
        {
            counts.Clear();
            string text = profiles[p].Mention.Report.Text ?? string.Empty;
            foreach (TextSpan span in profiles[p].Reading!)
            {
                Tokenize(text.AsSpan(span.Start, span.Length), buffer, lookup, vocabulary, docFreq, counts);
            }

            if (profiles[p].ReadTitle is { } title)
            {
                Tokenize(title, buffer, lookup, vocabulary, docFreq, counts);
            }

            int[] terms = [.. counts.Keys];
            Array.Sort(terms);
            var tf = new int[terms.Length];
            for (int i = 0; i < terms.Length; i++)
            {
                tf[i] = counts[terms[i]];
                docFreq[terms[i]]++;
            }

            rawTerms[p] = terms;
            rawCounts[p] = tf;
        }

        int n = profiles.Count;
        var idf = new double[docFreq.Count];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Math.Log((1.0 + n) / (1.0 + docFreq[t])) + 1.0;
        }

        for (int p = 0; p < n; p++)
        {
            int[] terms = rawTerms[p];
            int[] tf = rawCounts[p];
            var w = new float[terms.Length];
            double norm = 0;
            for (int i = 0; i < terms.Length; i++)
            {
                double v = (1.0 + Math.Log(tf[i])) * idf[terms[i]];
                w[i] = (float)v;
                norm += v * v;
            }

            if (norm > 0)
            {
                float inv = (float)(1.0 / Math.Sqrt(norm));
                for (int i = 0; i < w.Length; i++)
                {
                    w[i] *= inv;
                }
            }

            profiles[p].Terms = terms;
            profiles[p].Weights = w;
        }

        return [.. docFreq];
    }

    /// <summary>Each report's background mentions' sentences, by report index (a report with none has no entry).</summary>
    internal static Dictionary<int, List<TextSpan>> BackgroundSentences(IReadOnlyList<MentionProfile> profiles)
    {
        var background = new Dictionary<int, List<TextSpan>>();
        foreach (MentionProfile profile in profiles)
        {
            if (!profile.Mention.IsLead)
            {
                if (!background.TryGetValue(profile.ReportIndex, out List<TextSpan>? spans))
                {
                    background[profile.ReportIndex] = spans = [];
                }

                spans.AddRange(profile.Mention.Sentences);
            }
        }

        return background;
    }

    /// <summary>The background mentions' sentences that the lead mention does not share, sorted and clamped to the text.</summary>
    internal static List<TextSpan> LeadExclusions(IncidentMention lead, List<TextSpan>? background)
    {
        var result = new List<TextSpan>();
        if (background is null)
        {
            return result;
        }

        int length = lead.Report.Text?.Length ?? 0;
        foreach (TextSpan s in background)
        {
            if (!lead.Sentences.Any(own => own.Overlaps(s)))
            {
                int start = Math.Clamp(s.Start, 0, length);
                result.Add(new TextSpan(start, Math.Clamp(s.End, start, length)));
            }
        }

        result.Sort(static (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
        return result;
    }

    /// <summary>Returns the cosine of two normalised sparse vectors.</summary>
    public static double Cosine(MentionProfile a, MentionProfile b)
    {
        int[] ta = a.Terms, tb = b.Terms;
        float[] wa = a.Weights, wb = b.Weights;
        int i = 0, j = 0;
        double sum = 0;
        while (i < ta.Length && j < tb.Length)
        {
            int x = ta[i], y = tb[j];
            if (x == y)
            {
                sum += wa[i++] * wb[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>Whether the character is a decimal point or thousands separator between digits ("5.6", "1,500"), kept inside the token.</summary>
    private static bool IsNumberSeparator(ReadOnlySpan<char> text, int i) =>
        text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static void Tokenize(
        ReadOnlySpan<char> text,
        Span<char> buffer,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup,
        Dictionary<string, int> vocabulary,
        List<int> docFreq,
        Dictionary<int, int> counts)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int len = 0;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsNumberSeparator(text, i)))
            {
                if (len < buffer.Length)
                {
                    buffer[len++] = char.ToLowerInvariant(text[i]);
                }

                i++;
            }

            // "Saturday's" -> "saturday"
            if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && (text[i + 1] is 's' or 'S')
                && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                i += 2;
            }

            ReadOnlySpan<char> token = buffer[..len];
            if (token.Length > 4 && token[^1] == 's' && token[^2] != 's' && char.IsLetter(token[^2]))
            {
                token = token[..^1];
            }

            if (token.Length < 2 || StopWordLookup.Contains(token))
            {
                continue;
            }

            if (!lookup.TryGetValue(token, out int id))
            {
                id = vocabulary.Count;
                lookup[token] = id;
                docFreq.Add(0);
            }

            counts[id] = counts.TryGetValue(id, out int c) ? c + 1 : 1;
        }
    }
}
