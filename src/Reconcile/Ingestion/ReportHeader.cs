using NodaTime;

namespace Reconcile.Ingestion;

/// <summary>What a report's own header or footer states about its publication.</summary>
/// <param name="Published">The publication date the text states, or <see langword="null"/>.</param>
/// <param name="Outlet">The outlet the text names, or <see langword="null"/>.</param>
internal readonly record struct ReportHeader(LocalDate? Published, string? Outlet);
