using System.Buffers;
using System.Globalization;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction.Quantities;

/// <summary>A number expression found in a sentence: the tokens it covers and its resolved interval.</summary>
/// <param name="FirstToken">The index of the first token (the hedge, when any).</param>
/// <param name="EndToken">The index one past the last token.</param>
/// <param name="Quantity">The resolved interval.</param>
/// <param name="YearLike">Whether the number is a bare four-digit number that could be a year ("2014").</param>
internal readonly record struct QuantityMatch(int FirstToken, int EndToken, Quantity Quantity, bool YearLike);

/// <summary>Finds number expressions (digits, number words, vague amounts, with hedges) in tokens and resolves them with <see cref="QuantityParser"/>.</summary>
/// <remarks>
/// It keeps only numbers that could count something: percentages, measurements ("30 kilometres"), money, clock times,
/// dates ("November 5", "13 July"), ages ("aged 21", "Erica Rodriguez, 21,"), magnitudes and other decimals, labels
/// ("route 9", "No. 5"), phone numbers, ordinals ("3rd") and "no one" are left out. Whether a count is a casualty figure
/// is decided by <see cref="CasualtyRecognizer"/>.
/// </remarks>
internal static class QuantityRecognizer
{
    /// <summary>Finds the number expressions in <paramref name="tokens"/>, in order and without overlap.</summary>
    /// <param name="text">The text the tokens index into.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="convention">The table for vague words.</param>
    /// <param name="buffer">A pooled buffer, grown when needed.</param>
    /// <returns>The number of matches written to <paramref name="buffer"/>.</returns>
    public static int Find(string text, ReadOnlySpan<TextToken> tokens, VagueQuantityConvention convention, ref QuantityMatch[] buffer)
    {
        int count = 0;
        int i = 0;
        while (i < tokens.Length)
        {
            if (MayStart(tokens[i]) && TryMatch(text, tokens, i, convention, out QuantityMatch match))
            {
                if (count == buffer.Length)
                {
                    QuantityMatch[] bigger = ArrayPool<QuantityMatch>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(bigger);
                    ArrayPool<QuantityMatch>.Shared.Return(buffer);
                    buffer = bigger;
                }

                buffer[count++] = match;
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Whether a number expression may start at the token: <see cref="TryMatch"/>'s own first tests (a hedge start, else a
    /// core start), read from the token alone.</summary>
    internal static bool MayStart(in TextToken t) => MayStartHedge(t) || MayStartCore(t);

    /// <summary>A word that may start a hedge ("at least", "more than") or a "between" range: the first test of <see cref="TryMatch"/>.</summary>
    private static bool MayStartHedge(in TextToken t) => t.IsWord && t.Has(LexRole.HedgeStart | LexRole.NumberWord);

    /// <summary>Digits, or a vague, number or article word, or a hyphenated word: the first test of <see cref="TryCore"/>.</summary>
    private static bool MayStartCore(in TextToken t)
        => t.IsNumber || (t.IsWord && (t.Has(LexRole.VagueStart | LexRole.NumberWord | LexRole.Article) || (t.Shape & TokenShape.Hyphenated) != 0));

    /// <summary>Tries to read a number expression starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(string text, ReadOnlySpan<TextToken> tokens, int i, VagueQuantityConvention convention, out QuantityMatch match)
    {
        match = default;
        HedgeWord hedge = HedgeWord.None;
        int j = i;
        bool between = false;
        if (MayStartHedge(tokens[i]))
        {
            ReadOnlySpan<char> first = Word(text, tokens[i]);
            foreach ((string[] words, HedgeWord h) in QuantityHedges.StartingWith(first))
            {
                if (MatchWords(text, tokens, i, words))
                {
                    hedge = h;
                    j = i + words.Length;
                    break;
                }
            }

            if (hedge == HedgeWord.None && first.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                between = true;
                j = i + 1;
            }
        }

        if (j >= tokens.Length || !TryCore(text, tokens, j, between, out NumberCore core, out int end, out bool yearLike))
        {
            return false;
        }

        if (between && core.Kind != CoreKind.Range)
        {
            return false;
        }

        if (hedge == HedgeWord.None && end < tokens.Length)
        {
            if (end + 1 < tokens.Length && IsWord(text, tokens[end], "or") && IsWord(text, tokens[end + 1], "more"))
            {
                hedge = HedgeWord.AtLeast;
                end += 2;
            }
            else if (end + 1 < tokens.Length && IsWord(text, tokens[end], "or") && IsWord(text, tokens[end + 1], "so"))
            {
                hedge = HedgeWord.About;
                end += 2;
            }
            else if (IsWord(text, tokens[end], "plus") && (end + 1 >= tokens.Length || !tokens[end + 1].IsNumber))
            {
                hedge = HedgeWord.AtLeast;
                end += 1;
            }
        }

        if (IsExcluded(text, tokens, i, j, end, core))
        {
            return false;
        }

        match = new QuantityMatch(i, end, QuantityParser.Resolve(hedge, core, convention), yearLike && hedge == HedgeWord.None);
        return true;
    }

    private static bool TryCore(string text, ReadOnlySpan<TextToken> tokens, int j, bool between, out NumberCore core, out int end, out bool yearLike)
    {
        core = default;
        end = j;
        yearLike = false;
        TextToken t = tokens[j];
        if (!MayStartCore(t))
        {
            return false;
        }

        if (t.IsNumber)
        {
            if ((t.Shape & TokenShape.Time) != 0)
            {
                return false;
            }

            ReadOnlySpan<char> s = Word(text, t);
            if ((t.Shape & TokenShape.Hyphenated) != 0)
            {
                return TryHyphenRange(s, out core) && Done(j + 1, out end);
            }

            if (!TryDigits(text, tokens, j, out long value, out end))
            {
                return false;
            }

            yearLike = (t.Shape & TokenShape.Decimal) == 0 && s.Length == 4 && value is >= 1800 and <= 2100 && end == j + 1;
            core = new NumberCore(CoreKind.Exact, value, value, default);
            TryRange(text, tokens, j, between, ref core, ref end);
            return true;
        }

        ReadOnlySpan<char> word = Word(text, t);
        foreach (VagueAmount amount in t.Has(LexRole.VagueStart) ? VagueQuantities.StartingWith(word) : [])
        {
            if (MatchWords(text, tokens, j, amount.Words))
            {
                int after = j + amount.Words.Length;
                if (amount.NeedsOf && (after >= tokens.Length || !IsWord(text, tokens[after], "of")))
                {
                    continue;
                }

                core = new NumberCore(CoreKind.Vague, amount.Nominal, amount.Nominal, amount);
                end = after;
                return true;
            }
        }

        if (!TryNumberWords(text, tokens, j, out long words, out end))
        {
            return false;
        }

        core = new NumberCore(CoreKind.Exact, words, words, default);
        TryRange(text, tokens, j, between, ref core, ref end);
        return true;
    }

    private static bool Done(int at, out int end)
    {
        end = at;
        return true;
    }

    private static void TryRange(string text, ReadOnlySpan<TextToken> tokens, int j, bool between, ref NumberCore core, ref int end)
    {
        if (end + 1 >= tokens.Length)
        {
            return;
        }

        TextToken link = tokens[end];
        bool linked = between
            ? IsWord(text, link, "and")
            : IsWord(text, link, "to") || IsWord(text, link, "or") || (link.IsPunct && text[link.Start] is '-' or '\u2013' or '\u2014');
        if (!linked || (j > 0 && IsWord(text, tokens[j - 1], "from")))
        {
            return;
        }

        long high;
        int highEnd;
        if (tokens[end + 1].IsNumber)
        {
            if ((tokens[end + 1].Shape & (TokenShape.Time | TokenShape.Hyphenated)) != 0 || !TryDigits(text, tokens, end + 1, out high, out highEnd))
            {
                return;
            }
        }
        else if (!TryNumberWords(text, tokens, end + 1, out high, out highEnd))
        {
            return;
        }

        if (high > core.Value)
        {
            core = new NumberCore(CoreKind.Range, core.Value, high, default);
            end = highEnd;
        }
    }

    private static bool TryHyphenRange(ReadOnlySpan<char> s, out NumberCore core)
    {
        core = default;
        int dash = s.IndexOf('-');
        if (dash < 0)
        {
            dash = s.IndexOf('\u2011');
        }

        if (dash <= 0 || dash == s.Length - 1)
        {
            return false;
        }

        ReadOnlySpan<char> a = s[..dash], b = s[(dash + 1)..];
        if (b.IndexOfAny('-', '\u2011') >= 0 || a.Length > 3 || b.Length > 3 || a.IndexOfAny(',', '.') >= 0 || b.IndexOfAny(',', '.') >= 0)
        {
            return false;
        }

        if (!long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out long low) || !long.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out long high) || high <= low)
        {
            return false;
        }

        core = new NumberCore(CoreKind.Range, low, high, default);
        return true;
    }

    /// <summary>"-5" or "−5" with the sign standing alone before the digits (after a space, an opening bracket or at the
    /// start): a negative number, never a count of people. "13-17" (a range) and "ex-5" are not signs.</summary>
    internal static bool IsNegative(string text, int start) =>
        start > 0 && text[start - 1] is '-' or '\u2212' && (start == 1 || char.IsWhiteSpace(text[start - 2]) || text[start - 2] is '(' or '[');

        private static bool TryDigits(string text, ReadOnlySpan<TextToken> tokens, int j, out long value, out int end)
    {
        value = 0;
        end = j + 1;
        TextToken t = tokens[j];
        if (IsNegative(text, t.Start))
        {
            return false;
        }

        ReadOnlySpan<char> s = Word(text, t);
        bool isDecimal = (t.Shape & TokenShape.Decimal) != 0;
        long scale = 1;
        if (end < tokens.Length && tokens[end].IsWord)
        {
            NumberWordKind kind = tokens[end].Has(LexRole.NumberWord) ? NumberWords.Find(Word(text, tokens[end]), out int v) : Nothing(out v);
            if (kind is NumberWordKind.Scale or NumberWordKind.Hundred)
            {
                scale = v;
                end++;
            }
        }

        if (isDecimal)
        {
            if (scale == 1 || !double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double d))
            {
                return false;
            }

            value = (long)Math.Round(d * scale, MidpointRounding.AwayFromZero);
            return true;
        }

        if (s.Length > 1 && s[0] == '0')
        {
            // "000" or "05" is a fragment or a label, never a count.
            return false;
        }

        if (!long.TryParse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out long n) || n > 100_000_000)
        {
            return false;
        }

