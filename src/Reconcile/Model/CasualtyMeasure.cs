namespace Reconcile.Model;

/// <summary>What a casualty figure counts. Each measure is kept apart; "casualties" is never counted as deaths.</summary>
public enum CasualtyMeasure
{
    /// <summary>People killed or dead.</summary>
    Killed = 0,

    /// <summary>People wounded, injured or hurt.</summary>
    Wounded,

    /// <summary>"Casualties" with no split into killed and wounded.</summary>
    Casualties,

    /// <summary>People missing.</summary>
    Missing,

    /// <summary>People kidnapped, abducted or taken hostage.</summary>
    Abducted,
}
