using System.Buffers;
using System.Text.RegularExpressions;

namespace Reconcile.Extraction;

/// <summary>
/// Finds the matches of a case-insensitive regular expression by trying its <c>\G</c>-anchored form only where one of its start words
/// begins: the same matches, left to right and non-overlapping, as enumerating the unanchored pattern over the whole text, at the cost of
/// one vectorised search for the start words instead of a match attempt at nearly every position.
/// </summary>
/// <remarks>
/// The start words must be a superset: every match of the pattern begins where one of them begins (ignoring case). Text holding a
/// character that the regex's case folding equates with an ASCII letter but ordinal-ignore-case does not (the Kelvin sign, the long s,
/// the dotted and dotless i) is enumerated with the unanchored pattern instead, so the result never differs.
/// </remarks>
internal static class AnchoredScan
{
    /// <summary>Characters that match ASCII letters under the regex's case-insensitive rules but not under ordinal-ignore-case.</summary>
    public static SearchValues<char> CaseOddities { get; } = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>Adds the matches in <paramref name="s"/> (as index and length in <paramref name="s"/>) to <paramref name="matches"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="starts">The words (ignoring case) every match begins with.</param>
    /// <param name="anchored">The pattern preceded by <c>\G</c>.</param>
    /// <param name="full">The pattern itself, for text with case oddities.</param>
    /// <param name="matches">Receives the matches, left to right.</param>
    /// <param name="limit">Where to stop: matches starting at or after it are not wanted (the ones before are the same either way).</param>
    public static void FindAll(ReadOnlySpan<char> s, SearchValues<string> starts, Regex anchored, Regex full, List<(int Index, int Length)> matches, int limit = int.MaxValue)
    {
        if (s.ContainsAny(CaseOddities))
        {
            FindAllFull(s, full, matches, limit);
            return;
        }

        int pos = 0;
        while (pos < s.Length)
        {
            int k = s[pos..].IndexOfAny(starts);
            if (k < 0)
            {
                break;
            }

            pos += k;
            if (pos >= limit)
            {
                break;
            }

            pos = TryAt(s, pos, anchored, matches);
        }
    }

    /// <summary>
    /// Adds the matches in <paramref name="s"/> of a pattern split by start word: at each position where a start word of
    /// <paramref name="table"/> begins, only that word's anchored group is tried.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="table">The start words, each with the anchored pattern of the alternatives that begin with it.</param>
    /// <param name="full">The whole pattern (every group, as one alternation), for text with case oddities.</param>
    /// <param name="matches">Receives the matches, left to right.</param>
    /// <param name="limit">Where to stop: matches starting at or after it are not wanted.</param>
    public static void FindAll(ReadOnlySpan<char> s, StartTable table, Regex full, List<(int Index, int Length)> matches, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (s.ContainsAny(CaseOddities))
        {
            FindAllFull(s, full, matches, limit);
            return;
        }

        int pos = 0;
        while (pos < s.Length)
        {
            int k = s[pos..].IndexOfAny(table.Starts);
            if (k < 0)
            {
                break;
            }

            pos += k;
            if (pos >= limit)
            {
                break;
            }

            pos = table.At(s[pos..]) is { } anchored ? TryAt(s, pos, anchored, matches) : pos + 1;
        }
    }

    /// <summary>One attempt of an anchored pattern at <paramref name="pos"/>: adds the match, if any, and returns where to search next.</summary>
    private static int TryAt(ReadOnlySpan<char> s, int pos, Regex anchored, List<(int Index, int Length)> matches)
    {
        // The anchored pattern matches at pos or not at all: one attempt.
        Regex.ValueMatchEnumerator attempt = anchored.EnumerateMatches(s, pos);
        if (attempt.MoveNext())
        {
            ValueMatch m = attempt.Current;
            matches.Add((m.Index, m.Length));
            return m.Index + Math.Max(1, m.Length);
        }

        return pos + 1;
    }

    private static void FindAllFull(ReadOnlySpan<char> s, Regex full, List<(int Index, int Length)> matches, int limit)
    {
        foreach (ValueMatch m in full.EnumerateMatches(s))
        {
            if (m.Index >= limit)
            {
                break;
            }

            matches.Add((m.Index, m.Length));
        }
    }

    /// <summary>Start words (ASCII letters, none the beginning of another) with the anchored pattern of the alternatives that begin with each.</summary>
    /// <remarks>
    /// Since no start word begins another, at most one of them begins at any position, and only the alternatives that start with it can
    /// match there: trying that group alone gives the same match as trying the whole alternation.
    /// </remarks>
    internal sealed class StartTable
    {
        private readonly (string Word, Regex Anchored)[]?[] _byLetter = new (string, Regex)[]?[26];

        /// <summary>Creates the table.</summary>
        /// <param name="entries">Each start word with its group's pattern preceded by <c>\G</c>.</param>
        public StartTable((string Word, Regex Anchored)[] entries)
        {
            ArgumentNullException.ThrowIfNull(entries);
            for (int i = 0; i < entries.Length; i++)
            {
                (string word, Regex anchored) = entries[i];
                if (word.Length == 0 || !word.All(char.IsAsciiLetter))
                {
                    throw new ArgumentException($"Start words must be ASCII letters: '{word}'.", nameof(entries));
                }

                for (int j = 0; j < entries.Length; j++)
                {
                    if (i != j && entries[j].Word.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new ArgumentException($"The start word '{word}' begins '{entries[j].Word}'.", nameof(entries));
                    }
                }

                int letter = (word[0] | 0x20) - 'a';
                _byLetter[letter] = [.. _byLetter[letter] ?? [], (word, anchored)];
            }

            Starts = SearchValues.Create([.. entries.Select(e => e.Word)], StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Gets the start words, for a vectorised search.</summary>
        public SearchValues<string> Starts { get; }

        /// <summary>Returns the anchored pattern of the start word that <paramref name="rest"/> begins with (ignoring case), or <see langword="null"/>.</summary>
        public Regex? At(ReadOnlySpan<char> rest)
        {
            int letter = (rest[0] | 0x20) - 'a';
            if ((uint)letter >= 26 || _byLetter[letter] is not { } candidates)
            {
                return null;
            }

            foreach ((string word, Regex anchored) in candidates)
            {
                if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return anchored;
                }
            }

            return null;
        }
    }
}
