namespace Reconcile.Model;

/// <summary>What extraction found in one report: its incident mentions, lead first, and any issues.</summary>
/// <remarks>Immutable. Extraction never throws on messy text; it returns fewer mentions and records <see cref="Issues"/>.</remarks>
public sealed record ExtractionResult
{
    /// <summary>Gets the report.</summary>
    public required Report Report { get; init; }

    /// <summary>Gets the incident mentions, the lead incident first, then background incidents in text order.</summary>
    public IReadOnlyList<IncidentMention> Mentions { get; init; } = [];

    /// <summary>Gets what extraction noticed but could not use.</summary>
    public IReadOnlyList<ExtractionIssue> Issues { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
