using System.Text.Json;
using Reconcile.Extraction;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Extraction.Casualties;

/// <summary>Runs <see cref="CasualtyRecognizer"/> over every sentence of the five sample reports and checks it against seeds.gold.json.</summary>
public class SeedReportsTests
{
    // What each gold quote must resolve to. Every gold claim quote of the sample reports must be listed here,
    // so a new gold claim fails the test until someone states what it should be.
    private static readonly Dictionary<string, (CasualtyMeasure Measure, int? Low, int? High, VictimGroup Group)> Expected = new(StringComparer.Ordinal)
    {
        ["at least 75"] = (CasualtyMeasure.Killed, 75, null, VictimGroup.Displaced),
        ["dozens had died"] = (CasualtyMeasure.Killed, 24, 199, VictimGroup.Unspecified),
        ["killed dozens of displaced people"] = (CasualtyMeasure.Killed, 24, 199, VictimGroup.Displaced),
        ["killed dozens of people displaced"] = (CasualtyMeasure.Killed, 24, 199, VictimGroup.Displaced),
        ["wounded 140"] = (CasualtyMeasure.Wounded, 140, 140, VictimGroup.Unspecified),
        ["dozens more were wounded"] = (CasualtyMeasure.Wounded, 24, 199, VictimGroup.Unspecified),
        ["dozens wounded"] = (CasualtyMeasure.Wounded, 24, 199, VictimGroup.Unspecified),
        ["at least 18 people"] = (CasualtyMeasure.Killed, 18, null, VictimGroup.Unspecified),
        ["28 civilians"] = (CasualtyMeasure.Killed, 28, 28, VictimGroup.Civilians),
        ["more than 30 civilians"] = (CasualtyMeasure.Killed, 31, null, VictimGroup.Civilians),
        ["At least 25 government and allied fighters"] = (CasualtyMeasure.Killed, 25, null, VictimGroup.GovernmentForces),
        ["dozens of pro-regime fighters dead"] = (CasualtyMeasure.Killed, 24, 199, VictimGroup.GovernmentForces),
        ["at least 18 militants"] = (CasualtyMeasure.Killed, 18, null, VictimGroup.Militants),
        ["at least 45 government and allied forces"] = (CasualtyMeasure.Killed, 45, null, VictimGroup.GovernmentForces),
        ["at least 22 pro-government fighters"] = (CasualtyMeasure.Killed, 22, null, VictimGroup.GovernmentForces),
        ["killed 51 civilians"] = (CasualtyMeasure.Killed, 51, 51, VictimGroup.Civilians),
    };

    // Figures the task names that the gold file does not list as claims (the Zardanah wounded have no figure there).
    private static readonly (string Report, string Quote, CasualtyMeasure Measure, int? Low, int? High)[] ExtraExpected =
    [
        ("004_b1804142b1501a11", "Dozens were wounded", CasualtyMeasure.Wounded, 24, 199),
        ("001_1e6615ac57ba320a", "killing dozens", CasualtyMeasure.Killed, 24, 199),
        ("001_1e6615ac57ba320a", "wounding dozens of others", CasualtyMeasure.Wounded, 24, 199),
        ("002_5f72c11ff1a0ff51", "dozens of civilians were killed", CasualtyMeasure.Killed, 24, 199),
    ];

    [Fact]
    public void Find_SampleReports_FindsEveryGoldFigureWithItsIntervalMeasureAndGroup()
    {
        using JsonDocument gold = TestCorpus.Gold();
        var failures = new List<string>();
        int checkedQuotes = 0;
        foreach (JsonElement incident in gold.RootElement.GetProperty("incidents").EnumerateArray())
        {
            foreach (JsonElement figure in incident.GetProperty("figures").EnumerateArray())
            {
                foreach (JsonElement claim in figure.GetProperty("claims").EnumerateArray())
                {
                    string report = claim.GetProperty("report").GetString()!;
                    string quote = claim.GetProperty("quote").GetString()!;
                    Expected.Should().ContainKey(quote, "every gold quote needs a stated expectation");
                    (CasualtyMeasure measure, int? low, int? high, VictimGroup group) = Expected[quote];
                    figure.GetProperty("measure").GetString().Should().Be(measure.ToString().ToLowerInvariant(), "the table must agree with the gold measure for '{0}'", quote);
                    checkedQuotes += Check(report, quote, measure, low, high, group, failures);
                }
            }
        }

        foreach ((string report, string quote, CasualtyMeasure measure, int? low, int? high) in ExtraExpected)
        {
            checkedQuotes += Check(report, quote, measure, low, high, null, failures);
        }

        failures.Should().BeEmpty();
        checkedQuotes.Should().BeGreaterThanOrEqualTo(Expected.Count + ExtraExpected.Length);
    }

