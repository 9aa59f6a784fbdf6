using NodaTime;

namespace Reconcile.Model;

/// <summary>When something happened, as an interval of days with a precision.</summary>
/// <remarks>An unresolved relative date ("on Saturday" in an undated report) has no bounds and keeps only its <see cref="Weekday"/>.</remarks>
/// <param name="Earliest">The first day it may have happened, or <see langword="null"/> when unknown.</param>
/// <param name="Latest">The last day it may have happened, or <see langword="null"/> when unknown.</param>
/// <param name="Precision">How precise the interval is.</param>
/// <param name="Weekday">The weekday the text names, when it names one; a constraint even without bounds.</param>
public readonly record struct DateRange(LocalDate? Earliest, LocalDate? Latest, DatePrecision Precision, IsoDayOfWeek? Weekday = null)
{
    /// <summary>Creates a day-precise range.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The range <c>[day, day]</c>.</returns>
    public static DateRange OnDay(LocalDate day) => new(day, day, DatePrecision.Day, day.DayOfWeek);

    /// <summary>Gets whether both bounds are known.</summary>
    public bool IsResolved => Earliest is not null && Latest is not null;

    /// <summary>Returns whether the two ranges may describe the same day.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="false"/> only when the ranges (or their weekday constraints) cannot meet.</returns>
    public bool IsCompatibleWith(DateRange other)
    {
        if (IsResolved && other.IsResolved)
        {
            return Earliest!.Value <= other.Latest!.Value && other.Earliest!.Value <= Latest!.Value;
        }

        if (Weekday is { } a && other.Weekday is { } b && Precision is DatePrecision.Day or DatePrecision.Unknown
            && other.Precision is DatePrecision.Day or DatePrecision.Unknown)
        {
            return a == b;
        }

        return true;
    }
}
