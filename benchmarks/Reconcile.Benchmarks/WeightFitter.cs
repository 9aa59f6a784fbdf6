using System.Globalization;
using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>
/// Fits the pairwise evidence weights by logistic regression on labelled candidate pairs (<c>quality ... --fit</c>).
/// </summary>
/// <remarks>Each evidence name is one feature: its contribution under the given weights divided by that weight (1 for an indicator,
/// the graded shape for date gaps and cosine). The fitted coefficient is the suggested weight; the intercept is folded into
/// <see cref="ClusteringOptions.LexicalMidpoint"/>. Only pairs of lead mentions that blocking lets through are used, as in clustering.</remarks>
internal static class WeightFitter
{
    private static readonly (string Evidence, string Option)[] Map =
    [
        ("text-similarity", nameof(ClusteringOptions.LexicalWeight)),
        ("date-same-day", nameof(ClusteringOptions.SameDayWeight)),
        ("date-adjacent-day", nameof(ClusteringOptions.AdjacentDayWeight)),
        ("date-overlap", nameof(ClusteringOptions.DateOverlapWeight)),
        ("date-apart", nameof(ClusteringOptions.DateApartWeight)),
        ("published-near", nameof(ClusteringOptions.PublishedNearWeight)),
        ("published-apart", nameof(ClusteringOptions.PublishedApartWeight)),
        ("date-same-weekday", nameof(ClusteringOptions.SameWeekdayWeight)),
        ("date-different-weekday", nameof(ClusteringOptions.DifferentWeekdayWeight)),
        ("place-same-town", nameof(ClusteringOptions.SameLocalityWeight)),
        ("place-contains", nameof(ClusteringOptions.PlaceContainsWeight)),
        ("place-different-town", nameof(ClusteringOptions.DifferentLocalityWeight)),
        ("place-different-province", nameof(ClusteringOptions.DifferentAdmin1Weight)),
        ("place-different-country", nameof(ClusteringOptions.DifferentCountryWeight)),
        ("street-same", nameof(ClusteringOptions.SameStreetWeight)),
        ("street-different", nameof(ClusteringOptions.DifferentStreetsWeight)),
        ("type-same", nameof(ClusteringOptions.SameTypeWeight)),
        ("type-compatible", nameof(ClusteringOptions.CompatibleTypeWeight)),
        ("type-incompatible", nameof(ClusteringOptions.IncompatibleTypeWeight)),
        ("perpetrator-same", nameof(ClusteringOptions.SamePerpetratorWeight)),
        ("perpetrator-different", nameof(ClusteringOptions.DifferentPerpetratorWeight)),
        ("victims-same-group", nameof(ClusteringOptions.SharedVictimGroupWeight)),
        ("figures-same", nameof(ClusteringOptions.SameFigureWeight)),
        ("figures-compatible", nameof(ClusteringOptions.CompatibleFiguresWeight)),
        ("figures-conflicting", nameof(ClusteringOptions.ConflictingFiguresWeight)),
        ("source-shared", nameof(ClusteringOptions.SharedSourceWeight)),
        ("names-shared", nameof(ClusteringOptions.SharedNameWeight)),
        ("names-different", nameof(ClusteringOptions.DifferentNamesWeight)),
        ("ages-shared", nameof(ClusteringOptions.SharedAgeWeight)),
        ("ages-different", nameof(ClusteringOptions.DifferentAgesWeight)),
    ];

