using System.Globalization;

namespace Reconcile;

/// <summary>Every user-facing message in one place (NodaTime's <c>TextErrorMessages</c>).</summary>
internal static class ErrorMessages
{
    public const string OptionsMissingPart = "ReconcilerOptions.Extraction, Clustering, Merging and LoggerFactory must not be null.";

    public static string DuplicateReportId(string id) =>
        string.Format(CultureInfo.InvariantCulture, "Two reports have the id '{0}'; report ids must be unique.", id);

    public static string BadJoinedGroup(string? mentionId) =>
        string.Format(CultureInfo.InvariantCulture, "The joined group's mention '{0}' is not among the mentions to cluster, or is in another group.", mentionId);

    public static string ParallelismOutOfRange(int value) =>
        string.Format(CultureInfo.InvariantCulture, "ReconcilerOptions.MaxDegreeOfParallelism must be at least 1 (was {0}).", value);

    public const string ClusteringLimitsOutOfRange =
        "ClusteringOptions: DayToleranceDays must be at least 0, BlockingTermsPerMention and StrongSharedNames at least 1, StrongSharedNamesWithAge at least 0 and MaxBlockSize at least 2.";

    public const string MergeListsMissing = "MergeOptions.SourceTrustOrder and GovernmentSources must not be null.";

    public static string WeightNotFinite(string name) =>
        string.Format(CultureInfo.InvariantCulture, "ClusteringOptions.{0} must be a finite number.", name);

    public static string NoIncident(string id) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': no incident was found in the text.", id);

    public static string StepFailed(string id, string step, Exception ex) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': {1} failed ({2}: {3}); the report is kept without it and the other reports are unaffected. Please report this as a bug.",
            id, step, ex.GetType().Name, ex.Message);

    public static string OverBudget(string id, TimeSpan budget, int length) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': extraction took longer than its budget of {1:0.###} s ({2} characters; ExtractionOptions.MaxReportTime); the report is kept without incidents and the other reports are unaffected.",
            id, budget.TotalSeconds, length);

    public static string PatternTimedOut(string id, int length) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': a pattern match took longer than its time limit ({1} characters); the report is kept without incidents and the other reports are unaffected.",
            id, length);

    public static string ReplacedCharacters(string id, string origin, int count) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}): {2} escaped half surrogate pair(s) such as \\ud800 are no character; each was replaced by U+FFFD.", id, origin, count);

    public static string MaxReportTimeOutOfRange(TimeSpan value) =>
        string.Format(CultureInfo.InvariantCulture, "ExtractionOptions.MaxReportTime must be positive or Timeout.InfiniteTimeSpan (was {0}).", value);

        // Ingestion (ReportReader). Each names the report, file and line it concerns.
    public static string EmptyFile(string id, string origin) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}): the file is empty (a named pipe or a device, which also has no length, is not read).", id, origin);

        public static string EmptyText(string id, string origin) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}): the text is empty.", id, origin);

    public static string Binary(string origin) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: the content is binary (it holds NUL bytes), not text; it was skipped.", origin);

    public static string InvalidUtf8(string origin, long byteOffset) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: not valid UTF-8 (invalid byte sequence at byte {1}); it was skipped. Save the file as UTF-8.", origin, byteOffset);

    public static string MalformedJson(string path, int line, string detail) =>
        string.Format(CultureInfo.InvariantCulture, "{0} line {1}: not a valid JSON object ({2}); the line was skipped.", path, line, detail);

    public static string MissingId(string path, int line, string assigned) =>
        string.Format(CultureInfo.InvariantCulture, "{0} line {1}: the record has no 'id'; it was given the id '{2}'.", path, line, assigned);

    public static string MissingText(string id, string path, int line) =>
        string.Format(CultureInfo.InvariantCulture, "{1} line {2}: report '{0}' has no 'text'.", id, path, line);

    public static string BadPublished(string id, string origin, string value) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}): 'published' value '{2}' is not a date (yyyy-MM-dd or an ISO 8601 timestamp); the date is left unknown.", id, origin, value);

    public static string DuplicateIdRenamed(string id, string newId, string origin, string firstOrigin) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}) has the same id as the report from {3}; it was renamed '{2}'.", id, origin, newId, firstOrigin);

    public static string Unreadable(string path, string reason) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: could not be read ({1}).", path, reason);

    public const string NoSuchPath = "no such file or folder";

    public const string PermissionDenied = "permission denied";

    public const string EmptyPath = "the path is empty";

    public static string FileTooLarge(string path, long bytes, long limit) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} bytes is over the limit of {2} bytes (IngestionOptions.MaxFileBytes); it was skipped.", path, bytes, limit);

    public static string LineTooLarge(string path, int line, long limit) =>
        string.Format(CultureInfo.InvariantCulture, "{0} line {1}: the line is over the limit of {2} bytes (IngestionOptions.MaxFileBytes); it was skipped.", path, line, limit);

    public static string TextTruncated(string id, string origin, long chars, int limit) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}' ({1}): the text has {2} characters, over the limit of {3} (IngestionOptions.MaxReportChars); it was truncated.", id, origin, chars, limit);

    public static string UnsupportedFile(string path) =>
        string.Format(CultureInfo.InvariantCulture, "{0}: not a .txt or .jsonl file; Reconcile reads only those.", path);

    public static string IngestionLimitOutOfRange(string name, long value) =>
        string.Format(CultureInfo.InvariantCulture, "IngestionOptions.{0} must be at least 1 (was {1}).", name, value);
}
