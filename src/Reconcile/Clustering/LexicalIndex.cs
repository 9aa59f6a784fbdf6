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
    /// <summary>The longest token kept; longer runs are cut.</summary>
    internal const int MaxTokenLength = 40;

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
    /// <param name="corpus">The corpus the profiles are part of (a store's), whose counts, with the uncounted profiles', give the
    /// document frequencies and the number of documents; <see langword="null"/>: the profiles alone.</param>
    /// <param name="counted">With <paramref name="corpus"/>: whether each profile (by index) is in its counts already.</param>
    /// <param name="added">With <paramref name="corpus"/>: receives what the uncounted profiles add to the counts.</param>
    /// <returns>The document frequency of each term id.</returns>
    public static int[] Build(IReadOnlyList<MentionProfile> profiles, CorpusStatistics? corpus = null, bool[]? counted = null, CorpusCounts? added = null)
    {
        OutletBoilerplate.Assign(profiles);
        if (profiles.Count == 0)
        {
            return [];
        }

        // The run's word numbers (from whichever thread met a word first) become term ids in the order the profiles, in id order, meet them.
        TermTable table = profiles[0].Words!;
        int[] local = new int[Math.Max(16, table.Count)];
        Array.Fill(local, -1);
        var docFreq = new List<int>();
        var counts = new Dictionary<int, int>();
        // Each profile's terms, and their counts kept in the array that becomes its weights (a count is a whole number far below 2^24, so
        // a float holds it exactly): no third array per profile to let go.
        var rawTerms = new int[profiles.Count][];
        var weights = new float[profiles.Count][];
        Span<char> buffer = stackalloc char[MaxTokenLength];

        int Local(int id)
        {
            if (id >= local.Length)
            {
                int old = local.Length;
                Array.Resize(ref local, Math.Max(id + 1, old * 2));
                local.AsSpan(old).Fill(-1);
            }

            if (local[id] < 0)
            {
                local[id] = docFreq.Count;
                docFreq.Add(0);
            }

            return local[id];
        }

        for (int p = 0; p < profiles.Count; p++)
        {
            counts.Clear();
            MentionProfile profile = profiles[p];
            MentionDigest digest = profile.Digest!;
            int termStart = 0;
            foreach (Piece piece in digest.Pieces)
            {
                if (!profile.SkipsLine(piece.Line))
                {
                    for (int k = termStart; k < piece.TermEnd; k += 2)
                    {
                        int id = Local(digest.Terms[k]);
                        counts[id] = counts.TryGetValue(id, out int c) ? c + digest.Terms[k + 1] : digest.Terms[k + 1];
                    }
                }

                termStart = piece.TermEnd;
            }

            if (profile.ReadTitle is { } title)
            {
                Tokenize(title, buffer, token =>
                {
                    int id = Local(table.Id(token));
                    counts[id] = counts.TryGetValue(id, out int c) ? c + 1 : 1;
                });
            }

            int[] terms = [.. counts.Keys];
            Array.Sort(terms);
            var tf = new float[terms.Length];
            for (int i = 0; i < terms.Length; i++)
            {
                tf[i] = counts[terms[i]];
                docFreq[terms[i]]++;
            }

            rawTerms[p] = terms;
            weights[p] = tf;
        }

        long n = profiles.Count;
        if (corpus is not null)
        {
            n = WithCorpus(profiles, corpus, counted, added, table, local, docFreq, rawTerms);
        }

        var idf = new double[docFreq.Count];
        for (int t = 0; t < idf.Length; t++)
        {
            idf[t] = Math.Log((1.0 + n) / (1.0 + docFreq[t])) + 1.0;
        }

        for (int p = 0; p < profiles.Count; p++)
        {
            int[] terms = rawTerms[p];
            float[] w = weights[p];
            double norm = 0;
            for (int i = 0; i < terms.Length; i++)
            {
                double v = (1.0 + Math.Log((int)w[i])) * idf[terms[i]];
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
            rawTerms[p] = null!;
            weights[p] = null!;
        }

        return [.. docFreq];
    }

    /// <summary>Replaces the input's document frequencies by the corpus's with the uncounted profiles', and returns the number of
    /// documents they cover.</summary>
    private static long WithCorpus(IReadOnlyList<MentionProfile> profiles, CorpusStatistics corpus, bool[]? counted, CorpusCounts? added,
        TermTable table, int[] local, List<int> docFreq, int[][] rawTerms)
    {
        string[] byTableId = table.Words();
        var word = new string[docFreq.Count];
        for (int id = 0; id < local.Length && id < byTableId.Length; id++)
        {
            if (local[id] >= 0)
            {
                word[local[id]] = byTableId[id];
            }
        }

        var fresh = new int[docFreq.Count];
        long freshMentions = 0;
        for (int p = 0; p < profiles.Count; p++)
        {
            if (counted is null || !counted[p])
            {
                freshMentions++;
                foreach (int t in rawTerms[p])
                {
                    fresh[t]++;
                }
            }
        }

        IReadOnlyDictionary<string, long> stored = corpus.TermMentions(word);
        for (int t = 0; t < docFreq.Count; t++)
        {
            docFreq[t] = (int)Math.Min(int.MaxValue, stored.GetValueOrDefault(word[t]) + fresh[t]);
            if (added is not null && fresh[t] > 0)
            {
                added.Terms[word[t]] = fresh[t];
            }
        }

        if (added is not null)
        {
            added.Mentions = freshMentions;
        }

        return corpus.Mentions + freshMentions;
    }

    /// <summary>The background mentions' sentences that the lead mention does not share, sorted and clamped to the text.</summary>
    internal static List<TextSpan> LeadExclusions(IncidentMention lead, List<TextSpan>? background, int length)
    {
        var result = new List<TextSpan>();
        if (background is null)
        {
            return result;
        }

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

    /// <summary>Receives a token of <see cref="Tokenize"/>; the span is only valid during the call.</summary>
    internal delegate void TokenSink(ReadOnlySpan<char> token);

    /// <summary>Hands each term of <paramref name="text"/> to <paramref name="sink"/>, in text order.</summary>
    internal static void Tokenize(ReadOnlySpan<char> text, Span<char> buffer, TokenSink sink)
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

            sink(token);
        }
    }
}
