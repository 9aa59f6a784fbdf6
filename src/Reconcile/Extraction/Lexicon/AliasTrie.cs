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
    /// <summary>Children by ASCII letter or digit (a-z, 0-9): <see cref="AsciiKeys"/> slots per branching node in <see cref="Compiled.Rows"/>.</summary>
    private const int AsciiKeys = 36;

    private readonly Dictionary<(int Node, char C), int> _edges = [];
    private readonly List<List<Terminal>?> _terminals = [null];
    private Compiled? _compiled;

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
            }

            node = next;
        }

        if (n == 0)
        {
            return;
        }

        (_terminals[node] ??= []).Add(new Terminal(value, caseSensitive ? new string(letters[..n]) : null, tag));
        _compiled = null;
    }

    /// <summary>Returns the longest alias starting at <paramref name="start"/> that passes <paramref name="accept"/>, or <see langword="null"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">A word start in <paramref name="s"/>.</param>
    /// <param name="accept">Decides whether a candidate match is acceptable (for example, a modifier needs a military noun after it); may be <see langword="null"/>.</param>
    public Hit? LongestAt(ReadOnlySpan<char> s, int start, HitFilter? accept = null)
    {
        Compiled t = Tables;
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

            node = slot >= 0 ? t.Child(node, slot) : t.NonAsciiChild(node, char.ToLowerInvariant(c));
            if (node == 0)
            {
                break;
            }

            i++;
            letters++;
            run++;
            if (t.Nodes[node].Ends && (i >= s.Length || !char.IsLetterOrDigit(s[i])))
            {
                foreach (Terminal end in t.Terminals[node]!)
                {
                    if (end.Exact is not null && !SameLetters(s[start..i], end.Exact))
                    {
                        continue;
                    }

                    var hit = new Hit(start, i, end.Value, end.Tag);
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
        Compiled t = Tables;
        int k = i;
        bool afterWord = k > 0 && (char.IsLetterOrDigit(s[k - 1]) || s[k - 1] == '-');
        while (k < s.Length)
        {
            char c = s[k];
            int slot = c < 128 ? TextSlots[c] : NonAscii;
            if (slot == NonAscii ? !char.IsLetterOrDigit(c) : slot < 0)
            {
                afterWord = c == '-';
                k++;
                continue;
            }

            if (!afterWord)
            {
                int dead = DeadEnd(s, k, t);
                if (dead > k)
                {
                    // No alias has the word's first letters: skip them without looking again.
                    k = dead;
                    afterWord = true;
                    continue;
                }

                if (dead < 0 && LongestAt(s, k, accept) is { } hit)
                {
                    i = hit.End;
                    return hit;
                }
            }

            afterWord = true;
            k++;
        }

        i = k;
        return null;
    }

    /// <summary>
    /// Where the trie has no path for the ASCII letters and digits of the word starting at <paramref name="start"/>: the index after the
    /// first letter with no child (<see cref="LongestAt"/> would stop inside the word, where no alias can end), or -1 when the word's
    /// end or a character outside ASCII is reached first.
    /// </summary>
    private static int DeadEnd(ReadOnlySpan<char> s, int start, Compiled t)
    {
        int node = 0;
        for (int k = start; k < s.Length; k++)
        {
            char d = s[k];
            int slot = d < 128 ? TextSlots[d] : NonAscii;
            if (slot < 0)
            {
                return -1; // the word's end, or a character outside ASCII: LongestAt decides
            }

            node = t.Child(node, slot);
            if (node == 0)
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>Marks a character of the text as not ASCII in <see cref="TextSlots"/>' results.</summary>
    private const int NonAscii = int.MinValue;

    /// <summary>For each ASCII character, its slot in a row of <see cref="Compiled.Rows"/> when it is a letter (either case) or a digit, else -1.</summary>
    private static readonly sbyte[] TextSlots = BuildTextSlots();

    /// <summary>The query tables (rebuilt after <see cref="Add"/>; the trie is immutable once built).</summary>
    private Compiled Tables => _compiled ??= new Compiled(_edges, _terminals);

    private static sbyte[] BuildTextSlots()
    {
        var slots = new sbyte[128];
        for (int c = 0; c < 128; c++)
        {
            slots[c] = (sbyte)(char.IsLetterOrDigit((char)c) ? AsciiSlot(char.ToLowerInvariant((char)c)) : -1);
        }

        return slots;
    }

    /// <summary>The slot of a lower-case ASCII letter or digit in a row of <see cref="Compiled.Rows"/>, else -1.</summary>
    private static int AsciiSlot(char key) => key switch
    {
        >= 'a' and <= 'z' => key - 'a',
        >= '0' and <= '9' => 26 + (key - '0'),
        _ => -1,
    };

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

    /// <summary>One node of <see cref="Compiled"/>: where its ASCII children are, and whether an alias ends there.</summary>
    /// <param name="Row">The node's row in <see cref="Compiled.Rows"/> when it has two or more ASCII children, else -1.</param>
    /// <param name="OnlySlot">The slot of its one ASCII child (numbered right after it), or -1.</param>
    /// <param name="Ends">Whether an alias ends at the node.</param>
    private readonly record struct Node(short Row, sbyte OnlySlot, bool Ends);

    /// <summary>
    /// The trie for queries, numbered depth first so that a node with one ASCII child (most of them: aliases share few prefixes)
    /// has it at the next number; only branching nodes get a table row. About 20 KB for the actor table instead of 340 KB for a row
    /// per node: a walk step stays in the L1 cache.
    /// </summary>
    private sealed class Compiled
    {
        /// <summary>Per node, by its depth-first number (the root is 0, and 0 as a child means "none").</summary>
        public readonly Node[] Nodes;

        /// <summary>Child numbers of branching nodes, <see cref="AsciiKeys"/> per row.</summary>
        public readonly ushort[] Rows;

        /// <summary>The aliases ending at each node, or <see langword="null"/>.</summary>
        public readonly List<Terminal>?[] Terminals;

        /// <summary>Children by a key outside ASCII letters and digits.</summary>
        private readonly Dictionary<(int Node, char C), int> _nonAscii = [];

        public Compiled(Dictionary<(int Node, char C), int> edges, List<List<Terminal>?> terminals)
        {
            int count = terminals.Count;
            if (count > ushort.MaxValue)
            {
                throw new InvalidOperationException("The alias trie has more nodes than its tables can number.");
            }

            var children = new List<(char Key, int Child)>[count];
            for (int node = 0; node < count; node++)
            {
                children[node] = [];
            }

            foreach (((int node, char key), int child) in edges)
            {
                children[node].Add((key, child));
            }

            Nodes = new Node[count];
            Terminals = new List<Terminal>?[count];
            var number = new int[count];
            var order = new List<int>(count);
            var stack = new Stack<int>();
            stack.Push(0);
            while (stack.Count > 0)
            {
                int old = stack.Pop();
                number[old] = order.Count;
                order.Add(old);

                // Pushed last, popped next: a node's only ASCII child is numbered right after it.
                foreach ((char key, int child) in children[old].OrderByDescending(e => AsciiSlot(e.Key) < 0).ThenByDescending(e => e.Key))
                {
                    stack.Push(child);
                }
            }

            var rows = new List<ushort>();
            foreach (int old in order)
            {
                int n = number[old];
                Terminals[n] = terminals[old];
                short row = -1;
                sbyte only = -1;
                var ascii = children[old].Where(e => AsciiSlot(e.Key) >= 0).ToList();
                if (ascii.Count == 1)
                {
                    only = (sbyte)AsciiSlot(ascii[0].Key);
                }
                else if (ascii.Count > 1)
                {
                    row = checked((short)(rows.Count / AsciiKeys));
                    rows.AddRange(new ushort[AsciiKeys]);
                    foreach ((char key, int child) in ascii)
                    {
                        rows[(row * AsciiKeys) + AsciiSlot(key)] = (ushort)number[child];
                    }
                }

                foreach ((char key, int child) in children[old].Where(e => AsciiSlot(e.Key) < 0))
                {
                    _nonAscii.Add((n, key), number[child]);
                }

                Nodes[n] = new Node(row, only, terminals[old] is not null);
            }

            Rows = [.. rows];
        }

        /// <summary>The child of <paramref name="node"/> by an ASCII letter or digit's slot, or 0.</summary>
        public int Child(int node, int slot)
        {
            Node n = Nodes[node];
            if (n.Row >= 0)
            {
                return Rows[(n.Row * AsciiKeys) + slot];
            }

            return n.OnlySlot == slot ? node + 1 : 0;
        }

        /// <summary>The child of <paramref name="node"/> by a lower-cased character that is not an ASCII letter or digit, or 0.</summary>
        public int NonAsciiChild(int node, char key)
        {
            int slot = AsciiSlot(key);
            return slot >= 0 ? Child(node, slot) : _nonAscii.GetValueOrDefault((node, key));
        }
    }
}
