namespace Reconcile.Model;

/// <summary>How well a figure (or a whole record) is supported, after Airwars' grading.</summary>
public enum Grade
{
    /// <summary>One independent primary source (or none named).</summary>
    SingleSource = 0,

    /// <summary>Two or more independent primary sources agree.</summary>
    Corroborated,

    /// <summary>Independent primary sources disagree: their intervals do not overlap.</summary>
    Contested,
}
