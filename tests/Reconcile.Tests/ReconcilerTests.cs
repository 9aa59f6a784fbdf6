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
}
