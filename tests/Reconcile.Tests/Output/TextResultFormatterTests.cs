using NodaTime;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class TextResultFormatterTests
{
    [Fact] // the analyst's-note line: value, bound, attribution with outlet and day, superseded earlier claims
    public void FigureLine_AtLeastWithSupersededClaim_ReadsLikeANote()
    {
        Figure killed = TestRecords.Incident().Figures[0];
        TextResultFormatter.FigureLine(killed).Should().Be(
            "Killed: 75 (at least; Syrian Observatory for Human Rights via Rappler, 5 Nov 2017; earlier 'killed dozens' superseded)");
    }

    [Fact] // a bounded range and a contested grade are both stated; the group is named
    public void FigureLine_RangeContested_StatesRangeAndGrade()
    {
        TextResultFormatter.FigureLine(TestRecords.Incident().Figures[1]).Should().Be("Wounded (government forces): 12 (range 10–15; contested)");
    }

    [Theory]
    [InlineData(5, 5, null, "Killed: 5")] // exact: no qualifier
    [InlineData(20, 30, null, "Killed: 30 (at least 20)")] // open-ended with a best above the floor
    [InlineData(null, null, null, "Killed: unknown")] // nothing known
    public void FigureLine_Bounds(int? low, int? best, int? high, string expected)
    {
        var f = new Figure { Measure = CasualtyMeasure.Killed, Low = low, Best = best, High = high ?? (low == best ? low : null), Claims = [] };
        TextResultFormatter.FigureLine(f).Should().Be(expected);
    }

    [Fact] // an unattributed claim says so and falls back to the report id when the outlet is unknown
    public void FigureLine_UnattributedClaim_NamesReport()
    {
        CasualtyClaim claim = TestRecords.Claim(TestRecords.ReportB, "killed dozens", new Quantity(24, null, HedgeKind.Vague, 36));
        var f = new Figure { Measure = CasualtyMeasure.Killed, Low = 24, Best = 36, Claims = [new AttributedClaim { Claim = claim, ReportId = "b" }] };
        TextResultFormatter.FigureLine(f).Should().Be("Killed: 36 (at least 24; unattributed via b)");
    }

    [Fact] // one source repeated by several outlets is named once: the latest dated claim leads, the other outlets follow
    public void FigureLine_SameSourceSeveralOutlets_GroupedBySource()
    {
        const string sohr = "Syrian Observatory for Human Rights";
        CasualtyClaim at75 = TestRecords.Claim(TestRecords.ReportA, "killed \"at least 75 displaced civilians\"", new Quantity(75, null, HedgeKind.AtLeast, 75), sohr, new LocalDate(2017, 11, 5));
        CasualtyClaim dozens = TestRecords.Claim(TestRecords.ReportB, "killed dozens", new Quantity(24, 99, HedgeKind.Vague, 24), sohr);
        var f = new Figure
        {
            Measure = CasualtyMeasure.Killed,
            Low = 75,
            Best = 75,
            Claims =
            [
                new AttributedClaim { Claim = dozens, ReportId = "b", Outlet = "Arab Today" },
                new AttributedClaim { Claim = at75, ReportId = "a", Outlet = "Rappler" },
                new AttributedClaim { Claim = dozens, ReportId = "c" },
                new AttributedClaim { Claim = at75 with { Source = "UN" }, ReportId = "d", Outlet = "Reuters", BelligerentSource = true },
            ],
        };
        TextResultFormatter.FigureLine(f).Should().Be(
            "Killed: 75 (at least; Syrian Observatory for Human Rights via Rappler, 5 Nov 2017, also via Arab Today and c; UN via Reuters, 5 Nov 2017, a party to the incident)");
    }

    [Fact] // the whole note: header line, perpetrator, reports, figures, why, conflicts, and the per-report section
    public void Format_HandBuiltResult_Sections()
    {
        string text = TestRecords.Format(new TextResultFormatter(), TestRecords.Result());
        text.Should().StartWith("Reconciled 3 reports into 2 incidents.\n\ninc-000000000001: car-bombing, 4 Nov 2017 (Saturday), Deir ez-Zor, Syria [single-source]\n");
        text.Should().Contain("  Perpetrator: Islamic State\n  Reports: a, b\n  Killed: 75 (at least;");
        text.Should().Contain("    why: best is the source's latest figure\n");
        text.Should().Contain("  Conflicting date: 2017-11-04 (a#0); 2017-11-05 (b#0)\n");
        text.Should().Contain("  Why: b#0 joined a#0 (score 3.25): date-same-day +1.50 (both 2017-11-04); place-contained +1.75 (Deir Ezzor in Deir ez-Zor)\n");
        text.Should().Contain("inc-000000000002: incident of unknown type, date unknown, place unknown [single-source]\n  Reports: b\n  No casualty figures reported.\n");
        text.Should().EndWith("Reports with problems or no incident:\n  broken [not-text] broken.txt: not valid UTF-8 – skipped.\n");
        text.Should().NotContain("\r");
    }

    [Theory]
    [InlineData(2017, 11, 4, 2017, 11, 4, "4 Nov 2017 (Saturday)")] // one day, with its weekday
    [InlineData(2017, 11, 1, 2017, 11, 7, "1 Nov 2017 to 7 Nov 2017")] // a span
    public void DateText_Resolved(int y1, int m1, int d1, int y2, int m2, int d2, string expected)
    {
        var from = new LocalDate(y1, m1, d1);
        var to = new LocalDate(y2, m2, d2);
        TextResultFormatter.DateText(new DateRange(from, to, from == to ? DatePrecision.Day : DatePrecision.Week, from == to ? from.DayOfWeek : null))
            .Should().Be(expected);
    }

    [Fact] // an unresolved weekday is still worth stating
    public void DateText_WeekdayOnly_SaysSo()
    {
        TextResultFormatter.DateText(new DateRange(null, null, DatePrecision.Unknown, IsoDayOfWeek.Saturday)).Should().Be("a Saturday, date unknown");
    }
}
