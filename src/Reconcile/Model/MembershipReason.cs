namespace Reconcile.Model;

/// <summary>Why one mention is part of an incident: the link that tied it in and the evidence behind that link.</summary>
public sealed record MembershipReason
{
    /// <summary>Gets the mention this reason is for.</summary>
    public required string MentionId { get; init; }

    /// <summary>Gets the mention it was linked to most strongly, or <see langword="null"/> for the incident's first mention.</summary>
    public string? LinkedTo { get; init; }

    /// <summary>Gets the total score of that link.</summary>
    public double Score { get; init; }

    /// <summary>Gets the evidence of that link, strongest first.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
