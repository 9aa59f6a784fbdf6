using NodaTime;

namespace Reconcile.Model;

/// <summary>One news report as ingested: its text and what is known about where and when it was published.</summary>
/// <remarks>Immutable and thread-safe. A report that could not be read still exists, with empty text and its <see cref="Problems"/>,
/// so that every input is accounted for in the output.</remarks>
public sealed record Report
{
    /// <summary>Gets the report's identifier, unique within one run (a file name without extension, or a JSON Lines <c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the report's text; every <see cref="TextSpan"/> in the pipeline indexes into it.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the report's title, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publication date, when the input or the text states it; never guessed.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>Gets the outlet that published the report (for example "Rappler"), when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Gets the report's URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Gets where the report came from (a file path, or a path and line number), for messages.</summary>
    public string? Origin { get; init; }

    /// <summary>Gets the problems found while reading this report; empty when it was read cleanly.</summary>
    public IReadOnlyList<ReportProblem> Problems { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Print(this, builder);
}
