namespace Reconcile.Clustering;

/// <summary>Finds the ages a text gives its people ("a 17-year-old", "17 years old", "Jerry Ortiz, 35, was"), as a set of ages
/// 1-99: local news names every victim's and suspect's age, and two look-alike shootings in one town rarely share them.</summary>
internal static class AgeIndex
{
    /// <summary>The ages in <paramref name="text"/> (1-99).</summary>
    public static Bits128 Find(ReadOnlySpan<char> text)
    {
        Bits128 ages = default;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '$')))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - start > 2)
            {
                continue;
            }

            int age = text[start] - '0';
            if (i - start == 2)
            {
                age = (age * 10) + (text[start + 1] - '0');
            }

            if (age >= 1 && (YearOld(text[i..]) || Apposition(text, start, i)))
            {
                ages = ages.Union(Bits128.Of(age));
            }
        }

        return ages;
    }

    /// <summary>"-year-old", " year old", "-years-old", " years old" right after the number.</summary>
    private static bool YearOld(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 9 || rest[0] is not ('-' or ' '))
        {
            return false;
        }

        rest = rest[1..];
        if (!rest.StartsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = rest[4..];
        if (!rest.IsEmpty && rest[0] is 's' or 'S')
        {
            rest = rest[1..];
        }

        return rest.Length >= 4 && rest[0] is '-' or ' ' && rest[1..].StartsWith("old", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>", 35," after a word: an age in apposition to a name ("Jerry Ortiz, 35, was shot").</summary>
    private static bool Apposition(ReadOnlySpan<char> text, int start, int end) =>
        start >= 3 && text[start - 1] == ' ' && text[start - 2] == ',' && char.IsLetter(text[start - 3])
        && end < text.Length && text[end] is ',' or ')';

}
