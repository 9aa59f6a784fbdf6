namespace Reconcile.Model;

/// <summary>The stable codes of <see cref="ReportProblem"/>. Codes are kebab-case and never renamed.</summary>
public static class ProblemCodes
{
    /// <summary>The report's text is empty or only white space.</summary>
    public const string EmptyText = "empty-text";

    /// <summary>The file is binary or is not valid UTF-8.</summary>
    public const string NotText = "not-text";

    /// <summary>A JSON Lines line is not a valid JSON object.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>A JSON Lines record has no <c>id</c>; a positional id was assigned.</summary>
    public const string MissingId = "missing-id";

    /// <summary>A JSON Lines record has no <c>text</c>.</summary>
    public const string MissingText = "missing-text";

    /// <summary>The <c>published</c> value is not a date; the report is kept with an unknown date.</summary>
    public const string BadPublished = "bad-published";

    /// <summary>Another report already has this id; this one was given a suffixed id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>The path could not be read (missing, permission denied, or an I/O error).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The input exceeded a documented size limit and was truncated or skipped.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The file type is not one Reconcile reads (only <c>.txt</c> and <c>.jsonl</c>).</summary>
    public const string UnsupportedFile = "unsupported-file";

    /// <summary>Nothing about an incident was found in the report. This is information, not a failure.</summary>
    public const string NoIncident = "no-incident";

    /// <summary>A step failed on this report's content (a defect in Reconcile or in a custom stage, never the input's fault alone):
    /// the report is kept with what was read before the failure, every other report is unaffected, and the message names
    /// the step and the exception.</summary>
    public const string InternalError = "internal-error";

    /// <summary>Extracting the report took longer than its budget (<see cref="Extraction.ExtractionOptions.MaxReportTime"/>) or a
    /// pattern match exceeded its time limit: the report is kept without incidents, and every other report is unaffected. Work is
    /// linear in a report's length, so this marks a defect or a pathological text, never an ordinary long report.</summary>
    public const string OverBudget = "over-budget";

    /// <summary>A JSON Lines string escaped half of a surrogate pair (<c>"\ud800"</c>), which is no character: each was replaced by
    /// U+FFFD (one character for one, so offsets still index the text as written) and the report kept.</summary>
    public const string ReplacedCharacters = "replaced-characters";
}
