using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds date expressions and resolves them against the publication date (never the clock).</summary>
/// <remarks>
/// <para>Finding is one source-generated pattern (<see cref="DatePatterns"/>); resolving is <see cref="DateResolver"/>.
/// A finding's span covers the date words and the modifiers that change their meaning ("late Thursday", "last week",
/// "two days ago", "the 4th"), not the preposition before them ("on", "in").</para>
/// <para>Conventions:</para>
/// <list type="bullet">
/// <item>A weekday alone is the most recent such day on or before publication (a Sunday report's "Sunday" is the publication
/// day, its "Saturday" the day before); "last Friday" is strictly before publication; "Friday last week" is in the
/// Monday-Sunday week before publication's.</item>
/// <item>A month-day without a year takes the most recent year in which it falls on or before publication (a report of
/// 3 January 2018 saying "on December 30" means 2017-12-30). When a weekday is named with it and contradicts that date,
/// the next year's date is taken if it fits the weekday and lies at most a week after publication; otherwise the range spans
/// both readings (Week precision). A month alone ("in May") is the most recent such month, "last May" the most recent one
/// before publication's month.</item>
/// <item>"yesterday" and "last night" are the day before publication (news usage: "last night" is the evening before the
/// report); "today", "tonight", "this morning" the publication day; "overnight" alone the night before publication
/// ([day before, publication day], Week precision); "overnight Wednesday-Thursday" is [Wednesday, Thursday] with Week
/// precision, meaning a short span of days, the second day being the most recent Thursday on or before publication.</item>
/// <item>"last week" is the previous Monday-Sunday week, "last month"/"last year" the previous calendar month/year;
/// "this week/month/year" runs from its first day to publication, "earlier this ..." to the day before publication.</item>
/// <item>"N days ago" is a day; "N weeks ago" a week centred N weeks back; "N months ago" the calendar month and "N years
/// ago" the calendar year; "a few days/weeks ago" a span (Week/Month precision); "a few months/years ago" is skipped.</item>
/// <item>"the previous day", "a day earlier", "two days before" count back from the latest day-precise date found earlier
/// in the same sentence, else from publication (a limit: the narrative's own day in an earlier sentence is not known here);
/// "the next day", "a day later", "the same day" need such a date in the sentence and are unresolved without one.</item>
/// <item>Without a publication date every relative expression is still reported, as an unresolved range with
/// <see cref="DatePrecision.Unknown"/> precision that keeps only the weekday it names (a constraint, not a guess); dates
/// with a year resolve fully.</item>
/// <item>Not dates: times of day, ages, durations ("for three days"), decades ("the 1990s"), the future ("next Friday",
/// "tomorrow"), the modal "may" and verb "march" (month words must be capitalised, and a month alone needs a preposition
/// or a modifier), "Good Friday", "the Sunday Times". A year alone needs "in"/"during"/"since"/"throughout" or
/// "early"/"mid-"/"late"; "in 2014" in any sentence is reported, the assembler decides relevance.</item>
/// </list>
/// </remarks>
internal static class DateRecognizer
{
    private static readonly Regex Pattern = DatePatterns.Expression();

    private static readonly int GIso = Pattern.GroupNumberFromName("iso");
    private static readonly int GNum = Pattern.GroupNumberFromName("num");
    private static readonly int GDm = Pattern.GroupNumberFromName("dm");
    private static readonly int GMd = Pattern.GroupNumberFromName("md");
    private static readonly int GMy = Pattern.GroupNumberFromName("my");
    private static readonly int GMo = Pattern.GroupNumberFromName("mo");
    private static readonly int GYr = Pattern.GroupNumberFromName("yr");
    private static readonly int GNth = Pattern.GroupNumberFromName("nth");
    private static readonly int GWlw = Pattern.GroupNumberFromName("wlw");
    private static readonly int GWdr = Pattern.GroupNumberFromName("wdr");
    private static readonly int GOv = Pattern.GroupNumberFromName("ov");
    private static readonly int GLwd = Pattern.GroupNumberFromName("lwd");
    private static readonly int GWkend = Pattern.GroupNumberFromName("wkend");
    private static readonly int GLwe = Pattern.GroupNumberFromName("lwe");
    private static readonly int GPer = Pattern.GroupNumberFromName("per");
    private static readonly int GPq = Pattern.GroupNumberFromName("pq");
    private static readonly int GToday = Pattern.GroupNumberFromName("today");
    private static readonly int GDby = Pattern.GroupNumberFromName("dby");
    private static readonly int GYday = Pattern.GroupNumberFromName("yday");
    private static readonly int GOvn = Pattern.GroupNumberFromName("ovn");
    private static readonly int GAgo = Pattern.GroupNumberFromName("ago");
    private static readonly int GAnch = Pattern.GroupNumberFromName("anch");
    private static readonly int GBack = Pattern.GroupNumberFromName("back");
    private static readonly int GFwd = Pattern.GroupNumberFromName("fwd");
    private static readonly int GWdx = Pattern.GroupNumberFromName("wdx");
    private static readonly int GD = Pattern.GroupNumberFromName("d");
    private static readonly int GD2 = Pattern.GroupNumberFromName("d2");
    private static readonly int GM = Pattern.GroupNumberFromName("m");
    private static readonly int GMn = Pattern.GroupNumberFromName("mn");
    private static readonly int GY = Pattern.GroupNumberFromName("y");
    private static readonly int GA = Pattern.GroupNumberFromName("a");
    private static readonly int GB = Pattern.GroupNumberFromName("b");
    private static readonly int GNsep = Pattern.GroupNumberFromName("nsep");
    private static readonly int GWd = Pattern.GroupNumberFromName("wd");
    private static readonly int GWd2 = Pattern.GroupNumberFromName("wd2");
    private static readonly int GMod = Pattern.GroupNumberFromName("mod");
    private static readonly int GN = Pattern.GroupNumberFromName("n");
    private static readonly int GUnit = Pattern.GroupNumberFromName("unit");

