namespace Reconcile.Model;

/// <summary>The result of a run: every input report's outcome and the merged incidents.</summary>
/// <remarks>Immutable. Reports are ordered by id and incidents by id, so the same input gives the same result whatever its order.</remarks>
public sealed record ReconcileResult
{
    /// <summary>Gets one outcome per input report, ordered by report id.</summary>
    public required IReadOnlyList<ReportOutcome> Reports { get; init; }

    /// <summary>Gets the merged incidents, ordered by id.</summary>
    public required IReadOnlyList<IncidentRecord> Incidents { get; init; }

    /// <summary>Gets whether any report had a problem other than <see cref="ProblemCodes.NoIncident"/>.</summary>
    public bool HasProblems => Reports.Any(r => r.Problems.Any(p => p.Code != ProblemCodes.NoIncident));

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
