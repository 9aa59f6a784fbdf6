namespace Reconcile.Model;

/// <summary>A claim as it stands in a merged record: the claim, the report and outlet it came from, and its standing.</summary>
public sealed record AttributedClaim
{
    /// <summary>Gets the claim.</summary>
    public required CasualtyClaim Claim { get; init; }

    /// <summary>Gets the id of the report that made the claim.</summary>
    public required string ReportId { get; init; }

    /// <summary>Gets the outlet of that report, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets whether the claim is current or superseded.</summary>
    public ClaimStatus Status { get; init; }

    /// <summary>Gets whether the source is a party to the incident speaking of its own actions or losses.</summary>
    public bool BelligerentSource { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
