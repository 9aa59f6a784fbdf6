using NodaTime;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class SupersessionTests
{
    private static readonly LocalDate Day1 = new(2020, 5, 1);
    private static readonly LocalDate Day2 = new(2020, 5, 2);

    [Fact] // a later dated figure replaces an earlier one, even a lower one: the latest word stands
    public void Resolve_LaterLowerFigure_StandsAndSupersedesEarlier()
    {
        CandidateClaim early = Candidate("a", Q.AtLeast(80), Day1);
        CandidateClaim late = Candidate("b", Q.AtLeast(70), Day2);
        Supersession.Resolve([early, late], markInferred: false).Should().BeSameAs(late);
        (early.Status, late.Status).Should().Be((ClaimStatus.Superseded, ClaimStatus.Current));
    }

    [Fact] // an undated vague figure below the standing one stays current but does not stand (nothing shows it was replaced)
    public void Resolve_UndatedLowerFigure_CurrentButNotStanding()
    {
        CandidateClaim dated = Candidate("a", Q.Exact(140), Day2);
        CandidateClaim undated = Candidate("b", Q.Dozens, null);
        Supersession.Resolve([dated, undated], markInferred: false).Should().BeSameAs(dated);
        (undated.Status, undated.Standing).Should().Be((ClaimStatus.Current, false));
    }

    [Fact] // with the option on, the same undated claim is marked superseded
    public void Resolve_UndatedLowerFigureMarkInferred_Superseded()
    {
        CandidateClaim dated = Candidate("a", Q.Exact(140), Day2);
        CandidateClaim undated = Candidate("b", Q.Dozens, null);
        Supersession.Resolve([dated, undated], markInferred: true);
        undated.Status.Should().Be(ClaimStatus.Superseded);
    }

    [Fact] // tolls rise: an undated higher figure is taken as later than a dated lower one
    public void Resolve_UndatedHigherFigure_Stands()
    {
        CandidateClaim dated = Candidate("a", Q.AtLeast(40), Day2);
        CandidateClaim undated = Candidate("b", Q.AtLeast(60), null);
        Supersession.Resolve([dated, undated], markInferred: false).Should().BeSameAs(undated);
        dated.Status.Should().Be(ClaimStatus.Current); // not proven by dates
    }

    [Fact] // the same figure repeated on a later day is a repeat, not an update: both stand
    public void Resolve_SameFigureTwoDays_BothCurrentAndStanding()
    {
        CandidateClaim a = Candidate("a", Q.AtLeast(18), Day1);
        CandidateClaim b = Candidate("b", Q.AtLeast(18), Day2);
        Supersession.Resolve([a, b], markInferred: false);
        new[] { a, b }.Should().OnlyContain(c => c.Status == ClaimStatus.Current && c.Standing);
    }

    [Fact] // two figures on the same day: the higher stands, the lower is not proven replaced
    public void Resolve_TwoFiguresSameDay_HigherStandsLowerCurrent()
    {
        CandidateClaim low = Candidate("a", Q.AtLeast(20), Day1);
        CandidateClaim high = Candidate("b", Q.AtLeast(30), Day1);
        Supersession.Resolve([low, high], markInferred: false).Should().BeSameAs(high);
        low.Status.Should().Be(ClaimStatus.Current);
    }

    [Fact] // a claim without a number never stands
    public void Resolve_OnlyClaimWithoutNumber_NoStanding()
    {
        CandidateClaim none = Candidate("a", Q.None, Day1);
        Supersession.Resolve([none], markInferred: true).Should().BeNull();
        none.Status.Should().Be(ClaimStatus.Current);
    }

    internal static CandidateClaim Candidate(string reportId, Quantity q, LocalDate? published, string? source = "Monitor", string? outlet = null)
    {
        var r = new TestReport(reportId, outlet, published);
        CasualtyClaim claim = r.Killed("claim in " + reportId, q, source);
        return new CandidateClaim(claim, r.Report, belligerent: false);
    }
}
