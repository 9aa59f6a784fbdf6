using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Merging;

namespace Reconcile;

/// <summary>Settings for <see cref="Reconciler"/>, validated once when the reconciler is constructed.</summary>
public sealed class ReconcilerOptions
{
    /// <summary>Gets or sets the extraction settings.</summary>
    /// <value>The default is a new <see cref="ExtractionOptions"/>.</value>
    public ExtractionOptions Extraction { get; set; } = new();

    /// <summary>Gets or sets the clustering settings.</summary>
    /// <value>The default is a new <see cref="ClusteringOptions"/>.</value>
    public ClusteringOptions Clustering { get; set; } = new();

    /// <summary>Gets or sets the merge settings.</summary>
    /// <value>The default is a new <see cref="MergeOptions"/>.</value>
    public MergeOptions Merging { get; set; } = new();

    /// <summary>Gets or sets the logger factory. Article text is never logged above Debug.</summary>
    /// <value>The default value is <see cref="NullLoggerFactory.Instance"/>: no logging.</value>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>Gets or sets how many reports are extracted, and how many clusters merged, at once. The result is the same for every value.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>. Must be at least 1.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Gets or sets whether the result keeps each report's text. Without it, each text is let go right after its report is
    /// extracted (the default clusterer works from what it took from the text then; with a custom clusterer, once clustering is done),
    /// so a large run never holds every text: each
    /// <see cref="Model.ReportOutcome.Report"/> and each mention's report is then the same report with an empty
    /// <see cref="Model.Report.Text"/> (every other field, the quotes and the offsets are kept).</summary>
    /// <value>The default value is <see langword="true"/>. Every formatter except <see cref="Output.HtmlResultFormatter"/> (which shows the
    /// full texts) writes the same bytes either way.</value>
    public bool KeepReportText { get; set; } = true;
}
