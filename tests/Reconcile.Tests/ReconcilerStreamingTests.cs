using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests;

/// <summary>The streaming entry point (<see cref="Reconciler.ReconcileAsync"/>) and <see cref="ReconcilerOptions.KeepReportText"/>.</summary>
public class ReconcilerStreamingTests
{
    private static IReadOnlyList<Report> Samples() => new ReportReader().Read([RepoPaths.Combine("samples")]);

    private static string Format(ReconcileResult result, IResultFormatter formatter)
    {
        using var writer = new StringWriter();
        formatter.Format(result, writer);
        return writer.ToString();
    }

    private static async IAsyncEnumerable<Report> Arrive(IEnumerable<Report> reports)
    {
        foreach (Report r in reports)
        {
            await Task.Yield(); // each report arrives later, as from a reader
            yield return r;
        }
    }

    [Theory]
    [InlineData(1)] // one worker: reports extracted strictly in arrival order
    [InlineData(4)] // several workers: extraction order differs from arrival order
    public async Task ReconcileAsync_ReversedArrival_SameBytesAsReconcile(int threads)
    {
        IReadOnlyList<Report> reports = Samples();
        var options = new ReconcilerOptions { MaxDegreeOfParallelism = threads };
        ReconcileResult listed = new Reconciler(options).Reconcile(reports);
        ReconcileResult streamed = await new Reconciler(options).ReconcileAsync(Arrive(reports.Reverse()));

        Format(streamed, new JsonResultFormatter()).Should().Be(Format(listed, new JsonResultFormatter()));
        Format(streamed, new HtmlResultFormatter()).Should().Be(Format(listed, new HtmlResultFormatter()));
    }

    [Fact] // ids must be unique: the second report with an id fails the run, as in Reconcile
    public async Task ReconcileAsync_DuplicateIds_Throws()
    {
        Func<Task> act = () => new Reconciler().ReconcileAsync(Arrive([new Report { Id = "a", Text = "x" }, new Report { Id = "a", Text = "y" }]));
        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*'a'*");
    }

    [Fact] // a null report is a programmer error, as in Reconcile
    public async Task ReconcileAsync_NullReport_Throws()
    {
        Func<Task> act = () => new Reconciler().ReconcileAsync(Arrive([new Report { Id = "a", Text = "x" }, null!]));
        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact] // progress counts every report while they arrive, ending at the number received
    public async Task ReconcileAsync_Progress_EndsAtReportCount()
    {
        IReadOnlyList<Report> reports = Samples();
        var seen = new List<ReconcileProgress>();
        var progress = new SyncProgress(seen);
        await new Reconciler(new ReconcilerOptions { MaxDegreeOfParallelism = 1 }).ReconcileAsync(Arrive(reports), progress);

        seen.Where(p => p.Stage == ReconcileStage.Extracting).Should().HaveCount(reports.Count)
            .And.Contain(new ReconcileProgress(ReconcileStage.Extracting, reports.Count, reports.Count));
    }

    [Fact] // without the texts, every format but HTML writes the same bytes, and no outcome or mention holds a text any more
    public void Reconcile_KeepReportTextOff_SameBytesTextsEmpty()
    {
        IReadOnlyList<Report> reports = Samples();
        ReconcileResult kept = new Reconciler().Reconcile(reports);
        ReconcileResult slim = new Reconciler(new ReconcilerOptions { KeepReportText = false }).Reconcile(reports);

        foreach (IResultFormatter formatter in (IResultFormatter[])[new JsonResultFormatter(), new CsvResultFormatter(), new FigureCsvResultFormatter(),
                     new UcdpCsvResultFormatter(), new GeoJsonResultFormatter(), new TextResultFormatter()])
        {
            Format(slim, formatter).Should().Be(Format(kept, formatter), formatter.GetType().Name);
        }

        slim.Reports.Should().OnlyContain(o => o.Report.Text.Length == 0);
        slim.Incidents.SelectMany(i => i.Mentions).Should().OnlyContain(m => m.Report.Text.Length == 0);
        slim.Reports.Select(o => o.Report with { Text = "" }).Should().Equal(kept.Reports.Select(o => o.Report with { Text = "" }));
        kept.Reports.Should().Contain(o => o.Report.Text.Length > 0);
    }

    [Fact] // a report whose text is gone still counts as having had one: "no-incident" is decided on the real text
    public void Reconcile_KeepReportTextOff_NoIncidentProblemKept()
    {
        var options = new ReconcilerOptions { KeepReportText = false };
        ReconcileResult result = new Reconciler(options).Reconcile([new Report { Id = "a", Text = "Nothing happened today." }]);
        result.Reports.Single().Problems.Should().ContainSingle(p => p.Code == ProblemCodes.NoIncident);
    }

    /// <summary>Records progress on the reporting thread (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class SyncProgress(List<ReconcileProgress> seen) : IProgress<ReconcileProgress>
    {
        public void Report(ReconcileProgress value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
