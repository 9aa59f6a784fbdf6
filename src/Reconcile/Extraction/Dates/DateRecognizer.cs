using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds date expressions and resolves them against the publication date (never the clock).</summary>
/// <remarks>
/// <para>Finding is a walk over the sentence's words that tries the source-generated, anchored form patterns of
/// <see cref="DatePatterns"/> only at words that can start a date (numbers, month and weekday words, and lead words from
/// <see cref="DateLexicon"/>); resolving is <see cref="DateResolver"/>. Nothing is allocated for a sentence without a date.
/// A finding's span covers the date words and the modifiers that change their meaning ("late Thursday", "last week",
/// "two days ago", "the 4th"), not the preposition before them ("on", "in").</para>
/// <para>Conventions:</para>
/// <list type="bullet">
/// <item>A weekday alone is the most recent such day on or before publication (a Sunday report's "Sunday" is the publication
/// day, its "Saturday" the day before), unless the sentence names a month it is not in ("a Friday afternoon in mid-July" in an
/// August report): then it is that month's such day, or the span of them with the weekday kept (Month precision); "last Friday" is strictly before publication; "Friday last week" is in the
/// Monday-Sunday week before publication's.</item>
/// <item>A month-day without a year takes the most recent year in which it falls on or before publication (a report of
/// 3 January 2018 saying "on December 30" means 2017-12-30). When a weekday is named with it and contradicts that date,
/// the next year's date is taken if it fits the weekday and lies at most a week after publication; otherwise the range spans
/// both readings (Week precision). A month alone ("in May") is the most recent such month, "last May" the most recent one
/// before publication's month.</item>
/// <item>"yesterday" and "last night" are the day before publication (news usage: "last night" is the evening before the
/// report); "today", "tonight", "this morning" the publication day; "overnight" alone the night that ended on the publication
/// morning, dated to the publication day (the hours after midnight are most of a night, and news codes an incident by its calendar
/// day: "shot overnight ... called at 3:30 a.m." in a morning report); "overnight Wednesday-Thursday" is [Wednesday, Thursday] with Week
/// precision, meaning a short span of days, the second day being the most recent Thursday on or before publication.</item>
/// <item>"last week" is the previous Monday-Sunday week, "last month"/"last year" the previous calendar month/year;
/// "this week/month/year" runs from its first day to publication, "earlier this ..." to the day before publication.</item>
/// <item>"N days ago" is a day; "N weeks ago" a week centred N weeks back; "N months ago" the calendar month and "N years
/// ago" the calendar year; "a few days/weeks ago" a span (Week/Month precision); "a few months/years ago" is skipped.</item>
/// <item>"the previous day", "a day earlier", "two days before" count back from the latest day-precise date found earlier
/// in the same sentence, else from publication (a limit: the narrative's own day in an earlier sentence is not known here);
/// "the next day", "a day later", "the same day" need such a date in the sentence and are unresolved without one. "A day after" or
/// "two days after" followed by what happened ("arrested Thursday, a day after he shot his friend", "died Sunday, two days after the
/// shooting") dates that event: so many days before the sentence's latest day-precise date, and nothing without one (publication is
/// not the narrative's day); "days before" an event ("three days before the vote") looks ahead and is not reported.</item>
/// <item>Without a publication date every relative expression is still reported, as an unresolved range with
/// <see cref="DatePrecision.Unknown"/> precision that keeps only the weekday it names (a constraint, not a guess); dates
/// with a year resolve fully.</item>
/// <item>Holidays by name are days: fixed ones (Christmas Day and Eve, New Year's Day and Eve, Valentine's Day, St. Patrick's Day,
/// the Fourth of July, Halloween), Easter Sunday and Monday, and the United States' floating ones (Mother's Day, Memorial Day,
/// Father's Day, Labor Day, Thanksgiving), the most recent on or before publication unless a year is given; undated, a floating
/// holiday keeps its weekday. "Christmas" and "Easter" alone are seasons.</item>
/// <item>Not dates: times of day, ages, durations ("for three days"), decades ("the 1990s"), the future ("next Friday",
/// "tomorrow"), a page's stamps ("Posted: Monday, March 2", "Updated ...", "Last updated: ..."), the modal "may" and verb "march" (month words must be capitalised, and a month alone needs a preposition
/// or a modifier), "Good Friday", "the Sunday Times". A year alone needs "in"/"during"/"since"/"throughout" or
/// "early"/"mid-"/"late"; "in 2014" in any sentence is reported, the assembler decides relevance.</item>
/// </list>
/// </remarks>
internal static class DateRecognizer
{
    // The forms in the order they are tried at a word (longer and more specific first), with the kinds of word each can start with.
    private static readonly (Regex Pattern, DateForm Form, DateWordKind Starts)[] Forms =
    [
        (DatePatterns.HolidayForm(), DateForm.Holiday, DateWordKind.Holiday | DateWordKind.Article | DateWordKind.Month),
        (DatePatterns.IsoForm(), DateForm.Iso, DateWordKind.Number),
        (DatePatterns.NumericForm(), DateForm.Numeric, DateWordKind.Number),
        (DatePatterns.DayMonthForm(), DateForm.DayMonth, DateWordKind.Number | DateWordKind.Weekday | DateWordKind.Article),
        (DatePatterns.MonthDayForm(), DateForm.MonthDay, DateWordKind.Month | DateWordKind.Weekday),
        (DatePatterns.MonthYearForm(), DateForm.MonthYear, DateWordKind.Month | DateWordKind.Modifier),
        (DatePatterns.MonthOnlyForm(), DateForm.MonthOnly, DateWordKind.Month | DateWordKind.Modifier),
        (DatePatterns.YearOnlyForm(), DateForm.YearOnly, DateWordKind.Number | DateWordKind.Modifier),
        (DatePatterns.NthForm(), DateForm.Nth, DateWordKind.Weekday | DateWordKind.Article),
        (DatePatterns.WeekdayLastWeekForm(), DateForm.WeekdayLastWeek, DateWordKind.Weekday | DateWordKind.Modifier),
        (DatePatterns.WeekdayRangeForm(), DateForm.WeekdayRange, DateWordKind.Weekday | DateWordKind.Modifier),
        (DatePatterns.OvernightForm(), DateForm.Overnight, DateWordKind.Weekday | DateWordKind.Modifier),
        (DatePatterns.LastWeekdayForm(), DateForm.LastWeekday, DateWordKind.Modifier),
        (DatePatterns.FutureForm(), DateForm.Future, DateWordKind.Modifier),
        (DatePatterns.WeekendForm(), DateForm.Weekend, DateWordKind.Modifier | DateWordKind.Article),
        (DatePatterns.PeriodForm(), DateForm.Period, DateWordKind.Modifier),
        (DatePatterns.RelativeForm(), DateForm.Relative, DateWordKind.Modifier | DateWordKind.Article),
        (DatePatterns.AgoForm(), DateForm.Ago, DateWordKind.Number | DateWordKind.Article),
        (DatePatterns.AnchoredForm(), DateForm.Anchored, DateWordKind.Number | DateWordKind.Article),
        (DatePatterns.WeekdayForm(), DateForm.Weekday, DateWordKind.Weekday | DateWordKind.Modifier),
    ];

