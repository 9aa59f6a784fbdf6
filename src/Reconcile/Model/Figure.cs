namespace Reconcile.Model;

/// <summary>One merged casualty figure of an incident, UCDP-style: low, best and high, with the claims behind it.</summary>
/// <remarks>A <see langword="null"/> <see cref="High"/> means no credible upper bound was reported (every current claim is open-ended).</remarks>
public sealed record Figure
{
    /// <summary>Gets what the figure counts.</summary>
    public required CasualtyMeasure Measure { get; init; }

    /// <summary>Gets who it counts; <see cref="VictimGroup.Unspecified"/> for all victims together.</summary>
    public VictimGroup Group { get; init; }

    /// <summary>Gets the lowest credible value: the lowest lower bound among current claims.</summary>
    public int? Low { get; init; }

    /// <summary>Gets the most likely value.</summary>
    public int? Best { get; init; }

    /// <summary>Gets the highest credible value, or <see langword="null"/> when unbounded.</summary>
    public int? High { get; init; }

    /// <summary>Gets the ACLED-style conservative value: the lowest credible current figure.</summary>
    public int? Conservative { get; init; }

    /// <summary>Gets how well the figure is supported.</summary>
    public Grade Grade { get; init; }

    /// <summary>Gets the number of independent primary sources behind the current claims.</summary>
    public int IndependentSources { get; init; }

    /// <summary>Gets every claim behind the figure, current and superseded.</summary>
    public required IReadOnlyList<AttributedClaim> Claims { get; init; }

    /// <summary>Gets a one-line explanation of how low, best and high were chosen.</summary>
    public string? Why { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
