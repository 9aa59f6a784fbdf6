using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class FigureCsvResultFormatterTests
{
    private static string[] Lines(ReconcileResult result) => TestRecords.Format(new FigureCsvResultFormatter(), result).Split("\r\n");

    [Fact] // one row per figure: the all-victims killed figure and the wounded government forces both keep their row
    public void Format_HandBuiltResult_OneRowPerFigure()
    {
        string[] lines = Lines(TestRecords.Result());
        lines[0].Should().Be("incident_id,measure,group,low,best,high,conservative,grade,independent_sources,claims,sources,reports");
        lines.Should().HaveCount(4, "header, the two figures of the first incident (the second has none), and the empty string after the final CRLF");
        lines[1].Should().Be("inc-000000000001,killed,,75,75,,75,single-source,1,2,Syrian Observatory for Human Rights,a;b");
        lines[2].Should().Be("inc-000000000001,wounded,government-forces,10,12,15,,contested,2,0,,");
    }

    [Fact] // killed civilians and killed government forces in one incident are two rows, not one summary
    public void Format_TwoGroupsOfOneMeasure_TwoRows()
    {
        IncidentRecord incident = new()
        {
            Id = "i",
            Reports = ["r"],
            Mentions = [],
            Figures =
            [
                new Figure { Measure = CasualtyMeasure.Killed, Group = VictimGroup.Civilians, Low = 4, Best = 4, High = 4, Claims = [] },
                new Figure { Measure = CasualtyMeasure.Killed, Group = VictimGroup.GovernmentForces, Low = 9, Best = 9, High = 9, Claims = [] },
            ],
        };
        string[] lines = Lines(new ReconcileResult { Reports = [], Incidents = [incident] });
        lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[2]).Should().Equal("civilians", "government-forces");
    }

    [Fact] // a context claim (another event) is not counted among the claims that set the figure
    public void Format_ContextClaim_NotCounted()
    {
        IncidentRecord incident = TestRecords.Incident();
        Figure killed = incident.Figures[0];
        incident = incident with { Figures = [killed with { Claims = [killed.Claims[0], killed.Claims[1] with { Status = ClaimStatus.Context }] }] };
        Lines(new ReconcileResult { Reports = [], Incidents = [incident] })[1].Split(',')[9].Should().Be("1");
    }
}
