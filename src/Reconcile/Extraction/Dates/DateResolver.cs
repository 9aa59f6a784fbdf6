using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Turns the parts of a date expression into a <see cref="DateRange"/>, relative to the publication date (never the clock).</summary>
/// <remarks>
/// Conventions (all documented in DateRecognizer's remarks):
/// a weekday means the most recent such day on or before publication; a month-day without a year the most recent such
/// date on or before publication; anything relative that cannot be resolved (no publication date) is an unresolved
/// range of <see cref="DatePrecision.Unknown"/> precision that keeps only the weekday it names.
/// </remarks>
internal static class DateResolver
{
    // How far back to look for a year in which a month-day exists (29 February) on or before publication.
    private const int MaxYearsBack = 8;

    // A weekday that contradicts its date may still pick the next year's date, if that is this close after publication.
    private const int NearFutureDays = 7;

    /// <summary>Returns a range with no bounds that keeps only the weekday, when one is named.</summary>
    public static DateRange Unresolved(IsoDayOfWeek? weekday = null) => new(null, null, DatePrecision.Unknown, weekday);

    /// <summary>Returns <c>[first, last]</c> with the precision; a single day becomes a Day range with its weekday.</summary>
    public static DateRange Interval(LocalDate first, LocalDate last, DatePrecision precision) =>
        precision == DatePrecision.Day || (first == last && precision == DatePrecision.Week)
            ? DateRange.OnDay(first)
            : new DateRange(first, last, precision);

