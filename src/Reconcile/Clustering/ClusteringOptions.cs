namespace Reconcile.Clustering;

/// <summary>Settings for <see cref="IncidentClusterer"/>.</summary>
public sealed class ClusteringOptions
{
    /// <summary>Gets or sets the score (sum of evidence weights) above which two groups of mentions are joined.</summary>
    /// <value>The default value is 0.</value>
    public double LinkThreshold { get; set; }
}
