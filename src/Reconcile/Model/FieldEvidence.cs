namespace Reconcile.Model;

/// <summary>The words that set one field of a mention ("date" from "on Saturday").</summary>
/// <param name="Field">The field: <c>type</c>, <c>date</c>, <c>place</c>, <c>perpetrator</c> or <c>source</c>.</param>
/// <param name="Span">The span of the words in the report's text.</param>
public readonly record struct FieldEvidence(string Field, TextSpan Span);
