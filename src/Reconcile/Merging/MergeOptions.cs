namespace Reconcile.Merging;

/// <summary>Settings for <see cref="IncidentMerger"/>.</summary>
public sealed class MergeOptions
{
}
