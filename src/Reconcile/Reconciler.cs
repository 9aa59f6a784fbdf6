using Microsoft.Extensions.Logging;
using Reconcile.Clustering;
using Reconcile.Diagnostics;
using Reconcile.Extraction;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile;

/// <summary>Runs the whole pipeline: extract incident mentions from each report, cluster them into incidents, and merge each incident into a record.</summary>
/// <remarks>
/// <para>The facade only wires the stages; each stage (<see cref="IncidentExtractor"/>, <see cref="IncidentClusterer"/>,
/// <see cref="IncidentMerger"/>) can be used alone.</para>
/// <para>Thread-safe. Deterministic: the same reports in any order and on any thread count give the same result.</para>
/// </remarks>
/// <example>
/// <code>
/// var reconciler = new Reconciler();
/// ReconcileResult result = reconciler.Reconcile(reports);
/// foreach (IncidentRecord incident in result.Incidents)
/// {
///     Console.WriteLine($"{incident.Id}: {incident.Type?.ToKebabCase()} {incident.Place?.Name}");
/// }
/// </code>
/// </example>
public sealed class Reconciler
{
    private readonly ReconcilerOptions _options;
    private readonly IIncidentExtractor _extractor;
    private readonly IIncidentClusterer _clusterer;
    private readonly IIncidentMerger _merger;
    private readonly ILogger _logger;

    /// <summary>Creates a reconciler with the default stages and the default settings.</summary>
    public Reconciler()
        : this(null)
    {
    }

    /// <summary>Creates a reconciler with the default stages.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">The options are invalid: parallelism below 1, a clustering weight that is not finite,
    /// clustering limits out of range, or a missing part.</exception>
    public Reconciler(ReconcilerOptions? options)
        : this(options ?? new ReconcilerOptions(), null, null, null)
    {
    }

