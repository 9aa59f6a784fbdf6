using BenchmarkDotNet.Attributes;
using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>Clustering time and candidate pairs on synthetic mentions (<see cref="SyntheticMentions"/>): growth should be near-linear.</summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private ExtractionResult[] _input = [];

    /// <summary>Gets or sets the number of reports.</summary>
    [Params(1000, 10000, 100000)]
    public int Reports { get; set; }

    /// <summary>Generates the input.</summary>
    [GlobalSetup]
    public void Setup() => _input = SyntheticMentions.Generate(Reports).Extractions;

    /// <summary>Clusters the input; returns the candidate pair count so it is not optimised away.</summary>
    [Benchmark]
    public long Cluster() => new IncidentClusterer().Cluster(_input).CandidatePairs;
}