    public static void Fit(List<(ExtractionResult[] Extractions, Dictionary<string, string> Gold)> sets, ClusteringOptions options)
    {
        // Every weight must be non-zero for its evidence to be recorded.
        var basis = new ClusteringOptions();
        foreach (var prop in typeof(ClusteringOptions).GetProperties())
        {
            prop.SetValue(basis, prop.GetValue(options));
        }

        foreach ((_, string option) in Map)
        {
            var prop = typeof(ClusteringOptions).GetProperty(option)!;
            if ((double)prop.GetValue(basis)! == 0)
            {
                prop.SetValue(basis, 1.0);
            }
        }

        var index = Map.Select((m, i) => (m.Evidence, i)).ToDictionary(x => x.Evidence, x => x.i, StringComparer.Ordinal);
        double[] baseWeight = [.. Map.Select(m => (double)typeof(ClusteringOptions).GetProperty(m.Option)!.GetValue(basis)!)];
        var rows = new List<double[]>();
        var labels = new List<double>();
        var scorer = new PairScorer(basis);
        foreach ((ExtractionResult[] extractions, Dictionary<string, string> gold) in sets)
        {
            MentionProfile[] profiles = IncidentClusterer.Profile(extractions);
            int[] df = LexicalIndex.Build(profiles);
            NameIndex.Build(profiles);
            foreach (long pair in CandidateBlocker.Pairs(profiles, df, basis))
            {
                MentionProfile a = profiles[(int)(pair >> 32)], b = profiles[(int)(pair & 0xFFFFFFFF)];
                if (!a.Mention.IsLead || !b.Mention.IsLead || !gold.TryGetValue(a.Mention.Report.Id, out string? ga) || !gold.TryGetValue(b.Mention.Report.Id, out string? gb))
                {
                    continue;
                }

                var evidence = new List<Evidence>();
                scorer.Score(a, b, evidence);
                var x = new double[Map.Length + 1];
                x[Map.Length] = 1;
                foreach (Evidence e in evidence)
                {
                    int k = index[e.Name];
                    x[k] += e.Weight / baseWeight[k];
                }

                rows.Add(x);
                labels.Add(ga == gb ? 1 : 0);
            }
        }

        double[] w = Newton(rows, labels, lambda: 2.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fit on {rows.Count} candidate pairs ({labels.Sum()} same incident); weight per evidence (current -> fitted, pairs with it):"));
        var sets2 = new List<string>();
        for (int k = 0; k < Map.Length; k++)
        {
            int count = rows.Count(r => r[k] != 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Map[k].Evidence,-26} {baseWeight[k],7:0.00} -> {w[k],7:0.00}   ({count} pairs)"));
            if (count > 0)
            {
                sets2.Add(string.Create(CultureInfo.InvariantCulture, $"--set {Map[k].Option}={w[k]:0.##}"));
            }
        }

        // score = w0 * ln(cos / mid) + b = w0 * ln(cos / mid') with ln mid' = ln mid - b / w0.
        double mid = options.LexicalMidpoint * Math.Exp(-w[Map.Length] / w[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  intercept {w[Map.Length]:0.00} -> LexicalMidpoint {mid:0.###}"));
        Console.WriteLine(string.Join(' ', sets2) + string.Create(CultureInfo.InvariantCulture, $" --set LexicalMidpoint={mid:0.###}"));
    }

    /// <summary>Ridge-penalised logistic regression by Newton's method.</summary>
    private static double[] Newton(List<double[]> rows, List<double> labels, double lambda)
    {
        int d = rows[0].Length;
        var w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var grad = new double[d];
            var hess = new double[d, d];
            for (int n = 0; n < rows.Count; n++)
            {
                double[] x = rows[n];
                double z = 0;
                for (int k = 0; k < d; k++)
                {
                    z += w[k] * x[k];
                }

                double p = 1 / (1 + Math.Exp(-z));
                double r = p * (1 - p);
                for (int k = 0; k < d; k++)
                {
                    if (x[k] == 0)
                    {
                        continue;
                    }

                    grad[k] += (p - labels[n]) * x[k];
                    for (int l = 0; l < d; l++)
                    {
                        hess[k, l] += r * x[k] * x[l];
                    }
                }
            }

            for (int k = 0; k < d - 1; k++)
            {
                grad[k] += lambda * w[k];
                hess[k, k] += lambda;
            }

            hess[d - 1, d - 1] += 1e-6;
            double[] step = Solve(hess, grad);
            double change = 0;
            for (int k = 0; k < d; k++)
            {
                w[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }

            if (change < 1e-6)
            {
                break;
            }
        }

        return w;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < n; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(m[pivot, c]) < 1e-12)
            {
                continue;
            }

            for (int k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (x[c], x[pivot]) = (x[pivot], x[c]);
            for (int r = 0; r < n; r++)
            {
                if (r == c)
                {
                    continue;
                }

                double f = m[r, c] / m[c, c];
                for (int k = c; k < n; k++)
                {
                    m[r, k] -= f * m[c, k];
                }

                x[r] -= f * x[c];
            }
        }

        for (int c = 0; c < n; c++)
        {
            x[c] = Math.Abs(m[c, c]) < 1e-12 ? 0 : x[c] / m[c, c];
        }

        return x;
    }
}
