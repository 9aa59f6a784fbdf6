namespace Reconcile.Model;

/// <summary>How a reported number was qualified.</summary>
public enum HedgeKind
{
    /// <summary>A plain number: "28 civilians".</summary>
    Exact = 0,

    /// <summary>A lower bound that includes the number: "at least 75", "as many as" is not this.</summary>
    AtLeast,

    /// <summary>A lower bound that excludes the number: "more than 30", "over 30".</summary>
    MoreThan,

    /// <summary>An upper bound: "up to 20", "at most 20", "fewer than 20", "nearly 20", "almost 20".</summary>
    AtMost,

    /// <summary>A rounded figure: "about 30", "around 30", "some 30", "roughly 30".</summary>
    Approximately,

    /// <summary>A word with no number: "dozens", "scores", "several", "a few", "many".</summary>
    Vague,
}
