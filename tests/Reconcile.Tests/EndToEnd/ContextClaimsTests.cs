using FluentAssertions;
using Reconcile.Ingestion;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.EndToEnd;

/// <summary>
/// Over the shared sets (../shared/data/{ecbplus,gvc,gva-dev}, looked for beside the repository or above it) and the bundled samples:
/// no record's figure takes a bound from a claim of another event or a running total. A claim is such context when its
/// <see cref="CasualtyClaim.Relevance"/> says so; then its status must be <see cref="ClaimStatus.Context"/>, and every value of the
/// figure (low, best, high, conservative) must be stated by, or lie between, the figure's other claims. Sets that are not present
/// are skipped (the test passes without reading them: xunit 2 has no run-time skip).
/// </summary>
public class ContextClaimsTests
{
    [Theory]
    [InlineData("ecbplus")] // disaster and attack news: recalls of earlier quakes, wars' tolls
    [InlineData("gvc")] // gun-violence news: year-to-date city tallies
    [InlineData("gva-dev")] // the larger gun-violence set
    [InlineData(null)] // the bundled samples
    public void Reconcile_SharedSets_NoFigureBoundFromContextClaims(string? set)
    {
        string? path = set is null ? RepoPaths.Combine("samples") : SharedSet(set);
        if (path is null)
        {
            return; // the shared data is not on this machine
        }

        IReadOnlyList<Report> reports = new ReportReader().Read([path]);
        ReconcileResult result = new Reconciler().Reconcile(reports);

        var failures = new List<string>();
        foreach (IncidentRecord record in result.Incidents)
        {
            foreach (Figure figure in record.Figures)
            {
                Check(record, figure, failures);
            }
        }

        failures.Should().BeEmpty();
    }

    private static void Check(IncidentRecord record, Figure figure, List<string> failures)
    {
        var own = new List<ClaimInterval>();
        foreach (AttributedClaim c in figure.Claims)
        {
            bool context = c.Claim.Relevance != ClaimRelevance.Incident;
            if (context != (c.Status == ClaimStatus.Context))
            {
                failures.Add($"{record.Id}: '{c.Claim.Quote}' is {c.Claim.Relevance} with status {c.Status}");
            }

            if (!context && c.Status != ClaimStatus.Superseded)
            {
                own.Add(ClaimInterval.Of(c.Claim));
            }
        }

        if (figure.Low is { } low && !own.Exists(i => i.Lower == low))
        {
            failures.Add($"{record.Id} {figure.Measure}: low {low} is no current incident claim's lower bound");
        }

        if (figure.Conservative is { } conservative && !own.Exists(i => i.Point == conservative))
        {
            failures.Add($"{record.Id} {figure.Measure}: conservative {conservative} is no current incident claim's value");
        }

        if (figure.High is { } high && !own.Exists(i => i.Upper == high))
        {
            failures.Add($"{record.Id} {figure.Measure}: high {high} is no current incident claim's upper bound");
        }

        if (figure.Best is { } best && !own.Exists(i => i.Lower <= best && (i.Upper is null || best <= i.Upper)))
        {
            failures.Add($"{record.Id} {figure.Measure}: best {best} lies in no current incident claim's interval");
        }
    }

    private static string? SharedSet(string name)
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            string reports = Path.Combine(dir.FullName, "shared", "data", name, "reports.jsonl");
            if (File.Exists(reports))
            {
                return reports;
            }
        }

        return null;
    }
}
