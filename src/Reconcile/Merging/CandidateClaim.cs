using NodaTime;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>One claim while a figure is being merged: the claim, where it came from, its interval and date, and what the merge rules decided about it.</summary>
/// <remarks>Created per merge and never shared across threads; the rule classes fill in <see cref="SourceKey"/>, <see cref="Status"/> and <see cref="Standing"/>.</remarks>
internal sealed class CandidateClaim
{
    public CandidateClaim(CasualtyClaim claim, Report report, bool belligerent)
    {
        Claim = claim;
        ReportId = report.Id;
        Outlet = string.IsNullOrWhiteSpace(report.Outlet) ? null : report.Outlet.Trim();
        Interval = ClaimInterval.Of(claim);
        Date = claim.AsOf ?? report.Published;
        Belligerent = belligerent;
    }

    /// <summary>Gets the claim.</summary>
    public CasualtyClaim Claim { get; }

    /// <summary>Gets the id of the report that made it.</summary>
    public string ReportId { get; }

    /// <summary>Gets the outlet of that report, when known.</summary>
    public string? Outlet { get; }

    /// <summary>Gets the interval the claim allows.</summary>
    public ClaimInterval Interval { get; }

    /// <summary>Gets the day the figure was current: the claim's own date, else its report's publication date.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets whether the source is a party to the incident speaking of its own actions or losses.</summary>
    public bool Belligerent { get; }

    /// <summary>Gets whether the claim counts a part of its figure's victims only (children among all victims): it never sets bounds.</summary>
    public bool Partial { get; set; }

    /// <summary>Gets or sets the key of the independent primary source the claim belongs to (<see cref="SourceIndependence"/>).</summary>
    public string SourceKey { get; set; } = string.Empty;

    /// <summary>Gets or sets whether the claim is still its source's word (<see cref="Supersession"/>).</summary>
    public ClaimStatus Status { get; set; }

    /// <summary>Gets or sets whether the claim states its source's standing (latest) figure.</summary>
    public bool Standing { get; set; }

    /// <summary>Orders claims by report, position, then words, so that nothing depends on input order.</summary>
    public static int CompareStable(CandidateClaim? a, CandidateClaim? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        int c = string.CompareOrdinal(a.ReportId, b.ReportId);
        if (c == 0)
        {
            c = a.Claim.Span.Start.CompareTo(b.Claim.Span.Start);
        }

        if (c == 0)
        {
            c = a.Claim.Span.End.CompareTo(b.Claim.Span.End);
        }

        if (c == 0)
        {
            c = a.Claim.Measure.CompareTo(b.Claim.Measure);
        }

        if (c == 0)
        {
            c = a.Claim.Group.CompareTo(b.Claim.Group);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Claim.Quote, b.Claim.Quote);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Claim.Source, b.Claim.Source);
        }

        if (c == 0)
        {
            c = a.Interval.Lower.CompareTo(b.Interval.Lower);
        }

        if (c == 0)
        {
            c = Nullable.Compare(a.Interval.Upper, b.Interval.Upper);
        }

        if (c == 0)
        {
            c = a.Claim.Quantity.Hedge.CompareTo(b.Claim.Quantity.Hedge);
        }

        if (c == 0)
        {
            c = Nullable.Compare(a.Claim.AsOf, b.Claim.AsOf);
        }

        return c;
    }

    /// <summary>Returns the claim as it stands in the record.</summary>
    public AttributedClaim ToAttributed() => new()
    {
        Claim = Claim,
        ReportId = ReportId,
        Outlet = Outlet,
        Status = Status,
        BelligerentSource = Belligerent,
    };
}
