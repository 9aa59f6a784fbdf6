namespace Reconcile;

/// <summary>How far a run has got.</summary>
/// <param name="Stage">The stage running.</param>
/// <param name="Completed">Items of that stage done.</param>
/// <param name="Total">Items of that stage in all.</param>
public readonly record struct ReconcileProgress(ReconcileStage Stage, int Completed, int Total);
