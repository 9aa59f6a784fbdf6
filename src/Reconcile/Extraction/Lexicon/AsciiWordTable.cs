using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text;

namespace Reconcile.Extraction.Lexicon;

/// <summary>
/// A compact, fast front for a case-insensitive frozen word table: an ASCII word is packed into numbers (6 bits a character,
/// letters folded to one case) and found by one open-addressing probe; any other word goes to the frozen table, which stays
/// the single source of the words.
/// </summary>
/// <remarks>
/// Faster than <see cref="FrozenDictionary{TKey, TValue}"/> with <see cref="StringComparer.OrdinalIgnoreCase"/> for the words
/// of a sentence because the keys are one small array of numbers: no string per slot to fetch and compare, so a lookup touches
/// one or two cache lines. Equality is the frozen table's, <see cref="StringComparison.OrdinalIgnoreCase"/>: two ASCII words
/// are equal when they differ only in the case of letters; a key outside ASCII that folds onto ASCII (such as "ſ" or "ı") is
/// refused at construction (none does with .NET's ordinal casing; the check keeps it so). Thread-safe: read-only after construction.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class AsciiWordTable<T>
{
    /// <summary>The characters one packed number holds (6 bits each in 64 bits).</summary>
    private const int CharsPerKey = 10;

    /// <summary>The longest word the packed table holds (two numbers); longer words go to the frozen table.</summary>
    public const int MaxPackedLength = 2 * CharsPerKey;

    private const ulong Empty = 0; // no packed word is 0: every character's code is non-zero
    private const ulong Absent = ulong.MaxValue; // 60 bits hold the longest packed number, so no word packs to all ones
    private const ulong Fallback = ulong.MaxValue - 1;
    private const ulong LongWord = 1UL << 60; // set in the head of a word longer than CharsPerKey

    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _fallback;

    /// <summary>The 6-bit code of each ASCII character that occurs in a key (letters of both cases share one), 0 for the others.</summary>
    private readonly byte[] _codes = new byte[128];

    /// <summary>Whether every ASCII character of the keys has a code, so that a word with an uncoded ASCII character is in no key.</summary>
    private readonly bool _allCoded = true;

    /// <summary>By slot, the first <see cref="CharsPerKey"/> characters packed (with <see cref="LongWord"/> set when there are more)...</summary>
    private readonly ulong[] _keys;

    /// <summary>... and the rest packed (read only for long words, so a short word's lookup touches one array).</summary>
    private readonly ulong[] _tails;

    private readonly T[] _values;
    private readonly int _shift;

    /// <summary>Builds the fast table from <paramref name="words"/>, which must compare keys with <see cref="StringComparer.OrdinalIgnoreCase"/>.</summary>
    /// <param name="words">The words and their values.</param>
    /// <exception cref="ArgumentException">The table does not ignore case, or a key outside ASCII equals an ASCII word ignoring case.</exception>
    public AsciiWordTable(FrozenDictionary<string, T> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The word table must ignore case (OrdinalIgnoreCase).", nameof(words));
        }

        _fallback = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (char c = 'a'; c <= 'z'; c++)
        {
            _codes[c] = _codes[c - 32] = (byte)(c - 'a' + 1);
        }

        byte next = 27;
        foreach (string key in words.Keys)
        {
            if (!Ascii.IsValid(key) && key.All(c => char.IsAscii(c) || FoldsOntoAscii(c)))
            {
                throw new ArgumentException($"The key '{key}' equals an ASCII word ignoring case; it cannot be left to the frozen table.", nameof(words));
            }

            foreach (char c in key.Where(c => c < 128 && _codes[c] == 0))
            {
                if (next < 64)
                {
                    _codes[c] = next++;
                }
                else
                {
                    _allCoded = false;
                }
            }
        }

        int size = 16;
        while (size < words.Count * 2)
        {
            size *= 2;
        }

        _keys = new ulong[size];
        _tails = new ulong[size];
        _values = new T[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        foreach ((string word, T value) in words)
        {
            (ulong head, ulong tail) = Pack(word);
            if (head is Fallback or Absent)
            {
                continue; // no packable word equals it (too long, or outside ASCII): only the frozen table has it
            }

            int slot = Slot(head, tail);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = head;
            _tails[slot] = tail;
            _values[slot] = value;
        }
    }

    /// <summary>Looks <paramref name="word"/> up ignoring case.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="value">The value of the word, when found.</param>
    /// <returns><see langword="true"/> when the word is in the table.</returns>
    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out T value)
    {
        (ulong head, ulong tail) = Pack(word);
        if (head is Fallback or Absent)
        {
            if (head == Fallback)
            {
                return _fallback.TryGetValue(word, out value);
            }

            value = default;
            return false;
        }

        // Every key equal to a packable word ignoring case packs to the same numbers, so the packed table alone decides.
        int mask = _keys.Length - 1;
        for (int slot = Slot(head, tail); ; slot = (slot + 1) & mask)
        {
            ulong h = _keys[slot];
            if (h == head && ((h & LongWord) == 0 || _tails[slot] == tail))
            {
                value = _values[slot];
                return true;
            }

            if (h == Empty)
            {
                value = default;
                return false;
            }
        }
    }

    /// <summary>Returns whether <paramref name="word"/> is in the table, ignoring case.</summary>
    /// <param name="word">The word as written.</param>
    /// <returns><see langword="true"/> when the word is in the table.</returns>
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>The word packed (its first <see cref="CharsPerKey"/> characters, then the rest); a head of <see cref="Fallback"/>
    /// when only the frozen table can decide (empty, longer than <see cref="MaxPackedLength"/>, or a character outside ASCII),
    /// <see cref="Absent"/> when an ASCII character of it is in no key.</summary>
    private (ulong Head, ulong Tail) Pack(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - 1) >= MaxPackedLength)
        {
            return (Fallback, 0);
        }

        ulong head = 0, tail = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c >= 128)
            {
                return (Fallback, 0);
            }

            uint code = _codes[c];
            if (code == 0)
            {
                return (_allCoded ? Absent : Fallback, 0);
            }

            if (i < CharsPerKey)
            {
                head = (head << 6) | code;
            }
            else
            {
                tail = (tail << 6) | code;
            }
        }

        return (word.Length > CharsPerKey ? head | LongWord : head, tail);
    }

    /// <summary>Whether a character outside ASCII equals an ASCII character ignoring case, as the frozen table compares.</summary>
    private static bool FoldsOntoAscii(char c)
    {
        for (char a = '\0'; a < 128; a++)
        {
            if (string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private int Slot(ulong head, ulong tail) => (int)(((head ^ (tail * 31)) * 0x9E3779B97F4A7C15UL) >> _shift);
}
