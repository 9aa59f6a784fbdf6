namespace Reconcile.Diagnostics;

/// <summary>The stable event ids Reconcile logs with, grouped by stage (1xxx extraction, 2xxx clustering, 3xxx merging, 4xxx the run).</summary>
public static class LogEvents
{
    /// <summary>Debug: a report's mentions were extracted.</summary>
    public const int ReportExtracted = 1001;

    /// <summary>Warning: a report has a problem (its code is logged, never its text).</summary>
    public const int ReportProblem = 1002;

    /// <summary>Information: clustering finished.</summary>
    public const int ClusteringDone = 2001;

    /// <summary>Debug: one incident was merged.</summary>
    public const int IncidentMerged = 3001;

    /// <summary>Information: a run finished.</summary>
    public const int RunDone = 4001;
}
