using Reconcile.Model;

namespace Reconcile.Store;

/// <summary>A living incident dataset: stored reports, their mentions, the incidents they form with stable ids, and the revision log.</summary>
/// <remarks>
/// <para>Open one with <see cref="IncidentStore.Open"/>. Every <see cref="Add"/> is one transaction: it either stores the whole batch
/// or, when it fails or is cancelled (a crash, Ctrl-C), leaves the store as it was. Batches are serialised (a lock per store).</para>
/// <para>The rules for ids and revisions are in docs/store.md.</para>
/// </remarks>
public interface IIncidentStore : IDisposable
{
    /// <summary>Reconciles new reports into the store: extracts only the reports not stored yet, finds the stored incidents they may
    /// belong to through the store's index, links or creates incidents, re-merges only the incidents that changed, and writes the
    /// batch and its revisions in one transaction.</summary>
    /// <param name="reports">The reports; ids must be unique. A report whose id is already stored is skipped and changes nothing.</param>
    /// <param name="cancellationToken">Cancels the batch; the store is then left as it was.</param>
    /// <returns>What the batch did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two reports share an id.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled; nothing was written.</exception>
    StoreRun Add(IEnumerable<Report> reports, CancellationToken cancellationToken = default);

    /// <summary>The whole stored dataset as one result: every stored report's outcome and every live incident's current record.</summary>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The dataset, ordered as a run's result (reports and incidents by id), for any <c>IResultFormatter</c>.</returns>
    ReconcileResult Export(CancellationToken cancellationToken = default);

    /// <summary>The revision log of an incident, oldest first, including the revisions of incidents merged into it and, for an incident
    /// merged away, those of the incident it points to.</summary>
    /// <param name="incidentId">An incident id, live or merged away.</param>
    /// <returns>The revisions; empty when the id was never stored.</returns>
    IReadOnlyList<Revision> History(string incidentId);

    /// <summary>Follows merge pointers from an incident id to the live incident it is now part of.</summary>
    /// <param name="incidentId">An incident id.</param>
    /// <returns>The live id (the same id when it was never merged away), or <see langword="null"/> when the id was never stored.</returns>
    string? Resolve(string incidentId);
}
