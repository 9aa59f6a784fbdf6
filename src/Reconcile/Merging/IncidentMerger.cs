using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>The default merger: one record per cluster, with the most specific consistent fields, real conflicts kept,
/// and low/best/high figures graded by independent primary sources.</summary>
/// <remarks>
/// <para>Thread-safe: the options are copied when the merger is built. The record does not depend on the order of the cluster's
/// mentions or of their claims: everything is sorted by stable keys.</para>
/// <para>The rules, each with an example, are in <c>docs/merging.md</c>.</para>
/// </remarks>
/// <example>
/// <code>
/// IncidentRecord record = new IncidentMerger().Merge(cluster);
/// Figure killed = record.Figures[0]; // low 75, best 75, high null: "at least 75" superseded "dozens"
/// </code>
/// </example>
public sealed class IncidentMerger : IIncidentMerger
{
    private readonly MergeSettings _settings;
    private readonly FigureMerger _figures;

    /// <summary>Creates a merger.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentMerger(MergeOptions? options = null)
    {
        _settings = new MergeSettings(options ?? new MergeOptions());
        _figures = new FigureMerger(_settings);
    }

    /// <summary>The city of a neighbourhood of the gazetteer (<see cref="Extraction.Gazetteer.CityOf"/>), else the place itself.</summary>
    private static Place CityOf(Place place) =>
        place.Kind == PlaceKind.Locality && place.GeoNameId is not null ? Extraction.Gazetteer.Default.CityOf(place) ?? place : place;

    /// <summary>Whether the mention's report tells the mention's place in its own words: the place came from a span of its text
    /// (place evidence), or its name stands in the text or the title's headline. A place inferred from the outlet (the site's town
    /// in the title, the web address) is not told.</summary>
    internal static bool TellsPlace(IncidentMention mention)
    {
        if (mention.Place is not { } place)
        {
            return false;
        }

        foreach (FieldEvidence e in mention.Evidence)
        {
            if (e.Field == "place")
            {
                return true;
            }
        }

        return Extraction.WholeWords.Contains(mention.Report.Text, place.Name, StringComparison.OrdinalIgnoreCase)
            || Extraction.WholeWords.Contains(Extraction.PlaceRecognizer.Headline(mention.Report.Title), place.Name, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IncidentRecord Merge(IncidentCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        List<IncidentMention> mentions = [.. cluster.Mentions.OrderBy(m => m.Id, StringComparer.Ordinal)];
        var conflicts = new List<FieldConflict>();

        var type = FieldMerger.Merge(
            mentions.Where(m => m.Type is not null).Select(m => (m.Id, m.IsLead, m.Type!.Value)), FieldRules.Type);
        (DateRange date, FieldConflict? dateConflict) = DateMerger.Merge(mentions);
        // A neighbourhood is merged as its city ("the Auburn Gresham neighborhood" and "Chicago" agree): the record names the town,
        // as incident tables do, and the mentions keep the neighbourhood.
        // A place the report tells outweighs one only inferred from the outlet (the site's name in the title, its web address).
        var place = FieldMerger.Merge(
            mentions.Where(m => m.Place is not null).Select(m => (m.Id, m.IsLead, CityOf(m.Place!), TellsPlace(m))), FieldRules.Place);
        var perpetrator = FieldMerger.Merge(
            mentions.Where(m => !string.IsNullOrWhiteSpace(m.Perpetrator)).Select(m => (m.Id, m.IsLead, m.Perpetrator!.Trim())), FieldRules.Perpetrator);
        AddIfAny(conflicts, type.Conflict);
        AddIfAny(conflicts, dateConflict);
        AddIfAny(conflicts, place.Conflict);
        AddIfAny(conflicts, perpetrator.Conflict);

        var belligerent = new BelligerentSourceRule(mentions.Select(m => m.Perpetrator ?? string.Empty), _settings);
        var seen = new HashSet<(string, CasualtyClaim)>();
        var candidates = new List<CandidateClaim>();
        foreach (IncidentMention m in mentions)
        {
            foreach (CasualtyClaim claim in m.Claims)
            {
                if (seen.Add((m.Report.Id, claim)))
                {
                    candidates.Add(new CandidateClaim(claim, m.Report, belligerent.IsBelligerent(claim)));
                }
            }
        }

        candidates.Sort(CandidateClaim.CompareStable);
        CandidateClaim Rebuild(CasualtyClaim claim, CandidateClaim was) => new(claim, mentions.First(m => m.Report.Id == was.ReportId).Report, was.Belligerent);
        candidates = ShotTotalRule.Apply(SamePersonRule.Apply(candidates, Rebuild), Rebuild);
        List<Figure> figures = [.. FigureGrouper.Group(candidates).Select(b => _figures.Merge(b.Measure, b.Group, b.Claims))];

        return new IncidentRecord
        {
            Id = cluster.Id,
            Type = type.Found ? type.Value : null,
            Date = date,
            Place = place.Found ? place.Value : null,
            Perpetrator = perpetrator.Found ? perpetrator.Value : null,
            Reports = [.. mentions.Select(m => m.Report.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Mentions = mentions,
            Figures = figures,
            Grade = RecordGrade(figures),
            Conflicts = conflicts,
            Why = [.. cluster.Why.OrderBy(w => w.MentionId, StringComparer.Ordinal)],
        };
    }

    /// <summary>Contested when any figure is; corroborated when the main figure (the first killed figure, else the first) is; else single-source.</summary>
    private static Grade RecordGrade(List<Figure> figures)
    {
        if (figures.Exists(f => f.Grade == Grade.Contested))
        {
            return Grade.Contested;
        }

        Figure? main = figures.Find(f => f.Measure == CasualtyMeasure.Killed) ?? (figures.Count > 0 ? figures[0] : null);
        return main?.Grade ?? Grade.SingleSource;
    }

    private static void AddIfAny(List<FieldConflict> conflicts, FieldConflict? conflict)
    {
        if (conflict is not null)
        {
            conflicts.Add(conflict);
        }
    }
}