    /// <summary>Resolves a calendar date; <see langword="null"/> when the date does not exist (31 November).</summary>
    /// <param name="year">The year the text gives, if any.</param>
    /// <param name="month">The month, 1-12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="lastDay">The last day of a range within the month ("4-6 November"), if any.</param>
    /// <param name="weekday">The weekday the text names with the date, if any.</param>
    /// <param name="published">The publication date, if known.</param>
    public static DateRange? Calendar(int? year, int month, int day, int? lastDay, IsoDayOfWeek? weekday, LocalDate? published)
    {
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2000, month))
        {
            return null;
        }

        int y;
        if (year is { } given)
        {
            y = given;
        }
        else if (published is { } p)
        {
            if (!TryInferYear(month, day, p, out y))
            {
                return null;
            }
        }
        else
        {
            return Unresolved(lastDay is null ? weekday : null);
        }

        int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(y, month);
        if (day > daysInMonth)
        {
            return null;
        }

        var date = new LocalDate(y, month, day);
        if (lastDay is { } last && last > day && last <= daysInMonth)
        {
            return new DateRange(date, new LocalDate(y, month, last), last - day < 7 ? DatePrecision.Week : DatePrecision.Month);
        }

        if (weekday is not { } named || named == date.DayOfWeek)
        {
            return DateRange.OnDay(date);
        }

        // The weekday contradicts an inferred year: a near-future date of next year may fit ("Friday, January 12" in a report of 10 January).
        if (year is null && published is { } pub && day <= CalendarSystem.Iso.GetDaysInMonth(y + 1, month))
        {
            var next = new LocalDate(y + 1, month, day);
            if (next.DayOfWeek == named && NodaTime.Period.DaysBetween(pub, next) <= NearFutureDays)
            {
                return DateRange.OnDay(next);
            }
        }

        return Contradiction(date, named);
    }

    /// <summary>Resolves a holiday: in the given year, else the most recent occurrence on or before publication; without either,
    /// unresolved, keeping the weekday of a holiday that always falls on one (Thanksgiving is a Thursday).</summary>
    public static DateRange HolidayDate(Holiday holiday, int? year, LocalDate? published)
    {
        if (year is { } given)
        {
            return DateRange.OnDay(HolidayIn(holiday, given));
        }

        if (published is not { } p)
        {
            return Unresolved(HolidayWeekday(holiday));
        }

        LocalDate date = HolidayIn(holiday, p.Year);
        return DateRange.OnDay(date <= p ? date : HolidayIn(holiday, p.Year - 1));
    }

    /// <summary>The day of <paramref name="holiday"/> in <paramref name="year"/>.</summary>
    public static LocalDate HolidayIn(Holiday holiday, int year) => holiday switch
    {
        Holiday.NewYearsDay => new LocalDate(year, 1, 1),
        Holiday.ValentinesDay => new LocalDate(year, 2, 14),
        Holiday.StPatricksDay => new LocalDate(year, 3, 17),
        Holiday.EasterSunday => Easter(year),
        Holiday.EasterMonday => Easter(year).PlusDays(1),
        Holiday.MothersDay => NthWeekday(year, 5, IsoDayOfWeek.Sunday, 2),
        Holiday.MemorialDay => new LocalDate(year, 5, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        Holiday.FathersDay => NthWeekday(year, 6, IsoDayOfWeek.Sunday, 3),
        Holiday.FourthOfJuly => new LocalDate(year, 7, 4),
        Holiday.LaborDay => NthWeekday(year, 9, IsoDayOfWeek.Monday, 1),
        Holiday.Halloween => new LocalDate(year, 10, 31),
        Holiday.Thanksgiving => NthWeekday(year, 11, IsoDayOfWeek.Thursday, 4),
        Holiday.ChristmasEve => new LocalDate(year, 12, 24),
        Holiday.Christmas => new LocalDate(year, 12, 25),
        _ => new LocalDate(year, 12, 31),
    };

    private static IsoDayOfWeek? HolidayWeekday(Holiday holiday) => holiday switch
    {
        Holiday.EasterSunday or Holiday.MothersDay or Holiday.FathersDay => IsoDayOfWeek.Sunday,
        Holiday.EasterMonday or Holiday.MemorialDay or Holiday.LaborDay => IsoDayOfWeek.Monday,
        Holiday.Thanksgiving => IsoDayOfWeek.Thursday,
        _ => null,
    };

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int n) =>
        new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(weekday)).PlusWeeks(n - 1);

    /// <summary>Western Easter Sunday (the anonymous Gregorian algorithm).</summary>
    private static LocalDate Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>A date whose weekday contradicts it: either may be the typo, so the range spans both (at most four days).</summary>
    public static DateRange Contradiction(LocalDate date, IsoDayOfWeek named)
    {
        int delta = ((int)named - (int)date.DayOfWeek + 7) % 7;
        if (delta > 3)
        {
            delta -= 7;
        }

        LocalDate other = date.PlusDays(delta);
        return delta > 0 ? new DateRange(date, other, DatePrecision.Week) : new DateRange(other, date, DatePrecision.Week);
    }

    /// <summary>The most recent year in which the month-day exists and falls on or before publication.</summary>
    public static bool TryInferYear(int month, int day, LocalDate published, out int year)
    {
        for (year = published.Year; year >= published.Year - MaxYearsBack; year--)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && new LocalDate(year, month, day) <= published)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A calendar month; the year is inferred when not given (the most recent such month, or strictly before publication's month for "last May").</summary>
    public static DateRange Month(int? year, int month, bool strictlyBefore, LocalDate? published)
    {
        int y;
        if (year is { } given)
        {
            y = given;
        }
        else if (published is { } p)
        {
            y = month < p.Month || (month == p.Month && !strictlyBefore) ? p.Year : p.Year - 1;
        }
        else
        {
            return Unresolved();
        }

        var first = new LocalDate(y, month, 1);
        return new DateRange(first, first.With(DateAdjusters.EndOfMonth), DatePrecision.Month);
    }

    /// <summary>A calendar year.</summary>
    public static DateRange CalendarYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);

    /// <summary>The most recent day on or before publication with this day of the month ("on the 4th").</summary>
    public static DateRange DayOfMonth(int day, IsoDayOfWeek? weekday, LocalDate? published)
    {
        if (published is not { } p)
        {
            return Unresolved(weekday);
        }

        LocalDate month = p.With(DateAdjusters.StartOfMonth);
        if (day > p.Day)
        {
            month = month.PlusMonths(-1);
        }

        for (int i = 0; i < 12 && day > month.Calendar.GetDaysInMonth(month.Year, month.Month); i++)
        {
            month = month.PlusMonths(-1);
        }

        var date = new LocalDate(month.Year, month.Month, Math.Min(day, month.Calendar.GetDaysInMonth(month.Year, month.Month)));
        return weekday is { } named && named != date.DayOfWeek ? Contradiction(date, named) : DateRange.OnDay(date);
    }

    /// <summary>A weekday alone: the most recent such day on or before publication (strictly before for "last Friday").</summary>
    public static DateRange Weekday(IsoDayOfWeek weekday, bool strictlyBefore, LocalDate? published) =>
        published is { } p
            ? DateRange.OnDay(p.With(strictlyBefore ? DateAdjusters.Previous(weekday) : DateAdjusters.PreviousOrSame(weekday)))
            : Unresolved(weekday);

    /// <summary>The weekday in the Monday-Sunday week before publication's week ("Friday last week").</summary>
    public static DateRange WeekdayLastWeek(IsoDayOfWeek weekday, LocalDate? published) =>
        published is { } p
            ? DateRange.OnDay(StartOfWeek(p).PlusDays(-7 + ((int)weekday - 1)))
            : Unresolved(weekday);

    /// <summary>Two weekdays as a span ("Wednesday-Thursday"): the second is the most recent such day on or before publication.</summary>
    public static DateRange WeekdaySpan(IsoDayOfWeek first, IsoDayOfWeek last, LocalDate? published)
    {
        if (published is not { } p)
        {
            return Unresolved();
        }

        LocalDate end = p.With(DateAdjusters.PreviousOrSame(last));
        int gap = ((int)last - (int)first + 7) % 7;
        return Interval(end.PlusDays(-gap), end, DatePrecision.Week);
    }

    /// <summary>The night after a weekday ("overnight Wednesday"): the day and the next, clipped to publication.</summary>
    public static DateRange NightAfter(IsoDayOfWeek weekday, LocalDate? published)
    {
        if (published is not { } p)
        {
            return Unresolved();
        }

        LocalDate start = p.With(DateAdjusters.PreviousOrSame(weekday));
        LocalDate end = start.PlusDays(1);
        return Interval(start, end > p ? p : end, DatePrecision.Week);
    }

    /// <summary>The Monday of the week of <paramref name="day"/>.</summary>
    public static LocalDate StartOfWeek(LocalDate day) => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    /// <summary>"last weekend" (the Saturday-Sunday before publication's own) or "over the weekend" (the latest one that has begun).</summary>
    public static DateRange Weekend(bool last, LocalDate? published)
    {
        if (published is not { } p)
        {
            return Unresolved();
        }

        if (last)
        {
            LocalDate sunday = p.With(DateAdjusters.Previous(IsoDayOfWeek.Sunday));
            return new DateRange(sunday.PlusDays(-1), sunday, DatePrecision.Week);
        }

        LocalDate saturday = p.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Saturday));
        LocalDate end = saturday.PlusDays(1);
        return Interval(saturday, end > p ? p : end, DatePrecision.Week);
    }

    /// <summary>"last week/month/year", "this week/month/year" and "earlier this ...".</summary>
    /// <param name="qualifier">-1 for "last", 0 for "this", 1 for "earlier this".</param>
    /// <param name="unit">'w', 'm' or 'y'.</param>
    /// <param name="published">The publication date, if known.</param>
    public static DateRange Period(int qualifier, char unit, LocalDate? published)
    {
        if (published is not { } p)
        {
            return Unresolved();
        }

        if (qualifier < 0)
        {
            return unit switch
            {
                'w' => new DateRange(StartOfWeek(p).PlusDays(-7), StartOfWeek(p).PlusDays(-1), DatePrecision.Week),
                'm' => Month(null, p.PlusMonths(-1).Month, strictlyBefore: true, p),
                _ => CalendarYear(p.Year - 1),
            };
        }

        (LocalDate start, DatePrecision precision) = unit switch
        {
            'w' => (StartOfWeek(p), DatePrecision.Week),
            'm' => (p.With(DateAdjusters.StartOfMonth), DatePrecision.Month),
            _ => (new LocalDate(p.Year, 1, 1), DatePrecision.Year),
        };

        // "this week" runs to publication; "earlier this week" stops the day before (or stays on the first day).
        LocalDate latest = qualifier == 0 ? p : p.PlusDays(-1);
        return new DateRange(start, latest < start ? start : latest, precision);
    }

    /// <summary>The weekday before <paramref name="weekday"/>.</summary>
    public static IsoDayOfWeek DayBefore(IsoDayOfWeek weekday) => (IsoDayOfWeek)(((int)weekday + 5) % 7 + 1);

    /// <summary>Publication day plus <paramref name="days"/> (negative: before).</summary>
    public static DateRange DaysFrom(LocalDate? origin, int days) =>
        origin is { } o ? DateRange.OnDay(o.PlusDays(days)) : Unresolved();

    /// <summary>"N days/weeks/months/years ago"; <see langword="null"/> for vague months and years ("a few years ago").</summary>
    /// <param name="count">The count, or <see cref="DateLexicon.VagueCount"/>.</param>
    /// <param name="unit">'d', 'w', 'm' or 'y'.</param>
    /// <param name="published">The publication date, if known.</param>
    public static DateRange? Ago(int count, char unit, LocalDate? published)
    {
        bool vague = count == DateLexicon.VagueCount;
        if (vague && unit is 'm' or 'y')
        {
            return null;
        }

        if (published is not { } p)
        {
            return Unresolved();
        }

        switch (unit)
        {
            case 'd':
                return vague ? new DateRange(p.PlusDays(-7), p.PlusDays(-2), DatePrecision.Week) : DateRange.OnDay(p.PlusDays(-count));
            case 'w':
                if (vague)
                {
                    return new DateRange(p.PlusDays(-42), p.PlusDays(-14), DatePrecision.Month);
                }

                LocalDate centre = p.PlusDays(-7 * count);
                return new DateRange(centre.PlusDays(-3), centre.PlusDays(3) > p ? p : centre.PlusDays(3), DatePrecision.Week);
            case 'm':
                LocalDate month = p.PlusMonths(-count);
                return Month(month.Year, month.Month, strictlyBefore: false, p);
            default:
                return CalendarYear(p.Year - count);
        }
    }
}
