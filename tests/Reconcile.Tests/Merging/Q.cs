using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Quantities as extraction gives them (the interval convention: "dozens" is 24 to 199, nominal 24).</summary>
internal static class Q
{
    public static Quantity Exact(int n) => Quantity.Exactly(n);

    public static Quantity AtLeast(int n) => new(n, null, HedgeKind.AtLeast, n);

    public static Quantity MoreThan(int n) => new(n + 1, null, HedgeKind.MoreThan, n);

    public static Quantity Nearly(int n) => new(null, n - 1, HedgeKind.AtMost, n);

    public static Quantity About(int n) => new(n - (n / 10), n + (n / 10), HedgeKind.Approximately, n);

    public static Quantity Dozens => new(24, 199, HedgeKind.Vague, 24);

    public static Quantity None => new(null, null, HedgeKind.Vague, null);
}
