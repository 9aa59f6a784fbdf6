namespace Reconcile.Model;

/// <summary>What became of one input report: the incidents it describes and any problems.</summary>
public sealed record ReportOutcome
{
    /// <summary>Gets the report.</summary>
    public required Report Report { get; init; }

    /// <summary>Gets the ids of the incidents the report describes, its lead incident first.</summary>
    public IReadOnlyList<string> Incidents { get; init; } = [];

    /// <summary>Gets the problems: those found while reading plus those found while extracting.</summary>
    public IReadOnlyList<ReportProblem> Problems { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
