namespace Reconcile.Extraction.Lexicon;

/// <summary>A character trie over aliases' letters and digits, matched at word starts: finds the longest alias in linear time without allocating.</summary>
/// <remarks>
/// Text is compared on its letters and digits, lower-cased; spaces, hyphens, apostrophes and dots between them are skipped, so
/// "al-Qaeda", "al Qaeda", "Hay’at" and "U.S.-led" meet their aliases. An alias marked case-sensitive ("IS") matches only
/// when the text's letters equal the alias's exactly. A match must start and end at a word boundary (a hyphen before the
/// start also blocks it: "anti-IS"). Built once from an alias table; immutable and thread-safe afterwards.
/// </remarks>
internal sealed class AliasTrie
{
    /// <summary>Children by ASCII letter or digit (a-z, 0-9) as one flat table, <see cref="AsciiKeys"/> slots per node; 0 is "no child" (the root is never a child).</summary>
    private const int AsciiKeys = 36;

    private readonly Dictionary<(int Node, char C), int> _edges = [];
    private readonly List<List<Terminal>?> _terminals = [null];
    private int[] _ascii = new int[AsciiKeys * 64];

    /// <summary>One alias ending at a trie node.</summary>
    /// <param name="Value">The caller's value for the alias (an entry index).</param>
    /// <param name="Exact">The alias's letters in their case, when it must match case-sensitively; otherwise <see langword="null"/>.</param>
    /// <param name="Tag">The caller's tag (for example "modifier: needs a military noun after it").</param>
    internal readonly record struct Terminal(int Value, string? Exact, int Tag);

    /// <summary>One match: where it is and which alias matched.</summary>
    internal readonly record struct Hit(int Start, int End, int Value, int Tag);

    /// <summary>Decides whether a candidate match in <paramref name="s"/> is acceptable (for example, a modifier needs a military noun after it).</summary>
    internal delegate bool HitFilter(ReadOnlySpan<char> s, Hit hit);

    /// <summary>Adds an alias.</summary>
    /// <param name="alias">The alias as written in the table.</param>
    /// <param name="value">The value to return for it.</param>
    /// <param name="caseSensitive">Whether it matches only in its own case.</param>
    /// <param name="tag">A caller's tag returned with matches.</param>
    public void Add(string alias, int value, bool caseSensitive = false, int tag = 0)
    {
        int node = 0;
        Span<char> letters = alias.Length <= 128 ? stackalloc char[alias.Length] : new char[alias.Length];
        int n = 0;
        foreach (char c in alias)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            letters[n++] = c;
            char key = char.ToLowerInvariant(c);
            if (!_edges.TryGetValue((node, key), out int next))
            {
                next = _terminals.Count;
                _terminals.Add(null);
                _edges.Add((node, key), next);
                int slot = AsciiSlot(key);
                if (slot >= 0)
                {
                    int index = (node * AsciiKeys) + slot;
                    if (index >= _ascii.Length || (next * AsciiKeys) >= _ascii.Length)
                    {
                        Array.Resize(ref _ascii, Math.Max(_ascii.Length * 2, (next + 1) * AsciiKeys));
                    }

                    _ascii[index] = next;
                }
            }

            node = next;
        }

        if (n == 0)
        {
            return;
        }

