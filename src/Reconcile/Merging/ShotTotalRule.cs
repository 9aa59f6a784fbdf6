using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>
/// "Five people were shot" in one report and "one died ... four others were injured" in another: a count of the shot holds the dead,
/// so where another claim of the record counts the wounded as exactly the shot less the record's dead, the shot count is read as
/// <see cref="CasualtyMeasure.Casualties"/> (everyone hit), not as the wounded.
/// </summary>
/// <remarks>Only when the numbers show it: the shot count, less the largest exact count of the dead (the perpetrators' own deaths
/// apart), equals another wounded claim in other words ("injured", "wounded", "hurt"). A report that tells both already does this
/// itself (the mention assembler); this is the same rule across reports.
/// <para>Likewise a bare shot count no larger than the record's dead ("a man was shot" in one report, "the man died" or "one killed"
/// in another) counts the dead, not survivors: it is read as casualties, as the mention assembler does within one report. Deaths by
/// the person's own hand ("shot himself") or told only of a pronoun ("he died") are not counted as the dead here, so "shot a woman"
/// beside the gunman's suicide stays a wound; a count of "others" ("two others were shot"), a report's own remainder of its shot count
/// less its dead, and a shot person of another age than every dead person who has one stay wounded.</para></remarks>
internal static class ShotTotalRule
{
    /// <summary>Returns the candidates with each such shot count read as casualties.</summary>
    /// <param name="candidates">The record's claims, in stable order.</param>
    /// <param name="rebuild">Makes a candidate from a changed claim and the candidate it replaces.</param>
    /// <returns>The same list when nothing changed, else a new list in the same order.</returns>
    public static List<CandidateClaim> Apply(List<CandidateClaim> candidates, Func<CasualtyClaim, CandidateClaim, CandidateClaim> rebuild)
    {
        int dead = 0;
        int victimsDead = 0;
        foreach (CandidateClaim c in candidates)
        {
            if (c.Claim.Measure == CasualtyMeasure.Killed && c.Claim.Relevance == ClaimRelevance.Incident && c.Claim.Group != VictimGroup.Perpetrators
                && c.Claim.Quantity is { Low: int low, High: int high } && low == high)
            {
                dead = Math.Max(dead, low);
                victimsDead = IsOwnHand(c.Claim.Quote) || IsPronoun(c.Claim.Quote) ? victimsDead : Math.Max(victimsDead, low);
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
            if (!IsWounded(shot.Claim, out int n) || !IsBareShot(shot.Claim.Quote) || HasOthers(shot.Claim.Quote))
            {
                continue;
            }

            if (n <= dead)
            {
                if (n <= victimsDead && !HasWord(shot.Claim.Quote, "another") && !HasWord(shot.Claim.Quote, "else") && !IsRemainder(shot, candidates) && !OtherAge(shot.Claim, candidates))
                {
                    result ??= [.. candidates];
                    result[i] = rebuild(shot.Claim with { Measure = CasualtyMeasure.Casualties }, shot);
                }

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
    /// <summary>A death told only of a pronoun ("he died", "killing her"): which person it was is not said.</summary>
    private static bool IsPronoun(string quote)
    {
        foreach (string word in (ReadOnlySpan<string>)["he", "she", "they", "him", "her", "them"])
        {
            if (HasWord(quote, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wounded a report derived from its own shot count ("two people were shot" less its one dead): its words are those
    /// of a casualties claim of the same report, and its number is not theirs.</summary>
    private static bool IsRemainder(CandidateClaim shot, List<CandidateClaim> candidates) =>
        candidates.Exists(c => c.Claim.Measure == CasualtyMeasure.Casualties && string.Equals(c.ReportId, shot.ReportId, StringComparison.Ordinal)
            && string.Equals(c.Claim.Quote, shot.Claim.Quote, StringComparison.Ordinal));

    /// <summary>Whether every victims' death of the record that tells an age tells another age than the shot claim ("a 17-year-old had
    /// been shot" beside "the 14-year-old was killed"): then the one shot is someone else.</summary>
    private static bool OtherAge(CasualtyClaim shot, List<CandidateClaim> candidates)
    {
        if (SamePersonRule.Age(shot.Quote) is not { } age)
        {
            return false;
        }

        bool other = false;
        foreach (CandidateClaim c in candidates)
        {
            if (c.Claim.Measure == CasualtyMeasure.Killed && c.Claim.Relevance == ClaimRelevance.Incident && SamePersonRule.Age(c.Claim.Quote) is { } dead)
            {
                if (dead == age)
                {
                    return false;
                }

                other = true;
            }
        }

        return other;
    }

    /// <summary>A death by the person's own hand ("shot himself", "took her own life").</summary>
    private static bool IsOwnHand(string quote) =>
        HasWord(quote, "himself") || HasWord(quote, "herself") || HasWord(quote, "themselves") || quote.Contains("own life", StringComparison.OrdinalIgnoreCase);

    private static bool HasWord(string quote, string word)
    {
        int i = quote.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return i >= 0 && (i == 0 || !char.IsLetter(quote[i - 1])) && (i + word.Length == quote.Length || !char.IsLetter(quote[i + word.Length]));
    }

    private static bool HasOthers(string quote)
    {
        foreach (string word in (ReadOnlySpan<string>)["other", "others", "more", "additional", "also"])
        {
            if (HasWord(quote, word))
            {
                return true;
            }
        }

        return false;
    }
}