    [Fact]
    public void Find_SampleReports_FindsNoTrap()
    {
        using JsonDocument gold = TestCorpus.Gold();
        var failures = new List<string>();
        int traps = 0;
        foreach (JsonElement trap in gold.RootElement.GetProperty("not_casualty_figures").EnumerateArray())
        {
            string report = trap.GetProperty("report").GetString()!;
            string quote = trap.GetProperty("quote").GetString()!;
            string text = TestCorpus.SeedText(report);
            List<CasualtyFinding> findings = FindAll(text);
            foreach (int at in Occurrences(text, quote))
            {
                traps++;
                var trapSpan = new TextSpan(at, at + quote.Length);
                foreach (CasualtyFinding f in findings.Where(f => f.Span.Overlaps(trapSpan)))
                {
                    failures.Add($"{report}: trap '{quote}' found as {f.Measure} '{f.Span.Slice(text)}'");
                }
            }
        }

        traps.Should().BeGreaterThanOrEqualTo(8);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Find_SampleReports_FindsOnlyGoldOrOptionalFigures()
    {
        // Every finding in the samples must be explained by a gold claim, an extra expectation or the gold's optional list.
        using JsonDocument gold = TestCorpus.Gold();
        var allowed = new List<string>(Expected.Keys);
        allowed.AddRange(ExtraExpected.Select(e => e.Quote));
        foreach (JsonElement optional in gold.RootElement.GetProperty("optional").EnumerateArray())
        {
            allowed.Add(optional.GetProperty("quote").GetString()!);
        }

        var failures = new List<string>();
        foreach (string report in TestCorpus.SeedIds)
        {
            string text = TestCorpus.SeedText(report);
            foreach (CasualtyFinding f in FindAll(text))
            {
                string found = f.Span.Slice(text);
                if (!allowed.Any(q => found.Contains(q, StringComparison.Ordinal) || q.Contains(found, StringComparison.Ordinal)))
                {
                    failures.Add($"{report}: unexpected {f.Measure} '{found}'");
                }
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void SaysTollRising_SampleSentenceAfterZardanahToll_IsTrue()
    {
        // The monitor's "the toll was rising" follows the figure in the next sentence; the assembler uses this helper.
        string text = TestCorpus.SeedText("004_b1804142b1501a11");
        const string sentence = "Abdel-Rahman said the toll was rising because more bodies had been found under the rubble of houses destroyed in the airstrikes.";
        int at = text.IndexOf(sentence, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        CasualtyRecognizer.SaysTollRising(text, new TextSpan(at, at + sentence.Length)).Should().BeTrue();
    }

    [Fact]
    public void Find_OneRecognizerFromManyThreads_GivesTheSameFindings()
    {
        // The extractor shares one recognizer across threads; pooled buffers must not leak between calls.
        var recognizer = new CasualtyRecognizer(VagueQuantityConvention.Interval);
        var texts = TestCorpus.SeedIds.Select(TestCorpus.SeedText).ToList();
        string Run(string text)
        {
            var found = new List<CasualtyFinding>();
            foreach (TextSpan sentence in SentenceSplitter.Split(text))
            {
                recognizer.Find(text, sentence, found);
            }

            return string.Join("|", found.Select(f => $"{f.Span.Start}:{f.Span.End}:{f.Measure}:{f.Group}:{f.Quantity}:{f.Rising}"));
        }

        var expected = texts.Select(Run).ToList();
        var actual = new string[texts.Count * 20];

        Parallel.For(0, actual.Length, i => actual[i] = Run(texts[i % texts.Count]));

        for (int i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % texts.Count]);
        }
    }

    private static int Check(string report, string quote, CasualtyMeasure measure, int? low, int? high, VictimGroup? group, List<string> failures)
    {
        string text = TestCorpus.SeedText(report);
        List<CasualtyFinding> findings = FindAll(text);
        int count = 0;
        foreach (int at in Occurrences(text, quote))
        {
            count++;
            var quoteSpan = new TextSpan(at, at + quote.Length);
            List<CasualtyFinding> covering = findings.Where(f => f.Span.Contains(quoteSpan) || quoteSpan.Contains(f.Span)).ToList();
            if (covering.Count == 0)
            {
                failures.Add($"{report}: '{quote}' at {at} not found");
                continue;
            }

            CasualtyFinding f = covering[0];
            if (f.Measure != measure || f.Quantity.Low != low || f.Quantity.High != high || (group is { } g && f.Group != g))
            {
                failures.Add($"{report}: '{quote}' found as {f.Measure} {f.Group} [{f.Quantity.Low}, {f.Quantity.High}] '{f.Span.Slice(text)}', expected {measure} {group} [{low}, {high}]");
            }
        }

        if (count == 0)
        {
            failures.Add($"{report}: '{quote}' does not occur in the report");
        }

        return count;
    }

    private static List<CasualtyFinding> FindAll(string text)
    {
        var recognizer = new CasualtyRecognizer(VagueQuantityConvention.Interval);
        var findings = new List<CasualtyFinding>();
        foreach (TextSpan sentence in SentenceSplitter.Split(text))
        {
            recognizer.Find(text, sentence, findings);
        }

        return findings;
    }

    private static IEnumerable<int> Occurrences(string text, string quote)
    {
        for (int at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
