using System.Text.Json;
using Reconcile.Extraction;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Extraction.Casualties;

public class TitleCasualtiesTests
{
    /// <summary>A body that tells a shooting but counts no one.</summary>
    private const string Uncounted = "Officers responded to reports of gunfire on Alder Street late Saturday, police said. The investigation is ongoing.";

    private static IncidentMention Lead(string title, string text = Uncounted) =>
        new IncidentExtractor().Extract(new Report { Id = "r", Title = title, Text = text, Published = new NodaTime.LocalDate(2023, 5, 7) }).Mentions[0];

    private static string Figures(IncidentMention lead) =>
        string.Join(", ", lead.Claims.Where(c => c.InTitle).Select(c => OutputNames.Measure(c.Measure) + " " + (c.Quantity.Low ?? c.Quantity.Nominal)));

    [Theory]
    [InlineData("4 injured by gunfire in Sacramento", "wounded 4")] // a digit and "injured" before a place
    [InlineData("1 dead, 3 injured in Salem strip club shooting - KGW8", "killed 1, wounded 3")] // two measures, outlet after the dash
    [InlineData("Two wounded in drive-by on Maple Avenue | WXYZ News", "wounded 2")] // a number word; outlet after the bar
    [InlineData("Police: 3 arrested after brawl outside bar", "")] // arrests are not casualties
    [InlineData("5 things to know about Saturday's shooting", "")] // a listicle's number counts no victims
    [InlineData("Shooting suspect, 19, in court", "")] // an age is not a count
    [InlineData("Teen shot to death in Roswell apartment complex", "killed 1")] // a bare noun opens the headline: one person
    [InlineData("Man, woman wounded outside Tulsa bar", "wounded 2")] // a headline list joined by a comma alone
    [InlineData("Toddler killed, adult critically injured in Clarksville", "killed 1, wounded 1")] // two bare-noun clauses
    [InlineData("Police: Austin man dies after being shot on Elm Street", "killed 1")] // after a colon, a place before the noun
    [InlineData("Elderly woman hurt by stray bullet in Provo", "wounded 1")] // an adjective before the noun
    [InlineData("Gunman shoots 3 people outside Spokane diner", "wounded 3")] // a headline's present tense "shoots"
    [InlineData("Girl, 6, fatally shoots herself with father's pistol", "killed 1")] // "fatally shoots herself" is a death
    [InlineData("Third victim dies after Lake Butler shooting", "")] // an ordinal: one more of a toll told elsewhere
    [InlineData("Latest victim dies after Elm Street shooting", "")] // "latest": one more of a toll told elsewhere
    [InlineData("Man charged in Akron shooting", "")] // a bare noun without a casualty predicate
    [InlineData("Man's car shot up outside Reno bar", "")] // a possessive noun is no count
    [InlineData("Officials say man in custody after standoff", "")] // the noun does not open a clause
    public void Extract_HeadlineOverUncountedText_ReadsHeadlineFigures(string title, string expected)
    {
        IncidentMention lead = Lead(title);

        Figures(lead).Should().Be(expected);
    }

    [Fact] // the headline summarises the text: a measure the text counts keeps the text's count, never the sum of both
    public void Extract_TextCountsSameMeasure_HeadlineNotAdded()
    {
        IncidentMention lead = Lead("3 killed in Elm Street shooting",
            "Two men were killed in a shooting on Elm Street on Saturday night, police said.");

        lead.Claims.Should().NotContain(c => c.InTitle);
        lead.Claims.Where(c => c.Measure == CasualtyMeasure.Killed).Should().OnlyContain(c => c.Quantity.Low == 2);
    }

    [Fact] // the text counts the dead only: the headline gives the wounded, and only the wounded
    public void Extract_TextCountsOtherMeasure_HeadlineFillsTheMissingOne()
    {
        IncidentMention lead = Lead("1 dead, 3 injured in Salem strip club shooting",
            "A man was killed in a shooting at a strip club on Front Street early Sunday, police said.");

        lead.Claims.Where(c => c.InTitle).Select(c => (c.Measure, c.Quantity.Low)).Should().Equal((CasualtyMeasure.Wounded, 3));
    }

    [Fact] // every headline claim's quote is the title over its span, and its span lies in the headline part of the title
    public void Extract_HeadlineClaims_QuoteIsTitleOverSpan()
    {
        const string title = "  2 dead, 5 hurt in Riverside block party shooting - KTLA";
        IncidentMention lead = Lead(title);

        lead.Claims.Where(c => c.InTitle).Should().HaveCount(2).And.OnlyContain(c => title.Substring(c.Span.Start, c.Span.Length) == c.Quote && c.Span.End < title.IndexOf(" - ", StringComparison.Ordinal));
    }

    [Fact] // the JSON contract: quote == report.Text[start..end], or report.Title[start..end] when inTitle (written only when true)
    public void Reconcile_HeadlineFigure_JsonQuoteIndexesTitle()
    {
        var report = new Report { Id = "r", Title = "4 injured by gunfire on Alder Street", Text = Uncounted, Published = new NodaTime.LocalDate(2023, 5, 7) };
        using var writer = new StringWriter();
        new JsonResultFormatter().Format(new Reconciler().Reconcile([report]), writer);
        using JsonDocument doc = JsonDocument.Parse(writer.ToString());

        JsonElement[] claims = [.. doc.RootElement.GetProperty("incidents").EnumerateArray()
            .SelectMany(i => i.GetProperty("figures").EnumerateArray()).SelectMany(f => f.GetProperty("claims").EnumerateArray())];

        claims.Should().ContainSingle();
        claims[0].GetProperty("inTitle").GetBoolean().Should().BeTrue();
        string quote = claims[0].GetProperty("quote").GetString()!;
        report.Title![claims[0].GetProperty("start").GetInt32()..claims[0].GetProperty("end").GetInt32()].Should().Be(quote).And.Be("4 injured");
    }

    [Fact] // the review page shows a headline's figure marked inside its headline, and says where it was read
    public void Reconcile_HeadlineFigure_HtmlMarksItInTitle()
    {
        var report = new Report { Id = "r", Title = "4 injured by gunfire on Alder Street", Text = Uncounted, Published = new NodaTime.LocalDate(2023, 5, 7) };

        string html = Reconcile.Tests.Output.TestRecords.Format(new HtmlResultFormatter(), new Reconciler().Reconcile([report]));

        html.Should().Contain("in the headline of").And.Contain("<blockquote><mark>4 injured</mark> by gunfire on Alder Street</blockquote>");
    }
}
