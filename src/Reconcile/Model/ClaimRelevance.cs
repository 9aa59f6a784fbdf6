namespace Reconcile.Model;

/// <summary>What a casualty claim counts: the incident it sits in, another event the sentence recalls, or a running total.</summary>
public enum ClaimRelevance
{
    /// <summary>The incident's own toll: "the blast killed 12".</summary>
    Incident = 0,

    /// <summary>A toll of another time or event that the sentence recalls ("the 2004 tsunami killed about 170,000", "a previous
    /// attack killed 40", "the deadliest since a truck bomb killed 150"): context, never a bound of the incident.</summary>
    OtherEvent,

    /// <summary>A running total over a period or a place ("the war has killed 350,000", "the 629 who have died this year"): context,
    /// never an incident's toll.</summary>
    Cumulative,
}
