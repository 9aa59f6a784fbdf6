namespace Reconcile.Model;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known beyond, at most, a weekday.</summary>
    Unknown = 0,

    /// <summary>A single day.</summary>
    Day,

    /// <summary>A span of a few days, such as "overnight Wednesday-Thursday" or "last week".</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,
}
