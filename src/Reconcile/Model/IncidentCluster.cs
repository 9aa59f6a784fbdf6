namespace Reconcile.Model;

/// <summary>Mentions, across reports, that describe the same incident, with the reasons each is a member.</summary>
public sealed record IncidentCluster
{
    /// <summary>Gets the incident id: stable for the same members, whatever the input order.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the member mentions, ordered by mention id.</summary>
    public required IReadOnlyList<IncidentMention> Mentions { get; init; }

    /// <summary>Gets, for each member, the evidence that tied it in.</summary>
    public IReadOnlyList<MembershipReason> Why { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
