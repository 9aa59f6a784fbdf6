using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Reconcile.Extraction;

/// <summary>Normalises place names for lookup. Two levels:
/// <list type="bullet">
/// <item><see cref="Key(ReadOnlySpan{char}, Span{char})"/>: lower case, ASCII-folded, apostrophes and full stops removed, hyphens as spaces, and leading or
/// inner Arabic articles (al-, el-, as-, az-, ad-, ar-, ...) dropped: "Al-Qaim" and "Al Qā'im" both give "qaim".</item>
/// <item><see cref="Skeleton(ReadOnlySpan{char}, Span{char})"/>: a transliteration-tolerant form for Arabic names: vowels (and the glides of diphthongs)
/// collapse to one marker, doubled letters to one, ou/oo→u, ee→i, kh→k, q→k, dh→z, ph→f, sun-letter assimilation (Ezzor→zor),
/// "Albu"/"Abu"/"Bou"→"bu", final -ah/-eh→-a. "Deir Ezzor", "Dayr az Zawr" and "Deir el-Zor" all give "dVrzVr".</item>
/// </list>
/// Both write into a caller buffer and allocate nothing.</summary>
internal static class PlaceNames
{
    /// <summary>The longest normalised key handled; longer names are not looked up.</summary>
    public const int MaxKeyLength = 96;

