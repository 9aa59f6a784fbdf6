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
}
