using Microsoft.DotNet.Interactive.Formatting;
using Reconcile.Interactive;
using Reconcile.Model;
using Reconcile.Tests.Output;

namespace Reconcile.Tests.Interactive;

/// <summary>The formatters go through .NET Interactive's own <see cref="Formatter"/>, as a notebook cell's value does.</summary>
[Collection(nameof(ReconcileFormattersTests))] // the Formatter's registrations are process-wide
public sealed class ReconcileFormattersTests : IDisposable
{
    public ReconcileFormattersTests()
    {
        Formatter.ResetToDefault();
        ReconcileFormatters.Register();
    }

    public void Dispose() => Formatter.ResetToDefault();

    [Fact] // a cell ending in a result shows the summary and the incident table as HTML
    public void Register_Result_FormatsAsResultView()
    {
        string html = TestRecords.Result().ToDisplayString(HtmlFormatter.MimeType);

        html.Should().StartWith("<div class=\"reconcile reconcile-result\">").And.Contain("3 reports, 2 incidents");
    }

    [Fact] // a cell ending in one incident shows it in detail, with its claims
    public void Register_Incident_FormatsAsIncidentView()
    {
        TestRecords.Incident().ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-incident\">")
            .And.Contain("“killed dozens”");
    }

    [Fact] // result.Incidents, a filtered sequence and an array all show the incident table, not the generic list view
    public void Register_SequencesOfIncidents_FormatAsIncidentTable()
    {
        ReconcileResult result = TestRecords.Result();
        result.Incidents.ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-incidents\">");
        result.Incidents.Where(i => i.Figures.Count > 0).ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-incidents\">");
        result.Incidents.ToArray().ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-incidents\">");
    }

    [Fact] // a figure and a chart (an HtmlFragment) show as their HTML, unescaped once
    public void Register_FigureAndFragment_FormatAsTheirHtml()
    {
        IncidentRecord incident = TestRecords.Incident();
        incident.Figures[0].ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-figure\">");
        ReconcileHtml.RangeChart([incident]).ToDisplayString(HtmlFormatter.MimeType).Should().StartWith("<div class=\"reconcile reconcile-chart\">");
    }

    [Fact] // registering twice (the package's extension script, then the user) adds no second set of formatters
    public void Register_Twice_RegistersOnce()
    {
        int before = Formatter.RegisteredFormatters(includeDefaults: false).Count();
        ReconcileFormatters.Register();
        Formatter.RegisteredFormatters(includeDefaults: false).Count().Should().Be(before);
    }
}
