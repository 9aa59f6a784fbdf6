using System.Collections.Frozen;

namespace Reconcile.Extraction.Lexicon;

/// <summary>The part a number word plays when words are combined into a value ("one hundred and twenty-one").</summary>
internal enum NumberWordKind : byte
{
    /// <summary>Not a number word.</summary>
    None = 0,

    /// <summary>"zero" to "nine".</summary>
    Unit,

    /// <summary>"ten" to "nineteen".</summary>
    Teen,

    /// <summary>"twenty" to "ninety".</summary>
    Ten,

    /// <summary>"hundred": multiplies what precedes it.</summary>
    Hundred,

    /// <summary>"thousand", "million", "billion": closes a group.</summary>
    Scale,

    /// <summary>"dozen": twelve times what precedes it ("two dozen", "a dozen").</summary>
    Dozen,
}

/// <summary>English cardinal number words.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, (int Value, NumberWordKind Kind)> Table = Build();
    private static readonly FrozenDictionary<string, (int Value, NumberWordKind Kind)>.AlternateLookup<ReadOnlySpan<char>> Lookup = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets every number word (lower case).</summary>
    public static IEnumerable<string> All => Table.Keys;

    /// <summary>Looks a number word up.</summary>
    /// <param name="word">The word as written (any case).</param>
    /// <param name="value">The value: 7 for "seven", 100 for "hundred", 1000 for "thousand".</param>
    /// <returns>The kind of number word, or <see cref="NumberWordKind.None"/>.</returns>
    public static NumberWordKind Find(ReadOnlySpan<char> word, out int value)
    {
        if (Lookup.TryGetValue(word, out (int Value, NumberWordKind Kind) found))
        {
            value = found.Value;
            return found.Kind;
        }

        value = 0;
        return NumberWordKind.None;
    }

    private static FrozenDictionary<string, (int Value, NumberWordKind Kind)> Build()
    {
        var d = new Dictionary<string, (int, NumberWordKind)>(StringComparer.OrdinalIgnoreCase);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (int i = 0; i < units.Length; i++)
        {
            d[units[i]] = (i, NumberWordKind.Unit);
        }

        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = (10 + i, NumberWordKind.Teen);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = (20 + (10 * i), NumberWordKind.Ten);
        }

        d["fourty"] = (40, NumberWordKind.Ten);
        d["hundred"] = (100, NumberWordKind.Hundred);
        d["thousand"] = (1000, NumberWordKind.Scale);
        d["million"] = (1_000_000, NumberWordKind.Scale);
        d["billion"] = (1_000_000_000, NumberWordKind.Scale);
        d["dozen"] = (12, NumberWordKind.Dozen);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
