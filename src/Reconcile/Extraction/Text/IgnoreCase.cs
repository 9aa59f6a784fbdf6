using System.Buffers;
using System.Text;

namespace Reconcile.Extraction;

/// <summary>
/// Ordinal case-insensitive search for an ASCII word or phrase in a sentence: the same result as
/// <c>span.IndexOf(value, StringComparison.OrdinalIgnoreCase)</c>, found with vectorised searches.
/// </summary>
/// <remarks>
/// The library runs with invariant globalization, where the runtime's ordinal ignore-case <c>IndexOf</c> compares character by
/// character through the Unicode casing tables (it was the largest single function of extraction's profile). Here candidates
/// are the positions of the value's first character in either ASCII case, each checked with an ordinal ignore-case comparison.
/// A text holding a non-ASCII character that the runtime's casing equates with an ASCII one (the dotless i, the long s, under
/// whatever tables the runtime has: computed once from them) and a value that is not ASCII go to the runtime's search as before.
/// </remarks>
internal static class IgnoreCase
{
    /// <summary>The non-ASCII characters whose invariant upper or lower case is ASCII.</summary>
    private static readonly SearchValues<char> FoldsToAscii = CreateFoldsToAscii();

    /// <summary>The first index of <paramref name="value"/> in <paramref name="s"/>, ignoring case (ordinal), or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> s, string value)
    {
        if (value.Length == 0 || value.Length > s.Length || !Ascii.IsValid(value) || s.ContainsAny(FoldsToAscii))
        {
            return s.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        char first = value[0];
        bool letter = char.IsAsciiLetter(first);
        char lower = (char)(first | 0x20);
        char upper = (char)(first & ~0x20);
        int last = s.Length - value.Length;
        int from = 0;
        while (from <= last)
        {
            ReadOnlySpan<char> window = s[from..(last + 1)];
            int i = letter ? window.IndexOfAny(lower, upper) : window.IndexOf(first);
            if (i < 0)
            {
                return -1;
            }

            i += from;
            if (s.Slice(i, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            from = i + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="s"/> contains <paramref name="value"/>, ignoring case (ordinal).</summary>
    public static bool Contains(ReadOnlySpan<char> s, string value) => IndexOf(s, value) >= 0;

    private static SearchValues<char> CreateFoldsToAscii()
    {
        var chars = new List<char>();
        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.ToUpperInvariant(ch) < 0x80 || char.ToLowerInvariant(ch) < 0x80)
            {
                chars.Add(ch);
            }
        }

        return SearchValues.Create(chars.ToArray());
    }
}
