using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

/// <summary>The review page made from the bundled samples, opened in a real browser (headless Chromium, installed by
/// <c>.ci/run</c>): the DOM after the page's script has run must show every figure's best value and every claim's quote
/// highlighted, the script must run to its end without an error, and a screenshot is kept under the test output.</summary>
public class HtmlBrowserTests
{
    [BrowserFact] // the samples' review page in Chromium
    public async Task ReviewPage_Samples_RendersEveryFigureAndQuote()
    {
        ReconcileResult result = new Reconciler().Reconcile(new ReportReader().Read([RepoPaths.Combine("samples")]));
        result.Incidents.Should().NotBeEmpty();
        using var tmp = new TempFolder();
        string page = Path.Combine(tmp.Path, "review.html");
        await using (var writer = new StreamWriter(page))
        {
            new HtmlResultFormatter().Format(result, writer);
        }

        string url = new Uri(page).AbsoluteUri + "#all";
        (string dom, string log) = await Chromium.RunAsync("--dump-dom", url);
        string screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        string shot = Path.Combine(screenshots, "review-samples.png");
        File.Delete(shot);
        await Chromium.RunAsync("--screenshot=" + shot, "--window-size=1200,2400", url);

        dom.Should().Contain("data-ready=\"1\"", "the page's script runs to its end: " + log);
        log.Should().NotContain("Uncaught");
        foreach (IncidentRecord incident in result.Incidents)
        {
            dom.Should().Contain("<details class=\"incident\" id=\"" + incident.Id + "\" open=\"\">", "#all opens every incident");
            foreach (Figure figure in incident.Figures)
            {
                dom.Should().Contain("best <span class=\"best-value\">" + (figure.Best?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown") + "</span>");
                foreach (AttributedClaim claim in figure.Claims)
                {
                    // The DOM serialiser escapes only & < > and non-breaking spaces in text.
                    string quote = claim.Claim.Quote.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
                    dom.Should().Contain("<mark>" + quote + "</mark>", "claim '{0}' is highlighted", claim.Claim.Quote);
                }
            }
        }

        File.Exists(shot).Should().BeTrue("the screenshot is kept at " + shot);
        new FileInfo(shot).Length.Should().BeGreaterThan(10_000);
    }
}

/// <summary>A fact that needs Chromium (<c>/usr/bin/chromium</c>, or <c>RECONCILE_CHROMIUM</c>); skipped when it is absent.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Chromium is not installed (.ci/run installs the Debian package chromium)";
        }
    }
}

internal static class Chromium
{
    public static string? Path { get; } = Find();

    public static async Task<(string Out, string Err)> RunAsync(params string[] args)
    {
        (_, string stdout, string stderr) = await TestProcess.RunAsync(
            TimeSpan.FromMinutes(2), Path!, ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", .. args]);
        return (stdout, stderr);
    }

    private static string? Find()
    {
        string? configured = Environment.GetEnvironmentVariable("RECONCILE_CHROMIUM");
        foreach (string? candidate in (string?[])[configured, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
        {
            if (candidate is not null && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