    private const char Vowel = 'V';

    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) folded to ASCII lower case ('\0' = drop).
    private const string FoldTable =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty" + // C0..FF (× and ÷ dropped)
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll" + // 100..13F
        "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"; // 140..17F

    private static readonly string[] Articles = ["al", "el", "as", "az", "ad", "ar", "at", "an", "ash", "ath", "adh", "ez", "es", "ed", "er", "et", "en"];

    /// <summary>Folds one character to lower-case ASCII where it is a Latin letter with a diacritic.</summary>
    /// <returns>The folded character, or '\0' when it carries nothing (an apostrophe, a full stop, a mark).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return (char)(c + 32);
            }

            return c is '\'' or '.' or '`' ? '\0' : c;
        }

        if (c is >= '\u00C0' and <= '\u017F')
        {
            return FoldTable[c - 0xC0];
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u02BF' or '\u02BE' or '\u02BC' or '\u02BB' or '\u00B4' => '\0',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u00A0' => ' ',
            >= '\u0300' and <= '\u036F' => '\0',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Writes the lookup key of <paramref name="name"/> into <paramref name="destination"/>, which holds at least
    /// <see cref="MaxKeyLength"/> + 1 characters.</summary>
    /// <returns>The key's length, or -1 when the name is empty or too long.</returns>
    /// <remarks>One pass straight into <paramref name="destination"/>: a word is written as it is read, and an article word is
    /// taken back when another word follows it (only the last word may be an article).</remarks>
    public static int Key(ReadOnlySpan<char> name, Span<char> destination)
    {
        Debug.Assert(destination.Length > MaxKeyLength, "the destination holds the longest key");
        int n = 0; // written
        int read = 0; // letters, digits and word breaks read, articles included: over MaxKeyLength + 1 the name is too long
        int word = 0; // where the last word starts in destination
        bool space = true;
        foreach (char ch in name)
        {
            char c = Fold(ch);
            if (c == '\0')
            {
                continue;
            }

            if (c is ' ' or '-' or '\t' or '\n' or '\r' || char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    if (read > MaxKeyLength)
                    {
                        return -1;
                    }

                    read++;
                    space = true;
                }

                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (read > MaxKeyLength)
            {
                return -1;
            }

            read++;
            if (space)
            {
                if (n > 0)
                {
                    if (IsArticle(destination[word..n]))
                    {
                        n = word; // a word follows: drop the article (the separator before it, if any, stays)
                    }
                    else
                    {
                        destination[n++] = ' ';
                    }
                }

                word = n;
                space = false;
            }

            destination[n++] = c;
        }

        return n == 0 ? -1 : n;
    }

    /// <summary>Returns the lookup key of <paramref name="name"/> as a string (for building indexes and tests).</summary>
    public static string Key(string name)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength + 1];
        int n = Key(name, buffer);
        return n < 0 ? string.Empty : new string(buffer[..n]);
    }

    /// <summary>Writes the transliteration skeleton of a <see cref="Key(ReadOnlySpan{char}, Span{char})"/> into <paramref name="destination"/>,
    /// which holds at least as many characters as <paramref name="key"/>.</summary>
    /// <returns>The skeleton's length, or -1 when it carries fewer than two consonants (too weak to look up).</returns>
    /// <remarks>All three steps work in <paramref name="destination"/>: each writes no further than it has read.</remarks>
    public static int Skeleton(ReadOnlySpan<char> key, Span<char> destination)
    {
        Debug.Assert(destination.Length >= key.Length, "the destination holds the key");
        Span<char> s = destination;

        // 1. Per token: sun-letter assimilation and glued articles, then join without spaces.
        int j = 0;
        int start = 0;
        while (start < key.Length)
        {
            int end = key[start..].IndexOf(' ');
            end = end < 0 ? key.Length : start + end;
            ReadOnlySpan<char> t = key[start..end];
            if (t.Length >= 5 && IsVowel(t[0]) && !IsVowel(t[1]) && t[1] == t[2])
            {
                t = t[2..]; // ezzor -> zor, assuwayda -> suwayda, arraqqa -> raqqa
            }
            else if (t.Length >= 4 && (t.StartsWith("al", StringComparison.Ordinal) || t.StartsWith("el", StringComparison.Ordinal)) && !IsVowel(t[2]))
            {
                t = t[2..]; // albu -> bu, alqaim -> qaim
            }

            if (t.SequenceEqual("abu") || t.SequenceEqual("abou") || t.SequenceEqual("bou"))
            {
                t = "bu";
            }

            t.CopyTo(s[j..]);
            j += t.Length;
            start = end + 1;
        }

        // 2. Digraphs and final -h after a vowel (in place: m <= i).
        int m = 0;
        for (int i = 0; i < j; i++)
        {
            char c = s[i];
            char next = i + 1 < j ? s[i + 1] : '\0';
            if (c == 'o' && next is 'u' or 'o')
            {
                i++;
                s[m++] = 'u';
            }
            else if (c == 'u' && next == 'w' && i + 2 < j && IsVowel(s[i + 2]))
            {
                // "uw" before a vowel is just "w": Suwayda -> Swayda.
            }
            else if (c == 'e' && next == 'e')
            {
                i++;
                s[m++] = 'i';
            }
            else if (c is 'k' or 'd' or 'p' or 'g' && next == 'h')
            {
                i++;
                s[m++] = c switch { 'd' => 'z', 'p' => 'f', _ => c };
            }
            else if (c == 'h' && next == '\0' && m > 0 && IsVowel(s[m - 1]))
            {
                // final -ah / -eh
            }
            else
            {
                s[m++] = c == 'q' ? 'k' : c;
            }
        }

        // 3. Vowel classes, glides after a vowel, doubled consonants (in place: written <= i, the previous letter kept aside).
        int written = 0;
        int consonants = 0;
        char prev = '\0';
        for (int i = 0; i < m; i++)
        {
            char c = s[i];
            char next = i + 1 < m ? s[i + 1] : '\0';
            bool vowel = IsVowel(c) || (c is 'y' or 'w' && IsVowel(prev) && !IsVowel(next));
            prev = c;
            char outChar = vowel ? Vowel : c;
            if (written > 0 && destination[written - 1] == outChar)
            {
                continue;
            }

            destination[written++] = outChar;
            if (!vowel)
            {
                consonants++;
            }
        }

        return consonants >= 2 ? written : -1;
    }

    /// <summary>Returns the skeleton of <paramref name="name"/> as a string, or an empty string (for indexes and tests).</summary>
    public static string Skeleton(string name)
    {
        Span<char> key = stackalloc char[MaxKeyLength + 1];
        int n = Key(name, key);
        if (n < 0)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[MaxKeyLength + 1];
        int k = Skeleton(key[..n], buffer);
        return k < 0 ? string.Empty : new string(buffer[..k]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsArticle(ReadOnlySpan<char> token)
    {
        if (token.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (string a in Articles)
        {
            if (token.SequenceEqual(a))
            {
                return true;
            }
        }

        return false;
    }
}
