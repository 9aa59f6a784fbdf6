using System.Globalization;

namespace Reconcile;

/// <summary>Every user-facing message in one place (NodaTime's <c>TextErrorMessages</c>).</summary>
internal static class ErrorMessages
{
    public const string OptionsMissingPart = "ReconcilerOptions.Extraction, Clustering, Merging and LoggerFactory must not be null.";

    public static string DuplicateReportId(string id) =>
        string.Format(CultureInfo.InvariantCulture, "Two reports have the id '{0}'; report ids must be unique.", id);

    public static string ParallelismOutOfRange(int value) =>
        string.Format(CultureInfo.InvariantCulture, "ReconcilerOptions.MaxDegreeOfParallelism must be at least 1 (was {0}).", value);

    public static string NoIncident(string id) =>
        string.Format(CultureInfo.InvariantCulture, "Report '{0}': no incident was found in the text.", id);
}
