using System.Globalization;
using System.Text;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Merges the claims of one figure (one measure, one victim group) into low, best, high, a conservative value and a grade.</summary>
/// <remarks>
/// <para>Each independent source stands by its standing figure (<see cref="Supersession"/>). A vague word ("dozens") that a number of
/// any source can be read with is absorbed by that number and sets no bound. Claims counting a part of the victims (children) set no bound.</para>
/// <para>Low is the lowest lower bound of the standing figures. High is the highest upper bound; an open figure ("at least 75",
/// a rising toll) leaves it open unless a bounded figure of another source agrees with it. Contested: two standing figures do not overlap.
/// Best is the most trusted source's value (<see cref="SourceTrust"/>), brought into the range all figures share when they agree.
/// Conservative is the lowest value a standing figure stands for (ACLED).</para>
/// <para>Claims whose <see cref="CasualtyClaim.Relevance"/> is not the incident (another event's toll, a running total) are
/// <see cref="ClaimStatus.Context"/>: listed with the figure, never a bound, a source, or a supersession.</para>
/// </remarks>
internal sealed class FigureMerger
{
    private readonly MergeSettings _settings;

    public FigureMerger(MergeSettings settings)
    {
        _settings = settings;
    }

    /// <summary>Merges one figure.</summary>
    /// <param name="measure">What the figure counts.</param>
    /// <param name="group">Who it counts.</param>
    /// <param name="claims">Its claims, in stable order.</param>
    /// <returns>The figure.</returns>
    public Figure Merge(CasualtyMeasure measure, VictimGroup group, IReadOnlyList<CandidateClaim> claims)
    {
        IReadOnlyList<CandidateClaim> all = claims;
        SourceIndependence.Assign(all);

        // Another event's figures and running totals are context: kept on the record, never a bound, a source or a supersession.
        int context = 0;
        foreach (CandidateClaim c in all)
        {
            if (c.Claim.Relevance != ClaimRelevance.Incident)
            {
                c.Status = ClaimStatus.Context;
                context++;
            }
        }

        if (context > 0)
        {
            claims = [.. all.Where(c => c.Claim.Relevance == ClaimRelevance.Incident)];
        }

        var standing = new List<CandidateClaim>();
        foreach (IGrouping<(string, bool), CandidateClaim> source in claims
            .GroupBy(c => (c.SourceKey, c.Partial))
            .OrderBy(g => g.Key.SourceKey, StringComparer.Ordinal).ThenBy(g => g.Key.Partial))
        {
            CandidateClaim? rep = Supersession.Resolve([.. source], _settings.MarkInferredSupersession);
            if (rep is not null && !source.Key.Item2)
            {
                standing.Add(rep);
            }
        }

        List<CandidateClaim> bounds = [.. standing.Where(v => v.Interval.Hedge != HedgeKind.Vague
            || !standing.Exists(w => w.Interval.Hedge != HedgeKind.Vague && w.Interval.Overlaps(v.Interval)))];
        int sources = claims.Where(c => c.Status == ClaimStatus.Current && c.Interval.Informative && !c.Partial)
            .Select(c => c.SourceKey).Distinct(StringComparer.Ordinal).Count();
        Dictionary<string, string> names = claims.Where(c => c.Claim.Source is not null)
            .GroupBy(c => c.SourceKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Claim.Source!.Trim()).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
        List<AttributedClaim> attributed = [.. all.Select(c => c.ToAttributed())];
        int superseded = claims.Count(c => c.Status == ClaimStatus.Superseded);

        if (bounds.Count == 0)
        {
            return new Figure
            {
                Measure = measure,
                Group = group,
                IndependentSources = sources,
                Claims = attributed,
                Why = claims.Count == 0 && context > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"only context ({context} figure{(context == 1 ? string.Empty : "s")} of another event or a running total): no bound")
                    : "no claim gives a number",
            };
        }

        bool contested = false;
        for (int i = 0; i < bounds.Count && !contested; i++)
        {
            for (int j = i + 1; j < bounds.Count; j++)
            {
                if (!bounds[i].Interval.Overlaps(bounds[j].Interval))
                {
                    contested = true;
                    break;
                }
            }
        }