    private enum DateForm
    {
        Holiday,
        Iso,
        Numeric,
        DayMonth,
        MonthDay,
        MonthYear,
        MonthOnly,
        YearOnly,
        Nth,
        WeekdayLastWeek,
        WeekdayRange,
        Overnight,
        LastWeekday,
        Future,
        Weekend,
        Period,
        Relative,
        Ago,
        Anchored,
        Weekday,
    }

    /// <summary>Adds the date expressions of one sentence to <paramref name="results"/>, in text order.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="sentence">The sentence to search, as a span of <paramref name="text"/>.</param>
    /// <param name="published">The publication date, if known; relative expressions resolve against it.</param>
    /// <param name="results">Receives the findings.</param>
    public static void Find(string text, TextSpan sentence, LocalDate? published, List<DateFinding> results)
    {
        LocalDate? anchor = null;
        int weekdayAt = -1, monthAt = -1;
        int end = Math.Min(sentence.End, text.Length);
        int i = sentence.Start;
        while (i < end)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            // One word (or number): try the anchored pattern only where a date expression can start.
            bool digit = char.IsAsciiDigit(c);
            int wordEnd = i + 1;
            while (wordEnd < end && (digit ? char.IsAsciiDigit(text[wordEnd]) : char.IsLetter(text[wordEnd])))
            {
                wordEnd++;
            }

            bool wordStart = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            DateWordKind kind = !wordStart ? DateWordKind.None : digit ? DateWordKind.Number : DateLexicon.StartKind(text.AsSpan(i, wordEnd - i));
            if (kind != DateWordKind.None && DateLexicon.MayStartDate(text, i, wordEnd, end, kind) && TryMatch(text, i, end, kind) is ({ } m, DateForm form))
            {
                if (!IsPageStamp(text, sentence.Start, m.Index) && Resolve(text, m, form, published, anchor) is { } range)
                {
                    if (form is DateForm.Weekday or DateForm.LastWeekday && range.IsResolved)
                    {
                        weekdayAt = results.Count;
                    }
                    else if (form is DateForm.MonthOnly or DateForm.MonthYear)
                    {
                        monthAt = results.Count;
                    }

                    results.Add(new DateFinding(new TextSpan(m.Index, m.Index + m.Length), range));
                    if (range.Precision == DatePrecision.Day)
                    {
                        anchor = range.Earliest;
                    }
                }

                i = Math.Max(m.Index + m.Length, i + 1);
                continue;
            }

            i = wordEnd;
        }

