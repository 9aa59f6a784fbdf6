using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class HtmlResultFormatterTests
{
    private static string Page(ReconcileResult result) => TestRecords.Format(new HtmlResultFormatter(), result);

    private static string Encoded(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    [Fact] // a report's text is untrusted: markup inside it stays text, so the page has only its own one script element
    public void Format_ScriptInReport_StaysText()
    {
        var hostile = new Report { Id = "x\"><script>alert('id')</script>", Text = "Gunmen killed 3 people.</pre><script>alert(1)</script><img src=x onerror=alert(2)>", Title = "<b>t</b>" };
        string page = Page(new ReconcileResult { Reports = [new ReportOutcome { Report = hostile }], Incidents = [] });

        page.Split("<script>").Should().HaveCount(2, "only the page's own script");
        page.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        page.Should().Contain("id=\"report-x&quot;&gt;&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;\"", "an id in an attribute cannot close it");
        page.Should().NotContain("<img").And.NotContain("<b>t</b>");
    }

    [Fact] // the page needs no network: no external script, style, image or font, and a policy that forbids fetching any
    public void Format_Page_SelfContained()
    {
        string page = Page(TestRecords.Result());
        page.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        page.Should().NotContain(" src=").And.NotContain("<link").And.NotContain("url(");
    }

    [Fact] // every figure shows its best value, and every claim's quote is highlighted inside its report's sentence
    public void Format_HandBuiltResult_FiguresAndHighlightedQuotes()
    {
        string page = Page(TestRecords.Result());
        IncidentRecord incident = TestRecords.Incident();
        foreach (Figure figure in incident.Figures)
        {
            page.Should().Contain("best <span class=\"best-value\">" + figure.Best + "</span>");
            foreach (AttributedClaim claim in figure.Claims)
            {
                page.Should().Contain("<mark>" + Encoded(claim.Claim.Quote) + "</mark>");
            }
        }
    }

    [Fact] // a superseded claim is marked (and struck through by the style); its standing claim is not
    public void Format_SupersededClaim_Marked()
    {
        string page = Page(TestRecords.Result());
        page.Should().Contain("<li class=\"claim superseded\"><span class=\"quote\">“killed dozens”");
        page.Should().Contain("<li class=\"claim current\">");
    }

    [Fact] // a context claim (another event, a cumulative tally) is listed apart from the claims that set the figure
    public void Format_ContextClaim_ListedApart()
    {
        IncidentRecord incident = TestRecords.Incident();
        Figure killed = incident.Figures[0];
        AttributedClaim context = killed.Claims[0] with { Status = ClaimStatus.Context };
        incident = incident with { Figures = [killed with { Claims = [killed.Claims[1], context] }] };
        string page = Page(new ReconcileResult { Reports = TestRecords.Result().Reports, Incidents = [incident] });
        int apart = page.IndexOf("<ul class=\"claims context\">", StringComparison.Ordinal);
        apart.Should().BeGreaterThan(0);
        page.IndexOf("<li class=\"claim context\">", StringComparison.Ordinal).Should().BeGreaterThan(apart);
    }

    [Fact] // reports with a problem are listed with the code and message, so nothing is lost from the review
    public void Format_ReportWithProblem_Listed()
    {
        string page = Page(TestRecords.Result());
        page.Should().Contain("<a href=\"#report-broken\">broken</a> <span class=\"problem\">not-text</span>");
        page.Should().Contain("<section class=\"report\" id=\"report-broken\">");
    }

    [Fact] // the same result gives the same bytes
    public void Format_SameResult_SameBytes()
    {
        Page(TestRecords.Result()).Should().Be(Page(TestRecords.Result()));
    }

    [Theory]
    [InlineData("First one. Gunmen killed 4 men in the market. Later text.", "killed 4 men", "Gunmen killed 4 men in the market.")] // sentence ends on both sides
    [InlineData("Line one\nPolice said 2 died\nLine three", "2 died", "Police said 2 died")] // line breaks bound a headline-like line
    [InlineData("killed 5", "killed 5", "killed 5")] // the quote is the whole text
    [InlineData("The toll, 3.5 times last year's, rose to 12 dead. Next.", "12 dead", "The toll, 3.5 times last year's, rose to 12 dead.")] // a decimal point is not a sentence end
    public void Sentence_AroundSpan_StopsAtBoundaries(string text, string quote, string expected)
    {
        int start = text.IndexOf(quote, StringComparison.Ordinal);
        (int from, int to) = HtmlText.Sentence(text, new TextSpan(start, start + quote.Length));
        text[from..to].Should().Be(expected);
    }

    [Fact] // a sentence longer than the context window is cut, never beyond the text
    public void Sentence_LongSentence_CutToWindow()
    {
        string text = new string('a', 1000) + " killed 3 " + new string('b', 1000);
        int start = text.IndexOf("killed 3", StringComparison.Ordinal);
        (int from, int to) = HtmlText.Sentence(text, new TextSpan(start, start + 8));
        (start - from).Should().BeLessThanOrEqualTo(220);
        (to - start - 8).Should().BeLessThanOrEqualTo(220);
    }
}
