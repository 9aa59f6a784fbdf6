using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reconcile.Ingestion;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>quality-records &lt;folder&gt;</c>: compares what Reconcile extracts and merges with a gold incident table
/// (the Gun Violence Archive records of ../shared/data/gvc/incidents.jsonl: date, city, killed, injured).
/// Prints, for reports' lead mentions (extraction) and for merged records (merging), the share whose date, city,
/// killed and injured equal the gold's; <c>--misses N</c> lists N misses of each kind. Gold incidents without a record in
/// incidents.jsonl are skipped. Each table is printed for all incidents, then for the tuning half (gold incident ids ending in an
/// even digit) and the checking half (odd), so a rule chosen on one half can be reported on the other.
/// </summary>
internal static class RecordQualityCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: quality-records <folder with reports.jsonl, gold.jsonl, incidents.jsonl> [--misses N]");
            return 2;
        }

        string folder = args[0];
        int misses = args.Length >= 3 && args[1] == "--misses" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        IReadOnlyList<Report> reports = new ReportReader().Read([Path.Combine(folder, "reports.jsonl")]);

        var sw = Stopwatch.StartNew();
        ReconcileResult result = new Reconciler().Reconcile(reports);
        sw.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reports.Count} reports, {result.Incidents.Count} incidents, {sw.Elapsed.TotalMilliseconds:0} ms"));
        Print(folder, reports, result, misses, extraction: true);
        return 0;
    }

    /// <summary>Prints the record tables of <paramref name="result"/> (a run over <paramref name="reports"/>) against the folder's gold:
    /// the extraction table when <paramref name="extraction"/> is set, and the merging table.</summary>
    public static void Print(string folder, IReadOnlyList<Report> reports, ReconcileResult result, int misses, bool extraction)
    {
        var goldOf = ReadJsonl(Path.Combine(folder, "gold.jsonl")).ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("incident").GetString()!);
        var incidents = ReadJsonl(Path.Combine(folder, "incidents.jsonl")).ToDictionary(e => e.GetProperty("incident").GetString()!);
        var leadOf = new Dictionary<string, (IncidentMention Mention, IncidentRecord Record)>(StringComparer.Ordinal);
        foreach (IncidentRecord r in result.Incidents)
        {
            foreach (IncidentMention m in r.Mentions.Where(m => m.IsLead))
            {
                leadOf[m.Report.Id] = (m, r);
            }
        }

        // Extraction: each report's lead mention against its incident's gold record.
        var ext = new Halves();
        foreach (Report report in reports)
        {
            if (!goldOf.TryGetValue(report.Id, out string? gid) || !incidents.TryGetValue(gid, out JsonElement g))
            {
                continue;
            }

            IncidentMention? lead = leadOf.TryGetValue(report.Id, out var lr) ? lr.Mention : null;
            ext.Of(gid).Add(report.Id, g, lead?.Date, lead?.Place, lead is null ? 0 : Count(lead.Claims, CasualtyMeasure.Killed),
                lead is null ? 0 : Count(lead.Claims, CasualtyMeasure.Wounded), lead is not null);
        }

        // Merging: each gold incident against the record holding most of its reports' lead mentions.
        var merged = new Halves();
        foreach (var group in goldOf.GroupBy(kv => kv.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!incidents.TryGetValue(group.Key, out JsonElement g))
            {
                continue;
            }

            IncidentRecord? record = group
                .Select(kv => leadOf.TryGetValue(kv.Key, out var lr) ? lr.Record : null)
                .Where(r => r is not null)
                .GroupBy(r => r!.Id, StringComparer.Ordinal)
                .OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => x.First())
                .FirstOrDefault();
            merged.Of(group.Key).Add(group.Key, g, record?.Date, record?.Place, record is null ? 0 : Best(record, CasualtyMeasure.Killed),
                record is null ? 0 : Best(record, CasualtyMeasure.Wounded), record is not null);
        }

        if (extraction)
        {
            ext.Print("extraction (report lead mention vs gold)", misses);
        }

        merged.Print("merging (merged record vs gold incident)", misses);
    }

    /// <summary>A mention's count for a measure: the largest lower bound per victim group, summed over groups (the incident's own
    /// figures only: another event's and running totals are context).</summary>
    private static int Count(IReadOnlyList<CasualtyClaim> claims, CasualtyMeasure measure) =>
        claims.Where(c => c.Measure == measure && c.Relevance == ClaimRelevance.Incident).GroupBy(c => c.Group).Sum(g => g.Max(c => c.Quantity.Low ?? 0));

    /// <summary>The whole set and its tuning (gold id ends in an even digit) and checking (odd) halves.</summary>
    private sealed class Halves
    {
        private readonly Tally _all = new();
        private readonly Tally _tuning = new();
        private readonly Tally _checking = new();

        /// <summary>Adds to the whole and to the half of <paramref name="goldId"/>: a tally that forwards to both.</summary>
        public Both Of(string goldId) => new(_all, goldId.Length > 0 && char.IsDigit(goldId[^1]) && (goldId[^1] - '0') % 2 == 1 ? _checking : _tuning);

        public void Print(string title, int misses)
        {
            _all.Print(title, misses);
            _tuning.Print("  tuning half (gold id ends in an even digit)", 0);
            _checking.Print("  checking half (odd)", 0);
        }
    }

    private readonly record struct Both(Tally All, Tally Half)
    {
        public void Add(string id, JsonElement gold, DateRange? date, Place? place, int killed, int injured, bool found)
        {
            All.Add(id, gold, date, place, killed, injured, found);
            Half.Add(id, gold, date, place, killed, injured, found);
        }
    }

    private static int Best(IncidentRecord record, CasualtyMeasure measure) =>
        record.Figures.Where(f => f.Measure == measure).Sum(f => f.Best ?? f.Low ?? 0);

    private static IEnumerable<JsonElement> ReadJsonl(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static bool CityMatches(Place? place, JsonElement gold)
    {
        if (place is null)
        {
            return false;
        }

        string city = gold.GetProperty("city").GetString() ?? string.Empty;
        // "Cartersville (Euharlee)": either name counts.
        foreach (string part in city.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(Spelling(place.Name), Spelling(part), StringComparison.OrdinalIgnoreCase)
                || (part == "Washington" && place.Admin1 is "District of Columbia" or "Washington, D.C."))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One spelling for GeoNames' and GVA's variants of a name: "The Bronx" and "Bronx", "Wilkes-Barre" and "Wilkes Barre",
    /// "Greenacres City" and "Greenacres", "St. Louis" and "Saint Louis", "Mt. Vernon" and "Mount Vernon".</summary>
    private static string Spelling(string name)
    {
        string s = name.Replace('-', ' ').Trim();
        if (s.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        foreach ((string brief, string full) in (ReadOnlySpan<(string, string)>)[("St. ", "Saint "), ("St ", "Saint "), ("Ste. ", "Sainte "), ("Mt. ", "Mount "), ("Ft. ", "Fort ")])
        {
            if (s.StartsWith(brief, StringComparison.OrdinalIgnoreCase))
            {
                s = full + s[brief.Length..];
                break;
            }
        }

        if (s.EndsWith(" City", StringComparison.OrdinalIgnoreCase) && s.Length > 5)
        {
            s = s[..^5];
        }

        return s;
    }

    private sealed class Tally
    {
        private readonly List<string> _dateMiss = [];
        private readonly List<string> _cityMiss = [];
        private readonly List<string> _killedMiss = [];
        private readonly List<string> _injuredMiss = [];
        private int _n;
        private int _found;
        private int _all;

        public void Add(string id, JsonElement gold, DateRange? date, Place? place, int killed, int injured, bool found)
        {
            _n++;
            _found += found ? 1 : 0;
            string goldDate = gold.GetProperty("date").GetString()!;
            bool dateOk = date is { } d && d.Earliest is { } e && d.Latest == e && e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == goldDate;
            bool cityOk = CityMatches(place, gold);
            int gk = gold.GetProperty("killed").GetInt32();
            int gi = gold.GetProperty("injured").GetInt32();
            if (!dateOk)
            {
                _dateMiss.Add($"{id}: {date?.Earliest}..{date?.Latest} vs {goldDate}");
            }

            if (!cityOk)
            {
                _cityMiss.Add($"{id}: {place?.Name}/{place?.Admin1} vs {gold.GetProperty("city").GetString()}/{gold.GetProperty("state").GetString()}");
            }

            if (killed != gk)
            {
                _killedMiss.Add($"{id}: {killed} vs {gk}");
            }

            if (injured != gi)
            {
                _injuredMiss.Add($"{id}: {injured} vs {gi}");
            }

            _all += dateOk && cityOk && killed == gk && injured == gi ? 1 : 0;
        }

        public void Print(string title, int misses)
        {
            string Share(int missed) => string.Create(CultureInfo.InvariantCulture, $"{(double)(_n - missed) / Math.Max(1, _n):P1}");
            Console.WriteLine($"{title}: n={_n} found={_found}");
            Console.WriteLine($"  date {Share(_dateMiss.Count)}  city {Share(_cityMiss.Count)}  killed {Share(_killedMiss.Count)}  injured {Share(_injuredMiss.Count)}  all four {Share(_n - _all)}");
            foreach ((string name, List<string> list) in new[] { ("date", _dateMiss), ("city", _cityMiss), ("killed", _killedMiss), ("injured", _injuredMiss) })
            {
                foreach (string miss in list.Take(misses))
                {
                    Console.WriteLine($"    {name} miss {miss}");
                }
            }
        }
    }
}
