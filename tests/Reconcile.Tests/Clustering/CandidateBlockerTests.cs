using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class CandidateBlockerTests
{
    private static (MentionProfile[] Profiles, int[] DocFreq) Build(IEnumerable<ExtractionResult> reports)
    {
        MentionProfile[] profiles = IncidentClusterer.Profile([.. reports]);
        return (profiles, LexicalIndex.Build(profiles));
    }

    [Fact] // two reports sharing a distinctive word are compared; a report sharing nothing is not
    public void Pairs_SharedRareWord_Compared()
    {
        var (profiles, df) = Build(
        [
            Report("a", null, new Spec(["Flooding in Zarqa swept away cars."])),
            Report("b", null, new Spec(["Rescuers in Zarqa searched for the missing."])),
            Report("c", null, new Spec(["An earthquake shook Lima overnight."])),
        ]);

        long[] pairs = CandidateBlocker.Pairs(profiles, df, new ClusteringOptions());

        pairs.Should().Equal(CandidateBlocker.Key(0, 1));
    }

    [Fact] // mentions of one town are compared even with no word in common
    public void Pairs_SameTown_Compared()
    {
        var (profiles, df) = Build(
        [
            Report("a", null, new Spec(["alpha"]) { Place = Chicago }),
            Report("b", null, new Spec(["beta"]) { Place = Chicago }),
        ]);

        CandidateBlocker.Pairs(profiles, df, new ClusteringOptions()).Should().ContainSingle();
    }

    [Fact] // an oversized block is compared only within a date-ordered window, so pairs grow linearly, not quadratically
    public void Pairs_OversizedBlock_WindowedLinear()
    {
        var options = new ClusteringOptions { MaxBlockSize = 8 };
        var (profiles, df) = Build(Enumerable.Range(0, 200).Select(i =>
            Report("r" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), null,
                new Spec(["w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { Place = Chicago, Date = DateRange.OnDay(new NodaTime.LocalDate(2016, 1, 1).PlusDays(i)) })));

        long[] pairs = CandidateBlocker.Pairs(profiles, df, options);

        pairs.Length.Should().BeLessThanOrEqualTo(200 * 8);
        pairs.Length.Should().BeGreaterThan(200);
        pairs.Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
    }

    [Fact] // a word found in more mentions than the block cap is not a key at all
    public void Pairs_CommonWord_NotAKey()
    {
        var options = new ClusteringOptions { MaxBlockSize = 4 };
        var (profiles, df) = Build(Enumerable.Range(0, 10).Select(i =>
            Report("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, new Spec(["shooting"]))));

        CandidateBlocker.Pairs(profiles, df, options).Should().BeEmpty();
    }
}
