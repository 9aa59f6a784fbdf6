using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds the incidents a report describes and what it says about each.</summary>
/// <remarks><see cref="Reconciler"/> extracts reports in parallel (up to <see cref="ReconcilerOptions.MaxDegreeOfParallelism"/>
/// at once): an implementation must be safe to call from several threads and give a result that depends only on its report.</remarks>
public interface IIncidentExtractor
{
    /// <summary>Extracts the incident mentions of one report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The mentions, lead first, and any issues. Never throws on messy text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    ExtractionResult Extract(Report report);
}
