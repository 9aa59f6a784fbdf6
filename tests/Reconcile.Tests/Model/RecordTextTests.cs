using Reconcile.Model;
using Reconcile.Tests.Output;

namespace Reconcile.Tests.Model;

public class RecordTextTests
{
    [Fact] // a record prints its lists' items, not a collection type name, so notebook and REPL users can read it
    public void ToString_IncidentRecord_ShowsListItems()
    {
        string text = TestRecords.Incident().ToString();
        text.Should().StartWith("IncidentRecord { Id = \"inc-000000000001\",");
        text.Should().Contain("Reports = [\"a\", \"b\"]");
        text.Should().Contain("Measure = Killed").And.Contain("Best = 75");
        text.Should().NotContain("System.Collections").And.NotContain("z__ReadOnly");
    }

    [Fact] // a long report text is cut with its length, so printing a result does not dump whole articles
    public void ToString_LongText_CutWithLength()
    {
        var report = new Report { Id = "r", Text = new string('x', 5000) };
        string text = report.ToString();
        text.Should().Contain("(5,000 chars)");
        text.Length.Should().BeLessThan(400);
    }

    [Fact] // a long list is cut after a few items with the number left out
    public void ToString_LongList_CutWithCount()
    {
        var outcome = new ReportOutcome { Report = new Report { Id = "r", Text = "t" }, Incidents = [.. Enumerable.Range(0, 20).Select(i => "inc-" + i)] };
        outcome.ToString().Should().Contain("\"inc-7\", … (+12)]").And.NotContain("inc-8\"");
    }

    [Fact] // every public record of the model prints readably (a new record without the PrintMembers override fails here)
    public void ToString_EveryPublicRecord_NoCollectionTypeNames()
    {
        ReconcileResult result = TestRecords.Result();
        object[] samples =
        [
            result, result.Reports[0], result.Reports[0].Report, result.Incidents[0], result.Incidents[0].Figures[0],
            result.Incidents[0].Figures[0].Claims[0], result.Incidents[0].Figures[0].Claims[0].Claim, result.Incidents[0].Why[1],
            result.Incidents[0].Conflicts[0], result.Incidents[0].Conflicts[0].Values[0], result.Incidents[0].Place!,
            result.Incidents[0].Mentions[0], result.Reports[2].Problems[0],
            new IncidentCluster { Id = "c", Mentions = result.Incidents[0].Mentions },
            new ExtractionResult { Report = result.Reports[0].Report, Mentions = result.Incidents[0].Mentions },
            new Reconcile.Clustering.ClusteringResult { Clusters = [] },
        ];
        foreach (object sample in samples)
        {
            sample.ToString().Should().NotContain("System.Collections", sample.GetType().Name).And.NotContain("z__", sample.GetType().Name);
        }
    }
}
