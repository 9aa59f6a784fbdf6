namespace Reconcile.Model;

/// <summary>Something extraction noticed but could not use, such as a relative date in an undated report.</summary>
/// <param name="Code">A stable kebab-case code.</param>
/// <param name="Message">A plain message.</param>
/// <param name="Span">Where in the text, when it concerns particular words.</param>
public sealed record ExtractionIssue(string Code, string Message, TextSpan? Span = null);