    /// <summary>Creates a reconciler with custom stages; a <see langword="null"/> stage uses the default built from <paramref name="options"/>.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="extractor">The extraction stage, or <see langword="null"/> for <see cref="IncidentExtractor"/>.</param>
    /// <param name="clusterer">The clustering stage, or <see langword="null"/> for <see cref="IncidentClusterer"/>.</param>
    /// <param name="merger">The merge stage, or <see langword="null"/> for <see cref="IncidentMerger"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public Reconciler(ReconcilerOptions options, IIncidentExtractor? extractor, IIncidentClusterer? clusterer, IIncidentMerger? merger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        _options = options;
        _extractor = extractor ?? new IncidentExtractor(options.Extraction);
        _clusterer = clusterer ?? new IncidentClusterer(options.Clustering);
        _merger = merger ?? new IncidentMerger(options.Merging);
        _logger = options.LoggerFactory.CreateLogger("Reconcile");
    }

    /// <summary>Reconciles reports into incidents.</summary>
    /// <param name="reports">The reports; ids must be unique (the ingestion stage guarantees this).</param>
    /// <param name="progress">Receives progress reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Every report's outcome and the merged incidents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two reports share an id.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ReconcileResult Reconcile(IEnumerable<Report> reports, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        Report[] ordered = reports.ToArray();
        foreach (Report r in ordered)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(reports));
        }

        Array.Sort(ordered, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (int i = 1; i < ordered.Length; i++)
        {
            if (string.Equals(ordered[i - 1].Id, ordered[i].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(ErrorMessages.DuplicateReportId(ordered[i].Id), nameof(reports));
            }
        }

        var extractions = new Extracted[ordered.Length];
        TermTable? terms = _clusterer is IncidentClusterer ? new TermTable() : null;
        int done = 0;
        Parallel.For(
            0,
            ordered.Length,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                extractions[i] = Extract(ordered[i], terms, cancellationToken);
                ordered[i] = null!; // the extraction holds the report from here on (without its text, unless KeepReportText)
                _logger.ReportExtracted(extractions[i].Result.Report.Id, extractions[i].Result.Mentions.Count);
                progress?.Report(new ReconcileProgress(ReconcileStage.Extracting, Interlocked.Increment(ref done), extractions.Length));
            });

        return Finish(extractions, terms, progress, cancellationToken);
    }

    /// <summary>Reconciles reports as they arrive: each report is extracted while later ones are still being read, so reading and
    /// extraction overlap, and the whole input never has to be in a list first. The result is the one
    /// <see cref="Reconcile(IEnumerable{Report}, IProgress{ReconcileProgress}?, CancellationToken)"/> gives for the same reports, in any
    /// order of arrival (byte for byte through every formatter).</summary>
    /// <param name="reports">The reports; ids must be unique (the ingestion stage guarantees this).</param>
    /// <param name="progress">Receives progress reports, or <see langword="null"/>. While reports are still arriving, an extraction
    /// report's <see cref="ReconcileProgress.Total"/> is the number received so far.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Every report's outcome and the merged incidents.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/> or yields <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two reports share an id (found when the second arrives).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <example>
    /// <code>
    /// static async IAsyncEnumerable&lt;Report&gt; Lines(string path)
    /// {
    ///     int n = 0;
    ///     await foreach (string line in File.ReadLinesAsync(path))
    ///     {
    ///         yield return ReportReader.FromText($"line-{++n}", line);
    ///     }
    /// }
    ///
    /// ReconcileResult result = await new Reconciler().ReconcileAsync(Lines("reports.txt"));
    /// </code>
    /// </example>
    public async Task<ReconcileResult> ReconcileAsync(IAsyncEnumerable<Report> reports, IProgress<ReconcileProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var extracted = new List<Extracted>();
        TermTable? terms = _clusterer is IncidentClusterer ? new TermTable() : null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var gate = new object();
        int received = 0, done = 0;
        await Parallel.ForEachAsync(
            reports,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            (report, _) =>
            {
                ArgumentNullException.ThrowIfNull(report, nameof(reports));
                lock (gate)
                {
                    if (!ids.Add(report.Id))
                    {
                        throw new ArgumentException(ErrorMessages.DuplicateReportId(report.Id), nameof(reports));
                    }

                    received++;
                }

                Extracted extraction = Extract(report, terms, cancellationToken);
                _logger.ReportExtracted(report.Id, extraction.Result.Mentions.Count);
                int total;
                lock (gate)
                {
                    extracted.Add(extraction);
                    total = received;
                }

                progress?.Report(new ReconcileProgress(ReconcileStage.Extracting, Interlocked.Increment(ref done), total));
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);

        Extracted[] extractions = [.. extracted];
        extracted.Clear();
        Array.Sort(extractions, static (a, b) => string.CompareOrdinal(a.Result.Report.Id, b.Result.Report.Id));
        return Finish(extractions, terms, progress, cancellationToken);
    }

    /// <summary>One report's extraction, with what the default clusterer reads from its text (taken while the text was there) and
    /// whether it had any text.</summary>
    private readonly record struct Extracted(ExtractionResult Result, ReportDigest? Digest, bool HasText);

    /// <summary>Clusters and merges the extractions (sorted by report id) and builds the result.</summary>
    private ReconcileResult Finish(Extracted[] extracted, TermTable? terms, IProgress<ReconcileProgress>? progress, CancellationToken cancellationToken)
    {
        var extractions = new ExtractionResult[extracted.Length];
        bool[] hasText = new bool[extracted.Length];
        ReportDigest?[]? digests = terms is null ? null : new ReportDigest?[extracted.Length];
        for (int i = 0; i < extracted.Length; i++)
        {
            extractions[i] = extracted[i].Result;
            hasText[i] = extracted[i].HasText;
            if (digests is not null)
            {
                digests[i] = extracted[i].Digest!;
            }
        }

        Array.Clear(extracted);
        progress?.Report(new ReconcileProgress(ReconcileStage.Clustering, 0, 1));
        ClusteringResult clustering = digests is not null && _clusterer is IncidentClusterer own
            ? own.Cluster(extractions, digests, terms!)
            : _clusterer.Cluster(extractions);
        digests = null;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.ClusteringDone(extractions.Sum(e => e.Mentions.Count), clustering.Clusters.Count, clustering.CandidatePairs);
        }
        progress?.Report(new ReconcileProgress(ReconcileStage.Clustering, 1, 1));

        // Without KeepReportText, a custom clusterer's texts are let go here: clustering was the last step to read them (the default
        // clusterer's were let go right after extraction, see Extract).
        IReadOnlyList<IncidentCluster> clusters = clustering.Clusters;
        if (!_options.KeepReportText && terms is null)
        {
            Func<Report, Report> slim = WithoutText(extractions);
            IncidentMention Slim(IncidentMention m) => m with { Report = slim(m.Report) };
            clusters = [.. clusters.Select(c => c with { Mentions = [.. c.Mentions.Select(Slim)] })];
            for (int i = 0; i < extractions.Length; i++)
            {
                extractions[i] = extractions[i] with { Report = slim(extractions[i].Report), Mentions = [.. extractions[i].Mentions.Select(Slim)] };
            }
        }

        // Clusters merge independently, so in parallel; records are then sorted by id, so the order of work never shows.
        var records = new IncidentRecord[clusters.Count];
        int merged = 0;
        Parallel.For(
            0,
            records.Length,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                records[i] = _merger.Merge(clusters[i]);
                _logger.IncidentMerged(records[i].Id, records[i].Mentions.Count);
                progress?.Report(new ReconcileProgress(ReconcileStage.Merging, Interlocked.Increment(ref merged), records.Length));
            });

        Array.Sort(records, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var outcomes = BuildOutcomes(extractions, records, hasText);
        foreach (ReportOutcome outcome in outcomes)
        {
            foreach (ReportProblem problem in outcome.Problems)
            {
                if (problem.Code != ProblemCodes.NoIncident)
                {
                    _logger.ReportProblem(outcome.Report.Id, problem.Code);
                }
            }
        }

        _logger.RunDone(extractions.Length, records.Length);
        return new ReconcileResult { Reports = outcomes, Incidents = records };
    }

    /// <summary>Maps each report to one copy of it with an empty text (the same copy wherever the report appears).</summary>
    private static Func<Report, Report> WithoutText(ExtractionResult[] extractions)
    {
        var copies = new Dictionary<Report, Report>(extractions.Length, ReferenceEqualityComparer.Instance);
        foreach (ExtractionResult e in extractions)
        {
            copies.TryAdd(e.Report, e.Report with { Text = string.Empty });
        }

        return r => copies.TryGetValue(r, out Report? copy) ? copy : r;
    }

    /// <summary>Extracts one report (<see cref="ExtractCore"/>); with the default clusterer (<paramref name="terms"/> given), also takes
    /// what clustering reads from the text (<see cref="ReportDigest"/>) and, without <see cref="ReconcilerOptions.KeepReportText"/>, lets
    /// go of the text right away: the result and its mentions then hold one copy of the report with an empty text.</summary>
    private Extracted Extract(Report report, TermTable? terms, CancellationToken cancellationToken)
    {
        ExtractionResult result = ExtractCore(report, cancellationToken);
        bool hasText = result.Report.Text.Length > 0;
        if (terms is null)
        {
            return new Extracted(result, null, hasText);
        }

        ReportDigest digest = ReportDigest.Of(result.Report, result.Mentions, terms);
        if (!_options.KeepReportText && result.Report.Text.Length > 0)
        {
            Report own = result.Report, slim = own with { Text = string.Empty };
            result = result with
            {
                Report = slim,
                Mentions = [.. result.Mentions.Select(m => ReferenceEquals(m.Report, own) ? m with { Report = slim } : m)],
            };
        }

        return new Extracted(result, digest, hasText);
    }

    /// <summary>Extracts one report; an exception from the extractor becomes an <see cref="ProblemCodes.InternalError"/> issue on
    /// that report (kept with no mentions) instead of ending the whole run.</summary>
    private ExtractionResult ExtractCore(Report report, CancellationToken cancellationToken)
    {
        try
        {
            // The default extractor also stops for cancellation inside a long report, not only between reports.
            return _extractor is IncidentExtractor own ? own.Extract(report, cancellationToken) : _extractor.Extract(report);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return new ExtractionResult
            {
                Report = report,
                Issues = [new ExtractionIssue(ProblemCodes.InternalError, ErrorMessages.StepFailed(report.Id, "extraction", ex))],
            };
        }
    }

    private static List<ReportOutcome> BuildOutcomes(ExtractionResult[] extractions, IncidentRecord[] records, bool[] hasText)
    {
        // mention id -> incident id, then each report's incidents in the order of its mentions' ordinals: the lead (ordinal 0) first,
        // whatever order a custom extractor lists them in, so that reports[].incidents[0] is always the report's lead incident.
        var incidentOfMention = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IncidentRecord record in records)
        {
            foreach (IncidentMention m in record.Mentions)
            {
                incidentOfMention[m.Id] = record.Id;
            }
        }

        var outcomes = new List<ReportOutcome>(extractions.Length);
        for (int e = 0; e < extractions.Length; e++)
        {
            ExtractionResult extraction = extractions[e];
            var incidents = new List<string>();
            IncidentMention[] byOrdinal = [.. extraction.Mentions];
            Array.Sort(byOrdinal, static (x, y) => x.Ordinal != y.Ordinal ? x.Ordinal.CompareTo(y.Ordinal) : string.CompareOrdinal(x.Id, y.Id));
            foreach (IncidentMention m in byOrdinal)
            {
                if (incidentOfMention.TryGetValue(m.Id, out string? id) && !incidents.Contains(id, StringComparer.Ordinal))
                {
                    incidents.Add(id);
                }
            }

            var problems = new List<ReportProblem>(extraction.Report.Problems);
            foreach (ExtractionIssue issue in extraction.Issues)
            {
                if (issue.Code is ProblemCodes.InternalError or ProblemCodes.OverBudget)
                {
                    problems.Add(new ReportProblem { Code = issue.Code, Message = issue.Message });
                }
            }

            if (incidents.Count == 0 && hasText[e] && problems.Count == 0)
            {
                problems.Add(new ReportProblem { Code = ProblemCodes.NoIncident, Message = ErrorMessages.NoIncident(extraction.Report.Id) });
            }

            outcomes.Add(new ReportOutcome { Report = extraction.Report, Incidents = incidents, Problems = problems });
        }

        return outcomes;
    }

    private static void Validate(ReconcilerOptions options)
    {
        if (options.Extraction is null || options.Clustering is null || options.Merging is null || options.LoggerFactory is null)
        {
            throw new ArgumentException(ErrorMessages.OptionsMissingPart, nameof(options));
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException(ErrorMessages.ParallelismOutOfRange(options.MaxDegreeOfParallelism), nameof(options));
        }

        ClusteringOptions c = options.Clustering;
        if (c.DayToleranceDays < 0 || c.BlockingTermsPerMention < 1 || c.MaxBlockSize < 2 || c.StrongSharedNames < 1 || c.StrongSharedNamesWithAge < 0)
        {
            throw new ArgumentException(ErrorMessages.ClusteringLimitsOutOfRange, nameof(options));
        }

        foreach (System.Reflection.PropertyInfo p in typeof(ClusteringOptions).GetProperties())
        {
            if (p.PropertyType == typeof(double) && !double.IsFinite((double)p.GetValue(c)!))
            {
                throw new ArgumentException(ErrorMessages.WeightNotFinite(p.Name), nameof(options));
            }
        }

        if (options.Merging.SourceTrustOrder is null || options.Merging.GovernmentSources is null)
        {
            throw new ArgumentException(ErrorMessages.MergeListsMissing, nameof(options));
        }
    }
}
