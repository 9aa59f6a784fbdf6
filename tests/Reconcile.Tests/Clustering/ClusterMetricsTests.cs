using Reconcile.Clustering;

namespace Reconcile.Tests.Clustering;

public class ClusterMetricsTests
{
    private static Dictionary<string, string> Labels(params (string Item, string Label)[] items) =>
        items.ToDictionary(x => x.Item, x => x.Label, StringComparer.Ordinal);

    [Fact] // a perfect clustering scores 1 everywhere
    public void Compute_Identical_AllOnes()
    {
        var gold = Labels(("a", "1"), ("b", "1"), ("c", "2"));
        var predicted = Labels(("a", "x"), ("b", "x"), ("c", "y"));

        ClusterMetrics m = ClusterMetrics.Compute(predicted, gold);

        m.BCubedF1.Should().Be(1);
        m.PairF1.Should().Be(1);
    }

    [Fact] // all singletons against one gold cluster of three: precision 1, B-cubed recall 1/3, no predicted pairs
    public void Compute_AllSingletons_RecallOneThird()
    {
        var gold = Labels(("a", "1"), ("b", "1"), ("c", "1"));
        var predicted = Labels(("a", "x"), ("b", "y"), ("c", "z"));

        ClusterMetrics m = ClusterMetrics.Compute(predicted, gold);

        m.BCubedPrecision.Should().Be(1);
        m.BCubedRecall.Should().BeApproximately(1.0 / 3, 1e-12);
        m.PairPrecision.Should().Be(1);
        m.PairRecall.Should().Be(0);
        m.PairF1.Should().Be(0);
    }

    [Fact] // the textbook example (Amigó et al.): gold {a,b,c}{d,e}, predicted {a,b}{c,d,e}
    public void Compute_KnownExample_MatchesHandComputation()
    {
        var gold = Labels(("a", "1"), ("b", "1"), ("c", "1"), ("d", "2"), ("e", "2"));
        var predicted = Labels(("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"), ("e", "y"));

        ClusterMetrics m = ClusterMetrics.Compute(predicted, gold);

        // precision: a,b 2/2; c 1/3; d,e 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
        m.BCubedPrecision.Should().BeApproximately(11.0 / 15, 1e-12);
        // recall: a,b 2/3; c 1/3; d,e 2/2 -> (2/3+2/3+1/3+1+1)/5 = 11/15
        m.BCubedRecall.Should().BeApproximately(11.0 / 15, 1e-12);
        // pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de
        m.PairPrecision.Should().Be(0.5);
        m.PairRecall.Should().Be(0.5);
    }

    [Fact] // everything in one predicted cluster: recall 1, precision falls with the number of gold clusters
    public void Compute_OneBigCluster_PrecisionDrops()
    {
        var gold = Labels(("a", "1"), ("b", "2"));
        var predicted = Labels(("a", "x"), ("b", "x"));

        ClusterMetrics m = ClusterMetrics.Compute(predicted, gold);

        m.BCubedPrecision.Should().Be(0.5);
        m.BCubedRecall.Should().Be(1);
        m.BCubedF1.Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact] // both labellings must cover the same items
    public void Compute_DifferentItems_Throws()
    {
        var act = () => ClusterMetrics.Compute(Labels(("a", "x")), Labels(("b", "1")));

        act.Should().Throw<ArgumentException>();
    }
}