        // "31, 000" and "1, 400" in pre-tokenized text: a thousands group after a spaced comma.
        if (scale == 1 && n < 1000 && end + 1 < tokens.Length && tokens[end].IsPunct && text[tokens[end].Start] == ','
            && tokens[end + 1].IsNumber && tokens[end + 1].End - tokens[end + 1].Start == 3 && (tokens[end + 1].Shape & (TokenShape.Decimal | TokenShape.Time | TokenShape.Hyphenated)) == 0
            && tokens[end + 1].Start == tokens[end].End + 1 && (text[tokens[end + 1].Start] == '0' || (n < 10 && !FollowedByPredicate(tokens, end + 2))))
        {
            n = (n * 1000) + long.Parse(text.AsSpan(tokens[end + 1].Start, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            end += 2;
        }

        value = n * scale;
        return true;
    }

    private static bool FollowedByPredicate(ReadOnlySpan<TextToken> tokens, int k)
        => k < tokens.Length && (tokens[k].Has(LexRole.Aux) || tokens[k].Entry?.Triggers is not null);

    /// <summary>Reads number words ("seventy-five", "one hundred and twenty", "a dozen", "half a dozen", "two dozen", "a hundred").</summary>
    private static bool TryNumberWords(string text, ReadOnlySpan<TextToken> tokens, int j, out long value, out int end)
    {
        value = 0;
        end = j;
        int k = j;
        long total = 0, current = 0;
        bool any = false;
        NumberWordKind last = NumberWordKind.None;

        // "half a dozen", "half-dozen", "a half-dozen", "a half dozen".
        int h = k;
        if (h < tokens.Length && (IsWord(text, tokens[h], "a") || IsWord(text, tokens[h], "an")))
        {
            h++;
        }

        if (h < tokens.Length && IsWord(text, tokens[h], "half-dozen"))
        {
            value = 6;
            end = h + 1;
            return true;
        }

        if (h + 1 < tokens.Length && IsWord(text, tokens[h], "half") && IsWord(text, tokens[h + 1], "dozen"))
        {
            value = 6;
            end = h + 2;
            return true;
        }

        if (k + 2 < tokens.Length && IsWord(text, tokens[k], "half") && IsWord(text, tokens[k + 1], "a") && IsWord(text, tokens[k + 2], "dozen"))
        {
            value = 6;
            end = k + 3;
            return true;
        }

        // "a hundred", "a dozen", "a thousand".
        if (k + 1 < tokens.Length && (IsWord(text, tokens[k], "a") || IsWord(text, tokens[k], "an")) && tokens[k + 1].IsWord)
        {
            NumberWordKind next = tokens[k + 1].Has(LexRole.NumberWord) ? NumberWords.Find(Word(text, tokens[k + 1]), out _) : NumberWordKind.None;
            if (next is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
            {
                current = 1;
                last = NumberWordKind.Unit;
                k++;
            }
        }

        while (k < tokens.Length && tokens[k].IsWord)
        {
            ReadOnlySpan<char> word = Word(text, tokens[k]);
            if (any && word.Equals("and", StringComparison.OrdinalIgnoreCase) && last is NumberWordKind.Hundred or NumberWordKind.Scale
                && k + 1 < tokens.Length && tokens[k + 1].IsWord && NumberWords.Find(FirstPart(Word(text, tokens[k + 1])), out _) is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten)
            {
                k++;
                continue;
            }

            // A hyphenated token counts only when every part is a number word ("twenty-one", not "three-year-old").
            long savedTotal = total, savedCurrent = current;
            NumberWordKind savedLast = last;
            bool ok = true;
            int partCount = 0;
            if ((tokens[k].Shape & TokenShape.Hyphenated) == 0 && !tokens[k].Has(LexRole.NumberWord))
            {
                break;
            }

            foreach (Range part in word.Split('-'))
            {
                partCount++;
                NumberWordKind kind = NumberWords.Find(word[part], out int v);
                if (!Apply(kind, v, ref total, ref current, ref last))
                {
                    ok = false;
                    break;
                }
            }

            if (!ok || partCount == 0)
            {
                total = savedTotal;
                current = savedCurrent;
                last = savedLast;
                break;
            }

            any = true;
            k++;
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        end = k;
        return true;
    }

    private static NumberWordKind Nothing(out int value)
    {
        value = 0;
        return NumberWordKind.None;
    }

    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash < 0 ? word : word[..dash];
    }

    private static bool Apply(NumberWordKind kind, int v, ref long total, ref long current, ref NumberWordKind last)
    {
        switch (kind)
        {
            case NumberWordKind.Unit:
            case NumberWordKind.Teen:
                if (last is NumberWordKind.Unit or NumberWordKind.Teen)
                {
                    return false;
                }

                current += v;
                break;
            case NumberWordKind.Ten:
                if (last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Ten)
                {
                    return false;
                }

                current += v;
                break;
            case NumberWordKind.Hundred:
                if (last is NumberWordKind.Hundred or NumberWordKind.Dozen || last == NumberWordKind.None)
                {
                    return false;
                }

                current = (current == 0 ? 1 : current) * 100;
                break;
            case NumberWordKind.Scale:
                if (last == NumberWordKind.None)
                {
                    return false;
                }

                total += (current == 0 ? 1 : current) * v;
                current = 0;
                break;
            case NumberWordKind.Dozen:
                if (last == NumberWordKind.None)
                {
                    return false;
                }

                current = (current == 0 ? 1 : current) * 12;
                break;
            default:
                return false;
        }

        last = kind;
        return true;
    }

    private static bool IsExcluded(string text, ReadOnlySpan<TextToken> tokens, int first, int coreStart, int end, in NumberCore core)
    {
        TextToken? prev = first > 0 ? tokens[first - 1] : null;
        TextToken? next = end < tokens.Length ? tokens[end] : null;

        if (prev is { } p)
        {
            if (p.Has(LexRole.Negation) && !(p.IsWord && IsWord(text, p, "nor")))
            {
                return true;
            }

            // "none of the 40 passengers".
            for (int k = first - 1; k >= Math.Max(0, first - 3); k--)
            {
                if (!IsWord(text, tokens[k], "of") && !IsWord(text, tokens[k], "the") && !IsWord(text, tokens[k], "their"))
                {
                    if (k < first - 1 && tokens[k].Has(LexRole.Negation))
                    {
                        return true;
                    }

                    break;
                }
            }

            if (p.IsPunct && text[p.Start] is '$' or '\u00a3' or '\u20ac' or '#' or '\u00a5')
            {
                return true;
            }

            if (core.Kind != CoreKind.Vague && p.Has(LexRole.BlocksNumberAfter))
            {
                return true;
            }

            if (p.IsCapitalized && p.Has(LexRole.Month))
            {
                return true;
            }

            if (p.IsPunct && text[p.Start] == '.' && first > 1 && tokens[first - 2].IsCapitalized && tokens[first - 2].Has(LexRole.Month))
            {
                return true;
            }

            if (core.Kind == CoreKind.Vague && IsWord(text, tokens[coreStart], "many") && coreStart == first && p.Has(LexRole.BlocksMany))
            {
                return true;
            }

            // "Erica Rodriguez, 21, was ..." and "Rodriguez (21)": an age after a name.
            if (core.Kind == CoreKind.Exact && first == coreStart && first > 1 && tokens[first - 2].IsCapitalized && p.IsPunct)
            {
                char before = text[p.Start];
                char after = next is { IsPunct: true } close ? text[close.Start] : next is null ? ',' : ' ';
                if ((before == ',' && after is ',' or ')' or ';') || (before == '(' && after == ')'))
                {
                    return true;
                }
            }
        }

        if (next is { } n)
        {
            if (n.Has(LexRole.Unit) || n.Has(LexRole.TimeSuffix) || (n.IsCapitalized && n.Has(LexRole.Month)))
            {
                // "thousands of displaced people" is fine; "3 million" never reaches here (the scale is inside the core).
                return core.Kind != CoreKind.Vague || n.Has(LexRole.TimeSuffix);
            }

            if (n.IsPunct && text[n.Start] is '%')
            {
                return true;
            }

            if (n.IsWord && end + 1 < tokens.Length && IsWord(text, n, "per") && IsWord(text, tokens[end + 1], "cent"))
            {
                return true;
            }

            // "9 a.m.", "9 p.m."
            if (n.IsWord && (IsWord(text, n, "a") || IsWord(text, n, "p")) && end + 2 < tokens.Length && tokens[end + 1].IsPunct && text[tokens[end + 1].Start] == '.'
                && IsWord(text, tokens[end + 2], "m"))
            {
                return true;
            }

            if (core.Kind == CoreKind.Exact && core.Value == 1 && IsWord(text, n, "another"))
            {
                return true;
            }

            // "16 - year - old", "6 - strength": a spaced compound modifier, not a count.
            if (n.IsPunct && text[n.Start] is '-' or '\u2013' && end + 1 < tokens.Length && tokens[end + 1].IsWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the text of a token.</summary>
    public static ReadOnlySpan<char> Word(string text, in TextToken token) => text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>Returns whether the token is the word <paramref name="word"/>, ignoring case.</summary>
    public static bool IsWord(string text, in TextToken token, string word)
        => token.End - token.Start == word.Length && text.AsSpan(token.Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether the tokens from <paramref name="at"/> are exactly <paramref name="words"/>.</summary>
    public static bool MatchWords(string text, ReadOnlySpan<TextToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Length)
        {
            return false;
        }

        for (int k = 0; k < words.Length; k++)
        {
            if (!IsWord(text, tokens[at + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
