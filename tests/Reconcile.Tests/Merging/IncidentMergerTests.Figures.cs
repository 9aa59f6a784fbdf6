using NodaTime;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Figure rules on phrasings the samples do not contain.</summary>
public partial class IncidentMergerTests
{
    private static readonly LocalDate March1 = new(2021, 3, 1);
    private static readonly LocalDate March2 = new(2021, 3, 2);

    [Fact] // two independent sources that agree: corroborated; the exact figure narrows the open one
    public void Merge_TwoSourcesAgree_CorroboratedAndNarrowed()
    {
        Figure f = Killed(
            TestMerge.Claims("a", "Outlet 1", March1, ("at least 25 people died", CasualtyMeasure.Killed, Q.AtLeast(25), "Police", null)),
            TestMerge.Claims("b", "Outlet 2", March1, ("killed 28 people", CasualtyMeasure.Killed, Q.Exact(28), "Hospital", null)));
        (f.Low, f.Best, f.High, f.Conservative, f.Grade, f.IndependentSources).Should().Be((25, 28, (int?)28, 25, Grade.Corroborated, 2));
    }

    [Fact] // five outlets quoting one source: still one source, single-source
    public void Merge_ManyOutletsOneSource_SingleSource()
    {
        IncidentMention[] mentions = [.. Enumerable.Range(0, 5).Select(i => TestMerge.Claims("r" + i, "Outlet " + i, March1,
            ("at least 40 dead", CasualtyMeasure.Killed, Q.AtLeast(40), "Civil Defence", null)))];
        Figure f = Killed(mentions);
        (f.Grade, f.IndependentSources, f.Claims.Count).Should().Be((Grade.SingleSource, 1, 5));
    }

    [Fact] // unattributed copies of one figure do not corroborate each other
    public void Merge_UnattributedCopies_SingleSource()
    {
        Figure f = Killed(
            TestMerge.Claims("a", "Outlet 1", March1, ("12 killed", CasualtyMeasure.Killed, Q.Exact(12), null, null)),
            TestMerge.Claims("b", "Outlet 2", March1, ("12 killed", CasualtyMeasure.Killed, Q.Exact(12), null, null)));
        (f.Grade, f.IndependentSources, f.Best).Should().Be((Grade.SingleSource, 1, 12));
    }

    [Fact] // a vague word from another source that a number can be read with sets no bound and contests nothing
    public void Merge_VagueAndNumberFromTwoSources_VagueSetsNoBound()
    {
        Figure f = Killed(
            TestMerge.Claims("a", "Outlet 1", March1, ("scores were killed", CasualtyMeasure.Killed, new Quantity(40, 199, HedgeKind.Vague, 40), "Agency", null)),
            TestMerge.Claims("b", "Outlet 2", March2, ("at least 64 were killed", CasualtyMeasure.Killed, Q.AtLeast(64), "Monitor", null)));
        (f.Low, f.Best, f.High, f.Grade).Should().Be((64, 64, (int?)null, Grade.Corroborated));
    }

    [Fact] // a vague word no number can be read with disagrees: contested, range spans both
    public void Merge_VagueIncompatibleWithNumber_Contested()
    {
        Figure f = Killed(
            TestMerge.Claims("a", "Outlet 1", March1, ("dozens died", CasualtyMeasure.Killed, Q.Dozens, "Agency", null)),
            TestMerge.Claims("b", "Outlet 2", March1, ("five died", CasualtyMeasure.Killed, Q.Exact(5), "Monitor", null)));
        (f.Low, f.High, f.Grade).Should().Be((5, (int?)199, Grade.Contested));
    }

    [Fact] // "nearly 20" from one source and "more than 30" from another: no overlap, low is 0..19's floor, best the more specific
    public void Merge_NearlyVersusMoreThan_Contested()
    {
        Figure f = Killed(
            TestMerge.Claims("a", "Outlet 1", March1, ("nearly 20 died", CasualtyMeasure.Killed, Q.Nearly(20), "Agency", null)),
            TestMerge.Claims("b", "Outlet 2", March1, ("over 30 died", CasualtyMeasure.Killed, Q.MoreThan(30), "Monitor", null)));
        (f.Low, f.High, f.Grade).Should().Be((0, (int?)null, Grade.Contested));
        f.Best.Should().BeOneOf(19, 31);
    }

    [Fact] // the trust order decides best between disagreeing sources; low and high do not move
    public void Merge_TrustOrder_ChoosesBest()
    {
        IncidentMention a = TestMerge.Claims("a", "Outlet 1", March1, ("28 dead", CasualtyMeasure.Killed, Q.Exact(28), "Monitor", null));
        IncidentMention b = TestMerge.Claims("b", "Outlet 2", March1, ("more than 30 dead", CasualtyMeasure.Killed, Q.MoreThan(30), "Agency", null));
        Figure byDefault = TestMerge.Merge(a, b).Figures.Single();
        Figure trusted = TestMerge.Merge(new MergeOptions { SourceTrustOrder = ["agency"] }, a, b).Figures.Single();
        byDefault.Best.Should().Be(28); // the exact figure is the more specific
        trusted.Best.Should().Be(31);
        (trusted.Low, trusted.High).Should().Be((byDefault.Low, byDefault.High));
    }

