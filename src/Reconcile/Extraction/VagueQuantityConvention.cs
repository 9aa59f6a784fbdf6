namespace Reconcile.Extraction;

/// <summary>Which table turns vague amounts ("dozens", "several") into numbers.</summary>
public enum VagueQuantityConvention
{
    /// <summary>Reconcile's table: each word is an interval of what it can mean ("dozens" is 24 to 199 with a nominal 24). See docs/quantities.md.</summary>
    Interval = 0,

    /// <summary>ACLED's coding conventions: "several" and "many" 10, "dozens" 12, "hundreds" 100, as point values.</summary>
    Acled,
}
