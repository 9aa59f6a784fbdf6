using NodaTime;
using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

public class OutletBoilerplateTests
{
    private static Report Story(string id, string? url, LocalDate? published, string text, string? title = null, string? outlet = null) =>
        new() { Id = id, Url = url, Published = published, Text = text, Title = title, Outlet = outlet };

    private static Dictionary<int, (List<TextSpan> Lines, List<TextSpan> TitleSegments)> Find(params Report[] reports) =>
        OutletBoilerplate.Find(reports.Select((r, i) => (r, i)).ToDictionary(x => x.i, x => x.r));

    private static string[] LinesOf(Report report, List<TextSpan> spans) => [.. spans.Select(s => s.Slice(report.Text))];

    [Theory]
    [InlineData("http://web.archive.org/web/20160101000000/http://www.Example-News.com:80/crime/story-1", "example-news.com")] // an archived page: the archived host, without www. and port
    [InlineData("https://metro.example.org/2016/05/01/story?id=3", "metro.example.org")] // a plain address: its host, a subdomain kept
    [InlineData("example.net/story", "example.net")] // no scheme: the text up to the first slash
    public void Outlet_Url_Host(string url, string expected) =>
        OutletBoilerplate.Outlet(new Report { Id = "r", Text = "x", Url = url }).Should().Be(expected);

    [Fact] // a stated outlet wins over the address
    public void Outlet_OutletGiven_UsesIt() =>
        OutletBoilerplate.Outlet(new Report { Id = "r", Text = "x", Url = "http://a.example/x", Outlet = "Valley Courier" }).Should().Be("valley courier");

    [Fact] // a copyright line and a byline the outlet prints under stories weeks apart are its template, whatever the year's digits
    public void Find_LineRepeatedWeeksApart_Boilerplate()
    {
        Report a = Story("a", "http://www.valleycourier.example/a", new LocalDate(2019, 12, 20),
            "A man was wounded on Pine Road.\n\nContact Dana Whitlock at dwhitlock@valleycourier.example\nCopyright 2019 Valley Courier. All rights reserved.");
        Report b = Story("b", "http://valleycourier.example/b", new LocalDate(2020, 2, 3),
            "Two teens were hurt at a skate park.\nContact  Dana Whitlock at dwhitlock@valleycourier.example\n\nCopyright 2020 Valley Courier. All rights reserved.");

        var found = Find(a, b);

        LinesOf(a, found[0].Lines).Should().Equal("Contact Dana Whitlock at dwhitlock@valleycourier.example", "Copyright 2019 Valley Courier. All rights reserved.");
        LinesOf(b, found[1].Lines).Should().Equal("Contact  Dana Whitlock at dwhitlock@valleycourier.example", "Copyright 2020 Valley Courier. All rights reserved.");
    }

    [Fact] // an outlet's update of one story a day later repeats the story's sentences: that is evidence, not boilerplate
    public void Find_LineRepeatedWithinAWeek_Kept()
    {
        Report a = Story("a", "http://valleycourier.example/a", new LocalDate(2020, 2, 3), "Police said the gunman fled in a grey sedan.");
        Report b = Story("b", "http://valleycourier.example/b", new LocalDate(2020, 2, 4), "Police said the gunman fled in a grey sedan.\nHe was arrested Tuesday.");

        Find(a, b).Should().BeEmpty();
    }

    [Fact] // two outlets may print the same wire sentence months apart; only one outlet's own repetition counts
    public void Find_SameLineTwoOutlets_Kept()
    {
        Report a = Story("a", "http://valleycourier.example/a", new LocalDate(2020, 1, 3), "Anyone with information is asked to call Crime Stoppers.");
        Report b = Story("b", "http://hilltopherald.example/b", new LocalDate(2020, 5, 4), "Anyone with information is asked to call Crime Stoppers.");

        Find(a, b).Should().BeEmpty();
    }

    [Fact] // without a publication date there is no telling whether a repeated line spans weeks
    public void Find_Undated_Kept()
    {
        Report a = Story("a", "http://valleycourier.example/a", null, "Subscribe to our newsletter.");
        Report b = Story("b", "http://valleycourier.example/b", new LocalDate(2020, 5, 4), "Subscribe to our newsletter.");

        Find(a, b).Should().BeEmpty();
    }

    [Fact] // the station's name and slogan after the headline is the outlet's, the headline itself the story's
    public void Find_HeadlineSuffix_Boilerplate()
    {
        Report a = Story("a", "http://kxyz.example/a", new LocalDate(2020, 1, 3), "Text one.", "Man shot outside bar - KXYZ 9 News | Riverton, Weather, Sports");
        Report b = Story("b", "http://kxyz.example/b", new LocalDate(2020, 3, 9), "Text two.", "Girl, 6, hurt by stray bullet - KXYZ 9 News | Riverton, Weather, Sports");

        var found = Find(a, b);

        found[0].TitleSegments.Select(s => s.Slice(a.Title!)).Should().Equal("KXYZ 9 News", "Riverton, Weather, Sports");
        found[0].Lines.Should().BeEmpty();
    }

    [Fact] // the lexical vector of a lead mention reads neither the boilerplate lines nor the boilerplate headline segments
    public void Assign_Lead_SkipsBoilerplate()
    {
        Report a = Story("a", "http://kxyz.example/a", new LocalDate(2020, 1, 3), "A man was shot on Elm Street.\nDownload the KXYZ app.", "Man shot on Elm Street - KXYZ 9 News");
        Report b = Story("b", "http://kxyz.example/b", new LocalDate(2020, 3, 9), "A girl was hurt in a crash.\nDownload the KXYZ app.", "Girl hurt in crash - KXYZ 9 News");
        MentionProfile[] profiles = IncidentClusterer.Profile(
        [
            new ExtractionResult { Report = a, Mentions = [new IncidentMention { Id = "a#0", Report = a, Ordinal = 0, Sentences = [new TextSpan(0, 29)] }] },
            new ExtractionResult { Report = b, Mentions = [new IncidentMention { Id = "b#0", Report = b, Ordinal = 0, Sentences = [new TextSpan(0, 27)] }] },
        ]);

        OutletBoilerplate.Assign(profiles);

        profiles[0].SkippedLines.Should().Equal(false, true); // "Download the KXYZ app." is the second line
        LexicalIndex.Build(profiles);
        NameIndex.Build(profiles);
        profiles[0].Names.Should().Equal("elm street");
        profiles[0].ReadTitle.Should().Be("Man shot on Elm Street");
    }

    [Fact] // the spans left after cutting out sorted skip spans, across several read spans
    public void Subtract_Overlaps_KeepsTheRest()
    {
        TextSpan[] left = OutletBoilerplate.Subtract([new(0, 10), new(20, 30)], [new(2, 4), new(8, 22), new(25, 26)]);

        left.Should().Equal(new TextSpan(0, 2), new TextSpan(4, 8), new TextSpan(22, 25), new TextSpan(26, 30));
    }
}
