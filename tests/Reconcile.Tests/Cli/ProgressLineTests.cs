using Reconcile.Cli;

namespace Reconcile.Tests.Cli;

public class ProgressLineTests
{
    [Fact] // redraws are throttled: updates within the interval are skipped, a stage change or the last item always draws
    public void Report_ManyUpdates_ThrottledButStageChangesAndEndsShown()
    {
        var now = TimeSpan.Zero;
        using var stderr = new StringWriter();
        var line = new ProgressLine(stderr, () => now);

        line.Report(new ReconcileProgress(ReconcileStage.Extracting, 1, 1000));
        for (int i = 2; i < 100; i++)
        {
            line.Report(new ReconcileProgress(ReconcileStage.Extracting, i, 1000)); // same instant: skipped
        }

        now += ProgressLine.Interval;
        line.Report(new ReconcileProgress(ReconcileStage.Extracting, 500, 1000));
        line.Report(new ReconcileProgress(ReconcileStage.Extracting, 1000, 1000)); // the end: drawn
        line.Report(new ReconcileProgress(ReconcileStage.Clustering, 0, 1)); // a new stage: drawn

        string[] draws = stderr.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(d => d.TrimEnd()).ToArray();
        draws.Should().Equal("Extracting 1/1,000 reports", "Extracting 500/1,000 reports", "Extracting 1,000/1,000 reports", "Clustering mentions into incidents");
    }

    [Fact] // a shorter text overwrites the rest of a longer one, and Clear leaves a blank line start for what follows
    public void Clear_AfterDraws_BlanksTheLine()
    {
        using var stderr = new StringWriter();
        var line = new ProgressLine(stderr, () => TimeSpan.Zero);
        line.Report(new ReconcileProgress(ReconcileStage.Merging, 10, 20));
        line.Clear();
        string written = stderr.ToString();
        written.Should().EndWith("\r" + new string(' ', "Merging 10/20 incidents".Length) + "\r");
    }

    [Fact] // nothing drawn, nothing cleared
    public void Clear_NothingDrawn_WritesNothing()
    {
        using var stderr = new StringWriter();
        new ProgressLine(stderr, () => TimeSpan.Zero).Clear();
        stderr.ToString().Should().BeEmpty();
    }
}
