using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class FigureGrouperTests
{
    [Theory]
    [InlineData(new[] { VictimGroup.Civilians, VictimGroup.Displaced, VictimGroup.Unspecified }, new[] { VictimGroup.Unspecified })] // all victims: one figure, no group
    [InlineData(new[] { VictimGroup.Civilians }, new[] { VictimGroup.Unspecified })]                                                  // civilians alone are still "victims"
    [InlineData(new[] { VictimGroup.GovernmentForces, VictimGroup.Militants }, new[] { VictimGroup.GovernmentForces, VictimGroup.Militants })] // two sides: never summed
    [InlineData(new[] { VictimGroup.Civilians, VictimGroup.Perpetrators }, new[] { VictimGroup.Unspecified, VictimGroup.Perpetrators })] // the bombers apart from their victims
    [InlineData(new[] { VictimGroup.Police, VictimGroup.Unspecified }, new[] { VictimGroup.Police })]                               // "3 killed" beside "3 police killed": the one armed group
    [InlineData(new[] { VictimGroup.Police, VictimGroup.Militants, VictimGroup.Unspecified }, new[] { VictimGroup.Unspecified, VictimGroup.Police, VictimGroup.Militants })] // two armed groups: an unspecified total stays apart
    [InlineData(new[] { VictimGroup.Perpetrators, VictimGroup.Unspecified }, new[] { VictimGroup.Unspecified, VictimGroup.Perpetrators })] // unspecified victims never join the perpetrators
    [InlineData(new[] { VictimGroup.Police, VictimGroup.Perpetrators, VictimGroup.Unspecified }, new[] { VictimGroup.Unspecified, VictimGroup.Police, VictimGroup.Perpetrators })] // with the gunman's death named, "4 dead" is likely a total
    public void Group_ClaimGroups_GivesFigureGroups(VictimGroup[] groups, VictimGroup[] expected)
    {
        var r = new TestReport("a");
        CasualtyClaim[] built = [.. groups.Select((g, i) => r.Killed("claim " + i, Q.Exact(i + 1), group: g))];
        CandidateClaim[] claims = [.. built.Select(c => new CandidateClaim(c, r.Report, false))];
        FigureGrouper.Group(claims).Select(b => b.Group).Should().Equal(expected);
    }

    [Fact] // measures are never summed: killed and wounded of one group are two figures, in measure order
    public void Group_TwoMeasures_TwoFiguresInMeasureOrder()
    {
        var r = new TestReport("a");
        CasualtyClaim[] built = [r.Claim("5 missing", CasualtyMeasure.Missing, Q.Exact(5)), r.Wounded("9 hurt", Q.Exact(9)), r.Killed("2 dead", Q.Exact(2))];
        CandidateClaim[] claims = [.. built.Select(c => new CandidateClaim(c, r.Report, false))];
        FigureGrouper.Group(claims).Select(b => b.Measure).Should().Equal(CasualtyMeasure.Killed, CasualtyMeasure.Wounded, CasualtyMeasure.Missing);
    }

    [Fact] // "two were taken to the hospital" beside "four were wounded": those taken to hospital are some of the wounded, not a rival count
    public void Group_HospitalCountBesideWounded_IsPartial()
    {
        var r = new TestReport("a");
        CasualtyClaim[] built = [r.Wounded("four people were wounded", Q.Exact(4)), r.Wounded("two were taken to the hospital", Q.Exact(2))];
        CandidateClaim[] claims = [.. built.Select(c => new CandidateClaim(c, r.Report, false))];

        var members = FigureGrouper.Group(claims).Single().Claims;

        members.Single(c => c.Claim.Quote.Contains("hospital", StringComparison.Ordinal)).Partial.Should().BeTrue();
        members.Single(c => c.Claim.Quote.Contains("wounded", StringComparison.Ordinal)).Partial.Should().BeFalse();
    }

    [Theory]
    [InlineData("two were taken to the hospital")] // alone, the hospital count is the wounded count
    [InlineData("four others were hospitalized")] // "hospitalized" is a wound word of its own, never a part
    public void Group_HospitalCountAlone_IsWhole(string quote)
    {
        var r = new TestReport("a");
        CasualtyClaim[] built = quote.StartsWith("four", StringComparison.Ordinal)
            ? [r.Wounded(quote, Q.Exact(4)), r.Wounded("six people were shot", Q.Exact(6))]
            : [r.Wounded(quote, Q.Exact(2))];
        CandidateClaim[] claims = [.. built.Select(c => new CandidateClaim(c, r.Report, false))];

        FigureGrouper.Group(claims).Single().Claims.Should().OnlyContain(c => !c.Partial);
    }
}
