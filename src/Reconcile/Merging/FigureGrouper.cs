using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Splits an incident's claims into figures: one per measure, split by victim group only where the groups must not be summed.</summary>
/// <remarks>
/// Civilians, children, displaced people and unspecified victims are all "victims": one figure with group
/// <see cref="VictimGroup.Unspecified"/>. Police, government forces, militants and the perpetrators themselves each get their own figure.
/// Unspecified claims join the one armed group of the measure when exactly one armed group (police, government forces or militants)
/// is named and no claim names civilian victims or the perpetrators (then an unspecified figure is more likely a total). Children counted beside all victims are a part of them and are marked <see cref="CandidateClaim.Partial"/>,
/// and so are counts of those taken to hospital beside another count of the wounded.
/// </remarks>
internal static class FigureGrouper
{
    /// <summary>Groups the claims into figure buckets, ordered by measure, then group.</summary>
    /// <param name="claims">The claims of the incident.</param>
    /// <returns>The buckets, each with its claims in stable order.</returns>
    public static IReadOnlyList<(CasualtyMeasure Measure, VictimGroup Group, IReadOnlyList<CandidateClaim> Claims)> Group(IEnumerable<CandidateClaim> claims)
    {
        var result = new List<(CasualtyMeasure, VictimGroup, IReadOnlyList<CandidateClaim>)>();
        foreach (IGrouping<CasualtyMeasure, CandidateClaim> byMeasure in claims.GroupBy(c => c.Claim.Measure).OrderBy(g => g.Key))
        {
            List<CandidateClaim> list = [.. byMeasure];
            bool namesOthers = list.Exists(c => c.Claim.Relevance == ClaimRelevance.Incident && c.Claim.Group is VictimGroup.Civilians or VictimGroup.Children or VictimGroup.Displaced or VictimGroup.Perpetrators);
            VictimGroup[] armed = [.. list.Where(c => c.Claim.Relevance == ClaimRelevance.Incident).Select(c => c.Claim.Group).Where(IsArmedGroup).Distinct().Order()];
            VictimGroup unspecifiedTo = !namesOthers && armed.Length == 1 ? armed[0] : VictimGroup.Unspecified;

            foreach (IGrouping<VictimGroup, CandidateClaim> bucket in list.GroupBy(c => BucketOf(c.Claim.Group, unspecifiedTo)).OrderBy(g => g.Key))
            {
                List<CandidateClaim> members = [.. bucket];
                members.Sort(CandidateClaim.CompareStable);
                if (bucket.Key == VictimGroup.Unspecified && members.Exists(c => c.Claim.Group != VictimGroup.Children && c.Claim.Relevance == ClaimRelevance.Incident))
                {
                    foreach (CandidateClaim c in members)
                    {
                        c.Partial = c.Claim.Group == VictimGroup.Children;
                    }
                }

                // "two were taken to the hospital" beside "four were wounded": those taken to hospital are some of the wounded.
                if (byMeasure.Key == CasualtyMeasure.Wounded && members.Exists(c => c.Claim.Relevance == ClaimRelevance.Incident && !IsHospitalCount(c.Claim)))
                {
                    foreach (CandidateClaim c in members)
                    {
                        c.Partial |= IsHospitalCount(c.Claim);
                    }
                }

                result.Add((byMeasure.Key, bucket.Key, members));
            }
        }

        return result;
    }

    /// <summary>Whether a wounded claim counts only those taken to hospital ("three victims were transported to a local hospital"):
    /// the recognizer reads a hospital visit after a shooting as a wound, but a count of them may leave out the wounded treated at the scene.</summary>
    private static bool IsHospitalCount(CasualtyClaim claim) =>
        (claim.Quote.Contains("hospital ", StringComparison.OrdinalIgnoreCase) || claim.Quote.EndsWith("hospital", StringComparison.OrdinalIgnoreCase)
            || claim.Quote.EndsWith("hospitals", StringComparison.OrdinalIgnoreCase))
        && !claim.Quote.Contains("condition", StringComparison.OrdinalIgnoreCase) && !claim.Quote.Contains("wound", StringComparison.OrdinalIgnoreCase)
        && !claim.Quote.Contains("injur", StringComparison.OrdinalIgnoreCase) && !claim.Quote.Contains("shot", StringComparison.OrdinalIgnoreCase)
        && !claim.Quote.Contains("hurt", StringComparison.OrdinalIgnoreCase);

    private static bool IsArmedGroup(VictimGroup group) => group is VictimGroup.Police or VictimGroup.GovernmentForces or VictimGroup.Militants;

    private static VictimGroup BucketOf(VictimGroup group, VictimGroup unspecifiedTo) => group switch
    {
        VictimGroup.Unspecified => unspecifiedTo,
        VictimGroup.Civilians or VictimGroup.Children or VictimGroup.Displaced => VictimGroup.Unspecified,
        _ => group,
    };
}
