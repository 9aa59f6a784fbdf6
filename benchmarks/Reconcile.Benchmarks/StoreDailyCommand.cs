using System.Diagnostics;
using System.Globalization;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Store;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>store-daily &lt;folder&gt; [--store TARGET] [--mention-candidates K] [--corpus on|off] [--out-one FILE] [--out-daily FILE]</c>: issue #18's "same truth either way".
/// Reconciles the folder's reports in one run, and again into an empty store in daily batches (one per publication date, in date
/// order), then prints for both the clustering B3 F1 (all, tuning and checking halves) and the merged-record tables against the
/// gold, the share of reports whose lead record agrees, and whether every incident id seen after any day still resolves. The store
/// is a temporary SQLite file unless <c>--store</c> names one (or a PostgreSQL connection string to an empty schema).
/// </summary>
internal static class StoreDailyCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: store-daily <folder> [--store TARGET] [--recluster on|off] [--background N] [--key-cap N] [--mention-candidates K] [--corpus on|off] [--out-one FILE] [--out-daily FILE]");
            return 2;
        }

        string folder = args[0];
        string? target = null, outOne = null, outDaily = null;
        bool? recluster = null, corpus = null;
        int? background = null, keyCap = null, mentionCandidates = null;
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--store": target = args[i + 1]; break;
                case "--recluster": recluster = args[i + 1] == "on"; break;
                case "--corpus": corpus = args[i + 1] == "on"; break;
                case "--background": background = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--key-cap": keyCap = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--mention-candidates": mentionCandidates = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out-one": outOne = args[i + 1]; break;
                case "--out-daily": outDaily = args[i + 1]; break;
                default: Console.Error.WriteLine("unknown option " + args[i]); return 2;
            }
        }

        string? temp = null;
        if (target is null)
        {
            temp = Path.Combine(Path.GetTempPath(), "store-daily-" + Guid.NewGuid().ToString("N") + ".db");
            target = temp;
        }

        try
        {
            IReadOnlyList<Report> reports = LeadQuality.ReadReports(folder);
            Dictionary<string, string> gold = LeadQuality.ReadGold(folder);
            var sw = Stopwatch.StartNew();
            ReconcileResult one = new Reconciler().Reconcile(reports);
            TimeSpan oneTime = sw.Elapsed;
            sw.Restart();
            var seen = new SortedSet<string>(StringComparer.Ordinal);
            int days = 0;
            ReconcileResult daily;
            int unresolved = 0;
            using (IIncidentStore store = Open(target, recluster, background, keyCap, mentionCandidates, corpus))
            {
                foreach (var day in reports.GroupBy(r => r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    StoreRun run = store.Add(day);
                    seen.UnionWith(run.Revisions.Select(r => r.IncidentId));
                    days++;
                }

                daily = store.Export();
                var live = daily.Incidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
                unresolved = seen.Count(id => store.Resolve(id) is not { } r || !live.Contains(r));
            }

            TimeSpan dailyTime = sw.Elapsed;
            string jsonOne = LeadQuality.ToJson(one), jsonDaily = LeadQuality.ToJson(daily);
            if (outOne is not null)
            {
                File.WriteAllText(outOne, jsonOne);
            }

            if (outDaily is not null)
            {
                File.WriteAllText(outDaily, jsonDaily);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{reports.Count} reports; one run {oneTime.TotalSeconds:0.0} s, {one.Incidents.Count} incidents; {days} daily batches {dailyTime.TotalSeconds:0.0} s, {daily.Incidents.Count} incidents"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ids seen after some day: {seen.Count}, not resolving to a live incident after the last day: {unresolved}"));
            foreach ((string name, string json) in (ReadOnlySpan<(string, string)>)[("one run", jsonOne), ("daily batches", jsonDaily)])
            {
                Dictionary<string, string> predicted = LeadQuality.Predicted(LeadQuality.LeadIncidents(json), gold);
                var all = LeadQuality.BCubed(predicted, gold);
                var tuning = LeadQuality.BCubed(predicted, gold, LeadQuality.IsTuning);
                var checking = LeadQuality.BCubed(predicted, gold, g => LeadQuality.IsSplittable(g) && !LeadQuality.IsTuning(g));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-14} B3 F1 {all.F1:0.0000} (P {all.Precision:0.0000}, R {all.Recall:0.0000}); tuning {tuning.F1:0.0000}, checking {checking.F1:0.0000}"));
            }

            foreach ((string name, ReconcileResult result) in (ReadOnlySpan<(string, ReconcileResult)>)[("one run", one), ("daily batches", daily)])
            {
                if (File.Exists(Path.Combine(folder, "incidents.jsonl")))
                {
                    Console.WriteLine("records, " + name + ":");
                    RecordQualityCommand.Print(folder, reports, result, 0, extraction: false);
                }
            }

            return 0;
        }
        finally
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The store, with the internal settings a variant overrides (for measuring the alternatives docs/store.md names).</summary>
    private static IIncidentStore Open(string target, bool? recluster, int? background, int? keyCap, int? mentionCandidates, bool? corpus)
    {
        if (recluster is null && background is null && keyCap is null && mentionCandidates is null && corpus is null)
        {
            return IncidentStore.Open(target);
        }

        StoreBackend backend = IncidentStore.IsPostgreSql(target) ? new PostgreSqlBackend(target) : new SqliteBackend(target);
        var defaults = new SqlIncidentStore(backend, new ReconcilerOptions());
        return new SqlIncidentStore(backend, new ReconcilerOptions())
        {
            Recluster = recluster ?? defaults.Recluster,
            BackgroundReports = background ?? defaults.BackgroundReports,
            KeyCap = keyCap ?? defaults.KeyCap,
            MentionCandidates = mentionCandidates ?? defaults.MentionCandidates,
            StoreStatistics = corpus ?? defaults.StoreStatistics,
        };
    }
}
