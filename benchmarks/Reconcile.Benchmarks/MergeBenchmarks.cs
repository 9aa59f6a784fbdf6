using BenchmarkDotNet.Attributes;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>Merging the clusters of a replicated sample corpus (copies of a report join its incident, so clusters grow with the corpus).</summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private readonly IncidentMerger _merger = new();
    private IReadOnlyList<IncidentCluster> _clusters = [];

    /// <summary>Gets or sets the number of reports in the corpus.</summary>
    [Params(5, 100)]
    public int Reports { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var extractor = new IncidentExtractor();
        ExtractionResult[] extractions = SampleCorpus.Reports(Reports).Select(extractor.Extract).ToArray();
        _clusters = new IncidentClusterer().Cluster(extractions).Clusters;
    }

    [Benchmark(Baseline = true)]
    public int Merge()
    {
        int figures = 0;
        foreach (IncidentCluster c in _clusters)
        {
            figures += _merger.Merge(c).Figures.Count;
        }

        return figures;
    }
}