        if (weekdayAt >= 0 && monthAt >= 0)
        {
            results[weekdayAt] = WithinMonth(results[weekdayAt], results[monthAt].Range);
        }
    }

    /// <summary>A page's time stamp ("Posted: Monday, March 2, 2015", "Updated Monday, March 9", "Last updated: 12 May"): when
    /// the page changed, never when anything happened.</summary>
    internal static bool IsPageStamp(string text, int sentenceStart, int dateStart)
    {
        int i = dateStart;
        while (i > sentenceStart && (text[i - 1] is ' ' or ':' or '\t' || text[i - 1] == '\u00a0'))
        {
            i--;
        }

        int end = i;
        while (i > sentenceStart && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> word = text.AsSpan(i, end - i);
        return word.Equals("updated", StringComparison.OrdinalIgnoreCase) || word.Equals("posted", StringComparison.OrdinalIgnoreCase)
            || word.Equals("published", StringComparison.OrdinalIgnoreCase) || word.Equals("modified", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"On a rainy Friday afternoon in mid-July" (a report of 25 August): the weekday is one of that month's, not the most
    /// recent; a single such day is the date, several are a range that keeps the weekday.</summary>
    private static DateFinding WithinMonth(DateFinding weekday, DateRange month)
    {
        if (weekday.Range.Earliest is not { } day || month.Earliest is not { } first || month.Latest is not { } last
            || (day >= first && day <= last))
        {
            return weekday;
        }

        LocalDate start = first.With(DateAdjusters.NextOrSame(day.DayOfWeek));
        if (start > last)
        {
            return weekday;
        }

        LocalDate end = last.With(DateAdjusters.PreviousOrSame(day.DayOfWeek));
        DateRange range = start == end ? DateRange.OnDay(start) : new DateRange(start, end, DatePrecision.Month, day.DayOfWeek);
        return weekday with { Range = range };
    }

    // The first form that matches at the word and ends inside the sentence.
    private static (Match? Match, DateForm Form) TryMatch(string text, int start, int end, DateWordKind kind)
    {
        foreach ((Regex pattern, DateForm form, DateWordKind starts) in Forms)
        {
            if ((starts & kind) == 0)
            {
                continue;
            }

            Match m = pattern.Match(text, start);
            if (m.Success && m.Index + m.Length <= end)
            {
                return (m, form);
            }
        }

        return (null, default);
    }

    private static DateRange? Resolve(string text, Match m, DateForm form, LocalDate? published, LocalDate? anchor)
    {
        GroupCollection g = m.Groups;
        switch (form)
        {
            case DateForm.Holiday:
                return DateResolver.HolidayDate(HolidayOf(g), g["y"].Success ? Int(g["y"]) : null, published);

            case DateForm.Iso:
                return g["s1"].ValueSpan[0] != g["s2"].ValueSpan[0] ? null
                    : DateResolver.Calendar(Int(g["y"]), Int(g["mn"]), Int(g["d"]), null, null, published);

            case DateForm.Numeric:
            {
                char separator = g["s1"].ValueSpan[0];
                if (separator != g["s2"].ValueSpan[0])
                {
                    return null;
                }

                int a = Int(g["a"]), b = Int(g["b"]);
                bool dayFirst = separator == '.' || a > 12;
                return DateResolver.Calendar(Int(g["y"]), dayFirst ? b : a, dayFirst ? a : b, null, null, published);
            }

            case DateForm.DayMonth:
            case DateForm.MonthDay:
            {
                IsoDayOfWeek? weekday = Weekday(g["wd"]) ?? Weekday(g["wd2"]);
                int? year = g["y"].Success ? Int(g["y"]) : null;
                int? lastDay = g["d2"].Success ? Int(g["d2"]) : null;
                return DateResolver.Calendar(year, DateLexicon.Month(g["m"].ValueSpan), Int(g["d"]), lastDay, weekday, published);
            }

            case DateForm.MonthYear:
                return DateResolver.Month(Int(g["y"]), DateLexicon.Month(g["m"].ValueSpan), strictlyBefore: false, published);

            case DateForm.MonthOnly:
            {
                bool last = g["mod"].ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase);
                return DateResolver.Month(null, DateLexicon.Month(g["m"].ValueSpan), last, published);
            }

            case DateForm.YearOnly:
                return DateResolver.CalendarYear(Int(g["y"]));

            case DateForm.Nth:
                return DateResolver.DayOfMonth(Int(g["d"]), Weekday(g["wd"]), published);

            case DateForm.WeekdayLastWeek:
                return DateResolver.WeekdayLastWeek((Weekday(g["wd"]) ?? Weekday(g["wd2"]))!.Value, published);

            case DateForm.WeekdayRange:
                return DateResolver.WeekdaySpan(Weekday(g["wd"])!.Value, Weekday(g["wd2"])!.Value, published);

            case DateForm.Overnight:
            {
                if (Weekday(g["wd2"]) is { } morning)
                {
                    return DateResolver.WeekdaySpan(DateResolver.DayBefore(morning), morning, published);
                }

                return DateResolver.NightAfter((Weekday(g["wd"]) ?? Weekday(g["wd3"]))!.Value, published);
            }

            case DateForm.LastWeekday:
                return DateResolver.Weekday(Weekday(g["wd"])!.Value, strictlyBefore: true, published);

            case DateForm.Weekend:
                return DateResolver.Weekend(g["lwe"].Success, published);

            case DateForm.Period:
            {
                ReadOnlySpan<char> q = g["pq"].ValueSpan;
                int qualifier = q.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1 : q.StartsWith("earlier", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                return DateResolver.Period(qualifier, char.ToLowerInvariant(g["unit"].ValueSpan[0]), published);
            }

            case DateForm.Relative:
                if (g["today"].Success)
                {
                    return IsInName(text, m) ? null : DateResolver.DaysFrom(published, 0);
                }

                if (g["ovn"].Success)
                {
                    // The night ending on the publication morning: its hours after midnight (most of a night) fall on that day.
                    return DateResolver.DaysFrom(published, 0);
                }

                return DateResolver.DaysFrom(published, g["dby"].Success ? -2 : -1);

            case DateForm.Ago:
            {
                int count = DateLexicon.Count(g["n"].ValueSpan);
                return count == 0 ? null : DateResolver.Ago(count, char.ToLowerInvariant(g["unit"].ValueSpan[0]), published);
            }

            case DateForm.Anchored:
            {
                int count = g["n"].Success ? DateLexicon.Count(g["n"].ValueSpan) : 1;
                if (count <= 0)
                {
                    return null;
                }

                if (g["cl"].Success)
                {
                    // "arrested Thursday, a day after he shot ...": the clause's event is that many days before the sentence's day.
                    return anchor is null ? null : DateResolver.DaysFrom(anchor, -count);
                }

                Group dir = g["dir"].Success ? g["dir"] : g["dir2"].Success ? g["dir2"] : g["dir3"];
                int direction = DateLexicon.Direction(dir.ValueSpan);
                return direction < 0 ? DateResolver.DaysFrom(anchor ?? published, -count) : DateResolver.DaysFrom(anchor, direction * count);
            }

            case DateForm.Weekday:
                return DateResolver.Weekday(Weekday(g["wd"])!.Value, strictlyBefore: false, published);

            default:
                // The future ("next Friday", "tomorrow"): consumed, not reported.
                return null;
        }
    }

    private static Holiday HolidayOf(GroupCollection g)
    {
        static bool Is(Group group, string word) => group.ValueSpan.Equals(word, StringComparison.OrdinalIgnoreCase);

        if (g["xmas"].Success)
        {
            return Is(g["xpart"], "eve") ? Holiday.ChristmasEve : Holiday.Christmas;
        }

        if (g["nypart"].Success)
        {
            return Is(g["nypart"], "eve") ? Holiday.NewYearsEve : Holiday.NewYearsDay;
        }

        if (g["parent"].Success)
        {
            return Is(g["parent"], "father") ? Holiday.FathersDay : Holiday.MothersDay;
        }

        if (g["espart"].Success)
        {
            return Is(g["espart"], "monday") ? Holiday.EasterMonday : Holiday.EasterSunday;
        }

        if (g["usmon"].Success)
        {
            return Is(g["usmon"], "memorial") ? Holiday.MemorialDay : Holiday.LaborDay;
        }

        return g["tg"].Success ? Holiday.Thanksgiving
            : g["hw"].Success ? Holiday.Halloween
            : g["vd"].Success ? Holiday.ValentinesDay
            : g["j4"].Success ? Holiday.FourthOfJuly
            : Holiday.StPatricksDay;
    }

    // "Arab Today", "USA Today": a capitalised "Today" after a capitalised word is part of a name.
    private static bool IsInName(string text, Match m)
    {
        if (!char.IsUpper(text[m.Index]))
        {
            return false;
        }

        int i = m.Index - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        int end = i;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return end > i && char.IsUpper(text[i + 1]);
    }

    private static IsoDayOfWeek? Weekday(Group group) => group.Success ? DateLexicon.Weekday(group.ValueSpan) : null;

    // Digits with an optional ordinal suffix ("4th").
    private static int Int(Group group)
    {
        ReadOnlySpan<char> s = group.ValueSpan;
        int end = 0;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
        }

        return int.Parse(s[..end], NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
