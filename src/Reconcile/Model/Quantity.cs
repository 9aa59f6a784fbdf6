namespace Reconcile.Model;

/// <summary>A reported number as an interval: <c>[Low, High]</c>, where a <see langword="null"/> bound is open.</summary>
/// <param name="Low">The smallest value the words allow, or <see langword="null"/> when unbounded below.</param>
/// <param name="High">The largest value the words allow, or <see langword="null"/> when unbounded above ("at least 75").</param>
/// <param name="Hedge">How the number was qualified.</param>
/// <param name="Nominal">The number as said ("more than 30" has nominal 30), or the vague-word table's point value.</param>
public readonly record struct Quantity(int? Low, int? High, HedgeKind Hedge, int? Nominal)
{
    /// <summary>Creates an exact quantity.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The interval <c>[value, value]</c>.</returns>
    public static Quantity Exactly(int value) => new(value, value, HedgeKind.Exact, value);

    /// <summary>Returns whether the two intervals share at least one value.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns><see langword="true"/> when the intervals overlap.</returns>
    public bool Overlaps(Quantity other)
    {
        long lo = Math.Max(Low ?? 0, other.Low ?? 0);
        long hi = Math.Min(High ?? long.MaxValue, other.High ?? long.MaxValue);
        return lo <= hi;
    }
}
