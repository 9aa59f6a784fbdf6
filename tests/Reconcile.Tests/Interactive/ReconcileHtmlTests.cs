using System.Text.RegularExpressions;
using System.Xml.Linq;
using Reconcile.Interactive;
using Reconcile.Model;
using Reconcile.Tests.Output;

namespace Reconcile.Tests.Interactive;

public class ReconcileHtmlTests
{
    [Fact] // the incident table has one row per figure with its low, best and high (an open high says so), and the
           // incident's grade, conflicts and sources spanning those rows
    public void Incidents_IncidentWithTwoFigures_RowPerFigureWithBoundsGradeConflictsSources()
    {
        string html = ReconcileHtml.Incidents([TestRecords.Incident()]).Html;

        html.Should().Contain("<td rowspan=\"2\"><code>inc-000000000001</code></td>");
        Regex.Matches(html, "<tr class=\"figure-row\">").Should().HaveCount(1, "the second figure has its own row");
        html.Should().Contain("<td class=\"n low\">75</td><td class=\"n best\"><strong>75</strong></td><td class=\"n high\">open</td>");
        html.Should().Contain("<td class=\"n low\">10</td><td class=\"n best\"><strong>12</strong></td><td class=\"n high\">15</td>");
        html.Should().Contain("wounded (government-forces)");
        html.Should().Contain("<span class=\"grade single-source\">single-source</span>", "the incident's grade");
        html.Should().Contain("<span class=\"grade contested\" title=\"figure grade\">contested</span>", "each figure's grade");
        html.Should().Contain("date: 2017-11-04 vs 2017-11-05", "the conflict");
        html.Should().Contain("Syrian Observatory for Human Rights").And.Contain("via Rappler").And.Contain("2 reports: a, b");
    }

    [Fact] // a report is untrusted input: markup in a quote, a source, a place or an id stays text in every view
    public void Views_MarkupInReportText_IsEncoded()
    {
        var report = new Report { Id = "r<script>alert('id')</script>", Text = "Police said <script>alert(1)</script> killed 3 people <img src=x onerror=alert(2)>." };
        CasualtyClaim claim = TestRecords.Claim(report, "<script>alert(1)</script> killed 3 people <img src=x onerror=alert(2)>", new Quantity(3, 3, HedgeKind.Exact, 3),
            source: "<b>police</b>");
        var incident = new IncidentRecord
        {
            Id = "inc-<i>1</i>",
            Place = new Place { Name = "Springfield<svg onload=alert(3)>", Kind = PlaceKind.Locality },
            Reports = [report.Id],
            Mentions = [],
            Figures = [new Figure { Measure = CasualtyMeasure.Killed, Low = 3, Best = 3, High = 3, Claims = [new AttributedClaim { Claim = claim, ReportId = report.Id, Outlet = "\"Daily\" & Co" }] }],
            Conflicts = [new FieldConflict { Field = "place", Values = [new ConflictingValue { Value = "<u>x</u>", MentionIds = ["m"] }] }],
        };
        var result = new ReconcileResult { Reports = [new ReportOutcome { Report = report }], Incidents = [incident] };

        foreach (string html in new[]
        {
            ReconcileHtml.Result(result).Html, ReconcileHtml.Incidents([incident]).Html, ReconcileHtml.Incident(incident).Html,
            ReconcileHtml.Figure(incident.Figures[0]).Html, ReconcileHtml.RangeChart([incident]).Html,
        })
        {
            html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>").And.NotContain("<i>").And.NotContain("<u>").And.NotContain("<svg onload");
        }

        string detail = ReconcileHtml.Incident(incident).Html;
        detail.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; killed 3 people &lt;img src=x onerror=alert(2)&gt;");
        detail.Should().Contain("&lt;b&gt;police&lt;/b&gt; via &quot;Daily&quot; &amp; Co");
        ReconcileHtml.Incidents([incident]).Html.Should().Contain("Springfield&lt;svg onload=alert(3)&gt;");
    }

    [Fact] // one incident in detail shows every claim with its quote, source, as-of date and status, superseded ones marked
    public void Incident_Claims_ShowQuoteSourceStatus()
    {
        string html = ReconcileHtml.Incident(TestRecords.Incident()).Html;

        html.Should().Contain("<li class=\"claim current\"><span class=\"quote\">“killed &quot;at least 75 displaced civilians&quot;”</span>");
        html.Should().Contain("Syrian Observatory for Human Rights via Rappler, as of 2017-11-05, current, in a");
        html.Should().Contain("<li class=\"claim superseded\"><span class=\"quote\">“killed dozens”</span>");
        html.Should().Contain("Deir ez-Zor, Syria (admin1 at 35, 40.5)");
        html.Should().Contain("b#0 linked to a#0 (score 3.25); date-same-day: both 2017-11-04");
    }

    [Fact] // a context claim (about another event) says why it sets no bound, as on the review page: the relevance and its cue
    public void Incident_ContextClaim_ShowsRelevanceAndCue()
    {
        IncidentRecord incident = TestRecords.Incident();
        Figure killed = incident.Figures[0];
        AttributedClaim context = killed.Claims[0] with
        {
            Status = ClaimStatus.Context,
            Claim = killed.Claims[0].Claim with { Relevance = ClaimRelevance.OtherEvent, RelevanceCue = "in <2004>" },
        };
        incident = incident with { Figures = [killed with { Claims = [killed.Claims[1], context] }] };

        string html = ReconcileHtml.Incident(incident).Html;

        html.Should().Contain(", context (other-event: “in &lt;2004&gt;”), in ");
    }

    [Fact] // the chart is well-formed SVG with one group per figure, a best dot for each, and an open high drawn dashed
    public void RangeChart_TwoFigures_SvgWithOneGroupEach()
    {
        string html = ReconcileHtml.RangeChart([TestRecords.Incident()]).Html;
        string svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)];

        XElement root = XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        root.Elements(ns + "g").Should().HaveCount(2);
        root.Descendants(ns + "circle").Should().HaveCount(2);
        root.Elements(ns + "g").First().Element(ns + "title")!.Value.Should().Be("inc-000000000001 · killed: best 75, low 75, high open");
        root.Elements(ns + "g").First().Element(ns + "line")!.Attribute("stroke-dasharray").Should().NotBeNull("an open high is dashed");
        root.Elements(ns + "g").Last().Element(ns + "line")!.Attribute("stroke-dasharray").Should().BeNull();
    }

    [Theory]
    [InlineData(1, 1)] // a table of one shows one incident and counts the other
    [InlineData(0, 0)] // zero is allowed: only the count
    public void Result_MaxRows_CountsTheRest(int maxRows, int rows)
    {
        string html = ReconcileHtml.Result(TestRecords.Result(), maxRows).Html;

        Regex.Matches(html, "<tr class=\"incident\">").Should().HaveCount(rows);
        html.Should().Contain((2 - rows) + " more incidents not shown.");
        html.Should().Contain("broken: not-text: broken.txt: not valid UTF-8 – skipped.", "reports with problems are listed");
    }

    [Fact] // the same input gives the same string (no culture, clock or hash order in it)
    public void Result_SameInput_SameString()
    {
        ReconcileHtml.Result(TestRecords.Result()).Html.Should().Be(ReconcileHtml.Result(TestRecords.Result()).Html);
    }
}
