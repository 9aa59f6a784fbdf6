using System.Buffers;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction.Quantities;

/// <summary>Splits a sentence into words, numbers and punctuation, and looks each word up in <see cref="CasualtyLexicon"/>.</summary>
/// <remarks>
/// Inner hyphens and apostrophes stay inside a word ("pro-regime", "23-year-old", "didn't"); thousands commas and
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
                if (char.IsLetter(d))
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

                if (char.IsDigit(d))
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

            LexEntry? entry = hasLetter ? CasualtyLexicon.Lookup(text.AsSpan(start, i - start), (shape & TokenShape.AllCaps) != 0) : null;
            if (entry is null && (extra & TokenShape.Hyphenated) != 0 && CasualtyLexicon.IsAge(text.AsSpan(start, i - start)))
            {
                entry = CasualtyLexicon.Age;
            }

            buffer[count++] = new TextToken { Start = start, End = i, Shape = shape, Entry = entry };
        }

        return count;
    }

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
