using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Finds each source's standing figure and marks the claims a later figure of the same source replaced: updates are not disagreement.</summary>
/// <remarks>
/// <para>A source's standing figure is its latest dated figure (a claim's date is its own as-of day, else its report's publication day;
/// on one day the tolls-rise order decides). A claim with no date is taken as later than that figure when the tolls-rise order puts
/// it above (a higher lower bound, then more specific words): tolls rise, so an early vague figure never caps a later one.</para>
/// <para>A claim is <see cref="ClaimStatus.Superseded"/> when it states a different figure from the standing one and the same source gave a
/// different figure on a later day. Undated claims that the tolls-rise order put below the standing figure stay current
/// (nothing shows they were replaced) unless <see cref="MergeOptions.MarkInferredSupersession"/> is set; either way only the standing figure sets bounds.</para>
/// </remarks>
internal static class Supersession
{
    /// <summary>Sets <see cref="CandidateClaim.Status"/> and <see cref="CandidateClaim.Standing"/> on the claims of one source.</summary>
    /// <param name="claims">The claims of one source for one figure (whole or partial), in stable order.</param>
    /// <param name="markInferred">Whether undated older claims are marked superseded too.</param>
    /// <returns>The claim that states the standing figure, or <see langword="null"/> when no claim carries a number.</returns>
    public static CandidateClaim? Resolve(IReadOnlyList<CandidateClaim> claims, bool markInferred)
    {
        CandidateClaim? standing = null;
        foreach (CandidateClaim c in claims)
        {
            if (c.Interval.Informative && c.Date is not null && (standing is null || IsLaterDated(c, standing)))
            {
                standing = c;
            }
        }

        foreach (CandidateClaim c in claims)
        {
            if (c.Interval.Informative && c.Date is null
                && (standing is null || ClaimInterval.CompareTollsRise(c.Interval, standing.Interval) > 0))
            {
                standing = c;
            }
        }

        foreach (CandidateClaim c in claims)
        {
            c.Standing = standing is not null && c.Interval.Informative && ClaimInterval.CompareTollsRise(c.Interval, standing.Interval) == 0;
            bool replaced = !c.Standing && (markInferred && c.Interval.Informative || ReplacedLater(c, claims));
            c.Status = replaced ? ClaimStatus.Superseded : ClaimStatus.Current;
        }

        return standing;
    }

    private static bool IsLaterDated(CandidateClaim c, CandidateClaim than)
    {
        int d = c.Date!.Value.CompareTo(than.Date!.Value);
        return d > 0 || d == 0 && ClaimInterval.CompareTollsRise(c.Interval, than.Interval) > 0;
    }

    private static bool ReplacedLater(CandidateClaim c, IReadOnlyList<CandidateClaim> claims)
    {
        if (c.Date is not { } day)
        {
            return false;
        }

        foreach (CandidateClaim d in claims)
        {
            if (d.Interval.Informative && d.Date is { } later && later > day && ClaimInterval.CompareTollsRise(d.Interval, c.Interval) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
