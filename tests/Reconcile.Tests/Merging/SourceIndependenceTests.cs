using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class SourceIndependenceTests
{
    [Fact] // five outlets quoting one monitor are one source, whatever the spelling case of its name
    public void Assign_FiveOutletsOneSource_OneKey()
    {
        CandidateClaim[] claims = [.. Enumerable.Range(0, 5).Select(i => Candidate("r" + i, Q.AtLeast(75), i == 0 ? "THE MONITOR" : "The Monitor", "Outlet " + i))];
        SourceIndependence.Assign(claims);
        claims.Select(c => c.SourceKey).Distinct().Should().ContainSingle();
    }

    [Fact] // unattributed copies of one figure in different outlets are not independent
    public void Assign_UnattributedSameFigure_OneSource()
    {
        CandidateClaim[] claims = [Candidate("a", Q.Exact(12), null, "Outlet 1"), Candidate("b", Q.Exact(12), null, "Outlet 2")];
        SourceIndependence.Assign(claims);
        claims[0].SourceKey.Should().Be(claims[1].SourceKey).And.StartWith(SourceIndependence.UnattributedPrefix);
    }

    [Fact] // unattributed claims with different figures in different outlets are independent
    public void Assign_UnattributedDifferentFigures_TwoSources()
    {
        CandidateClaim[] claims = [Candidate("a", Q.Exact(12), null, "Outlet 1"), Candidate("b", Q.Exact(15), null, "Outlet 2")];
        SourceIndependence.Assign(claims);
        claims[0].SourceKey.Should().NotBe(claims[1].SourceKey);
    }

    [Fact] // one outlet's own unattributed figures are one voice that may update
    public void Assign_UnattributedSameOutletDifferentFigures_OneSource()
    {
        CandidateClaim[] claims = [Candidate("a", Q.Exact(12), null, "Outlet 1"), Candidate("b", Q.Exact(15), null, "Outlet 1")];
        SourceIndependence.Assign(claims);
        claims[0].SourceKey.Should().Be(claims[1].SourceKey);
    }

    [Fact] // one report's own unattributed figures (outlet unknown) are one voice
    public void Assign_UnattributedSameReportNoOutlet_OneSource()
    {
        var r = new TestReport("a");
        CasualtyClaim[] built = [r.Killed("12 killed", Q.Exact(12)), r.Killed("later 15 killed", Q.Exact(15))];
        CandidateClaim[] claims = [.. built.Select(c => new CandidateClaim(c, r.Report, false))];
        SourceIndependence.Assign(claims);
        claims[0].SourceKey.Should().Be(claims[1].SourceKey);
    }

    [Fact] // an unattributed report of exactly a named source's figure relays that source
    public void Assign_UnattributedCopyOfNamedFigure_JoinsNamedSource()
    {
        CandidateClaim[] claims = [Candidate("a", Q.AtLeast(75), "The Monitor", "Outlet 1"), Candidate("b", Q.AtLeast(75), null, "Outlet 2")];
        SourceIndependence.Assign(claims);
        claims[1].SourceKey.Should().Be(SourceIndependence.NamedKey("The Monitor"));
    }

    [Fact] // the same figure from two named sources: an unattributed copy cannot be pinned on either
    public void Assign_UnattributedFigureOfTwoNamedSources_StaysUnattributed()
    {
        CandidateClaim[] claims =
        [
            Candidate("a", Q.AtLeast(75), "Monitor", "Outlet 1"),
            Candidate("b", Q.AtLeast(75), "Agency", "Outlet 2"),
            Candidate("c", Q.AtLeast(75), null, "Outlet 3"),
        ];
        SourceIndependence.Assign(claims);
        claims[2].SourceKey.Should().StartWith(SourceIndependence.UnattributedPrefix);
    }

    private static CandidateClaim Candidate(string reportId, Quantity q, string? source, string? outlet) =>
        SupersessionTests.Candidate(reportId, q, null, source, outlet);
}
