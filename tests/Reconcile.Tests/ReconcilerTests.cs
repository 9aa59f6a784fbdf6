using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests;

public class ReconcilerTests
{
    [Fact] // every input report appears in the output, even one where nothing was found
    public void Reconcile_ReportWithNothing_IsAccountedFor()
    {
        var result = new Reconciler().Reconcile([new Report { Id = "a", Text = "Nothing happened today." }]);
        result.Reports.Should().ContainSingle().Which.Report.Id.Should().Be("a");
    }

    [Fact] // one report whose extraction throws (here a custom stage) must not end the run: it becomes a problem on that report
    public void Reconcile_ExtractorThrowsOnOneReport_ProblemOnThatReportOthersReconciled()
    {
        var reconciler = new Reconciler(new ReconcilerOptions(), new ThrowingExtractor("bad"), null, null);
        ReconcileResult result = reconciler.Reconcile(
        [
            new Report { Id = "bad", Text = "A car bomb killed 12 people in Kabul on Friday." },
            new Report { Id = "good", Text = "A car bomb killed 12 people in Kabul on Friday." },
        ]);
        result.Reports.Select(r => r.Report.Id).Should().Equal("bad", "good");
        ReportOutcome bad = result.Reports[0];
        bad.Incidents.Should().BeEmpty();
        bad.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.InternalError);
        bad.Problems[0].Message.Should().Contain("'bad'").And.Contain("extraction").And.Contain(nameof(FormatException));
        result.Reports[1].Incidents.Should().ContainSingle();
    }

    [Theory]
    [InlineData(9999, 12, 31)] // the calendar's last day: "next year" and a yearless date after it do not exist
    [InlineData(-9998, 1, 1)] // the calendar's first day: the weekday before it does not exist
    public void Reconcile_ReportPublishedAtCalendarEdge_RelativeDatesUnresolvedNoThrow(int year, int month, int day)
    {
        var report = new Report { Id = "a", Text = "On 3 May, a bomb killed 5 people in Kabul on Saturday. Last year a bomb killed 4.", Published = new NodaTime.LocalDate(year, month, day) };
        ReconcileResult result = new Reconciler().Reconcile([report]);
        result.Reports.Should().ContainSingle().Which.Problems.Should().BeEmpty();
        result.Incidents.Should().NotBeEmpty();
        result.Incidents.SelectMany(i => new[] { i.Date.Earliest, i.Date.Latest }).OfType<NodaTime.LocalDate>()
            .Should().BeEmpty("a yearless day, a weekday and 'last year' are not resolved against a calendar-edge publication day");
    }

    [Theory]
    [InlineData("A bomb killed 5 people on \u0663 May 2017.")] // an Arabic-Indic day beside an English month
    [InlineData("A bomb killed 5 people \u0662 days ago, on 3/\u0665/2017.")] // non-ASCII digits in a count of days and a numeric date
    [InlineData("A bomb killed 5 people in \u0968\u0966\u0967\u096D.")] // a Devanagari year
    [InlineData("A bomb killed \u0665 people on 3 May 2017.")] // a non-ASCII figure
    public void Reconcile_NonAsciiDigitsInBody_NoProblem(string text)
    {
        var report = new Report { Id = "a", Text = System.Text.RegularExpressions.Regex.Unescape(text), Published = new NodaTime.LocalDate(2017, 5, 6) };
        ReconcileResult result = new Reconciler().Reconcile([report]);
        result.Reports.Should().ContainSingle().Which.Problems.Select(p => p.Code).Should().NotContain(ProblemCodes.InternalError);
    }

    private sealed class ThrowingExtractor(string failOn) : Reconcile.Extraction.IIncidentExtractor
    {
        private readonly Reconcile.Extraction.IncidentExtractor _inner = new();

        public ExtractionResult Extract(Report report) =>
            report.Id == failOn ? throw new FormatException("The input string was not in a correct format.") : _inner.Extract(report);
    }

    [Fact] // ids must be unique: a programmer error at the entry point
    public void Reconcile_DuplicateIds_Throws()
    {
        var act = () => new Reconciler().Reconcile([new Report { Id = "a", Text = "x" }, new Report { Id = "a", Text = "y" }]);
        act.Should().Throw<ArgumentException>().WithMessage("*'a'*");
    }

    [Fact] // options are validated once at construction
    public void Ctor_ZeroParallelism_Throws()
    {
        var act = () => new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = 0 });
        act.Should().Throw<ArgumentException>();
    }

    [Fact] // a weight that is not a number would silently poison every score: rejected at construction
    public void Ctor_NaNWeight_Throws()
    {
        var act = () => new Reconciler(new ReconcilerOptions { Clustering = new() { LexicalWeight = double.NaN } });
        act.Should().Throw<ArgumentException>().WithMessage("*LexicalWeight*");
    }

    [Fact] // negative tolerance has no meaning
    public void Ctor_NegativeDayTolerance_Throws()
    {
        var act = () => new Reconciler(new ReconcilerOptions { Clustering = new() { DayToleranceDays = -1 } });
        act.Should().Throw<ArgumentException>();
    }

    [Fact] // reports[].incidents[0] is the lead incident (ordinal 0) even when an extractor lists the report's mentions in another order
    public void Reconcile_MentionsOutOfOrdinalOrder_LeadIncidentFirst()
    {
        var report = new Report { Id = "r", Text = "A car bombing killed five people in Kano. Separately, a fire killed two in Lagos." };
        var reconciler = new Reconciler(new ReconcilerOptions(), new BackgroundFirstExtractor(), null, null);

        ReconcileResult result = reconciler.Reconcile([report]);

        string lead = result.Incidents.Single(i => i.Mentions.Any(m => m.IsLead)).Id;
        result.Reports.Single().Incidents.Should().HaveCount(2).And.StartWith(lead);
    }

    /// <summary>Lists the background mention before the lead.</summary>
    private sealed class BackgroundFirstExtractor : IIncidentExtractor
    {
        public ExtractionResult Extract(Report report) => new()
        {
            Report = report,
            Mentions =
            [
                new IncidentMention { Id = "r#1", Report = report, Ordinal = 1, Type = IncidentType.Fire, Sentences = [new TextSpan(42, 82)] },
                new IncidentMention { Id = "r#0", Report = report, Ordinal = 0, Type = IncidentType.CarBombing, Sentences = [new TextSpan(0, 41)] },
            ],
        };
    }

    [Fact] // a report over its time budget (here one tick) is an over-budget problem on that report, kept and accounted for
    public void Reconcile_ReportOverBudget_ProblemOnThatReport()
    {
        var options = new ReconcilerOptions { Extraction = new ExtractionOptions { MaxReportTime = TimeSpan.FromTicks(1) } };
        ReconcileResult result = new Reconciler(options).Reconcile([new Report { Id = "a", Text = "A car bomb killed 12 people in Kabul on Monday." }]);
        ReportOutcome outcome = result.Reports.Should().ContainSingle().Subject;
        outcome.Problems.Select(p => p.Code).Should().Equal(ProblemCodes.OverBudget);
        result.HasProblems.Should().BeTrue();
    }

    [Fact] // a cancelled token stops the run with OperationCanceledException (the CLI turns it into exit 130), never a partial result
    public void Reconcile_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => new Reconciler().Reconcile([new Report { Id = "a", Text = "A car bomb killed 12 people." }], cancellationToken: cts.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
