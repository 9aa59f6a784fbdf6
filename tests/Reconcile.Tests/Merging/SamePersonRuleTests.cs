using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class SamePersonRuleTests
{
    /// <summary>The wounded claim's measure after the rule, with the wound and the death in two reports (or one, when <paramref name="sameReport"/>).</summary>
    private static CasualtyMeasure After(string wound, string death, bool sameReport = false, bool deathFirst = true)
    {
        var a = new TestReport("a");
        var b = sameReport ? a : new TestReport("b");
        CasualtyClaim k = default!, w = default!;
        if (deathFirst)
        {
            k = a.Killed(death, Q.Exact(1));
            w = b.Wounded(wound, Q.Exact(1));
        }
        else
        {
            w = b.Wounded(wound, Q.Exact(1));
            k = a.Killed(death, Q.Exact(1));
        }

        List<CandidateClaim> claims = [new(k, a.Report, false), new(w, b.Report, false)];
        List<CandidateClaim> after = SamePersonRule.Apply(claims, (claim, was) => new CandidateClaim(claim, was.ReportId == "a" ? a.Report : b.Report, was.Belligerent));
        return after[1].Claim.Measure;
    }

    [Theory]
    [InlineData("A 15-year-old boy was shot", "the 15-year-old died at the hospital")] // the same age in digits
    [InlineData("a nine-year-old girl was struck by a stray bullet", "The 9-year-old girl died of her wounds")] // an age in words and in digits
    [InlineData("Okafor was shot outside the store", "Daniel Okafor, 31, was pronounced dead")] // the surname opening the wound appears in the death
    [InlineData("Marisol Vega, 27, was shot in the abdomen", "Vega died on Tuesday")] // the surname opening the death appears in the wound
    [InlineData("A cyclist who was shot", "A cyclist who was shot near the river on Friday died")] // the death's words begin with the wound's
    public void Apply_WoundOfThePersonWhoDied_ReadsAsCasualties(string wound, string death)
    {
        After(wound, death).Should().Be(CasualtyMeasure.Casualties);
    }

    [Fact] // in one report a definite "the boy" after "a 10-year-old boy was shot to death" is that boy
    public void Apply_DefiniteReferenceInSameReport_ReadsAsCasualties()
    {
        After("The boy received a gunshot wound to the neck", "A 10-year-old boy was shot to death", sameReport: true).Should().Be(CasualtyMeasure.Casualties);
    }

    [Theory]
    [InlineData("A 22-year-old man was shot in the leg", "A 19-year-old man was killed", false, true)] // two ages: two people
    [InlineData("A woman was wounded", "A man was shot dead", false, true)] // nothing names the same person: counts alone never merge
    [InlineData("The boy received a gunshot wound", "A 10-year-old boy was shot to death", false, true)] // a definite "the boy" in another report may be anyone
    [InlineData("The boy was grazed", "A 10-year-old boy was shot to death", true, false)] // a definite "the boy" told before the death refers to someone else
    [InlineData("Rob Kimani, 24, was shot in the arm but survived", "Kimani's cousin, 24, died")] // a survivor is never the dead
    [InlineData("A 16-year-old was shot and is in stable condition", "A 16-year-old boy died")] // "stable": alive
    [InlineData("Police said a man was shot", "Police said a woman died")] // "Police" opening both claims is no name
    public void Apply_NoSamePersonEvidence_StaysWounded(string wound, string death, bool sameReport = false, bool deathFirst = true)
    {
        After(wound, death, sameReport, deathFirst).Should().Be(CasualtyMeasure.Wounded);
    }

    [Fact] // a wound of two is never one dead person's
    public void Apply_WoundOfMoreThanOne_StaysWounded()
    {
        var a = new TestReport("a");
        CasualtyClaim k = a.Killed("the 15-year-old died", Q.Exact(1));
        CasualtyClaim w = a.Wounded("two 15-year-old boys were shot", Q.Exact(2));
        List<CandidateClaim> claims = [new(k, a.Report, false), new(w, a.Report, false)];

        SamePersonRule.Apply(claims, (claim, was) => new CandidateClaim(claim, a.Report, false)).Should().BeSameAs(claims);
    }
}
