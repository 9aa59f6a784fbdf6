using System.Globalization;
using Reconcile.Model;
using Reconcile.Store;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>store-daily &lt;set dir&gt; [--mention-candidates K] [--db FILE]</c> (issue #18): reconciles the set in one run and, into a fresh SQLite
/// store, in daily batches (one per publication date, in date order), and prints the clustering B3 of both (each report's lead incident
/// against the gold) for the whole set and its tuning (even last digit) and checking (odd) halves, with the candidates fetched.
/// </summary>
internal static class StoreDailyCommand
{
    public static int Run(string[] args)
    {
        string? dir = null, db = null;
        int? mentionCandidates = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mention-candidates" when i + 1 < args.Length:
                    mentionCandidates = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                default:
                    dir = args[i];
                    break;
            }
        }

        if (dir is null)
        {
            Console.Error.WriteLine("usage: store-daily <set dir> [--mention-candidates K] [--db FILE]");
            return 2;
        }

        IReadOnlyList<Report> reports = LeadQuality.ReadReports(dir);
        Dictionary<string, string> gold = LeadQuality.ReadGold(dir);
        ReconcileResult one = new Reconciler().Reconcile(reports);
        db ??= Path.Combine(Path.GetTempPath(), "reconcile-store-daily-" + Environment.ProcessId + ".db");
        File.Delete(db);
        long candidates = 0;
        ReconcileResult batched;
        using (SqlIncidentStore store = mentionCandidates is { } k
            ? new SqlIncidentStore(new SqliteBackend(db), new ReconcilerOptions()) { MentionCandidates = k }
            : new SqlIncidentStore(new SqliteBackend(db), new ReconcilerOptions()))
        {
            foreach (var day in reports.GroupBy(r => r.Published?.ToString("yyyy-MM-dd", null) ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                candidates += store.Add(day).Candidates;
            }

            batched = store.Export();
        }

        File.Delete(db);
        Print("one run", one, gold);
        Print("daily batches", batched, gold);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidates fetched in all batches: {candidates}"));
        return 0;
    }

    private static void Print(string label, ReconcileResult result, Dictionary<string, string> gold)
    {
        Dictionary<string, string> predicted = LeadQuality.Predicted(LeadQuality.LeadIncidents(LeadQuality.ToJson(result)), gold);
        var all = LeadQuality.BCubed(predicted, gold, _ => true);
        var tune = LeadQuality.BCubed(predicted, gold, LeadQuality.IsTuning);
        var check = LeadQuality.BCubed(predicted, gold, g => !LeadQuality.IsTuning(g));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: B3 F1 {all.F1:0.0000} | tune {tune.F1:0.0000} ({tune.Items}) | check {check.F1:0.0000} ({check.Items})"));
    }
}
