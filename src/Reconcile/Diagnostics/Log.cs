using Microsoft.Extensions.Logging;

namespace Reconcile.Diagnostics;

/// <summary>Source-generated log messages. Event ids are stable and grouped by stage; article text is never logged above Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "ReportExtracted", Level = LogLevel.Debug,
        Message = "Extracted {MentionCount} incident mentions from report {ReportId}")]
    public static partial void ReportExtracted(this ILogger logger, string reportId, int mentionCount);

    [LoggerMessage(EventId = 1002, EventName = "ReportProblem", Level = LogLevel.Warning,
        Message = "Report {ReportId}: {Code}")]
    public static partial void ReportProblem(this ILogger logger, string reportId, string code);

    [LoggerMessage(EventId = 2001, EventName = "ClusteringDone", Level = LogLevel.Information,
        Message = "Clustered {MentionCount} mentions into {ClusterCount} incidents from {CandidatePairs} candidate pairs")]
    public static partial void ClusteringDone(this ILogger logger, int mentionCount, int clusterCount, long candidatePairs);

    [LoggerMessage(EventId = 3001, EventName = "IncidentMerged", Level = LogLevel.Debug,
        Message = "Merged incident {IncidentId} from {MentionCount} mentions")]
    public static partial void IncidentMerged(this ILogger logger, string incidentId, int mentionCount);

    [LoggerMessage(EventId = 4001, EventName = "RunDone", Level = LogLevel.Information,
        Message = "Reconciled {ReportCount} reports into {IncidentCount} incidents")]
    public static partial void RunDone(this ILogger logger, int reportCount, int incidentCount);
}
