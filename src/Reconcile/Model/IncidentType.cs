namespace Reconcile.Model;

/// <summary>The kind of incident, from Reconcile's taxonomy of conflict and disaster events.</summary>
/// <remarks>Each value has a kebab-case name (<see cref="IncidentTypes.ToKebabCase"/>) used in every output,
/// a parent for compatibility (a car bombing is a bombing, which is an attack), and an ACLED sub-event type where one exists.</remarks>
public enum IncidentType
{
    /// <summary>An attack of unspecified or mixed means ("attack", "assault", "raid", "offensive").</summary>
    Attack = 0,

    /// <summary>A bombing or explosion caused by an explosive device.</summary>
    Bombing,

    /// <summary>A bombing with a vehicle-borne device.</summary>
    CarBombing,

    /// <summary>A bombing by a suicide attacker.</summary>
    SuicideBombing,

    /// <summary>An attack from the air: air strike, drone strike, barrel bomb.</summary>
    AirStrike,

    /// <summary>Artillery, mortar or rocket fire from a distance.</summary>
    Shelling,

    /// <summary>A shooting: gunfire at people.</summary>
    Shooting,

    /// <summary>A stabbing or knife attack.</summary>
    Stabbing,

    /// <summary>Fighting between armed groups.</summary>
    ArmedClash,

    /// <summary>An execution or massacre of people in custody.</summary>
    Execution,

    /// <summary>A kidnapping or abduction.</summary>
    Abduction,

    /// <summary>Deliberate burning.</summary>
    Arson,

    /// <summary>A fire not known to be deliberate.</summary>
    Fire,

    /// <summary>An earthquake.</summary>
    Earthquake,

    /// <summary>A flood or flash flood.</summary>
    Flood,

    /// <summary>A storm, cyclone, hurricane or tornado.</summary>
    Storm,

    /// <summary>A landslide or mudslide.</summary>
    Landslide,

    /// <summary>A crash of a vehicle, train, boat or aircraft.</summary>
    Crash,

    /// <summary>A stampede or crowd crush.</summary>
    Stampede,

    /// <summary>A building or structure collapse.</summary>
    Collapse,
}
