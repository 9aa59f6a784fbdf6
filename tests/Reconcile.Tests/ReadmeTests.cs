using NodaTime;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests;

/// <summary>The README's quick start is this file's snippet: it compiles and runs here, and the README must show it verbatim.</summary>
public class ReadmeTests
{
    [Fact] // the quick start compiles and runs, and does what the README says
    public void QuickStart_Runs()
    {
        // begin-snippet: quick-start
        Report[] reports =
        [
            ReportReader.FromText("rappler", "Published 9:09 PM, November 05, 2017\n\nA car bombing by the Islamic State group killed at least 75 displaced people in Deir Ezzor on Saturday, the Syrian Observatory for Human Rights said."),
            ReportReader.FromText("arab-today", "Deir Ezzor - Arab Today\nOn Saturday, a car bombing carried out by IS killed dozens of people displaced by fighting in the province, the Britain-based Syrian Observatory for Human Rights said."),
        ];

        ReconcileResult result = new Reconciler().Reconcile(reports);

        foreach (IncidentRecord incident in result.Incidents)
        {
            Console.WriteLine($"{incident.Id}: {incident.Type?.ToKebabCase()} in {incident.Place?.Name}, from {string.Join(", ", incident.Reports)}");
        }

        new TextResultFormatter().Format(result, Console.Out); // or JsonResultFormatter, CsvResultFormatter
        // end-snippet

        reports[0].Published.Should().Be(new LocalDate(2017, 11, 5));
        reports[1].Outlet.Should().Be("Arab Today");
        result.Reports.Select(r => r.Report.Id).Should().Equal("arab-today", "rappler");
    }

    [Fact] // documentation that drifts from the code is a defect: the README shows exactly the compiled snippet
    public void Readme_QuickStart_MatchesCompiledSnippet()
    {
        string source = File.ReadAllText(RepoPaths.Combine("tests", "Reconcile.Tests", "ReadmeTests.cs")).ReplaceLineEndings("\n");
        string readme = File.ReadAllText(RepoPaths.Combine("README.md")).ReplaceLineEndings("\n");

        string snippet = Between(source, "// begin-snippet: quick-start\n", "        // end-snippet");
        string shown = Between(readme, "<!-- snippet: quick-start -->\n```csharp\n", "```");
        shown.Should().Be(Dedent(snippet, 8), "README.md's quick start must be the code compiled in ReadmeTests.QuickStart_Runs (replace the block under <!-- snippet: quick-start -->)");
    }

    [Fact] // the package page (src/Reconcile/Package/PACKAGE.md, packed as the package's README) shows the same compiled snippet
    public void PackageReadme_Usage_ContainsCompiledSnippet()
    {
        string source = File.ReadAllText(RepoPaths.Combine("tests", "Reconcile.Tests", "ReadmeTests.cs")).ReplaceLineEndings("\n");
        string page = File.ReadAllText(RepoPaths.Combine("src", "Reconcile", "Package", "PACKAGE.md")).ReplaceLineEndings("\n");

        string snippet = Between(source, "// begin-snippet: quick-start\n", "        // end-snippet");
        page.Should().Contain(Dedent(snippet, 8), "PACKAGE.md's usage must be the code compiled in ReadmeTests.QuickStart_Runs");
    }

    private static string Between(string text, string start, string end)
    {
        int s = text.IndexOf(start, StringComparison.Ordinal);
        s.Should().BeGreaterThanOrEqualTo(0, $"'{start.Trim()}' should be present");
        s += start.Length;
        int e = text.IndexOf(end, s, StringComparison.Ordinal);
        return text[s..e];
    }

    private static string Dedent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(l => l.Length >= spaces && l[..spaces].Trim().Length == 0 ? l[spaces..] : l.TrimStart()));
}
