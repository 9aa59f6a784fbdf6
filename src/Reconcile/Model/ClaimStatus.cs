namespace Reconcile.Model;

/// <summary>Whether a claim is still the source's latest word.</summary>
public enum ClaimStatus
{
    /// <summary>The source's latest figure for this measure.</summary>
    Current = 0,

    /// <summary>Replaced by a later figure from the same primary source (tolls rise); kept for the record.</summary>
    Superseded,

    /// <summary>Context: a figure of another event or a running total (<see cref="CasualtyClaim.Relevance"/>), kept for the record; it sets no bound.</summary>
    Context,
}