    /// <summary>Adds the date expressions of one sentence to <paramref name="results"/>, in text order.</summary>
    /// <param name="text">The report's text.</param>
    /// <param name="sentence">The sentence to search, as a span of <paramref name="text"/>.</param>
    /// <param name="published">The publication date, if known; relative expressions resolve against it.</param>
    /// <param name="results">Receives the findings.</param>
    public static void Find(string text, TextSpan sentence, LocalDate? published, List<DateFinding> results)
    {
        LocalDate? anchor = null;
        for (Match m = Pattern.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            if (Resolve(text, m, published, anchor) is not { } range)
            {
                continue;
            }

            results.Add(new DateFinding(new TextSpan(m.Index, m.Index + m.Length), range));
            if (range.Precision == DatePrecision.Day)
            {
                anchor = range.Earliest;
            }
        }
    }

    private static DateRange? Resolve(string text, Match m, LocalDate? published, LocalDate? anchor)
    {
        GroupCollection g = m.Groups;
        if (g[GIso].Success)
        {
            return DateResolver.Calendar(Int(g[GY]), Int(g[GMn]), Int(g[GD]), null, null, published);
        }

        if (g[GNum].Success)
        {
            int a = Int(g[GA]), b = Int(g[GB]);
            bool dayFirst = g[GNsep].ValueSpan[0] == '.' || a > 12;
            return DateResolver.Calendar(Int(g[GY]), dayFirst ? b : a, dayFirst ? a : b, null, null, published);
        }

        if (g[GDm].Success || g[GMd].Success)
        {
            IsoDayOfWeek? weekday = Weekday(g[GWd]) ?? Weekday(g[GWd2]);
            int? year = g[GY].Success ? Int(g[GY]) : null;
            int? lastDay = g[GD2].Success ? Int(g[GD2]) : null;
            return DateResolver.Calendar(year, DateLexicon.Month(g[GM].ValueSpan), Int(g[GD]), lastDay, weekday, published);
        }

        if (g[GMy].Success)
        {
            return DateResolver.Month(Int(g[GY]), DateLexicon.Month(g[GM].ValueSpan), strictlyBefore: false, published);
        }

        if (g[GMo].Success)
        {
            bool last = g[GMod].Success && g[GMod].ValueSpan.Equals("last", StringComparison.OrdinalIgnoreCase);
            return DateResolver.Month(null, DateLexicon.Month(g[GM].ValueSpan), last, published);
        }

        if (g[GYr].Success)
        {
            return DateResolver.CalendarYear(Int(g[GY]));
        }

        if (g[GNth].Success)
        {
            return DateResolver.DayOfMonth(Int(g[GD]), Weekday(g[GWd]), published);
        }

        if (g[GWlw].Success)
        {
            return DateResolver.WeekdayLastWeek(Weekday(g[GWd])!.Value, published);
        }

        if (g[GWdr].Success)
        {
            return DateResolver.WeekdaySpan(Weekday(g[GWd])!.Value, Weekday(g[GWd2])!.Value, published);
        }

        if (g[GOv].Success)
        {
            return g[GWd].Success
                ? DateResolver.NightAfter(Weekday(g[GWd])!.Value, published)
                : DateResolver.WeekdaySpan(DateResolver.DayBefore(Weekday(g[GWd2])!.Value), Weekday(g[GWd2])!.Value, published);
        }

        if (g[GLwd].Success)
        {
            return DateResolver.Weekday(Weekday(g[GWd])!.Value, strictlyBefore: true, published);
        }

        if (g[GWkend].Success)
        {
            return DateResolver.Weekend(g[GLwe].Success, published);
        }

        if (g[GPer].Success)
        {
            ReadOnlySpan<char> q = g[GPq].ValueSpan;
            int qualifier = q.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1 : q.StartsWith("earlier", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            return DateResolver.Period(qualifier, char.ToLowerInvariant(g[GUnit].ValueSpan[0]), published);
        }

        if (g[GToday].Success)
        {
            return IsInName(text, m) ? null : DateResolver.DaysFrom(published, 0);
        }

        if (g[GYday].Success)
        {
            return DateResolver.DaysFrom(published, -1);
        }

        if (g[GDby].Success)
        {
            return DateResolver.DaysFrom(published, -2);
        }

        if (g[GOvn].Success)
        {
            return published is { } p ? new DateRange(p.PlusDays(-1), p, DatePrecision.Week) : DateResolver.Unresolved();
        }

        if (g[GAgo].Success)
        {
            int count = DateLexicon.Count(g[GN].ValueSpan);
            return count == 0 ? null : DateResolver.Ago(count, char.ToLowerInvariant(g[GUnit].ValueSpan[0]), published);
        }

        if (g[GAnch].Success)
        {
            int count = g[GN].Success ? DateLexicon.Count(g[GN].ValueSpan) : 1;
            if (count <= 0)
            {
                return null;
            }

            return g[GBack].Success ? DateResolver.DaysFrom(anchor ?? published, -count)
                : DateResolver.DaysFrom(anchor, g[GFwd].Success ? count : 0);
        }

        if (g[GWdx].Success)
        {
            return DateResolver.Weekday(Weekday(g[GWd])!.Value, strictlyBefore: false, published);
        }

        // The future ("next Friday", "tomorrow") and anything else: consumed, not reported.
        return null;
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