        (_terminals[node] ??= []).Add(new Terminal(value, caseSensitive ? new string(letters[..n]) : null, tag));
        _terminalArray = null;
    }

    /// <summary>Returns the longest alias starting at <paramref name="start"/> that passes <paramref name="accept"/>, or <see langword="null"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">A word start in <paramref name="s"/>.</param>
    /// <param name="accept">Decides whether a candidate match is acceptable (for example, a modifier needs a military noun after it); may be <see langword="null"/>.</param>
    public Hit? LongestAt(ReadOnlySpan<char> s, int start, HitFilter? accept = null)
    {
        int[] ascii = _ascii;
        List<Terminal>?[] terminals = Terminals;
        int node = 0;
        Hit? best = null;
        int i = start;
        int letters = 0, run = 0;
        while (i < s.Length)
        {
            char c = s[i];
            int slot = c < 128 ? TextSlots[c] : NonAscii;
            if (slot == NonAscii ? !char.IsLetterOrDigit(c) : slot < 0)
            {
                // Separators inside an alias: a short run of spaces, hyphens, apostrophes, followed by a letter or digit;
                // a dot only after a single letter ("U.S."), so a sentence end is never crossed.
                if (letters == 0 || !IsSeparator(c) || (c == '.' && run != 1))
                {
                    break;
                }

                int j = i;
                while (j < s.Length && IsSeparator(s[j]) && (s[j] != '.' || j == i))
                {
                    j++;
                }

                if (j - i > 3 || j >= s.Length || !char.IsLetterOrDigit(s[j]))
                {
                    break;
                }

                i = j;
                run = 0;
                continue;
            }

            if (slot >= 0)
            {
                // An ASCII letter or digit: the flat table (its lower case is its slot).
                int index = (node * AsciiKeys) + slot;
                node = (uint)index < (uint)ascii.Length ? ascii[index] : 0;
                if (node == 0)
                {
                    break;
                }
            }
            else if (!TryChild(node, char.ToLowerInvariant(c), out node))
            {
                break;
            }

            i++;
            letters++;
            run++;
            if (terminals[node] is { } ends && (i >= s.Length || !char.IsLetterOrDigit(s[i])))
            {
                foreach (Terminal t in ends)
                {
                    if (t.Exact is not null && !SameLetters(s[start..i], t.Exact))
                    {
                        continue;
                    }

                    var hit = new Hit(start, i, t.Value, t.Tag);
                    if (accept is null || accept(s, hit))
                    {
                        best = hit;
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>Adds every longest, non-overlapping alias match in <paramref name="s"/> to <paramref name="hits"/>, left to right.</summary>
    public void FindAll(ReadOnlySpan<char> s, List<Hit> hits, HitFilter? accept = null)
    {
        int i = 0;
        while (Next(s, ref i, accept) is { } hit)
        {
            hits.Add(hit);
        }
    }

    /// <summary>Returns the first match, left to right as <see cref="FindAll"/> finds them, for which <paramref name="wanted"/> holds.</summary>
    public Hit? FindFirst(ReadOnlySpan<char> s, Predicate<Hit> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        int i = 0;
        while (Next(s, ref i, null) is { } hit)
        {
            if (wanted(hit))
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>The next longest match at a word start at or after <paramref name="i"/>, which moves past it.</summary>
    private Hit? Next(ReadOnlySpan<char> s, ref int i, HitFilter? accept)
    {
        int[] ascii = _ascii;
        bool afterWord = i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '-');
        while (i < s.Length)
        {
            char c = s[i];
            int slot = c < 128 ? TextSlots[c] : NonAscii;
            if (slot == NonAscii ? !char.IsLetterOrDigit(c) : slot < 0)
            {
                afterWord = c == '-';
                i++;
                continue;
            }

            if (!afterWord && MayMatchAt(s, i, ascii) && LongestAt(s, i, accept) is { } hit)
            {
                i = hit.End;
                return hit;
            }

            afterWord = true;
            i++;
        }

        return null;
    }

    /// <summary>
    /// Whether an alias may start at the word starting at <paramref name="start"/>: false when the trie has no path for the word's
    /// ASCII letters and digits (<see cref="LongestAt"/> would stop inside the word, where no alias can end).
    /// </summary>
    private static bool MayMatchAt(ReadOnlySpan<char> s, int start, int[] ascii)
    {
        int node = 0;
        for (int k = start; k < s.Length; k++)
        {
            char d = s[k];
            int slot = d < 128 ? TextSlots[d] : NonAscii;
            if (slot < 0)
            {
                return true; // the word's end, or a character outside ASCII: LongestAt decides
            }

            int index = (node * AsciiKeys) + slot;
            node = (uint)index < (uint)ascii.Length ? ascii[index] : 0;
            if (node == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks a character of the text as not ASCII in <see cref="TextSlots"/>' results.</summary>
    private const int NonAscii = int.MinValue;

    /// <summary>For each ASCII character, its slot in <see cref="_ascii"/> when it is a letter (either case) or a digit, else -1.</summary>
    private static readonly sbyte[] TextSlots = BuildTextSlots();

    /// <summary>The terminals by node, as an array (rebuilt after <see cref="Add"/>; the trie is immutable once built).</summary>
    private List<Terminal>?[] Terminals => _terminalArray ??= [.. _terminals];

    private List<Terminal>?[]? _terminalArray;

    private static sbyte[] BuildTextSlots()
    {
        var slots = new sbyte[128];
        for (int c = 0; c < 128; c++)
        {
            slots[c] = (sbyte)(char.IsLetterOrDigit((char)c) ? AsciiSlot(char.ToLowerInvariant((char)c)) : -1);
        }

        return slots;
    }

    /// <summary>The slot of a lower-case ASCII letter or digit in <see cref="_ascii"/>, else -1.</summary>
    private static int AsciiSlot(char key) => key switch
    {
        >= 'a' and <= 'z' => key - 'a',
        >= '0' and <= '9' => 26 + (key - '0'),
        _ => -1,
    };

    /// <summary>The child of <paramref name="node"/> by <paramref name="key"/> (already lower-cased): the flat table for ASCII, the dictionary otherwise.</summary>
    private bool TryChild(int node, char key, out int child)
    {
        int slot = AsciiSlot(key);
        if (slot >= 0)
        {
            int index = (node * AsciiKeys) + slot;
            child = index < _ascii.Length ? _ascii[index] : 0;
            return child != 0;
        }

        return _edges.TryGetValue((node, key), out child);
    }

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '-' or '\u2010' or '\u2011' or '\u2013' or '\'' or '\u2018' or '\u2019' or '`' or '.';

    private static bool SameLetters(ReadOnlySpan<char> text, string exact)
    {
        int k = 0;
        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (k >= exact.Length || c != exact[k++])
            {
                return false;
            }
        }

        return k == exact.Length;
    }
}
