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
}
