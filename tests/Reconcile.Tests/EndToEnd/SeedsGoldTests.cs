using System.Text.Json;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.EndToEnd;

/// <summary>The five sample reports, end to end, against the analyst's reference reading (seeds.gold.json).</summary>
public class SeedsGoldTests
{
    private static readonly Lazy<ReconcileResult> Result = new(() =>
        new Reconciler().Reconcile(TestCorpus.SeedIds.Select(id => ReportReader.FromText(id, TestCorpus.SeedText(id)))));

    private static JsonElement Gold => JsonDocument.Parse(TestCorpus.ReadText("seeds.gold.json")).RootElement;

    public static TheoryData<string> GoldIncidents()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement i in Gold.GetProperty("incidents").EnumerateArray())
        {
            data.Add(i.GetProperty("key").GetString()!);
        }

        return data;
    }

    /// <summary>Finds our incident for a gold incident: the one holding the most of its claim quotes.</summary>
    private static IncidentRecord? Match(JsonElement gold)
    {
        var quotes = gold.GetProperty("figures").EnumerateArray()
            .SelectMany(f => f.GetProperty("claims").EnumerateArray())
            .Select(c => (Report: c.GetProperty("report").GetString()!, Quote: c.GetProperty("quote").GetString()!))
            .ToList();
        return Result.Value.Incidents
            .Select(r => (Record: r, Hits: quotes.Count(q => r.Figures.SelectMany(f => f.Claims)
                .Any(c => c.ReportId == q.Report && Overlaps(c.Claim, TestCorpus.SeedText(q.Report), q.Quote)))))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits)
            .Select(x => x.Record)
            .FirstOrDefault();
    }

    /// <summary>Whether the claim covers any occurrence of the quote (a headline may repeat the body's words).</summary>
    private static bool Overlaps(CasualtyClaim claim, string text, string quote)
    {
        for (int at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            if (claim.Span.Overlaps(new TextSpan(at, at + quote.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [Theory] // each gold incident is found, with its members, date, place, type, perpetrator and figures
    [MemberData(nameof(GoldIncidents))]
    public void Reconcile_Seeds_MatchesGoldIncident(string key)
    {
        JsonElement gold = Gold.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        IncidentRecord? record = Match(gold);
        record.Should().NotBeNull("gold incident {0} must be found", key);

        var problems = new List<string>();
        var goldReports = gold.GetProperty("reports").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal).ToList();
        if (!record!.Reports.SequenceEqual(goldReports))
        {
            problems.Add($"reports {string.Join(",", record.Reports)} != {string.Join(",", goldReports)}");
        }

        string goldType = gold.GetProperty("type").GetString()!;
        if (record.Type?.ToKebabCase() != goldType)
        {
            problems.Add($"type {record.Type?.ToKebabCase()} != {goldType}");
        }

        JsonElement date = gold.GetProperty("date");
        string earliest = date.GetProperty("earliest").GetString()!;
        string latest = date.TryGetProperty("latestUpTo", out JsonElement upTo) ? upTo.GetString()! : date.GetProperty("latest").GetString()!;
        string? ours0 = record.Date.Earliest?.ToString("yyyy-MM-dd", null);
        string? ours1 = record.Date.Latest?.ToString("yyyy-MM-dd", null);
        if (ours0 != earliest || ours1 is null || string.CompareOrdinal(ours1, date.GetProperty("latest").GetString()) < 0 || string.CompareOrdinal(ours1, latest) > 0)
        {
            problems.Add($"date {ours0}..{ours1} != {earliest}..{latest}");
        }

        var aliases = gold.GetProperty("placeAliases").EnumerateArray().Select(a => a.GetString()!).ToList();
        string admin1 = gold.GetProperty("admin1").GetString()!;
        bool placeOk = record.Place is { } p
            && (aliases.Contains(p.Name, StringComparer.OrdinalIgnoreCase) || (p.Kind == PlaceKind.Admin1 && string.Equals(p.Admin1, admin1, StringComparison.OrdinalIgnoreCase)))
            && string.Equals(p.Admin1, admin1, StringComparison.OrdinalIgnoreCase);
        if (!placeOk)
        {
            problems.Add($"place {record.Place?.Name}/{record.Place?.Admin1}/{record.Place?.Kind} not in [{string.Join(", ", aliases)}] / {admin1}");
        }

        string? perpetrator = gold.GetProperty("perpetrator").GetString();
        if (perpetrator is not null && record.Perpetrator != perpetrator)
        {
            problems.Add($"perpetrator {record.Perpetrator} != {perpetrator}");
        }

        foreach (JsonElement gf in gold.GetProperty("figures").EnumerateArray())
        {
            CheckFigure(record, gf, problems);
        }

        problems.Should().BeEmpty("incident {0} should match the gold record", key);
    }

    private static void CheckFigure(IncidentRecord record, JsonElement gf, List<string> problems)
    {
        string measure = gf.GetProperty("measure").GetString()!;
        var claims = gf.GetProperty("claims").EnumerateArray().ToList();
        (string report, string quote) = (claims[0].GetProperty("report").GetString()!, claims[0].GetProperty("quote").GetString()!);
        Figure? figure = record.Figures.FirstOrDefault(f => f.Measure.ToString().Equals(measure, StringComparison.OrdinalIgnoreCase)
            && f.Claims.Any(c => c.ReportId == report && Overlaps(c.Claim, TestCorpus.SeedText(report), quote)));
        if (figure is null)
        {
            problems.Add($"{measure}: no figure holds '{quote}'");
            return;
        }

        string label = $"{measure} '{quote}'";
        int? low = gf.GetProperty("low").ValueKind == JsonValueKind.Null ? null : gf.GetProperty("low").GetInt32();
        if (figure.Low != low)
        {
            problems.Add($"{label}: low {figure.Low} != {low}");
        }

        if (gf.TryGetProperty("bestRange", out JsonElement br))
        {
            if (figure.Best is not { } b || b < br[0].GetInt32() || b > br[1].GetInt32())
            {
                problems.Add($"{label}: best {figure.Best} not in [{br[0]}, {br[1]}]");
            }
        }
        else if (gf.TryGetProperty("best", out JsonElement best) && figure.Best != best.GetInt32())
        {
            problems.Add($"{label}: best {figure.Best} != {best}");
        }

        JsonElement high = gf.GetProperty("high");
        bool highOk = high.ValueKind switch
        {
            JsonValueKind.Null => figure.High is null,
            JsonValueKind.Number => figure.High == high.GetInt32(),
            _ => figure.High is null || figure.High >= high.GetProperty("atLeast").GetInt32(),
        };
        if (!highOk)
        {
            problems.Add($"{label}: high {figure.High} != {high}");
        }

        foreach (JsonElement gc in claims)
        {
            string r = gc.GetProperty("report").GetString()!;
            string q = gc.GetProperty("quote").GetString()!;
            AttributedClaim? ours = figure.Claims.FirstOrDefault(c => c.ReportId == r && Overlaps(c.Claim, TestCorpus.SeedText(r), q));
            if (ours is null)
            {
                problems.Add($"{measure}: claim '{q}' ({r}) missing");
                continue;
            }

            string? source = gc.GetProperty("source").GetString();
            if (ours.Claim.Source != source)
            {
                problems.Add($"{measure}: claim '{q}' source {ours.Claim.Source} != {source}");
            }

            bool superseded = gc.TryGetProperty("superseded", out JsonElement s) && s.GetBoolean();
            if (superseded && ours.Status != ClaimStatus.Superseded)
            {
                problems.Add($"{measure}: claim '{q}' should be superseded");
            }
        }
    }

    [Fact] // none of the gold's traps (displacement, force sizes, distances...) becomes a casualty claim
    public void Reconcile_Seeds_NoTrapIsAClaim()
    {
        var claims = Result.Value.Incidents.SelectMany(i => i.Figures).SelectMany(f => f.Claims).ToList();
        foreach (JsonElement trap in Gold.GetProperty("not_casualty_figures").EnumerateArray())
        {
            string report = trap.GetProperty("report").GetString()!;
            string quote = trap.GetProperty("quote").GetString()!;
            claims.Should().NotContain(c => c.ReportId == report && Overlaps(c.Claim, TestCorpus.SeedText(report), quote), "'{0}' is not a casualty figure", quote);
        }
    }

    [Fact] // the gold's publication dates and outlets are read from the text
    public void Reconcile_Seeds_ReportMetadataMatchesGold()
    {
        foreach (JsonProperty r in Gold.GetProperty("reports").EnumerateObject())
        {
            Report report = Result.Value.Reports.Single(o => o.Report.Id == r.Name).Report;
            report.Outlet.Should().Be(r.Value.GetProperty("outlet").GetString(), r.Name);
            report.Published?.ToString("yyyy-MM-dd", null).Should().Be(r.Value.GetProperty("published").GetString(), r.Name);
            if (r.Value.GetProperty("published").GetString() is null)
            {
                report.Published.Should().BeNull(r.Name);
            }
        }
    }

    [Fact] // every gold incident is a different incident of ours, and we make no more than the gold's incidents plus the optional one
    public void Reconcile_Seeds_IncidentCountMatchesGold()
    {
        int gold = Gold.GetProperty("incidents").GetArrayLength();
        Result.Value.Incidents.Count.Should().BeInRange(gold, gold + Gold.GetProperty("optional").GetArrayLength());
    }
}
