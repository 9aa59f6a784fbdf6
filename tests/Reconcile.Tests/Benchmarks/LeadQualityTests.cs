using System.Text.Json;
using Reconcile.Benchmarks;
using Reconcile.Cli;
using Reconcile.Clustering;

namespace Reconcile.Tests.Benchmarks;

/// <summary>The quality command's one measured path (<see cref="LeadQuality"/>) against the CLI's own JSON.</summary>
public class LeadQualityTests
{
    [SharedSetTheory]
    [InlineData("ecbplus")] // ECB+: pairs of look-alike disasters and attacks, follow-up articles (trials, sentencings)
    [InlineData("gvc")] // Gun Violence Corpus: many shootings in the same towns and weeks
    [InlineData("gva-dev")] // the large GVA set, where the quality command also prints its tuning and checking halves
    public void Measure_SharedSet_EqualsBCubedOfCliJson(string set)
    {
        string dir = SharedSets.Dir(set)!;
        using var tmp = new TempFolder();
        string output = Path.Combine(tmp.Path, set + ".json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CliApp.Run([Path.Combine(dir, "reports.jsonl"), "--format", "json", "--out", output], stdout, stderr).Should().BeLessThan(2);

        // Scored here without LeadQuality: each report's reports[].incidents[0] in the CLI's bytes, B-cubed by ClusterMetrics.
        Dictionary<string, string> gold = LeadQuality.ReadGold(dir);
        var lead = new Dictionary<string, string>(StringComparer.Ordinal);
        using (JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(output)))
        {
            foreach (JsonElement r in doc.RootElement.GetProperty("reports").EnumerateArray())
            {
                JsonElement incidents = r.GetProperty("incidents");
                if (incidents.GetArrayLength() > 0)
                {
                    lead[r.GetProperty("id").GetString()!] = incidents[0].GetString()!;
                }
            }
        }

        var predicted = gold.Keys.ToDictionary(id => id, id => lead.GetValueOrDefault(id) ?? "single:" + id, StringComparer.Ordinal);
        ClusterMetrics cli = ClusterMetrics.Compute(predicted, gold);

        var quality = LeadQuality.Measure(dir);

        quality.Items.Should().Be(gold.Count);
        quality.Precision.Should().BeApproximately(cli.BCubedPrecision, 1e-12);
        quality.Recall.Should().BeApproximately(cli.BCubedRecall, 1e-12);
        quality.F1.Should().BeApproximately(cli.BCubedF1, 1e-12);
    }

    [Fact] // the halves: a predicted cluster that mixes a tuning and a checking incident costs precision in both halves
    public void BCubed_ClusterMixesHalves_CountsAgainstBoth()
    {
        var gold = new Dictionary<string, string> { ["a"] = "10", ["b"] = "10", ["c"] = "11", ["d"] = "11" };
        var predicted = new Dictionary<string, string> { ["a"] = "x", ["b"] = "y", ["c"] = "y", ["d"] = "z" };

        var tune = LeadQuality.BCubed(predicted, gold, LeadQuality.IsTuning);
        var check = LeadQuality.BCubed(predicted, gold, g => !LeadQuality.IsTuning(g));
        var all = LeadQuality.BCubed(predicted, gold);

        tune.Items.Should().Be(2);
        tune.Precision.Should().BeApproximately((1 + 0.5) / 2, 1e-12);
        tune.Recall.Should().BeApproximately(0.5, 1e-12);
        check.Precision.Should().BeApproximately((0.5 + 1) / 2, 1e-12);
        ClusterMetrics reference = ClusterMetrics.Compute(predicted, gold);
        all.Precision.Should().BeApproximately(reference.BCubedPrecision, 1e-12);
        all.Recall.Should().BeApproximately(reference.BCubedRecall, 1e-12);
    }

    [Theory]
    [InlineData("101300", true)] // last digit 0: tuning
    [InlineData("104543", false)] // odd: checking
    [InlineData("8_ecbplus", false)] // no digit at the end: the set is not split
    public void IsTuning_GoldId_ByLastDigit(string id, bool expected) => LeadQuality.IsTuning(id).Should().Be(expected);

    [Fact] // a report without any incident is a singleton of its own, not a cluster of all such reports
    public void Predicted_ReportWithoutIncident_IsItsOwnSingleton()
    {
        var gold = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1" };
        var leads = new Dictionary<string, string?> { ["a"] = null };

        Dictionary<string, string> predicted = LeadQuality.Predicted(leads, gold);

        predicted["a"].Should().NotBe(predicted["b"]);
    }
}

/// <summary>A theory over the shared data sets (../shared/data beside the repository, or RECONCILE_SHARED_DATA), skipped when they are absent.</summary>
public sealed class SharedSetTheoryAttribute : TheoryAttribute
{
    public SharedSetTheoryAttribute()
    {
        if (SharedSets.Root is null)
        {
            Skip = "the shared data sets (../shared/data beside the repository) are not present";
        }
    }
}

/// <summary>Finds the shared data sets.</summary>
internal static class SharedSets
{
    public static string? Root { get; } = Find();

    public static string? Dir(string set) => Root is null ? null : Path.Combine(Root, set);

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("RECONCILE_SHARED_DATA");
        string candidate = !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : Path.Combine(RepoPaths.Root, "..", "shared", "data");
        return File.Exists(Path.Combine(candidate, "ecbplus", "reports.jsonl")) ? Path.GetFullPath(candidate) : null;
    }
}
