namespace Reconcile.Extraction;

/// <summary>How a word may begin a date expression; each date form lists the kinds it can start with.</summary>
[Flags]
internal enum DateWordKind
{
    /// <summary>Not the start of a date expression.</summary>
    None = 0,

    /// <summary>A number ("4", "2017").</summary>
    Number = 1,

    /// <summary>A month name or abbreviation.</summary>
    Month = 2,

    /// <summary>A weekday name or abbreviation.</summary>
    Weekday = 4,

    /// <summary>"the", "that", "a" and count words ("the 4th", "a day earlier", "two days ago").</summary>
    Article = 8,

    /// <summary>"last", "this", "early", "overnight", "yesterday" and the like.</summary>
    Modifier = 16,

    /// <summary>The first word of a holiday's name ("Christmas", "Father's", "Thanksgiving", "Fourth").</summary>
    Holiday = 32,
}
