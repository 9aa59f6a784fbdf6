using System.Buffers;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction.Quantities;

/// <summary>Splits a sentence into words, numbers and punctuation, and looks each word up in <see cref="CasualtyLexicon"/>.</summary>
/// <remarks>
/// Inner hyphens and apostrophes stay inside a word ("pro-regime", "23-year-old", "didn't"), and an age written with spaced
/// hyphens ("36 - year - old", as in re-tokenized text) is one age word; thousands commas and
/// decimal points stay inside a number ("1,500", "6.1"); a colon between digits makes a clock time ("9:09"). An
/// ordinal such as "3rd" is a word, not a number. Tokens go into a pooled array: no allocation per token.
/// </remarks>
internal static class TextTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> over <paramref name="span"/> into <paramref name="buffer"/>, growing it from the shared pool when needed.</summary>
    /// <remarks><paramref name="buffer"/> must come from <see cref="ArrayPool{T}.Shared"/>: a grown buffer's predecessor is returned there.</remarks>
    /// <returns>The number of tokens written.</returns>
    public static int Tokenize(string text, TextSpan span, ref TextToken[] buffer)
    {
        int count = 0;
        int i = span.Start;
        int end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (count == buffer.Length)
            {
                Grow(ref buffer);
            }

            if (!char.IsLetterOrDigit(c))
            {
                buffer[count++] = new TextToken { Start = i, End = i + 1, Shape = TokenShape.Punct };
                i++;
                continue;
            }

            int start = i;
            bool hasLetter = false, hasLower = false, hasUpper = false;
            TokenShape extra = TokenShape.None;
            while (i < end)
            {
                char d = text[i];
                if (d < 128)
                {
                    // ASCII first: the same tests as below, without the Unicode tables.
                    if ((uint)((d | 0x20) - 'a') < 26)
                    {
                        hasLetter = true;
                        if (d <= 'Z')
                        {
                            hasUpper = true;
                        }
                        else
                        {
                            hasLower = true;
                        }

                        i++;
                        continue;
                    }

                    if ((uint)(d - '0') < 10)
                    {
                        i++;
                        continue;
                    }
                }
                else if (char.IsLetter(d))
                {
                    hasLetter = true;
                    if (char.IsUpper(d))
                    {
                        hasUpper = true;
                    }
                    else
                    {
                        hasLower = true;
                    }

                    i++;
                    continue;
                }
                else if (char.IsDigit(d))
                {
                    i++;
                    continue;
                }

                if (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]))
                {
                    break;
                }

                char next = text[i + 1];
                char prev = text[i - 1];
                if (d is '-' or '\u2011' or '\'' or '\u2019')
                {
                    if (d is '-' or '\u2011')
                    {
                        extra |= TokenShape.Hyphenated;
                    }

                    i++;
                    continue;
                }

                if (!hasLetter && char.IsAsciiDigit(prev) && char.IsAsciiDigit(next))
                {
                    if (d == ',' && IsThousandsGroup(text, i + 1, end))
                    {
                        i++;
                        continue;
                    }

                    if (d == '.')
                    {
                        extra |= TokenShape.Decimal;
                        i++;
                        continue;
                    }

                    if (d == ':')
                    {
                        extra |= TokenShape.Time;
                        i++;
                        continue;
                    }
                }

                break;
            }

            TokenShape shape = hasLetter ? TokenShape.Word : TokenShape.Number;
            shape |= extra;
            if (hasLetter && char.IsUpper(text[start]))
            {
                shape |= TokenShape.Capitalized;
            }

            if (hasUpper && !hasLower && i - start >= 2)
            {
                shape |= TokenShape.AllCaps;
            }

            if (i + 1 < end && text[i] == ' ' && (text[i + 1] == ' ' || IsSpacedHyphen(text[i + 1])) && SpacedAgeEnd(text, i, end) is int ageEnd)
            {
                // "36 - year - old": an age written with spaced hyphens (text re-tokenized by a scraper) is one age word. The test of the
                // character after the space (SkipSpacedHyphen's own first steps) keeps the call off ordinary words.
                buffer[count++] = new TextToken { Start = start, End = ageEnd, Shape = TokenShape.Word | TokenShape.Hyphenated, Entry = CasualtyLexicon.Age, Roles = CasualtyLexicon.Age.Roles };
                i = ageEnd;
                continue;
            }

            LexEntry? entry = hasLetter ? CasualtyLexicon.Lookup(text.AsSpan(start, i - start), (shape & TokenShape.AllCaps) != 0) : null;
            if (entry is null && (extra & TokenShape.Hyphenated) != 0 && CasualtyLexicon.IsAge(text.AsSpan(start, i - start)))
            {
                entry = CasualtyLexicon.Age;
            }

            buffer[count++] = new TextToken { Start = start, End = i, Shape = shape, Entry = entry, Roles = entry?.Roles ?? LexRole.None };
        }

        return count;
    }

    /// <summary>The end of " - year - old" (or month, week, day; singular or plural) written with spaced hyphens from
    /// <paramref name="at"/>, or <see langword="null"/>.</summary>
    private static int? SpacedAgeEnd(string text, int at, int end)
    {
        int i = SkipSpacedHyphen(text, at, end);
        if (i < 0)
        {
            return null;
        }

        int unit = i;
        while (i < end && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        ReadOnlySpan<char> word = text.AsSpan(unit, i - unit);
        if (!(word.Equals("year", StringComparison.OrdinalIgnoreCase) || word.Equals("years", StringComparison.OrdinalIgnoreCase)
            || word.Equals("month", StringComparison.OrdinalIgnoreCase) || word.Equals("months", StringComparison.OrdinalIgnoreCase)
            || word.Equals("week", StringComparison.OrdinalIgnoreCase) || word.Equals("weeks", StringComparison.OrdinalIgnoreCase)
            || word.Equals("day", StringComparison.OrdinalIgnoreCase) || word.Equals("days", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        i = SkipSpacedHyphen(text, i, end);
        if (i < 0 || i + 3 > end || !text.AsSpan(i, 3).Equals("old", StringComparison.OrdinalIgnoreCase)
            || (i + 3 < end && char.IsLetterOrDigit(text[i + 3])))
        {
            return null;
        }

        return i + 3;
    }

    /// <summary>After optional spaces, a hyphen, then optional spaces: the index after them, or -1.</summary>
    private static int SkipSpacedHyphen(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        if (i >= end || !IsSpacedHyphen(text[i]))
        {
            return -1;
        }

        i++;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>The hyphens of a spaced age ("36 - year - old"): a hyphen-minus or a non-breaking hyphen.</summary>
    private static bool IsSpacedHyphen(char c) => c is '-' or '\u2011';

    private static bool IsThousandsGroup(string text, int at, int end)
    {
        if (at + 3 > end)
        {
            return false;
        }

        for (int k = at; k < at + 3; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return at + 3 == end || !char.IsAsciiDigit(text[at + 3]);
    }

    private static void Grow(ref TextToken[] buffer)
    {
        TextToken[] bigger = ArrayPool<TextToken>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan().CopyTo(bigger);
        ArrayPool<TextToken>.Shared.Return(buffer, clearArray: true);
        buffer = bigger;
    }
}
