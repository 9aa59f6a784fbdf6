using BenchmarkDotNet.Attributes;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Benchmarks;

/// <summary>The whole pipeline over the bundled samples: ingest text, reconcile (the baseline), and reconcile plus JSON output.</summary>
/// <remarks>Single-threaded (<see cref="ReconcilerOptions.MaxDegreeOfParallelism"/> = 1) so that numbers compare across machines and runs.
/// Corpus sizes replicate the five samples; copies describe the same incidents, so clustering sees realistic duplicates.</remarks>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private Report[] _reports = [];
    private (string Id, string Text)[] _texts = [];
    private Reconciler _reconciler = null!;
    private readonly JsonResultFormatter _json = new();

    /// <summary>Gets or sets the number of reports in the corpus.</summary>
    [Params(5, 50)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports = SampleCorpus.Reports(Reports);
        _texts = _reports.Select(r => (r.Id, r.Text)).ToArray();
        _reconciler = new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = 1 });
    }

    /// <summary>Ingestion alone: header recognition and checks on text already in memory.</summary>
    [Benchmark]
    public Report[] Ingest()
    {
        var reports = new Report[_texts.Length];
        for (int i = 0; i < reports.Length; i++)
        {
            reports[i] = ReportReader.FromText(_texts[i].Id, _texts[i].Text);
        }

        return reports;
    }

    /// <summary>Extract, cluster and merge.</summary>
    [Benchmark(Baseline = true)]
    public ReconcileResult Reconcile() => _reconciler.Reconcile(_reports);

    /// <summary>Extract, cluster, merge and write the JSON contract.</summary>
    [Benchmark]
    public string ReconcileToJson()
    {
        using var writer = new StringWriter();
        _json.Format(_reconciler.Reconcile(_reports), writer);
        return writer.ToString();
    }
}