        int low = bounds.Min(b => b.Interval.Lower);
        int? high = High(bounds);
        int conservative = bounds.Min(b => b.Interval.Point);
        HashSet<string> parties = [.. claims.Where(c => c.Belligerent).Select(c => c.SourceKey)];
        CandidateClaim trusted = SourceTrust.MostTrusted(bounds, parties, _settings);
        int best = trusted.Interval.Point;
        if (!contested)
        {
            int shareLow = bounds.Max(b => b.Interval.Lower);
            int? shareHigh = bounds.Where(b => b.Interval.Upper is not null).Select(b => b.Interval.Upper).Min();
            best = Math.Max(best, shareLow);
            if (shareHigh is { } sh && best > sh)
            {
                best = sh;
            }
        }

        if (_settings.ConservativeBest)
        {
            best = conservative;
        }

        Grade grade = contested ? Grade.Contested : sources >= 2 ? Grade.Corroborated : Grade.SingleSource;
        return new Figure
        {
            Measure = measure,
            Group = group,
            Low = low,
            Best = best,
            High = high,
            Conservative = conservative,
            Grade = grade,
            IndependentSources = sources,
            Claims = attributed,
            Why = Explain(names, claims, standing, bounds, trusted, contested, superseded, sources, low, best, high)
                + (context > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {context} context figure{(context == 1 ? string.Empty : "s")} (another event or a running total) set no bound") : string.Empty),
        };
    }

    private static int? High(List<CandidateClaim> bounds)
    {
        int high = 0;
        foreach (CandidateClaim b in bounds)
        {
            if (b.Interval.Upper is { } u)
            {
                high = Math.Max(high, u);
                continue;
            }

            int? cap = null;
            foreach (CandidateClaim f in bounds)
            {
                if (f.Interval.Upper is { } fu && f.Interval.Overlaps(b.Interval))
                {
                    cap = Math.Max(cap ?? 0, fu);
                }
            }

            if (cap is null)
            {
                return null;
            }

            high = Math.Max(high, cap.Value);
        }

        return high;
    }

    private static string Explain(Dictionary<string, string> names, IReadOnlyList<CandidateClaim> claims, List<CandidateClaim> standing,
        List<CandidateClaim> bounds, CandidateClaim trusted, bool contested, int superseded, int sources,
        int low, int best, int? high)
    {
        CultureInfo ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ci, $"{sources} independent source{(sources == 1 ? string.Empty : "s")}; standing: ");
        bool first = true;
        foreach (CandidateClaim b in bounds.OrderBy(b => b.SourceKey, StringComparer.Ordinal))
        {
            sb.Append(first ? string.Empty : ", ");
            first = false;
            sb.Append(ci, $"{Name(names, b)} {b.Interval}{(b.Claim.Rising ? " (rising)" : string.Empty)}");
            sb.Append(b.Date is { } d ? " as of " + d.ToString("uuuu-MM-dd", ci) : " undated");
        }

        if (superseded > 0)
        {
            sb.Append(ci, $"; {superseded} earlier claim{(superseded == 1 ? string.Empty : "s")} superseded by a later figure of the same source");
        }

        int earlier = claims.Count(c => c.Status == ClaimStatus.Current && !c.Standing && !c.Partial && c.Interval.Informative
            && bounds.Exists(b => string.Equals(b.SourceKey, c.SourceKey, StringComparison.Ordinal)));
        if (earlier > 0)
        {
            sb.Append(ci, $"; {earlier} undated or same-day claim{(earlier == 1 ? string.Empty : "s")} of the same source taken as earlier (tolls rise)");
        }

        int absorbed = standing.Count - bounds.Count;
        if (absorbed > 0)
        {
            sb.Append(ci, $"; {absorbed} vague figure{(absorbed == 1 ? string.Empty : "s")} read with a number set no bound");
        }

        if (contested)
        {
            sb.Append("; contested: independent figures do not overlap, so the range spans them");
        }

        sb.Append(ci, $"; best from {Name(names, trusted)}; low {low}, best {best}, high {(high is { } h ? h.ToString(ci) : "open")}");
        return sb.ToString();
    }

    private static string Name(Dictionary<string, string> names, CandidateClaim c) =>
        names.TryGetValue(c.SourceKey, out string? name) ? name : "unattributed";
}
