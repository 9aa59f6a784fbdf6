using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>What one claim allows: a closed interval <c>[Lower, Upper]</c> (open above when <see cref="Upper"/> is null), a point value, and how specific the words were.</summary>
/// <param name="Lower">The smallest value the claim allows.</param>
/// <param name="Upper">The largest value the claim allows, or <see langword="null"/> when open ("at least 75", or a toll said to be rising).</param>
/// <param name="Point">The single value the claim stands for: the exact number, the bound of an open claim, the nominal value of a rounded or vague one.</param>
/// <param name="Hedge">The hedge of the words.</param>
/// <param name="Informative">Whether the claim carries any number at all; a claim without one never sets bounds.</param>
internal readonly record struct ClaimInterval(int Lower, int? Upper, int Point, HedgeKind Hedge, bool Informative)
{
    /// <summary>Gets how specific the words are: exact numbers above rounded ones, above bounds, above vague words.</summary>
    public int Specificity => Hedge switch
    {
        HedgeKind.Exact => 4,
        HedgeKind.Approximately => 3,
        HedgeKind.AtLeast or HedgeKind.MoreThan or HedgeKind.AtMost => 2,
        _ => 1,
    };

    /// <summary>Gets whether the claim has no upper bound.</summary>
    public bool IsOpen => Upper is null;

    /// <summary>Reads the interval of a claim from its <see cref="Quantity"/>: "at least 75" is [75, open), "more than 30" is [31, open),
    /// "nearly 20" is [16, 20] with point 20, a vague word is its table interval. A claim marked <see cref="CasualtyClaim.Rising"/> is open above.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The interval.</returns>
    public static ClaimInterval Of(CasualtyClaim claim)
    {
        Quantity q = claim.Quantity;
        int? nominal = q.Nominal;
        int? low = q.Low;
        if (q.Hedge == HedgeKind.MoreThan && nominal is { } n && (low is null || low <= n))
        {
            low = n + 1; // "more than 30" excludes 30
        }

        low ??= q.Hedge switch
        {
            HedgeKind.AtMost => 0,
            _ => nominal,
        };

        int? high = q.High;
        if (q.Hedge == HedgeKind.AtMost && high is null && nominal is { } m)
        {
            high = Math.Max(0, m - 1); // "nearly 20", "fewer than 20": below the number
        }

        bool informative = low is not null || high is not null;
        int lower = Math.Max(0, low ?? 0);
        int? upper = claim.Rising ? null : high;
        if (upper is { } u && u < lower)
        {
            upper = lower;
        }

        int point = q.Hedge switch
        {
            HedgeKind.Exact or HedgeKind.AtLeast or HedgeKind.MoreThan => lower,
            // "nearly 20", "up to 20": the number said; "fewer than 20": the bound below it; "up to hundreds": the word's nominal value.
            HedgeKind.AtMost => high is { } h && nominal is { } said ? Math.Min(h, said) : high ?? nominal ?? lower,
            _ => nominal ?? lower,
        };
        point = Math.Max(point, lower);
        if (upper is { } cap && point > cap)
        {
            point = cap;
        }

        return new ClaimInterval(lower, upper, point, q.Hedge, informative);
    }

    /// <summary>Returns whether the two claims allow at least one common value.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(ClaimInterval other) =>
        (other.Upper is null || Lower <= other.Upper) && (Upper is null || other.Lower <= Upper);

    /// <summary>Returns whether the two claims state the same figure in the same way.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when bounds and hedge are equal.</returns>
    public bool SameFigure(ClaimInterval other) => Lower == other.Lower && Upper == other.Upper && Hedge == other.Hedge;

    /// <summary>Compares two figures of one source by the tolls-rise rule: the higher lower bound, then the more specific words, then the narrower interval is later.</summary>
    /// <param name="a">One figure.</param>
    /// <param name="b">The other figure.</param>
    /// <returns>Positive when <paramref name="a"/> is taken as later.</returns>
    public static int CompareTollsRise(ClaimInterval a, ClaimInterval b)
    {
        int c = a.Lower.CompareTo(b.Lower);
        if (c != 0)
        {
            return c;
        }

        c = a.Specificity.CompareTo(b.Specificity);
        if (c != 0)
        {
            return c;
        }

        long wa = a.Upper is { } ua ? ua - (long)a.Lower : long.MaxValue;
        long wb = b.Upper is { } ub ? ub - (long)b.Lower : long.MaxValue;
        return wb.CompareTo(wa);
    }

    /// <summary>Formats the interval for explanations: "75+", "28", "24-99", "&lt;=19".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        if (Upper is null)
        {
            return Lower.ToString(ci) + "+";
        }

        return Lower == Upper ? Lower.ToString(ci) : Lower.ToString(ci) + "-" + Upper.Value.ToString(ci);
    }
}