    [Fact] // ACLED-conservative: best is the lowest credible figure
    public void Merge_ConservativeBest_BestIsLowestFigure()
    {
        IncidentMention a = TestMerge.Claims("a", "Outlet 1", March1, ("about 50 dead", CasualtyMeasure.Killed, Q.About(50), "Monitor", null));
        IncidentMention b = TestMerge.Claims("b", "Outlet 2", March1, ("at least 47 dead", CasualtyMeasure.Killed, Q.AtLeast(47), "Agency", null));
        Figure normal = TestMerge.Merge(a, b).Figures.Single();
        Figure acled = TestMerge.Merge(new MergeOptions { ConservativeBest = true }, a, b).Figures.Single();
        (normal.Low, normal.Best, normal.High, normal.Conservative, acled.Best).Should().Be((45, 50, (int?)55, 47, 47));
    }

    [Fact] // a rising exact toll has no upper bound
    public void Merge_RisingToll_HighOpen()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([r.Killed("killed 12, and the toll is rising", Q.Exact(12), "Monitor", rising: true)]);
        Figure f = TestMerge.Merge(m).Figures.Single();
        (f.Low, f.Best, f.High).Should().Be((12, 12, (int?)null));
        f.Why.Should().Contain("rising");
    }

    [Fact] // children counted beside all victims are a part of them: they neither lower low nor contest
    public void Merge_ChildrenAmongAllVictims_PartSetsNoBound()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([
            r.Killed("at least 60 people", Q.AtLeast(60), "Monitor"),
            r.Killed("including 9 children", Q.Exact(9), "Agency", VictimGroup.Children),
        ]);
        Figure f = TestMerge.Merge(m).Figures.Single();
        (f.Low, f.Grade, f.IndependentSources, f.Claims.Count).Should().Be((60, Grade.SingleSource, 1, 2));
    }

    [Fact] // killed and wounded stay apart, killed first
    public void Merge_KilledAndWounded_SeparateFiguresKilledFirst()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([r.Wounded("30 injured", Q.Exact(30), "Hospital"), r.Killed("4 dead", Q.Exact(4), "Hospital")]);
        TestMerge.Merge(m).Figures.Select(f => (f.Measure, f.Best)).Should().Equal((CasualtyMeasure.Killed, 4), (CasualtyMeasure.Wounded, 30));
    }

    [Fact] // a party to the incident reporting its own losses is flagged, and an independent source is preferred for best
    public void Merge_BelligerentSource_FlaggedAndNotPreferred()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([
            r.Killed("the defence ministry said 3 soldiers died", Q.Exact(3), "Ministry of Defence", VictimGroup.GovernmentForces),
            r.Killed("the monitor counted 11 soldiers dead", Q.Exact(11), "Monitor", VictimGroup.GovernmentForces),
        ]);
        Figure f = TestMerge.Merge(m).Figures.Single();
        f.Claims.Single(c => c.Claim.Source == "Ministry of Defence").BelligerentSource.Should().BeTrue();
        f.Claims.Single(c => c.Claim.Source == "Monitor").BelligerentSource.Should().BeFalse();
        (f.Best, f.Low, f.Grade).Should().Be((11, 3, Grade.Contested));
    }

    [Fact] // a source that is the perpetrator is a party to the incident
    public void Merge_SourceIsPerpetrator_Belligerent()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([r.Killed("the group claimed 40 killed", Q.Exact(40), "Group X")], perpetrator: "group x");
        TestMerge.Merge(m).Figures.Single().Claims.Single().BelligerentSource.Should().BeTrue();
    }

    [Fact] // claims without any number give a figure with no values rather than zeros
    public void Merge_OnlyClaimsWithoutNumbers_NoValues()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        Figure f = TestMerge.Merge(r.Mention([r.Killed("many were killed", Q.None)])).Figures.Single();
        (f.Low, f.Best, f.High).Should().Be(((int?)null, (int?)null, (int?)null));
    }

    [Fact] // record grade: contested if any figure is, even when the killed figure is not
    public void Merge_WoundedContested_RecordContested()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        IncidentMention m = r.Mention([
            r.Killed("2 dead", Q.Exact(2), "Monitor"),
            r.Wounded("5 hurt", Q.Exact(5), "Monitor"),
            r.Wounded("40 hurt", Q.Exact(40), "Hospital"),
        ]);
        IncidentRecord rec = TestMerge.Merge(m);
        (rec.Figures[0].Grade, rec.Grade).Should().Be((Grade.SingleSource, Grade.Contested));
    }

    [Fact] // one report's lead and background mentions both carrying the same claim: counted once
    public void Merge_SameClaimInTwoMentionsOfOneReport_CountedOnce()
    {
        var r = new TestReport("a", "Outlet 1", March1);
        CasualtyClaim c = r.Killed("7 killed", Q.Exact(7), "Monitor");
        Figure f = TestMerge.Merge(r.Mention([c], 0), r.Mention([c], 1)).Figures.Single();
        f.Claims.Should().ContainSingle();
    }

    [Fact] // a null cluster is a programmer error
    public void Merge_NullCluster_Throws()
    {
        var act = () => new IncidentMerger().Merge(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    private static Figure Killed(params IncidentMention[] mentions) =>
        TestMerge.Merge(mentions).Figures.Single(f => f.Measure == CasualtyMeasure.Killed);
}
