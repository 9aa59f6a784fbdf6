using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>Extraction, stage by stage, over the five sample reports (all their sentences); the MB/s column is UTF-16 text per second.</summary>
/// <remarks>The whole extractor is the baseline; each recognizer runs over every sentence of every report, as the extractor calls it.</remarks>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private static readonly Report[] Reports = SampleCorpus.Reports(SampleCorpus.Samples.Count);
    private readonly IncidentExtractor _extractor = new();
    private readonly CasualtyRecognizer _casualties = new(VagueQuantityConvention.Interval);
    private readonly List<CasualtyFinding> _casualtyFindings = [];
    private readonly List<DateFinding> _dateFindings = [];
    private readonly List<TypeFinding> _typeFindings = [];
    private readonly List<ActorFinding> _actorFindings = [];
    private IReadOnlyList<TextSpan>[] _sentences = [];

    /// <summary>Gets the bytes of text (UTF-16) one invocation reads.</summary>
    public static long TextBytes { get; } = Reports.Sum(r => (long)r.Text.Length * 2);

    [GlobalSetup]
    public void Setup()
    {
        _sentences = Reports.Select(r => SentenceSplitter.Split(r.Text)).ToArray();
        _ = PlaceRecognizer.Default; // load the gazetteer outside the measurement
    }

    /// <summary>The whole extractor: all recognizers and the mention assembler.</summary>
    [Benchmark(Baseline = true)]
    public int Extract()
    {
        int n = 0;
        foreach (Report r in Reports)
        {
            n += _extractor.Extract(r).Mentions.Count;
        }

        return n;
    }

    [Benchmark]
    public int SplitSentences()
    {
        int n = 0;
        foreach (Report r in Reports)
        {
            n += SentenceSplitter.Split(r.Text).Count;
        }

        return n;
    }

    [Benchmark]
    public int Casualties() => PerSentence((text, s) => _casualties.Find(text, s, _casualtyFindings), _casualtyFindings);

    [Benchmark]
    public int Dates()
    {
        int n = 0;
        for (int i = 0; i < Reports.Length; i++)
        {
            foreach (TextSpan s in _sentences[i])
            {
                _dateFindings.Clear();
                DateRecognizer.Find(Reports[i].Text, s, Reports[i].Published, _dateFindings);
                n += _dateFindings.Count;
            }
        }

        return n;
    }

    [Benchmark]
    public int Types() => PerSentence((text, s) => IncidentTypeRecognizer.Find(text, s, _typeFindings), _typeFindings);

    [Benchmark]
    public int Actors() => PerSentence((text, s) => ActorRecognizer.Find(text, s, _actorFindings), _actorFindings);

    [Benchmark]
    public int Places()
    {
        int n = 0;
        for (int i = 0; i < Reports.Length; i++)
        {
            n += PlaceRecognizer.Default.Find(Reports[i].Text, _sentences[i]).Count;
        }

        return n;
    }

    [Benchmark]
    public int Attribution()
    {
        int n = 0;
        for (int i = 0; i < Reports.Length; i++)
        {
            n += AttributionRecognizer.Find(Reports[i].Text, _sentences[i]).Count;
        }

        return n;
    }

    private int PerSentence<T>(Action<string, TextSpan> find, List<T> results)
    {
        int n = 0;
        for (int i = 0; i < Reports.Length; i++)
        {
            foreach (TextSpan s in _sentences[i])
            {
                results.Clear();
                find(Reports[i].Text, s);
                n += results.Count;
            }
        }

        return n;
    }

    /// <summary>Adds the MB/s column.</summary>
    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>UTF-16 megabytes of report text per second, from the mean time of one invocation.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes of UTF-16 report text processed per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? ns = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return ns is > 0 ? (TextBytes / (ns.Value / 1e9) / 1e6).ToString("0.0", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
