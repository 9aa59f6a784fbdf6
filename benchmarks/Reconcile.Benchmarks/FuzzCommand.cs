using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Reconcile.Benchmarks.Fuzz;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>fuzz [--inputs N] [--seed S] [--batch B] [--max-long C]</c>: runs N generated inputs (default 100,000) through the public path
/// in batches and prints every broken invariant with the seed and batch that replay it; exit 1 when any.
/// <c>regex-audit</c>: times every compiled pattern of the library on adversarial strings and prints the slow ones.
/// </summary>
internal static class FuzzCommand
{
    public static int Run(string[] args)
    {
        int inputs = 100_000;
        int seed = 1;
        int batch = 25;
        int maxLong = 200_000;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            int value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--inputs": inputs = value; break;
                case "--seed": seed = value; break;
                case "--batch": batch = value; break;
                case "--max-long": maxLong = value; break;
                default: Console.Error.WriteLine("Unknown option " + args[i]); return 2;
            }
        }

        var texts = SampleCorpus.Samples.Select(s => s.Text).ToList();
        var generator = new FuzzInputs(seed, texts, maxLong);
        string root = Path.Combine(Path.GetTempPath(), "reconcile-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        var total = Stopwatch.StartNew();
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int done = 0, reports = 0, failures = 0, batches = 0;
        double slowest = 0;
        long bytes = 0;
        try
        {
            while (done < inputs)
            {
                var files = new List<FuzzFile>(batch);
                for (int i = 0; i < batch && done < inputs; i++, done++)
                {
                    FuzzFile f = generator.Next();
                    files.Add(f);
                    bytes += f.Bytes.Length;
                    kinds[f.Kind] = kinds.GetValueOrDefault(f.Kind) + 1;
                }

                var watch = Stopwatch.StartNew();
                FuzzOutcome outcome = FuzzHarness.Run(files, root, batches);
                slowest = Math.Max(slowest, watch.Elapsed.TotalSeconds);
                reports += outcome.Reports;
                foreach (string failure in outcome.Failures)
                {
                    failures++;
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "FAIL seed {0} batch {1} ({2}): {3}", seed, batches,
                        string.Join(", ", files.Select(f => f.Name + "/" + f.Kind)), failure));
                }

                batches++;
                if (batches % 200 == 0)
                {
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} inputs, {1} reports, {2} failures, {3:0} s", done, reports, failures, total.Elapsed.TotalSeconds));
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "seed {0}: {1} inputs ({2:0.0} MB) in {3} batches, {4} reports, {5} invariant failures, {6:0} s (slowest batch {7:0.0} s)",
            seed, done, bytes / 1e6, batches, reports, failures, total.Elapsed.TotalSeconds, slowest));
        Console.WriteLine("inputs by kind: " + string.Join(", ", kinds.Select(k => k.Key + " " + k.Value.ToString(CultureInfo.InvariantCulture))));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Times every parameterless static method of the library that returns a <see cref="Regex"/> (the source-generated
    /// patterns) on repeated units after prefixes and before suffixes; prints those over 5 ms.</summary>
    public static int Audit()
    {
        var regexes = new List<(string Name, Regex Regex)>();
        foreach (Type t in typeof(Reconciler).Assembly.GetTypes())
        {
            foreach (MethodInfo m in t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
                {
                    regexes.Add((t.Name + "." + m.Name, (Regex)m.Invoke(null, null)!));
                }
            }
        }

        string[] units = [" ", "a ", "A ", "A-", "a-", "1 ", ", ", ". ", "Aa ", "of ", "the ", "and ", "A. ", "1,", "a", "A", "1", "-", "'", "' ", "s ", "al-", "By A ", "killed ", "said ", "on ", "Mon ", "day ", "in a ", "AA ", "A, ", "shot ", "people ", "the 1 ", "x’s ", "— "];
        string[] prefixes = ["", "By ", "said", "killed ", "since the ", "war ", "at a ", "in the ", "WASHINGTON ", "A "];
        string[] suffixes = ["", "x", "!", "(", "\u0001"];
        Console.WriteLine(regexes.Count.ToString(CultureInfo.InvariantCulture) + " patterns; repeated unit x400 between each prefix and suffix");
        foreach ((string name, Regex regex) in regexes)
        {
            double worst = 0;
            string worstCase = string.Empty;
            foreach (string u in units)
            {
                foreach (string p in prefixes)
                {
                    foreach (string s in suffixes)
                    {
                        string input = p + string.Concat(Enumerable.Repeat(u, 400)) + s;
                        var watch = Stopwatch.StartNew();
                        foreach (ValueMatch _ in regex.EnumerateMatches(input))
                        {
                        }

                        double ms = watch.Elapsed.TotalMilliseconds;
                        if (ms > worst)
                        {
                            worst = ms;
                            worstCase = p + "|" + u + "|" + s;
                        }
                    }
                }
            }

            if (worst > 5)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,8:0.0} ms  {1}  [{2}]", worst, name, worstCase));
            }
        }

        return 0;
    }
}
