namespace Reconcile.Tests.PublicApi;

/// <summary>The public API snapshot: every public type and member of Reconcile, compared with <c>Reconcile.approved.txt</c>.</summary>
/// <remarks>To approve a change: <c>RECONCILE_APPROVE=1 dotnet test tests/Reconcile.Tests -c Release --filter "FullyQualifiedName~PublicApi"</c>
/// (or copy <c>Reconcile.received.txt</c> over <c>Reconcile.approved.txt</c>), then review the diff in the commit.</remarks>
public class PublicApiTests
{
    [Fact] // every change to the public surface is a reviewed diff of the approved file
    public void PublicApi_MatchesApprovedSnapshot()
    {
        string received = PublicApiText.Generate(typeof(Reconciler).Assembly);
        string folder = RepoPaths.Combine("tests", "Reconcile.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "Reconcile.approved.txt");
        string receivedPath = Path.Combine(folder, "Reconcile.received.txt");
        if (Environment.GetEnvironmentVariable("RECONCILE_APPROVE") == "1")
        {
            File.WriteAllText(approvedPath, received);
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        var approvedLines = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var receivedLines = received.Split('\n').ToHashSet(StringComparer.Ordinal);
        string added = string.Join("\n", receivedLines.Except(approvedLines).Take(20).Select(l => "+ " + l));
        string removed = string.Join("\n", approvedLines.Except(receivedLines).Take(20).Select(l => "- " + l));
        Assert.Fail(
            $"The public API differs from {approvedPath}.\n{removed}\n{added}\n\n"
            + $"If the change is intended, approve it: copy {receivedPath} over {approvedPath}, or run\n"
            + "  RECONCILE_APPROVE=1 dotnet test tests/Reconcile.Tests -c Release --filter \"FullyQualifiedName~PublicApi\"\n"
            + "and commit the approved file.");
    }

    [Fact] // the listing covers members and nullability, so that the snapshot can catch real changes
    public void Generate_ListsMembersWithNullability()
    {
        string text = PublicApiText.Generate(typeof(Reconciler).Assembly);
        text.Should().Contain("public sealed class Reconcile.Ingestion.ReportReader\n");
        text.Should().Contain("  public static Reconcile.Model.Report FromText(string id, string text)\n");
        text.Should().Contain("  public .ctor(Reconcile.Ingestion.IngestionOptions? options = null)\n");
        text.Should().Contain("  public string? Outlet { get; init; }\n");
        text.Should().Contain("  public required string Id { get; init; }\n");
        text.Should().Contain("public enum Reconcile.Model.Grade : int\n  SingleSource = 0\n  Corroborated = 1\n  Contested = 2\n");
        text.Should().NotContain("ReportHeaderParser", "internal types are not API");
    }
}
