using System.Reflection;
using System.Text;
using Reconcile.Model;

namespace Reconcile.Tests.TestData;

/// <summary>The embedded test corpus: the five sample reports and the analyst's reference reading of them.</summary>
internal static class TestCorpus
{
    private static readonly Assembly Assembly = typeof(TestCorpus).Assembly;

    public static string ReadText(string relativePath)
    {
        string name = "Reconcile.Tests.TestData." + relativePath.Replace('/', '.');
        using Stream stream = Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("No embedded resource " + name);
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    /// <summary>The sample report ids, sorted.</summary>
    public static IReadOnlyList<string> SeedIds { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Reconcile.Tests.TestData.seeds.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
        .Select(n => n["Reconcile.Tests.TestData.seeds.".Length..^".txt".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static string SeedText(string id) => ReadText("seeds/" + id + ".txt");

    /// <summary>The analyst's reference reading of the samples.</summary>
    public static System.Text.Json.JsonDocument Gold() => System.Text.Json.JsonDocument.Parse(ReadText("seeds.gold.json"));
}
