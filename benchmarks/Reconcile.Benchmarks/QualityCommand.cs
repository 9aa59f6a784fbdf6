using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>quality &lt;set dir&gt; [--mode extracted|lexical|both] [--set Option=value ...]</c>: runs extraction and clustering over a
/// set's reports.jsonl and scores each report's lead incident against gold.jsonl (B-cubed and pairwise P/R/F1).
/// </summary>
/// <remarks>In <c>lexical</c> mode each report becomes one mention whose sentences are the whole text, with no other fields:
/// the clustering engine on words alone. <c>--set</c> overrides a <see cref="ClusteringOptions"/> property for experiments.</remarks>
internal static class QualityCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: quality <dir with reports.jsonl and gold.jsonl> [--mode extracted|lexical|both] [--set Option=value ...]");
            return 2;
        }

        string dir = args[0];
        string mode = "both";
        var options = new ClusteringOptions();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--mode" && i + 1 < args.Length)
            {
                mode = args[++i];
            }
            else if (args[i] == "--set" && i + 1 < args.Length)
            {
                string[] kv = args[++i].Split('=', 2);
                var prop = typeof(ClusteringOptions).GetProperty(kv[0]) ?? throw new ArgumentException("no option " + kv[0]);
                prop.SetValue(options, Convert.ChangeType(kv[1], prop.PropertyType, CultureInfo.InvariantCulture));
            }
        }

        List<Report> reports = ReadReports(Path.Combine(dir, "reports.jsonl"));
        Dictionary<string, string> gold = ReadGold(Path.Combine(dir, "gold.jsonl"));
        Console.WriteLine($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(dir))}: {reports.Count} reports, {gold.Values.Distinct().Count()} gold incidents");
        if (mode is "lexical" or "both")
        {
            Evaluate("lexical  ", reports, gold, options, LexicalOnly);
        }

        if (mode is "extracted" or "both")
        {
            var extractor = new IncidentExtractor();
            Evaluate("extracted", reports, gold, options, extractor.Extract);
        }

        return 0;
    }

    private static ExtractionResult LexicalOnly(Report report) => new()
    {
        Report = report,
        Mentions = [new IncidentMention { Id = report.Id + "#0", Report = report, Ordinal = 0, Sentences = [new TextSpan(0, report.Text.Length)] }],
    };

    private static void Evaluate(string label, List<Report> reports, Dictionary<string, string> gold, ClusteringOptions options, Func<Report, ExtractionResult> extract)
    {
        var watch = Stopwatch.StartNew();
        ExtractionResult[] extractions = [.. reports.AsParallel().AsOrdered().Select(extract)];
        double extractSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        ClusteringResult result = new IncidentClusterer(options).Cluster(extractions);
        double clusterSeconds = watch.Elapsed.TotalSeconds;

        var clusterOfMention = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IncidentCluster c in result.Clusters)
        {
            foreach (IncidentMention m in c.Mentions)
            {
                clusterOfMention[m.Id] = c.Id;
            }
        }

        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        int noMention = 0;
        foreach (ExtractionResult e in extractions)
        {
            if (!gold.ContainsKey(e.Report.Id))
            {
                continue;
            }

            IncidentMention? lead = e.Mentions.FirstOrDefault(m => m.Ordinal == 0);
            if (lead is null)
            {
                noMention++;
            }

            predicted[e.Report.Id] = lead is null ? "single:" + e.Report.Id : clusterOfMention[lead.Id];
        }

        ClusterMetrics s = ClusterMetrics.Compute(predicted, gold);
        int mentions = extractions.Sum(e => e.Mentions.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}  B3 P {s.BCubedPrecision:0.0000} R {s.BCubedRecall:0.0000} F1 {s.BCubedF1:0.0000} | pairwise P {s.PairPrecision:0.0000} R {s.PairRecall:0.0000} F1 {s.PairF1:0.0000} | {mentions} mentions ({noMention} reports without), {result.Clusters.Count} clusters, {result.CandidatePairs} candidate pairs | extract {extractSeconds:0.00}s cluster {clusterSeconds:0.00}s"));
    }

    private static List<Report> ReadReports(string path)
    {
        var reports = new List<Report>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            string? published = Get(root, "published");
            reports.Add(new Report
            {
                Id = Get(root, "id")!,
                Text = Get(root, "text") ?? string.Empty,
                Title = Get(root, "title"),
                Url = Get(root, "url"),
                Published = published is null ? null : LocalDatePattern.Iso.Parse(published).GetValueOrThrow(),
                Origin = path,
            });
        }

        return reports;
    }

    private static Dictionary<string, string> ReadGold(string path)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                gold[Get(doc.RootElement, "id")!] = Get(doc.RootElement, "incident")!;
            }
        }

        return gold;
    }

    private static string? Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;
}
