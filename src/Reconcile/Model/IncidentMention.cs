namespace Reconcile.Model;

/// <summary>One incident as one report describes it: the lead incident or a background one, with what the text says about it.</summary>
/// <remarks>Immutable. All spans index into <see cref="Report"/>'s text.</remarks>
public sealed record IncidentMention
{
    /// <summary>Gets the mention's id, <c>{report id}#{ordinal}</c>, stable for the same text.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the report the mention comes from.</summary>
    public required Report Report { get; init; }

    /// <summary>Gets the mention's position among the report's mentions; 0 is the lead incident.</summary>
    public required int Ordinal { get; init; }

    /// <summary>Gets whether this is the report's lead incident (the one the report is about).</summary>
    public bool IsLead => Ordinal == 0;

    /// <summary>Gets the incident type, when the text names one.</summary>
    public IncidentType? Type { get; init; }

    /// <summary>Gets when it happened.</summary>
    public DateRange Date { get; init; }

    /// <summary>Gets where it happened, when a place was found.</summary>
    public Place? Place { get; init; }

    /// <summary>Gets the canonical name of the perpetrator, when the text names one.</summary>
    public string? Perpetrator { get; init; }

    /// <summary>Gets the casualty figures the report gives for this incident.</summary>
    public IReadOnlyList<CasualtyClaim> Claims { get; init; } = [];

    /// <summary>Gets the spans of the sentences that describe this incident, in text order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; init; } = [];

    /// <summary>Gets the evidence spans for the non-figure fields, for explanations: each names a field and the words that set it.</summary>
    public IReadOnlyList<FieldEvidence> Evidence { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
