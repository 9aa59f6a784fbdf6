using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>
/// "Five people were shot" in one report and "one died ... four others were injured" in another: a count of the shot holds the dead,
/// so where another claim of the record counts the wounded as exactly the shot less the record's dead, the shot count is read as
/// <see cref="CasualtyMeasure.Casualties"/> (everyone hit), not as the wounded.
/// </summary>
/// <remarks>Only when the numbers show it: the shot count, less the largest exact count of the dead (the perpetrators' own deaths
/// apart), equals another wounded claim in other words ("injured", "wounded", "hurt"). A report that tells both already does this
/// itself (the mention assembler); this is the same rule across reports.</remarks>
internal static class ShotTotalRule
{
    /// <summary>Returns the candidates with each such shot count read as casualties.</summary>
    /// <param name="candidates">The record's claims, in stable order.</param>
    /// <param name="rebuild">Makes a candidate from a changed claim and the candidate it replaces.</param>
    /// <returns>The same list when nothing changed, else a new list in the same order.</returns>
    public static List<CandidateClaim> Apply(List<CandidateClaim> candidates, Func<CasualtyClaim, CandidateClaim, CandidateClaim> rebuild)
    {
        int dead = 0;
        foreach (CandidateClaim c in candidates)
        {
            if (c.Claim.Measure == CasualtyMeasure.Killed && c.Claim.Relevance == ClaimRelevance.Incident && c.Claim.Group != VictimGroup.Perpetrators
                && c.Claim.Quantity is { Low: int low, High: int high } && low == high)
            {
                dead = Math.Max(dead, low);
            }
        }

        if (dead == 0)
        {
            return candidates;
        }

        List<CandidateClaim>? result = null;
        for (int i = 0; i < candidates.Count; i++)
        {
            CandidateClaim shot = candidates[i];
            if (!IsWounded(shot.Claim, out int n) || n <= dead || !IsBareShot(shot.Claim.Quote) || HasOthers(shot.Claim.Quote))
            {
                continue;
            }

            bool rest = candidates.Exists(c => !ReferenceEquals(c, shot) && IsWounded(c.Claim, out int w) && w == n - dead && !IsBareShot(c.Claim.Quote));
            if (rest)
            {
                result ??= [.. candidates];
                result[i] = rebuild(shot.Claim with { Measure = CasualtyMeasure.Casualties }, shot);
            }
        }

        return result ?? candidates;
    }

    private static bool IsWounded(CasualtyClaim c, out int n)
    {
        n = 0;
        if (c.Measure != CasualtyMeasure.Wounded || c.Relevance != ClaimRelevance.Incident || c.Group == VictimGroup.Perpetrators
            || c.Quantity is not { Low: int low, High: int high } || low != high)
        {
            return false;
        }

        n = low;
        return true;
    }

    /// <summary>"were shot", "shooting five people": hit, with nothing said of a wound or a hospital.</summary>
    private static bool IsBareShot(string quote) =>
        (quote.Contains("shot", StringComparison.OrdinalIgnoreCase) || quote.Contains("shooting", StringComparison.OrdinalIgnoreCase))
        && !quote.Contains("wound", StringComparison.OrdinalIgnoreCase) && !quote.Contains("injur", StringComparison.OrdinalIgnoreCase)
        && !quote.Contains("hurt", StringComparison.OrdinalIgnoreCase) && !quote.Contains("hospital", StringComparison.OrdinalIgnoreCase)
        && !quote.Contains("surviv", StringComparison.OrdinalIgnoreCase);

    /// <summary>"three others were shot": not the dead.</summary>
    private static bool HasOthers(string quote)
    {
        foreach (string word in (ReadOnlySpan<string>)["other", "others", "more", "additional", "also"])
        {
            int i = quote.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (i == 0 || !char.IsLetter(quote[i - 1])) && (i + word.Length == quote.Length || !char.IsLetter(quote[i + word.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
