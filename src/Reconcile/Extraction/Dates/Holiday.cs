namespace Reconcile.Extraction;

/// <summary>The holidays the date recognizer resolves by name (see <see cref="DateResolver.HolidayIn"/> for their days).</summary>
internal enum Holiday
{
    /// <summary>1 January.</summary>
    NewYearsDay,

    /// <summary>14 February.</summary>
    ValentinesDay,

    /// <summary>17 March.</summary>
    StPatricksDay,

    /// <summary>Western Easter Sunday.</summary>
    EasterSunday,

    /// <summary>The day after Easter Sunday.</summary>
    EasterMonday,

    /// <summary>The second Sunday of May (United States).</summary>
    MothersDay,

    /// <summary>The last Monday of May (United States).</summary>
    MemorialDay,

    /// <summary>The third Sunday of June (United States).</summary>
    FathersDay,

    /// <summary>4 July.</summary>
    FourthOfJuly,

    /// <summary>The first Monday of September (United States).</summary>
    LaborDay,

    /// <summary>31 October.</summary>
    Halloween,

    /// <summary>The fourth Thursday of November (United States).</summary>
    Thanksgiving,

    /// <summary>24 December.</summary>
    ChristmasEve,

    /// <summary>25 December.</summary>
    Christmas,

    /// <summary>31 December.</summary>
    NewYearsEve,
}
