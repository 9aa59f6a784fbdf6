using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Extraction.Lexicon;

/// <summary>The hedge words before a number, finer than <see cref="HedgeKind"/> because they resolve to different intervals.</summary>
internal enum HedgeWord : byte
{
    /// <summary>No hedge: the number is exact.</summary>
    None = 0,

    /// <summary>"at least 75", "no fewer than 75": <c>[n, open)</c>.</summary>
    AtLeast,

    /// <summary>"more than 30", "over 30", "upwards of 30": <c>[n+1, open)</c>.</summary>
    MoreThan,

    /// <summary>"up to 20", "as many as 20", "at most 20": <c>(open, n]</c>.</summary>
    UpTo,

    /// <summary>"fewer than 20", "less than 20", "under 20": <c>(open, n-1]</c>.</summary>
    FewerThan,

    /// <summary>"nearly 20", "almost 20", "close to 20": up to n, <c>[n - max(1, round(n/5)), n]</c>.</summary>
    Nearly,

    /// <summary>"about 30", "around 30", "some 30", "an estimated 30": <c>[n - b, n + b]</c> with <c>b = max(1, ceil(n/10))</c>.</summary>
    About,
}

/// <summary>The hedge phrases that qualify a number, before it ("at least", "nearly") or after it ("or more", "or so").</summary>
internal static class QuantityHedges
{
    private static readonly FrozenDictionary<string, (string[] Words, HedgeWord Hedge)[]> ByFirstWord = Build(
        (HedgeWord.AtLeast, "at least|no fewer than|no less than|not less than|not fewer than|a minimum of|at the very least"),
        (HedgeWord.MoreThan, "more than|well over|just over|over|upwards of|in excess of|well above|above|more then"),
        (HedgeWord.UpTo, "up to|as many as|as much as|at most|no more than|not more than|a maximum of"),
        (HedgeWord.FewerThan, "fewer than|less than|under|below"),
        (HedgeWord.Nearly, "nearly|almost|close to|just under|just shy of|approaching|nearing|just short of"),
        (HedgeWord.About, "about|around|some|roughly|approximately|approx|an estimated|estimated|circa|an approximate|in the region of|something like|round about|ca"));

    /// <summary>Maps a hedge word to the public <see cref="HedgeKind"/>.</summary>
    /// <param name="hedge">The hedge word.</param>
    /// <returns>The kind.</returns>
    public static HedgeKind Kind(HedgeWord hedge) => hedge switch
    {
        HedgeWord.AtLeast => HedgeKind.AtLeast,
        HedgeWord.MoreThan => HedgeKind.MoreThan,
        HedgeWord.UpTo or HedgeWord.FewerThan or HedgeWord.Nearly => HedgeKind.AtMost,
        HedgeWord.About => HedgeKind.Approximately,
        _ => HedgeKind.Exact,
    };

    private static readonly FrozenDictionary<string, (string[] Words, HedgeWord Hedge)[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the first words of every hedge phrase.</summary>
    public static IEnumerable<string> FirstWords => ByFirstWord.Keys;

    /// <summary>Returns the hedge phrases that start with <paramref name="firstWord"/>, longest first.</summary>
    /// <param name="firstWord">The first word, any case.</param>
    /// <returns>The candidate phrases (lower-case words), or an empty span.</returns>
    public static ReadOnlySpan<(string[] Words, HedgeWord Hedge)> StartingWith(ReadOnlySpan<char> firstWord)
        => Lookup.TryGetValue(firstWord, out (string[] Words, HedgeWord Hedge)[]? phrases) ? phrases : [];

    private static FrozenDictionary<string, (string[] Words, HedgeWord Hedge)[]> Build(params (HedgeWord Hedge, string Phrases)[] groups)
    {
        var all = new List<(string[] Words, HedgeWord Hedge)>();
        foreach ((HedgeWord hedge, string phrases) in groups)
        {
            foreach (string phrase in phrases.Split('|'))
            {
                all.Add((phrase.Split(' '), hedge));
            }
        }

        // Stable: longest first, then the order above.
        return all.GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }
}
