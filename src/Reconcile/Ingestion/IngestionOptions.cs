namespace Reconcile.Ingestion;

/// <summary>Settings for <see cref="ReportReader"/>: the documented size limits and whether report headers are recognised.</summary>
/// <remarks>Limits are never applied silently: input over a limit yields a <see cref="Model.ProblemCodes.TooLarge"/> problem on the report it concerns.</remarks>
public sealed class IngestionOptions
{
    /// <summary>The default for <see cref="MaxFileBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    /// <summary>The default for <see cref="MaxReportChars"/>: 2,000,000 characters.</summary>
    public const int DefaultMaxReportChars = 2_000_000;

    /// <summary>Gets or sets the largest <c>.txt</c> file, and the longest JSON Lines line, that is read, in bytes.</summary>
    /// <value>The default value is 16 MiB (<see cref="DefaultMaxFileBytes"/>). A larger file or line is skipped: its report has empty text and a <c>too-large</c> problem.</value>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Gets or sets the longest report text kept, in UTF-16 characters.</summary>
    /// <value>The default value is 2,000,000 (<see cref="DefaultMaxReportChars"/>). A longer text is truncated to this length and gets a <c>too-large</c> problem.</value>
    public int MaxReportChars { get; set; } = DefaultMaxReportChars;

    /// <summary>Gets or sets whether the publication date and outlet are recognised from a report's first lines and last line when the input does not give them.</summary>
    /// <value>The default value is <see langword="true"/>. Values the text does not state stay <see langword="null"/>; they are never guessed.</value>
    public bool RecognizeHeaders { get; set; } = true;
}
