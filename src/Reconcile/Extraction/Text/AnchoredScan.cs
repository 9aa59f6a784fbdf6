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
            foreach (ValueMatch m in full.EnumerateMatches(s))
            {
                if (m.Index >= limit)
                {
                    break;
                }

                matches.Add((m.Index, m.Length));
            }

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

            // The anchored pattern matches at pos or not at all: one attempt.
            Regex.ValueMatchEnumerator attempt = anchored.EnumerateMatches(s, pos);
            if (attempt.MoveNext())
            {
                ValueMatch m = attempt.Current;
                matches.Add((m.Index, m.Length));
                pos = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                pos++;
            }
        }
    }
}
