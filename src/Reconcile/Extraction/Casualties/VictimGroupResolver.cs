using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction.Casualties;

/// <summary>Decides the <see cref="VictimGroup"/> of a counted noun phrase from its head noun and modifiers.</summary>
/// <remarks>
/// The most specific word wins: a head that names a group by itself (children, police, militants, suicide bombers)
/// decides; a generic head (people, civilians, fighters, forces) takes its side from the modifiers ("displaced civilians"
/// are <see cref="VictimGroup.Displaced"/>, "pro-regime fighters" <see cref="VictimGroup.GovernmentForces"/>, "IS fighters"
/// <see cref="VictimGroup.Militants"/>). Militias count as pro-government forces unless a modifier makes them rebels.
/// An aside after the head ("at least 18 militants, including the suicide attackers") does not change the group: those
/// 18 are <see cref="VictimGroup.Militants"/>, and the perpetrators are inside that count.
/// </remarks>
internal static class VictimGroupResolver
{
    /// <summary>Resolves the group.</summary>
    /// <param name="head">The head noun's class.</param>
    /// <param name="hints">The hints of every word of the phrase, head included.</param>
    /// <returns>The group; <see cref="VictimGroup.Unspecified"/> when the words do not say.</returns>
    public static VictimGroup Resolve(PersonClass head, GroupHint hints)
    {
        bool displaced = (hints & GroupHint.Displaced) != 0;
        bool child = (hints & GroupHint.Child) != 0;
        bool government = (hints & GroupHint.Government) != 0;
        bool militant = (hints & GroupHint.Militant) != 0;
        return head switch
        {
            PersonClass.Perpetrators => VictimGroup.Perpetrators,
            PersonClass.Children => VictimGroup.Children,
            PersonClass.Displaced => VictimGroup.Displaced,
            PersonClass.Police => VictimGroup.Police,
            PersonClass.Militants => VictimGroup.Militants,
            PersonClass.Forces or PersonClass.Militia => militant && !government ? VictimGroup.Militants : VictimGroup.GovernmentForces,
            PersonClass.Fighters => government ? VictimGroup.GovernmentForces : militant ? VictimGroup.Militants : (hints & GroupHint.Perpetrator) != 0 ? VictimGroup.Perpetrators : VictimGroup.Unspecified,
            PersonClass.Civilians => displaced ? VictimGroup.Displaced : child ? VictimGroup.Children : VictimGroup.Civilians,
            PersonClass.People or PersonClass.Bodies => displaced ? VictimGroup.Displaced
                : child ? VictimGroup.Children
                : (hints & GroupHint.Civilian) != 0 ? VictimGroup.Civilians
                : (hints & GroupHint.Police) != 0 ? VictimGroup.Police
                : government ? VictimGroup.GovernmentForces
                : militant ? VictimGroup.Militants
                : VictimGroup.Unspecified,
            _ => VictimGroup.Unspecified,
        };
    }
}
