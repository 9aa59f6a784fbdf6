using System.Text;
using Reconcile.Benchmarks.Fuzz;

namespace Reconcile.Tests.Benchmarks;

/// <summary>The seeded fast part of the fuzz harness (the long run is <c>Reconcile.Benchmarks fuzz</c>, see benchmarks/README.md).</summary>
public class FuzzTests
{
    private static IReadOnlyList<string> SampleTexts() =>
        Directory.GetFiles(RepoPaths.Combine("samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    [Fact] // 2,000 generated and mutated inputs of every kind, in both formats: no exception, every report accounted for, quotes exact, figures ordered, same JSON shuffled on two threads
    public void Harness_SeededTwoThousandInputs_NoInvariantBroken()
    {
        var generator = new FuzzInputs(seed: 2026, SampleTexts(), maxLongChars: 4_000);
        using var tmp = new TempFolder();
        var failures = new List<string>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        int reports = 0;
        for (int batch = 0; batch < 40; batch++)
        {
            var files = new List<FuzzFile>();
            for (int i = 0; i < 50; i++)
            {
                FuzzFile f = generator.Next();
                files.Add(f);
                kinds.Add(f.Kind);
            }

            FuzzOutcome outcome = FuzzHarness.Run(files, tmp.Path, batch);
            reports += outcome.Reports;
            failures.AddRange(outcome.Failures.Select(x => "batch " + batch + ": " + x));
        }

        failures.Should().BeEmpty();
        kinds.Should().HaveCount(15, "every kind of input is generated");
        reports.Should().BeGreaterThan(2_000);
    }

    [Fact] // the generator is seeded: the same seed replays the same files, so a finding can be reproduced from its seed and batch
    public void Inputs_SameSeed_SameFiles()
    {
        IReadOnlyList<string> texts = SampleTexts();
        var a = new FuzzInputs(5, texts);
        var b = new FuzzInputs(5, texts);
        for (int i = 0; i < 200; i++)
        {
            FuzzFile x = a.Next();
            FuzzFile y = b.Next();
            (x.Name, x.Kind).Should().Be((y.Name, y.Kind));
            x.Bytes.Should().Equal(y.Bytes);
        }
    }

    [Theory]
    [InlineData("a.txt", "", 1)] // a .txt file is one report, even empty
    [InlineData("a.jsonl", "{}\n \r\n\t\n{}", 2)] // blank lines (spaces, tabs, CR) are no reports; a last line without a newline is
    [InlineData("a.jsonl", "\uFEFF\n{}\n", 1)] // a first line that is only a byte order mark is blank
    public void ExpectedReports_Files_CountsAsTheReaderMust(string name, string content, int expected)
    {
        FuzzHarness.ExpectedReports(new FuzzFile(name, Encoding.UTF8.GetBytes(content), "test")).Should().Be(expected);
    }
}
