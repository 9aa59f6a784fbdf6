namespace Reconcile.Model;

/// <summary>Names, hierarchy and ACLED mapping of <see cref="IncidentType"/>.</summary>
public static class IncidentTypes
{
    private static readonly string[] KebabNames =
    [
        "attack", "bombing", "car-bombing", "suicide-bombing", "air-strike", "shelling", "shooting", "stabbing",
        "armed-clash", "execution", "abduction", "arson", "fire", "earthquake", "flood", "storm", "landslide",
        "crash", "stampede", "collapse",
    ];

    /// <summary>Returns the kebab-case name used in outputs ("car-bombing").</summary>
    /// <param name="type">The type.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToKebabCase(this IncidentType type) => KebabNames[(int)type];

    /// <summary>Parses a kebab-case name.</summary>
    /// <param name="name">The name, such as "air-strike".</param>
    /// <param name="type">The type, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is a known type.</returns>
    public static bool TryParse(string? name, out IncidentType type)
    {
        int i = name is null ? -1 : Array.IndexOf(KebabNames, name);
        type = i < 0 ? default : (IncidentType)i;
        return i >= 0;
    }

    /// <summary>Returns the more general type this one is a kind of, or <see langword="null"/> for a root.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The parent type: car and suicide bombings are bombings; violent types are attacks; disasters are roots.</returns>
    public static IncidentType? Parent(this IncidentType type) => type switch
    {
        IncidentType.CarBombing or IncidentType.SuicideBombing => IncidentType.Bombing,
        IncidentType.Bombing or IncidentType.AirStrike or IncidentType.Shelling or IncidentType.Shooting
            or IncidentType.Stabbing or IncidentType.ArmedClash or IncidentType.Execution or IncidentType.Abduction
            or IncidentType.Arson => IncidentType.Attack,
        _ => null,
    };

    /// <summary>Returns whether <paramref name="general"/> is <paramref name="specific"/> or one of its ancestors.</summary>
    /// <param name="general">The more general type.</param>
    /// <param name="specific">The more specific type.</param>
    /// <returns><see langword="true"/> when <paramref name="specific"/> is a kind of <paramref name="general"/>.</returns>
    public static bool Subsumes(this IncidentType general, IncidentType specific)
    {
        for (IncidentType? t = specific; t is not null; t = t.Value.Parent())
        {
            if (t.Value == general)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether two types may describe the same incident: one is a kind of the other.</summary>
    /// <param name="a">One type.</param>
    /// <param name="b">The other type.</param>
    /// <returns><see langword="true"/> when either subsumes the other.</returns>
    public static bool IsCompatibleWith(this IncidentType a, IncidentType b) => a.Subsumes(b) || b.Subsumes(a);

    /// <summary>Returns whether two types that are not kinds of each other are still often said of one event by different reports:
    /// a shooting and an armed clash, a fire and the arson or bombing that set it.</summary>
    internal static bool AreAlike(this IncidentType a, IncidentType b) =>
        (a, b) is (IncidentType.Shooting, IncidentType.ArmedClash) or (IncidentType.ArmedClash, IncidentType.Shooting)
        || (IsFire(a) && (IsFire(b) || b == IncidentType.Bombing))
        || (IsFire(b) && a == IncidentType.Bombing);

    private static bool IsFire(IncidentType t) => t is IncidentType.Fire or IncidentType.Arson;

    /// <summary>Returns the ACLED sub-event type this type maps to, or <see langword="null"/> where ACLED has none (disasters).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The ACLED sub-event type name.</returns>
    public static string? AcledSubEventType(this IncidentType type) => type switch
    {
        IncidentType.SuicideBombing => "Suicide bomb",
        IncidentType.Bombing or IncidentType.CarBombing => "Remote explosive/landmine/IED",
        IncidentType.AirStrike => "Air/drone strike",
        IncidentType.Shelling => "Shelling/artillery/missile attack",
        IncidentType.ArmedClash => "Armed clash",
        IncidentType.Shooting or IncidentType.Stabbing or IncidentType.Execution or IncidentType.Attack => "Attack",
        IncidentType.Abduction => "Abduction/forced disappearance",
        IncidentType.Arson => "Looting/property destruction",
        _ => null,
    };
}
