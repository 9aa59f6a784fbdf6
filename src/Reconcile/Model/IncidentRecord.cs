namespace Reconcile.Model;

/// <summary>One incident as an analyst would publish it: merged fields, figures with ranges and grades, and where each came from.</summary>
/// <remarks>Immutable and thread-safe. Every number traces back through <see cref="Figure.Claims"/> to the words that said it.</remarks>
public sealed record IncidentRecord
{
    /// <summary>Gets the incident id, stable for the same input.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the most specific type consistent with all mentions.</summary>
    public IncidentType? Type { get; init; }

    /// <summary>Gets the most specific date consistent with all mentions.</summary>
    public DateRange Date { get; init; }

    /// <summary>Gets the most specific place consistent with all mentions.</summary>
    public Place? Place { get; init; }

    /// <summary>Gets the perpetrator's canonical name, when known.</summary>
    public string? Perpetrator { get; init; }

    /// <summary>Gets the ids of the reports that describe the incident, sorted.</summary>
    public required IReadOnlyList<string> Reports { get; init; }

    /// <summary>Gets the member mentions.</summary>
    public required IReadOnlyList<IncidentMention> Mentions { get; init; }

    /// <summary>Gets the merged figures, killed first.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Gets the grade of the record as a whole: contested when any figure is, corroborated when its main figure is.</summary>
    public Grade Grade { get; init; }

    /// <summary>Gets the disagreements among mentions that were kept rather than resolved.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];

    /// <summary>Gets, for each member mention, why it belongs to the incident.</summary>
    public IReadOnlyList<MembershipReason> Why { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
