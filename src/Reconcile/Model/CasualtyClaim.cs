using NodaTime;

namespace Reconcile.Model;

/// <summary>One casualty figure as a report states it: what it counts, the interval its words allow, the words themselves, and who said it.</summary>
/// <remarks>Immutable. <see cref="Quote"/> is always exactly the report's text over <see cref="Span"/>, or the report's title over
/// <see cref="Span"/> when <see cref="InTitle"/>.</remarks>
public sealed record CasualtyClaim
{
    /// <summary>Gets what the figure counts.</summary>
    public required CasualtyMeasure Measure { get; init; }

    /// <summary>Gets who the figure counts.</summary>
    public VictimGroup Group { get; init; }

    /// <summary>Gets the interval and hedge of the number.</summary>
    public required Quantity Quantity { get; init; }

    /// <summary>Gets the span of the claim's words ("at least 75 displaced civilians", "killed dozens").</summary>
    public required TextSpan Span { get; init; }

    /// <summary>Gets the report's text over <see cref="Span"/> (its title over <see cref="Span"/> when <see cref="InTitle"/>).</summary>
    public required string Quote { get; init; }

    /// <summary>Gets whether the figure was read from the report's headline ("4 injured by gunfire in Sacramento") rather than its
    /// text: <see cref="Span"/> and <see cref="SourceSpan"/> then index <see cref="Report.Title"/>.</summary>
    public bool InTitle { get; init; }

    /// <summary>Gets the canonical name of the primary source the report attributes the figure to, or <see langword="null"/> when unattributed.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the span of the attribution words ("said Rami Abdel Rahman, head of the ..."), when any.</summary>
    public TextSpan? SourceSpan { get; init; }

    /// <summary>Gets the day the figure was current: an earlier day the text gives ("reported Saturday that dozens had died") or the publication date.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets whether the text says the figure was still rising ("the toll is expected to rise").</summary>
    public bool Rising { get; init; }

    /// <summary>Gets whether the figure counts the incident's victims, another event's, or a running total.</summary>
    public ClaimRelevance Relevance { get; init; }

    /// <summary>Gets the words that make the figure another event's or a running total ("in 2004", "the war has", "this year"),
    /// or <see langword="null"/> for the incident's own figures.</summary>
    public string? RelevanceCue { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
