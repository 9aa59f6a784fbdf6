using System.Diagnostics;
using System.Globalization;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>
/// <c>quality &lt;set dir&gt; [--mode extracted|lexical|both] [--set Option=value ...]</c>: reconciles a set's reports.jsonl through the
/// path users take (<see cref="LeadQuality"/>: <c>ReportReader</c>, <c>Reconciler</c>, the CLI's JSON) and scores each report's lead
/// incident, <c>reports[].incidents[0]</c>, against gold.jsonl (B-cubed and pairwise P/R/F1; B-cubed also per half of the set when
/// gold ids end in digits: tuning = even last digit, checking = odd).
/// </summary>
/// <remarks>In <c>lexical</c> mode each report becomes one mention whose sentences are the whole text, with no other fields:
/// the plain TF-IDF + average-link baseline. <c>--set</c> overrides a <see cref="ClusteringOptions"/> property for experiments.</remarks>
internal static class QualityCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: quality <set dir>... [--mode extracted|lexical|both] [--set Option=value]... [--grid Option=v1,v2]... [--fit] [--errors] [--histogram]");
            Console.Error.WriteLine("       quality --scale [1000,10000,100000]");
            return 2;
        }

        if (args[0] == "--scale")
        {
            return Scale(args.Length > 1 ? args[1] : "1000,10000,100000");
        }

        var dirs = new List<string>();
        string mode = "both";
        bool showErrors = false, histogram = false, fit = false;
        var sets = new List<(string Name, string Value)>();
        var grids = new List<(string Name, string[] Values)>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--mode" when i + 1 < args.Length:
                    mode = args[++i];
                    break;
                case "--histogram":
                    histogram = true;
                    break;
                case "--errors":
                    showErrors = true;
                    break;
                case "--fit":
                    fit = true;
                    break;
                case "--set" when i + 1 < args.Length:
                    string[] kv = args[++i].Split('=', 2);
                    sets.Add((kv[0], kv[1]));
                    break;
                case "--grid" when i + 1 < args.Length:
                    string[] g = args[++i].Split('=', 2);
                    grids.Add((g[0], g[1].Split(',')));
                    break;
                default:
                    dirs.Add(args[i]);
                    break;
            }
        }

        // Every combination of the grid values, each on top of the --set values.
        var configs = new List<(string Label, ClusteringOptions Options)> { (string.Empty, Options(sets)) };
        foreach ((string name, string[] values) in grids)
        {
            configs = [.. configs.SelectMany(c => values.Select(v => (c.Label + name + "=" + v + " ", Options([.. sets, .. ParseLabel(c.Label), (name, v)]))))];
        }

        var fitData = new List<(ExtractionResult[] Extractions, Dictionary<string, string> Gold)>();
        foreach (string dir in dirs)
        {
            IReadOnlyList<Report> reports = LeadQuality.ReadReports(dir);
            Dictionary<string, string> gold = LeadQuality.ReadGold(dir);
            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
            Console.WriteLine($"{name}: {reports.Count} reports, {gold.Values.Distinct().Count()} gold incidents");
            if (histogram)
            {
                CosineHistogram([.. reports.Select(LexicalOnly)], gold);
            }

            if (mode is "lexical" or "both")
            {
                ExtractionResult[] lexical = [.. reports.Select(LexicalOnly)];
                foreach ((string label, ClusteringOptions options) in configs)
                {
                    // Words alone: no name-pair or age evidence either.
                    ClusteringOptions plain = options.Snapshot();
                    plain.SharedNameWeight = 0;
                    plain.DifferentNamesWeight = 0;
                    plain.SharedAgeWeight = 0;
                    plain.DifferentAgesWeight = 0;
                    Evaluate("lexical   " + label, lexical, reports, gold, plain, showErrors, 0);
                }
            }

            if (mode is "extracted" or "both")
            {
                var watch = Stopwatch.StartNew();
                var extractor = new IncidentExtractor();
                ExtractionResult[] extracted = [.. reports.AsParallel().AsOrdered().Select(extractor.Extract)];
                double extractSeconds = watch.Elapsed.TotalSeconds;
                fitData.Add((extracted, gold));
                foreach ((string label, ClusteringOptions options) in configs)
                {
                    Evaluate("extracted " + label, extracted, reports, gold, options, showErrors, extractSeconds);
                }
            }
        }

        if (fit && fitData.Count > 0)
        {
            WeightFitter.Fit(fitData, configs[0].Options);
        }

        return 0;
    }

    private static IEnumerable<(string, string)> ParseLabel(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Split('=', 2)).Select(x => (x[0], x[1]));

    private static ClusteringOptions Options(IEnumerable<(string Name, string Value)> sets)
    {
        var options = new ClusteringOptions();
        foreach ((string name, string value) in sets)
        {
            var prop = typeof(ClusteringOptions).GetProperty(name) ?? throw new ArgumentException("no option " + name);
            prop.SetValue(options, Convert.ChangeType(value, prop.PropertyType, CultureInfo.InvariantCulture));
        }

        return options;
    }

    /// <summary>Generates synthetic inputs of the given sizes and prints clustering time, candidate pairs and quality for each.</summary>
    private static int Scale(string sizes)
    {
        foreach (string size in sizes.Split(','))
        {
            int n = int.Parse(size, CultureInfo.InvariantCulture);
            (ExtractionResult[] input, Dictionary<string, string> gold) = SyntheticMentions.Generate(n);
            var watch = Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable("RECONCILE_STAGES") is not null)
            {
                MentionProfile[] profiles = [.. input.SelectMany(e => e.Mentions).OrderBy(m => m.Id, StringComparer.Ordinal).Select((m, i) => new MentionProfile(i, i, m))];
                Console.WriteLine($"profiles {watch.Elapsed.TotalSeconds:0.00}");
                int[] df = LexicalIndex.Build(profiles);
                Console.WriteLine($"lexical {watch.Elapsed.TotalSeconds:0.00}");
                long[] pairs = CandidateBlocker.Pairs(profiles, df, new ClusteringOptions());
                Console.WriteLine($"blocking {watch.Elapsed.TotalSeconds:0.00}");
                var scorer = new PairScorer(new ClusteringOptions());
                var scores = new float[pairs.Length];
                for (int k = 0; k < pairs.Length; k++)
                {
                    scores[k] = (float)scorer.Score(profiles[(int)(pairs[k] >> 32)], profiles[(int)(pairs[k] & 0xFFFFFFFF)]);
                }

                Console.WriteLine($"scoring {watch.Elapsed.TotalSeconds:0.00}");
                double sum = 0;
                for (int k = 0; k < pairs.Length; k++)
                {
                    sum += LexicalIndex.Cosine(profiles[(int)(pairs[k] >> 32)], profiles[(int)(pairs[k] & 0xFFFFFFFF)]);
                }

                Console.WriteLine($"cosine only {watch.Elapsed.TotalSeconds:0.00} {sum}");
                for (int k = 0; k < pairs.Length; k++)
                {
                    scores[k] = (float)scorer.Score(profiles[(int)(pairs[k] >> 32)], profiles[(int)(pairs[k] & 0xFFFFFFFF)]);
                }

                Console.WriteLine($"scoring again {watch.Elapsed.TotalSeconds:0.00}");
                new AverageLinkClustering(profiles, -1, 0, 1).Run(pairs, scores);
                Console.WriteLine($"clustering {watch.Elapsed.TotalSeconds:0.00}");
                watch.Restart();
            }

            ClusteringResult result = new IncidentClusterer().Cluster(input);
            double seconds = watch.Elapsed.TotalSeconds;
            var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (IncidentCluster c in result.Clusters)
            {
                foreach (IncidentMention m in c.Mentions.Where(m => m.IsLead))
                {
                    predicted[m.Report.Id] = c.Id;
                }
            }

            ClusterMetrics s = ClusterMetrics.Compute(predicted, gold);
            int mentions = input.Sum(e => e.Mentions.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,7} reports {mentions,7} mentions: {seconds,7:0.00}s, {result.CandidatePairs,10} candidate pairs ({result.CandidatePairs / (double)mentions:0.0} per mention), {result.Clusters.Count} clusters, B3 F1 {s.BCubedF1:0.0000}"));
        }

        return 0;
    }

    /// <summary>The report as one mention of its title and whole text, with no other field and no publication date (so no date
    /// evidence either): the plain TF-IDF + average-link baseline.</summary>
    private static ExtractionResult LexicalOnly(Report report) => new()
    {
        Report = report,
        Mentions = [new IncidentMention { Id = report.Id + "#0", Report = report with { Published = null }, Ordinal = 0, Sentences = [new TextSpan(0, report.Text.Length)] }],
    };

    /// <summary>Scores one configuration through the measured path (<see cref="LeadQuality"/>): the reconciler, with the given
    /// mentions standing in for extraction, then the CLI's JSON and each report's <c>reports[].incidents[0]</c>. Prints the whole set and,
    /// when its gold ids end in digits, the tuning half (even last digit) and the checking half (odd).</summary>
    private static void Evaluate(string label, ExtractionResult[] extractions, IReadOnlyList<Report> reports, Dictionary<string, string> gold, ClusteringOptions options, bool showErrors, double extractSeconds)
    {
        var watch = Stopwatch.StartNew();
        var clusterer = new CapturingClusterer(new IncidentClusterer(options));
        var reconciler = new Reconciler(new ReconcilerOptions { Clustering = options }, new FixedExtractor(extractions), clusterer, null);
        ReconcileResult result = reconciler.Reconcile(reports);
        string json = LeadQuality.ToJson(result);
        double seconds = watch.Elapsed.TotalSeconds;

        Dictionary<string, string?> leads = LeadQuality.LeadIncidents(json);
        Dictionary<string, string> predicted = LeadQuality.Predicted(leads, gold);
        int noIncident = gold.Keys.Count(id => leads.GetValueOrDefault(id) is null);
        ClusterMetrics s = ClusterMetrics.Compute(predicted, gold);
        ShowClusters(result, gold);

        string coverage = CandidateCoverage(extractions, gold, options);
        if (Environment.GetEnvironmentVariable("RECONCILE_MENTIONS") is { } mentionsOf)
        {
            PrintMentions(extractions, mentionsOf.Split(','), gold);
        }

        if (showErrors)
        {
            PrintErrors(predicted, gold, reports);
            PrintSplitEvidence(extractions, predicted, gold, options);
        }

        long pairs = clusterer.Last?.CandidatePairs ?? 0;
        int mentions = extractions.Sum(e => e.Mentions.Count);
        string halves = string.Empty;
        if (gold.Values.All(LeadQuality.IsSplittable))
        {
            var tune = LeadQuality.BCubed(predicted, gold, LeadQuality.IsTuning);
            var check = LeadQuality.BCubed(predicted, gold, g => !LeadQuality.IsTuning(g));
            halves = string.Create(CultureInfo.InvariantCulture,
                $" | tune B3 P {tune.Precision:0.0000} R {tune.Recall:0.0000} F1 {tune.F1:0.0000} ({tune.Items}) | check B3 P {check.Precision:0.0000} R {check.Recall:0.0000} F1 {check.F1:0.0000} ({check.Items})");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}  B3 P {s.BCubedPrecision:0.0000} R {s.BCubedRecall:0.0000} F1 {s.BCubedF1:0.0000}{halves} | pairwise P {s.PairPrecision:0.0000} R {s.PairRecall:0.0000} F1 {s.PairF1:0.0000} | {result.Incidents.Count} incidents, {mentions} mentions ({noIncident} reports without an incident), {pairs} candidate pairs ({pairs / (double)Math.Max(1, reports.Count):0.0} per report; {coverage} of gold lead pairs) | extract {extractSeconds:0.00}s reconcile+json {seconds:0.00}s"));
    }

    /// <summary>With RECONCILE_MENTIONS=id,id..., prints each mention of those reports: ordinal, date, place, type, claims and its first sentence.</summary>
    private static void PrintMentions(ExtractionResult[] extractions, string[] ids, Dictionary<string, string> gold)
    {
        foreach (ExtractionResult e in extractions.Where(e => ids.Contains(e.Report.Id)))
        {
            Console.WriteLine($"MENTIONS {e.Report.Id} [{gold.GetValueOrDefault(e.Report.Id)}] published {e.Report.Published} title {e.Report.Title}");
            foreach (IncidentMention m in e.Mentions)
            {
                string first = m.Sentences.Count > 0 ? e.Report.Text[m.Sentences[0].Start..m.Sentences[0].End].ReplaceLineEndings(" ") : string.Empty;
                Console.WriteLine($"  #{m.Ordinal} {m.Date.Earliest}..{m.Date.Latest} {m.Date.Precision} | {m.Place?.Name} ({m.Place?.Kind}, {m.Place?.Admin1}, {m.Place?.CountryCode}) | {m.Type} | {string.Join(", ", m.Claims.Select(c => c.Measure + " " + c.Quantity.Low))} | s{m.Sentences.Count} | {first[..Math.Min(160, first.Length)]}");
            }
        }
    }

    /// <summary>Stands in for extraction with mentions computed once, so that a grid of clustering options re-extracts nothing.</summary>
    private sealed class FixedExtractor(ExtractionResult[] extractions) : IIncidentExtractor
    {
        private readonly Dictionary<string, ExtractionResult> _byId = extractions.ToDictionary(e => e.Report.Id, StringComparer.Ordinal);

        public ExtractionResult Extract(Report report) => _byId[report.Id];
    }

    /// <summary>The default clusterer, keeping its last result for the candidate-pair count.</summary>
    private sealed class CapturingClusterer(IncidentClusterer inner) : IIncidentClusterer
    {
        public ClusteringResult? Last { get; private set; }

        public ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions) => Last = inner.Cluster(extractions);
    }

    /// <summary>The share of gold same-incident pairs of lead mentions that blocking lets through to scoring.</summary>
    private static string CandidateCoverage(ExtractionResult[] extractions, Dictionary<string, string> gold, ClusteringOptions options)
    {
        MentionProfile[] profiles = IncidentClusterer.Profile(extractions);
        int[] df = LexicalIndex.Build(profiles);
        var candidates = new HashSet<long>(CandidateBlocker.Pairs(profiles, df, options));
        int[] leads = [.. profiles.Where(p => p.Mention.IsLead && gold.ContainsKey(p.Mention.Report.Id)).Select(p => p.Index)];
        long goldPairs = 0, covered = 0;
        for (int i = 0; i < leads.Length; i++)
        {
            for (int j = i + 1; j < leads.Length; j++)
            {
                if (gold[profiles[leads[i]].Mention.Report.Id] == gold[profiles[leads[j]].Mention.Report.Id])
                {
                    goldPairs++;
                    covered += candidates.Contains(CandidateBlocker.Key(leads[i], leads[j])) ? 1 : 0;
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{covered}/{goldPairs}");
    }

    /// <summary>Prints, per cosine bin, how many report pairs of the same and of different gold incidents fall in it (lead mentions only).</summary>
    private static void CosineHistogram(ExtractionResult[] extractions, Dictionary<string, string> gold)
    {
        MentionProfile[] profiles = [.. extractions.Select(e => e.Mentions[0]).OrderBy(m => m.Id, StringComparer.Ordinal).Select((m, i) => new MentionProfile(i, i, m))];
        LexicalIndex.Build(profiles);
        var same = new long[20];
        var different = new long[20];
        for (int i = 0; i < profiles.Length; i++)
        {
            for (int j = i + 1; j < profiles.Length; j++)
            {
                int bin = Math.Min(19, (int)(LexicalIndex.Cosine(profiles[i], profiles[j]) * 20));
                bool match = gold[profiles[i].Mention.Report.Id] == gold[profiles[j].Mention.Report.Id];
                (match ? same : different)[bin]++;
            }
        }

        for (int b = 0; b < 20; b++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cos {b / 20.0:0.00}-{(b + 1) / 20.0:0.00}: same {same[b],6} different {different[b],8}"));
        }
    }

    /// <summary>For each gold incident split over predicted clusters, prints the evidence between lead mentions that ended up apart.</summary>
    private static void PrintSplitEvidence(ExtractionResult[] extractions, Dictionary<string, string> predicted, Dictionary<string, string> gold, ClusteringOptions options)
    {
        MentionProfile[] profiles = IncidentClusterer.Profile(extractions);
        LexicalIndex.Build(profiles);
        NameIndex.Build(profiles);
        var scorer = new PairScorer(options);
        MentionProfile[] leads = [.. profiles.Where(p => p.Mention.IsLead && gold.ContainsKey(p.Mention.Report.Id))];
        foreach (var g in leads.GroupBy(p => gold[p.Mention.Report.Id], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            MentionProfile[] members = [.. g];
            int shown = 0;
            for (int i = 0; i < members.Length && shown < 4; i++)
            {
                for (int j = i + 1; j < members.Length && shown < 4; j++)
                {
                    string ri = members[i].Mention.Report.Id, rj = members[j].Mention.Report.Id;
                    if (predicted[ri] != predicted[rj])
                    {
                        var evidence = new List<Evidence>();
                        double score = scorer.Score(members[i], members[j], evidence);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"APART [{g.Key}] {ri} {rj} {score:0.00}: ")
                            + string.Join("; ", evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Weight:0.0} ({e.Detail})"))));
                        shown++;
                    }
                }
            }
        }
    }

    /// <summary>Prints each predicted cluster that mixes gold incidents and each gold incident split over predicted clusters.</summary>
    private static void PrintErrors(Dictionary<string, string> predicted, Dictionary<string, string> gold, IReadOnlyList<Report> reports)
    {
        Dictionary<string, Report> byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        string Line(string id) => id + " [" + gold[id] + "] " + (byId[id].Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-") + " "
            + (byId[id].Title ?? byId[id].Text)[..Math.Min(90, (byId[id].Title ?? byId[id].Text).Length)].ReplaceLineEndings(" ");
        foreach (var p in predicted.GroupBy(kv => kv.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (p.Select(kv => gold[kv.Key]).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                Console.WriteLine("MIXED " + p.Key);
                foreach (var kv in p.OrderBy(kv => gold[kv.Key], StringComparer.Ordinal))
                {
                    Console.WriteLine("   " + Line(kv.Key));
                }
            }
        }

        foreach (var g in gold.GroupBy(kv => kv.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (g.Select(kv => predicted[kv.Key]).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                Console.WriteLine("SPLIT " + g.Key);
                foreach (var kv in g.OrderBy(kv => predicted[kv.Key], StringComparer.Ordinal))
                {
                    Console.WriteLine("   " + predicted[kv.Key] + " " + Line(kv.Key));
                }
            }
        }
    }

    /// <summary>With RECONCILE_SHOW=id,id..., prints the clusters holding those reports and why each member joined.</summary>
    private static void ShowClusters(ReconcileResult result, IReadOnlyDictionary<string, string> gold)
    {
        if (Environment.GetEnvironmentVariable("RECONCILE_SHOW") is not { } show)
        {
            return;
        }

        foreach (IncidentRecord c in result.Incidents.Where(c => c.Mentions.Any(m => show.Split(',').Contains(m.Report.Id))))
        {
            Console.WriteLine("CLUSTER " + c.Id + ": " + string.Join(", ", c.Mentions.Select(m => m.Id + "[" + (gold.GetValueOrDefault(m.Report.Id) ?? "?") + "]")));
            foreach (MembershipReason w in c.Why)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {w.MentionId} <- {w.LinkedTo} {w.Score:0.00}: ") + string.Join("; ", w.Evidence.Select(e => e.Name + " " + e.Weight.ToString("0.0", CultureInfo.InvariantCulture))));
            }
        }
    }
}
