using System.Text;
using Reconcile.Ingestion;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>The bundled sample reports (embedded from ../../samples), replicated to a corpus of the requested size.</summary>
internal static class SampleCorpus
{
    public static IReadOnlyList<(string Id, string Text)> Samples { get; } = Load();

    /// <summary>Returns <paramref name="count"/> reports: the samples in turn, with ids suffixed by their copy number.</summary>
    public static Report[] Reports(int count) =>
        Enumerable.Range(0, count)
            .Select(i => ReportReader.FromText($"{Samples[i % Samples.Count].Id}-{i / Samples.Count}", Samples[i % Samples.Count].Text))
            .ToArray();

    private static List<(string Id, string Text)> Load()
    {
        var assembly = typeof(SampleCorpus).Assembly;
        var samples = new List<(string Id, string Text)>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
            samples.Add((Path.GetFileNameWithoutExtension(name), reader.ReadToEnd()));
        }

        if (samples.Count == 0)
        {
            throw new InvalidOperationException("No embedded samples: check the EmbeddedResource item in Reconcile.Benchmarks.csproj.");
        }

        return samples;
    }
}
