namespace Reconcile.Model;

/// <summary>A problem found in one report: a stable machine-readable code and a plain message naming the report and what is wrong.</summary>
/// <remarks>Codes are listed in <see cref="ProblemCodes"/> and never change meaning.</remarks>
public sealed record ReportProblem
{
    /// <summary>Gets the stable code, one of the <see cref="ProblemCodes"/> constants.</summary>
    public required string Code { get; init; }

    /// <summary>Gets a plain-language message for a person.</summary>
    public required string Message { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
