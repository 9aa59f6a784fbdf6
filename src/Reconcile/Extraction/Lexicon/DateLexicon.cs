using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NodaTime;
using Reconcile.Extraction.Lexicon;

namespace Reconcile.Extraction;

/// <summary>English month, weekday and small-number words used by the date recognizer, looked up on spans without allocating.</summary>
internal static class DateLexicon
{
    // Months and weekdays are keyed by their first three letters: every spelling the patterns accept
    // ("November", "Nov.", "Sept", "Thurs", "Thursday") is unambiguous on that prefix.
    private static readonly FrozenDictionary<string, int> MonthsByPrefix = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
        ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, IsoDayOfWeek> WeekdaysByPrefix = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal)
    {
        ["mon"] = IsoDayOfWeek.Monday, ["tue"] = IsoDayOfWeek.Tuesday, ["wed"] = IsoDayOfWeek.Wednesday, ["thu"] = IsoDayOfWeek.Thursday,
        ["fri"] = IsoDayOfWeek.Friday, ["sat"] = IsoDayOfWeek.Saturday, ["sun"] = IsoDayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // "a"/"an" count one ("a day ago"); vague words ("a few", "several") are handled by the caller as VagueCount.
    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The first words of date expressions other than numbers, month names and weekday names.
    private static readonly FrozenDictionary<string, DateWordKind> LeadWords = new Dictionary<string, DateWordKind>(StringComparer.Ordinal)
    {
        ["the"] = DateWordKind.Article, ["that"] = DateWordKind.Article, ["a"] = DateWordKind.Article, ["an"] = DateWordKind.Article,
        ["one"] = DateWordKind.Article, ["two"] = DateWordKind.Article, ["three"] = DateWordKind.Article, ["four"] = DateWordKind.Article,
        ["five"] = DateWordKind.Article, ["six"] = DateWordKind.Article, ["seven"] = DateWordKind.Article, ["eight"] = DateWordKind.Article,
        ["nine"] = DateWordKind.Article, ["ten"] = DateWordKind.Article, ["eleven"] = DateWordKind.Article, ["twelve"] = DateWordKind.Article,
        ["couple"] = DateWordKind.Article, ["few"] = DateWordKind.Article, ["several"] = DateWordKind.Article,
        ["last"] = DateWordKind.Modifier, ["this"] = DateWordKind.Modifier, ["earlier"] = DateWordKind.Modifier, ["later"] = DateWordKind.Modifier,
        ["early"] = DateWordKind.Modifier, ["late"] = DateWordKind.Modifier, ["mid"] = DateWordKind.Modifier, ["overnight"] = DateWordKind.Modifier,
        ["next"] = DateWordKind.Modifier, ["coming"] = DateWordKind.Modifier, ["tomorrow"] = DateWordKind.Modifier, ["today"] = DateWordKind.Modifier,
        ["tonight"] = DateWordKind.Modifier, ["yesterday"] = DateWordKind.Modifier,
        ["christmas"] = DateWordKind.Holiday, ["new"] = DateWordKind.Holiday, ["father"] = DateWordKind.Holiday, ["fathers"] = DateWordKind.Holiday,
        ["mother"] = DateWordKind.Holiday, ["mothers"] = DateWordKind.Holiday, ["thanksgiving"] = DateWordKind.Holiday, ["easter"] = DateWordKind.Holiday,
        ["halloween"] = DateWordKind.Holiday, ["valentine"] = DateWordKind.Holiday, ["valentines"] = DateWordKind.Holiday,
        ["fourth"] = DateWordKind.Holiday, ["memorial"] = DateWordKind.Holiday, ["labor"] = DateWordKind.Holiday,
        ["st"] = DateWordKind.Holiday, ["saint"] = DateWordKind.Holiday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Looked up for every word of every sentence: packed ASCII fronts built from the tables above (see AsciiWordTable).
    private static readonly AsciiWordTable<DateWordKind> LeadWordLookup = new(LeadWords);

    private static readonly AsciiWordTable<int> MonthLookup = new(MonthsByPrefix);

    private static readonly AsciiWordTable<IsoDayOfWeek> WeekdayLookup = new(WeekdaysByPrefix);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The count returned for "a few" and "several": a few, not a number.</summary>
    public const int VagueCount = -1;

    /// <summary>Returns how a date expression may start with this word (letters only), or <see cref="DateWordKind.None"/>.</summary>
    /// <remarks>A cheap, permissive filter ("Monitor" passes as a weekday on "mon"); the patterns decide.</remarks>
    public static DateWordKind StartKind(ReadOnlySpan<char> word) => MayStart(word) ? LookUpStartKind(word) : DateWordKind.None;

    /// <summary>Gets the words <see cref="StartKind"/> knows: the lead words and the month and weekday prefixes (for tests of its filter).</summary>
    internal static IEnumerable<string> StartWords => LeadWords.Keys.Concat(MonthsByPrefix.Keys).Concat(WeekdaysByPrefix.Keys);

    /// <summary><see cref="StartKind"/> without its <see cref="MayStart"/> filter.</summary>
    internal static DateWordKind LookUpStartKind(ReadOnlySpan<char> word)
    {
        if (LeadWordLookup.TryGetValue(word, out DateWordKind kind))
        {
            return kind;
        }

        if (word.Length is < 3 or > 9)
        {
            return DateWordKind.None;
        }

        ReadOnlySpan<char> prefix = word[..3];
        return MonthLookup.Contains(prefix) ? DateWordKind.Month
            : WeekdayLookup.Contains(prefix) ? DateWordKind.Weekday
            : DateWordKind.None;
    }

    /// <summary>For each start of a word (its first three letters folded to lower case, shorter words padded with an end mark),
    /// whether <see cref="StartKind"/> can name a kind for it: built from the lead words and the month and weekday prefixes.</summary>
    private static readonly ulong[] StartTrigrams = BuildStartTrigrams();

    /// <summary>
    /// A necessary condition for <see cref="StartKind"/> to name a kind, much cheaper than its lookups (most words of a sentence
    /// fail it): the first three characters of the word (fewer for a shorter word) in <see cref="StartTrigrams"/>. A word with a
    /// character outside the ASCII letters among them always passes ("ı" and "ſ" equal ASCII letters ignoring case).
    /// </summary>
    internal static bool MayStart(ReadOnlySpan<char> word)
    {
        int index = StartIndex(word);
        return index < 0 || (StartTrigrams[index >> 6] & (1UL << index)) != 0;
    }

    /// <summary>The bit of <see cref="StartTrigrams"/> for the word's first three letters folded to lower case (0 marks the end of a
    /// shorter word), or -1 when one of them is not an ASCII letter.</summary>
    private static int StartIndex(ReadOnlySpan<char> word)
    {
        int index = 0;
        for (int k = 0; k < 3; k++)
        {
            int code = 0; // the end of a shorter word
            if (k < word.Length)
            {
                code = (word[k] | 0x20) - 'a' + 1; // only an ASCII letter lands in 1..26
                if ((uint)(code - 1) >= 26)
                {
                    return -1;
                }
            }

            index = (index * 27) + code;
        }

        return index;
    }

    private static ulong[] BuildStartTrigrams()
    {
        var table = new ulong[((27 * 27 * 27) + 63) / 64];
        foreach (string start in StartWords)
        {
            int index = StartIndex(start);
            if (index < 0)
            {
                throw new InvalidOperationException($"The date start word '{start}' is not ASCII letters; the start filter cannot hold it.");
            }

            table[index >> 6] |= 1UL << index;
        }

        return table;
    }

    /// <summary>Returns -1 for a word that counts back ("previous", "earlier", "before"), 1 forward ("next", "later", "after"), 0 for "same".</summary>
    public static int Direction(ReadOnlySpan<char> word) =>
        word.Equals("same", StringComparison.OrdinalIgnoreCase) ? 0
        : word.StartsWith("pre", StringComparison.OrdinalIgnoreCase) || word.Equals("earlier", StringComparison.OrdinalIgnoreCase)
          || word.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1
        : 1;

    /// <summary>Returns the month (1-12) a month word names, or 0.</summary>
    public static int Month(ReadOnlySpan<char> word) =>
        word.Length >= 3 && MonthLookup.TryGetValue(word[..3], out int month) ? month : 0;

    /// <summary>Returns the weekday a weekday word names, or <see langword="null"/>.</summary>
    public static IsoDayOfWeek? Weekday(ReadOnlySpan<char> word) =>
        word.Length >= 3 && WeekdayLookup.TryGetValue(word[..3], out IsoDayOfWeek day) ? day : null;

    /// <summary>Returns the count a number phrase names ("3", "three", "a couple of" = 2), <see cref="VagueCount"/> for "a few"/"several", or 0.</summary>
    public static int Count(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length > 0 && char.IsAsciiDigit(phrase[0]))
        {
            return int.TryParse(phrase, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        }

        if (phrase.Contains("couple", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (phrase.Contains("few", StringComparison.OrdinalIgnoreCase) || phrase.Contains("several", StringComparison.OrdinalIgnoreCase))
        {
            return VagueCount;
        }

        return NumberLookup.TryGetValue(phrase, out int count) ? count : 0;
    }
    /// <summary>Full month names and the abbreviations the patterns accept.</summary>
    private static readonly AsciiWordTable<bool> MonthWords = WordSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]);

    /// <summary>Full weekday names and the abbreviations the patterns accept.</summary>
    private static readonly AsciiWordTable<bool> WeekdayWords = WordSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);

    /// <summary>The words that can follow an <see cref="DateWordKind.Article"/> word in a date ("the weekend", "a few days ago",
    /// "the previous day", "two days earlier", "the Fourth of July"); a number may follow too ("the 4th").</summary>
    private static readonly AsciiWordTable<bool> AfterArticleWords = WordSet(
        ["weekend", "day", "days", "week", "weeks", "month", "months", "year", "years", "couple", "few", "of",
         "previous", "preceding", "next", "following", "same", "fourth"]);

    /// <summary>
    /// A cheap necessary condition for a date form to match at a word of <paramref name="kind"/> (letters only, ending at
    /// <paramref name="wordEnd"/>): a month word must be a month name or abbreviation in capitals, a weekday word a weekday name or
    /// abbreviation, an article or count word must be followed, after white space, by a number or a word of
    /// <see cref="AfterArticleWords"/>, and a chained modifier ("this", "last") by a hyphen, or after white space by a word of
    /// <see cref="AfterModifierWords"/>, a weekday or a month (or anything not a letter). Words outside ASCII always pass (the
    /// patterns' case folding decides them).
    /// </summary>
    public static bool MayStartDate(string text, int wordStart, int wordEnd, int end, DateWordKind kind)
    {
        ReadOnlySpan<char> word = text.AsSpan(wordStart, wordEnd - wordStart);
        switch (kind)
        {
            case DateWordKind.Month:
                return !Ascii.IsValid(word) || (char.IsAsciiLetterUpper(word[0]) && MonthWords.Contains(word));
            case DateWordKind.Weekday:
                return !Ascii.IsValid(word) || WeekdayWords.Contains(word);
            case DateWordKind.Article:
            {
                int i = wordEnd;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i == wordEnd || i >= end)
                {
                    return false; // every form needs white space and a next word after an article
                }

                if (char.IsAsciiDigit(text[i]))
                {
                    return true;
                }

                int j = i;
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                ReadOnlySpan<char> next = text.AsSpan(i, j - i);
                return !Ascii.IsValid(next) || AfterArticleWords.Contains(next);
            }

            case DateWordKind.Modifier when Ascii.IsValid(word) && ChainedModifiers.Contains(word):
            {
                // "this", "last", "next", "coming", "earlier", "later" date nothing alone: "last week", "this morning", "later today".
                if (wordEnd < end && text[wordEnd] == '-')
                {
                    return true;
                }

                int i = wordEnd;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i == wordEnd || i >= end)
                {
                    return false;
                }

                int j = i;
                while (j < end && char.IsLetter(text[j]))
                {
                    j++;
                }

                ReadOnlySpan<char> next = text.AsSpan(i, j - i);
                return j == i || !Ascii.IsValid(next) || AfterModifierWords.Contains(next) || WeekdayWords.Contains(next) || MonthWords.Contains(next);
            }

            default:
                return true;
        }
    }

    /// <summary>The modifiers that start a date only with another word after them.</summary>
    private static readonly AsciiWordTable<bool> ChainedModifiers = WordSet(
        ["this", "last", "next", "coming", "earlier", "later"]);

    /// <summary>The words (besides weekdays and months) that can follow a chained modifier in a date.</summary>
    private static readonly AsciiWordTable<bool> AfterModifierWords = WordSet(
        ["week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "coming", "this", "today"]);

    /// <summary>A word set (the list is its source) behind a packed ASCII front.</summary>
    private static AsciiWordTable<bool> WordSet(string[] words) =>
        new(words.ToFrozenDictionary(word => word, _ => true, StringComparer.OrdinalIgnoreCase));
}
