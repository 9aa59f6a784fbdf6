using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class ShotTotalRuleTests
{
    /// <summary>The measure of the shot claim after the rule: the shot count in one report, the deaths and the other wounded count in another.</summary>
    private static CasualtyMeasure After(string shot, int shotCount, string wounded, int woundedCount, int dead)
    {
        var a = new TestReport("a");
        var b = new TestReport("b");
        CasualtyClaim s = a.Wounded(shot, Q.Exact(shotCount));
        CasualtyClaim k = b.Killed("a man died at the scene", Q.Exact(dead));
        CasualtyClaim w = b.Wounded(wounded, Q.Exact(woundedCount));
        List<CandidateClaim> claims = [new(s, a.Report, false), new(k, b.Report, false), new(w, b.Report, false)];
        List<CandidateClaim> after = ShotTotalRule.Apply(claims, (claim, was) => new CandidateClaim(claim, was.ReportId == "a" ? a.Report : b.Report, was.Belligerent));
        return after[0].Claim.Measure;
    }

    [Theory]
    [InlineData("Five people were shot", 5, "four others were injured", 4, 1)] // five shot = one dead + four injured
    [InlineData("gunfire hit seven people who were shot outside a club", 7, "five were wounded", 5, 2)] // two dead: seven less two
    [InlineData("shooting six people", 6, "five people hurt", 5, 1)] // an active "shooting six people"
    public void Apply_ShotCountIsDeadPlusWounded_ReadsAsCasualties(string shot, int n, string wounded, int w, int dead)
    {
        After(shot, n, wounded, w, dead).Should().Be(CasualtyMeasure.Casualties);
    }

    [Theory]
    [InlineData("Five people were shot", 5, "three were injured", 3, 1)] // five less one is not three: the numbers do not show it
    [InlineData("Four others were shot", 4, "three were injured", 3, 1)] // "others" are not the dead
    [InlineData("Five people were shot and wounded", 5, "four were injured", 4, 1)] // "wounded" says the five survived
    [InlineData("Five people were shot", 5, "four people were shot", 4, 1)] // two bare shot counts: nothing tells which holds the dead
    public void Apply_NoEvidence_StaysWounded(string shot, int n, string wounded, int w, int dead)
    {
        After(shot, n, wounded, w, dead).Should().Be(CasualtyMeasure.Wounded);
    }

    [Fact] // without a death in the record the shot are the wounded
    public void Apply_NoDeath_Unchanged()
    {
        var a = new TestReport("a");
        CasualtyClaim s = a.Wounded("Five people were shot", Q.Exact(5));
        CasualtyClaim w = a.Wounded("four were injured", Q.Exact(4));
        List<CandidateClaim> claims = [new(s, a.Report, false), new(w, a.Report, false)];

        ShotTotalRule.Apply(claims, (claim, was) => new CandidateClaim(claim, a.Report, false)).Should().BeSameAs(claims);
    }

    /// <summary>The measure of a shot claim in one report after the rule, beside another report's count of the dead and nothing else.</summary>
    private static CasualtyMeasure BesideDead(string shot, int shotCount, string killed, int dead)
    {
        var a = new TestReport("a");
        var b = new TestReport("b");
        CasualtyClaim s = a.Wounded(shot, Q.Exact(shotCount));
        CasualtyClaim k = b.Killed(killed, Q.Exact(dead));
        List<CandidateClaim> claims = [new(s, a.Report, false), new(k, b.Report, false)];
        List<CandidateClaim> after = ShotTotalRule.Apply(claims, (claim, was) => new CandidateClaim(claim, was.ReportId == "a" ? a.Report : b.Report, was.Belligerent));
        return after[0].Claim.Measure;
    }

    [Theory]
    [InlineData("a man was shot", 1, "The man later died", 1)] // the one shot is the one who died
    [InlineData("shot his girlfriend", 1, "a woman was killed", 1)] // an active shooting of one, killed in the other report
    [InlineData("the 10-year-old was accidentally shot", 1, "girl dies after being shot", 1)] // an accidental shooting told as a death elsewhere
    [InlineData("two people were shot", 2, "Three people were killed", 3)] // fewer shot than dead: all of them among the dead
    [InlineData("shooting the couple", 2, "two dead", 2)] // a gerund with a noun of two
    [InlineData("a 15-year-old boy was shot", 1, "the 15-year-old died Sunday", 1)] // the same age: the same person
    public void Apply_BareShotNoMoreThanDead_ReadsAsCasualties(string shot, int n, string killed, int dead)
    {
        BesideDead(shot, n, killed, dead).Should().Be(CasualtyMeasure.Casualties);
    }

    [Theory]
    [InlineData("a man was shot and wounded", 1, "a woman was killed", 1)] // "wounded" says this one survived
    [InlineData("another man was shot", 1, "a woman was killed", 1)] // "another" is not the dead one
    [InlineData("two others were shot", 2, "Two people were killed", 2)] // "others" are not the dead
    [InlineData("a woman was shot and taken to a hospital", 1, "one man died", 1)] // taken to hospital: a survivor's words
    [InlineData("shot a clerk", 1, "then shot himself", 1)] // the only death is the gunman's own: the clerk is not it
    [InlineData("three people were shot", 3, "one man died", 1)] // more shot than dead: not this rule's (the numbers rule decides)
    [InlineData("she was injured", 1, "a man was killed", 1)] // a wound word, not a bare shot count
    [InlineData("a man was shot", 1, "he died", 1)] // a death told only of a pronoun: which person is not said
    [InlineData("a man was shot", 1, "killing her", 1)] // a pronoun object: the dead may be another person
    [InlineData("a 17-year-old had been shot", 1, "the 14-year-old was killed", 1)] // another age: another person
    [InlineData("An 18-year-old was shot in the leg", 1, "a 15-year-old boy died", 1)] // ages differ though a death is counted
    public void Apply_BareShotNotTheDead_StaysWounded(string shot, int n, string killed, int dead)
    {
        BesideDead(shot, n, killed, dead).Should().Be(CasualtyMeasure.Wounded);
    }

    [Fact] // a report's own remainder (its "two were shot" less its one dead) is already the survivors, not the dead
    public void Apply_RemainderOfShotCount_StaysWounded()
    {
        var a = new TestReport("a");
        CasualtyClaim all = a.Wounded("Two people were shot", Q.Exact(2)) with { Measure = CasualtyMeasure.Casualties };
        CasualtyClaim rest = a.Wounded("Two people were shot", Q.Exact(1));
        CasualtyClaim k = a.Killed("a man was fatally shot", Q.Exact(1));
        List<CandidateClaim> claims = [new(all, a.Report, false), new(rest, a.Report, false), new(k, a.Report, false)];

        ShotTotalRule.Apply(claims, (claim, was) => new CandidateClaim(claim, a.Report, false))[1].Claim.Measure.Should().Be(CasualtyMeasure.Wounded);
    }

    [Fact] // a count of the perpetrators' dead is not the victims' dead
    public void Apply_OnlyPerpetratorDead_StaysWounded()
    {
        var a = new TestReport("a");
        var b = new TestReport("b");
        CasualtyClaim s = a.Wounded("a man was shot", Q.Exact(1));
        CasualtyClaim k = b.Killed("the gunman was killed by police", Q.Exact(1)) with { Group = VictimGroup.Perpetrators };
        List<CandidateClaim> claims = [new(s, a.Report, false), new(k, b.Report, false)];

        ShotTotalRule.Apply(claims, (claim, was) => new CandidateClaim(claim, was.ReportId == "a" ? a.Report : b.Report, false)).Should().BeSameAs(claims);
    }
}
