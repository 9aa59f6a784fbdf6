using System.Globalization;
using System.Text.Json;
using Reconcile.Clustering;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Benchmarks;

/// <summary>
/// The one measured path of the quality command: <see cref="ReportReader"/> reads a set's reports.jsonl, <see cref="Reconciler"/>
/// reconciles it, <see cref="JsonResultFormatter"/> (the CLI's formatter) writes the JSON, and each report's predicted incident is
/// <c>reports[].incidents[0]</c> parsed back from those bytes: the figures are those of what a user of the CLI gets.
/// </summary>
/// <remarks>The test project compiles this file too, to check that it agrees with the CLI's own output on the shared sets.</remarks>
internal static class LeadQuality
{
    /// <summary>Reads a set's reports the way the CLI does.</summary>
    public static IReadOnlyList<Report> ReadReports(string setDir) => new ReportReader().Read([Path.Combine(setDir, "reports.jsonl")]);

    /// <summary>Reads gold.jsonl: report id to gold incident id.</summary>
    public static Dictionary<string, string> ReadGold(string setDir)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(setDir, "gold.jsonl")))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                gold[doc.RootElement.GetProperty("id").GetString()!] = doc.RootElement.GetProperty("incident").GetString()!;
            }
        }

        return gold;
    }

    /// <summary>The result as the CLI's <c>--format json</c> writes it.</summary>
    public static string ToJson(ReconcileResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new JsonResultFormatter().Format(result, writer);
        return writer.ToString();
    }

    /// <summary>Each report's lead incident, <c>reports[].incidents[0]</c> of the JSON contract; <see langword="null"/> when it has none.</summary>
    public static Dictionary<string, string?> LeadIncidents(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        var leads = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (JsonElement report in doc.RootElement.GetProperty("reports").EnumerateArray())
        {
            JsonElement incidents = report.GetProperty("incidents");
            leads[report.GetProperty("id").GetString()!] = incidents.GetArrayLength() > 0 ? incidents[0].GetString() : null;
        }

        return leads;
    }

    /// <summary>The predicted label of each gold report: its lead incident, or a singleton of its own when it has none.</summary>
    public static Dictionary<string, string> Predicted(IReadOnlyDictionary<string, string?> leads, IReadOnlyDictionary<string, string> gold)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string id in gold.Keys)
        {
            predicted[id] = leads.GetValueOrDefault(id) ?? "single:" + id;
        }

        return predicted;
    }

    /// <summary>gva-dev's tuning half: gold incidents whose id ends in an even digit (the checking half ends in an odd one).</summary>
    public static bool IsTuning(string goldIncident) => goldIncident.Length > 0 && char.IsAsciiDigit(goldIncident[^1]) && (goldIncident[^1] - '0') % 2 == 0;

    /// <summary>Whether the gold incident id ends in a digit, so that the set can be split into halves.</summary>
    public static bool IsSplittable(string goldIncident) => goldIncident.Length > 0 && char.IsAsciiDigit(goldIncident[^1]);

    /// <summary>B-cubed precision, recall and F1 averaged over the reports whose gold incident passes <paramref name="include"/>, each
    /// against its whole predicted cluster (so a cluster that mixes the halves counts against both).</summary>
    public static (double Precision, double Recall, double F1, int Items) BCubed(
        IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold, Func<string, bool>? include = null)
    {
        var predSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var both = new Dictionary<(string, string), int>();
        foreach ((string id, string g) in gold)
        {
            string p = predicted[id];
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
            both[(p, g)] = both.GetValueOrDefault((p, g)) + 1;
        }

        double precision = 0, recall = 0;
        int n = 0;
        foreach ((string id, string g) in gold)
        {
            if (include is not null && !include(g))
            {
                continue;
            }

            string p = predicted[id];
            int common = both[(p, g)];
            precision += common / (double)predSize[p];
            recall += common / (double)goldSize[g];
            n++;
        }

        if (n == 0)
        {
            return (1, 1, 1, 0);
        }

        precision /= n;
        recall /= n;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), n);
    }

    /// <summary>Runs the whole path on a set: read, reconcile, format, parse, score every report.</summary>
    public static (double Precision, double Recall, double F1, int Items) Measure(string setDir, ReconcilerOptions? options = null)
    {
        ReconcileResult result = new Reconciler(options).Reconcile(ReadReports(setDir));
        Dictionary<string, string> gold = ReadGold(setDir);
        return BCubed(Predicted(LeadIncidents(ToJson(result)), gold), gold);
    }
}
