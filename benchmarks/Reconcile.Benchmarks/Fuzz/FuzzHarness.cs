using System.Globalization;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Benchmarks.Fuzz;

/// <summary>What a batch of fuzzed files did: how many reports were expected and read, and every broken invariant.</summary>
internal sealed record FuzzOutcome(int Files, int Reports, IReadOnlyList<string> Failures);

/// <summary>
/// Runs batches of fuzzed files through the public path (files on disk, <see cref="ReportReader"/>, <see cref="Reconciler"/>, the three
/// formatters) and checks the invariants: no exception escapes, every input report is accounted for, every quote equals the user's
/// text at its offsets, low ≤ best ≤ high and no negative figure, and the same JSON for shuffled input on one thread and on two.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>Runs one batch in a fresh folder under <paramref name="tempRoot"/> (removed afterwards).</summary>
    public static FuzzOutcome Run(IReadOnlyList<FuzzFile> files, string tempRoot, int shuffleSeed)
    {
        var failures = new List<string>();
        string dir = Path.Combine(tempRoot, "batch-" + shuffleSeed.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        try
        {
            int expected = 0;
            int emptyJsonl = 0;
            var paths = new List<string>(files.Count);
            foreach (FuzzFile f in files)
            {
                string path = Path.Combine(dir, f.Name);
                File.WriteAllBytes(path, f.Bytes);
                paths.Add(path);
                int n = ExpectedReports(f);
                expected += n;
                emptyJsonl += n == 0 ? 1 : 0;
            }

            IReadOnlyList<Report> reports;
            ReconcileResult one;
            try
            {
                reports = new ReportReader().Read(paths);
                one = new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = 1 }).Reconcile(reports);
            }
            catch (Exception ex)
            {
                failures.Add("exception escaped: " + ex);
                return new FuzzOutcome(files.Count, expected, failures);
            }

            // Accounted for: each file's reports (one per .txt, one per non-blank .jsonl line), each in the output once.
            if (reports.Count < expected || reports.Count > expected + emptyJsonl)
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, "reports read {0}, expected {1}", reports.Count, expected));
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (ReportOutcome outcome in one.Reports)
            {
                if (!ids.Add(outcome.Report.Id))
                {
                    failures.Add("report twice in the output: " + Show(outcome.Report.Id));
                }
            }

            if (one.Reports.Count != reports.Count || reports.Any(r => !ids.Contains(r.Id)))
            {
                failures.Add(string.Format(CultureInfo.InvariantCulture, "output has {0} reports for {1} read", one.Reports.Count, reports.Count));
            }

            CheckRecords(one, failures);
            foreach (ReportOutcome outcome in one.Reports)
            {
                foreach (ReportProblem p in outcome.Problems)
                {
                    if (p.Code is ProblemCodes.InternalError or ProblemCodes.OverBudget)
                    {
                        failures.Add(p.Code + ": " + p.Message);
                    }
                }
            }

            string json = Format(new JsonResultFormatter(), one, failures);
            Format(new CsvResultFormatter(), one, failures);
            Format(new TextResultFormatter(), one, failures);

            // Same bytes for the reports in another order, on two threads.
            var shuffled = reports.ToArray();
            new Random(shuffleSeed).Shuffle(shuffled);
            ReconcileResult two;
            try
            {
                two = new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = 2 }).Reconcile(shuffled);
            }
            catch (Exception ex)
            {
                failures.Add("exception escaped (shuffled, two threads): " + ex);
                return new FuzzOutcome(files.Count, expected, failures);
            }

            if (!string.Equals(json, Format(new JsonResultFormatter(), two, failures), StringComparison.Ordinal))
            {
                failures.Add("JSON differs for shuffled input on two threads");
            }

            return new FuzzOutcome(files.Count, expected, failures);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>How many reports a file must give: one per <c>.txt</c>; one per non-blank line of a <c>.jsonl</c> (the first line's
    /// byte order mark removed), and a report for an empty <c>.jsonl</c> file is allowed but not required.</summary>
    internal static int ExpectedReports(FuzzFile f)
    {
        if (f.Name.EndsWith(".txt", StringComparison.Ordinal))
        {
            return 1;
        }

        ReadOnlySpan<byte> rest = f.Bytes;
        if (rest.StartsWith("\uFEFF"u8))
        {
            rest = rest[3..];
        }

        int count = 0;
        while (!rest.IsEmpty)
        {
            int nl = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = nl < 0 ? rest : rest[..nl];
            if (line.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                count++;
            }

            rest = nl < 0 ? [] : rest[(nl + 1)..];
        }

        return count;
    }

    private static void CheckRecords(ReconcileResult result, List<string> failures)
    {
        foreach (IncidentRecord record in result.Incidents)
        {
            foreach (IncidentMention mention in record.Mentions)
            {
                string text = mention.Report.Text;
                foreach (CasualtyClaim claim in mention.Claims)
                {
                    TextSpan s = claim.Span;
                    if (s.Start < 0 || s.End > text.Length || s.Start > s.End || !string.Equals(claim.Quote, text[s.Start..s.End], StringComparison.Ordinal))
                    {
                        failures.Add(string.Format(CultureInfo.InvariantCulture, "quote {0} is not the text at {1}..{2} of {3}", Show(claim.Quote), s.Start, s.End, Show(mention.Report.Id)));
                    }
                }

                foreach (TextSpan s in mention.Sentences)
                {
                    if (s.Start < 0 || s.End > text.Length || s.Start > s.End)
                    {
                        failures.Add(string.Format(CultureInfo.InvariantCulture, "sentence {0}..{1} outside the text of {2}", s.Start, s.End, Show(mention.Report.Id)));
                    }
                }
            }

            foreach (Figure f in record.Figures)
            {
                bool negative = f.Low < 0 || f.Best < 0 || f.High < 0 || f.Conservative < 0;
                bool disordered = (f.Low is { } l && f.Best is { } b && l > b) || (f.Best is { } b2 && f.High is { } h && b2 > h) || (f.Low is { } l2 && f.High is { } h2 && l2 > h2);
                if (negative || disordered)
                {
                    failures.Add(string.Format(CultureInfo.InvariantCulture, "figure {0} low {1} best {2} high {3} in {4}", f.Measure, f.Low, f.Best, f.High, record.Id));
                }
            }
        }
    }

    private static string Format(IResultFormatter formatter, ReconcileResult result, List<string> failures)
    {
        try
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            formatter.Format(result, writer);
            return writer.ToString();
        }
        catch (Exception ex)
        {
            failures.Add(formatter.GetType().Name + " threw: " + ex);
            return string.Empty;
        }
    }

    private static string Show(string s) => "'" + (s.Length > 80 ? s[..80] + "…" : s).Replace("\n", "\\n", StringComparison.Ordinal) + "'";
}
