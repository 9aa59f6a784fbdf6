using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

public class TmpDebugTests
{
    [Fact]
    public void Dump()
    {
        var input = (ExtractionResult[])typeof(IncidentClustererTests).GetMethod("SameDayShootings", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, null)!;
        input = [.. input, .. ClusteringFixtures.Seeds()];
        var profiles = input.SelectMany(e => e.Mentions).OrderBy(m => m.Id, StringComparer.Ordinal).Select((m, i) => new MentionProfile(i, i, m)).ToArray();
        LexicalIndex.Build(profiles);
        var scorer = new PairScorer(EvidenceWeights.Defaults);
        using var w = new StreamWriter("/tmp/pairs.txt");
        for (int i = 0; i < profiles.Length; i++)
            for (int j = i + 1; j < profiles.Length; j++)
            {
                var ev = new List<Evidence>();
                double s = scorer.Score(profiles[i], profiles[j], ev);
                w.WriteLine($"{profiles[i].Id} {profiles[j].Id} {s:0.00} :: " + string.Join("; ", ev.Select(e => $"{e.Name} {e.Weight:0.00} ({e.Detail})")));
            }
    }
}
