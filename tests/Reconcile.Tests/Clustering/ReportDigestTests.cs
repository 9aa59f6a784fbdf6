using NodaTime;
using Reconcile.Clustering;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

public class ReportDigestTests
{
    private static Report Story(string id, string? url, LocalDate? published, string text, string? title = null) =>
        new() { Id = id, Url = url, Published = published, Text = text, Title = title };

    private static IncidentMention Lead(Report report, TextSpan sentence) =>
        new() { Id = report.Id + "#0", Report = report, Ordinal = 0, Sentences = [sentence] };

    [Fact] // a report that may have boilerplate (an outlet and a date): the lead's reading is cut at its lines, each piece with its own words, names and ages
    public void Of_LeadOverTwoLines_OnePiecePerLine()
    {
        Report r = Story("a", "http://kxyz.example/a", new LocalDate(2020, 1, 3), "Jerry Ortiz, 35, was shot on Elm Street.\n\n  Download the Valley Courier app.\n");
        var terms = new TermTable();

        ReportDigest digest = ReportDigest.Of(r, [Lead(r, new TextSpan(0, 40))], terms);

        digest.LineKeys.Should().HaveCount(2);
        MentionDigest m = digest.Mentions[0];
        m.Pieces.Select(p => p.Line).Should().Equal(0, 1);
        m.Names[..m.Pieces[0].NameEnd].Should().Equal("elm street", "jerry ortiz");
        m.Names[m.Pieces[0].NameEnd..].Should().Equal("valley courier");
        m.Pieces[0].Ages.Contains(35).Should().BeTrue();
        m.Pieces[1].Ages.IsEmpty.Should().BeTrue();
        m.Streets.Should().Equal("elm");
    }

    [Fact] // a report with no outlet can have no boilerplate: its reading stays one piece, and no line keys are kept
    public void Of_NoOutlet_OneWholePiece()
    {
        Report r = Story("a", null, new LocalDate(2020, 1, 3), "A man was shot.\nPolice said the man was shot twice.");
        ReportDigest digest = ReportDigest.Of(r, [Lead(r, new TextSpan(0, 15))], new TermTable());

        digest.LineKeys.Should().BeEmpty();
        digest.Mentions[0].Pieces.Should().ContainSingle().Which.Line.Should().Be(-1);
    }

    [Fact] // a word met twice in a piece is kept once with its count, in the order first met
    public void Of_RepeatedWord_CountedOnce()
    {
        Report r = Story("a", null, null, "Gunfire near the school; gunfire again later.");
        var terms = new TermTable();
        MentionDigest m = ReportDigest.Of(r, [Lead(r, new TextSpan(0, r.Text.Length))], terms).Mentions[0];

        int gunfire = terms.Id("gunfire"), school = terms.Id("school");
        m.Terms[..4].Should().Equal(gunfire, 2, terms.Id("near"), 1);
        m.Terms.Should().Contain(school);
    }

    [Fact] // the digest path (texts let go after extraction) clusters exactly as the text path, boilerplate, names and follow-ups included
    public void Cluster_FromDigestsWithoutTexts_SameAsFromTexts()
    {
        const string Footer = "\nCopyright 2019 KXYZ News. Contact Dana Whitlock at dwhitlock@kxyz.example";
        Report[] reports =
        [
            Story("r1", "http://kxyz.example/1", new LocalDate(2019, 3, 2), "Jerry Ortiz, 35, was shot and killed on Elm Street in Springfield on Friday night, police said.\nOfficers found him near Oak Avenue." + Footer, "Man killed on Elm Street - KXYZ News"),
            Story("r2", "http://kxyz.example/2", new LocalDate(2019, 3, 3), "Police identified the man killed Friday on Elm Street as Jerry Ortiz, 35, of Springfield.\nNo arrests have been made." + Footer, "Victim named in Elm Street shooting - KXYZ News"),
            Story("r3", "http://kxyz.example/3", new LocalDate(2019, 6, 20), "Two women were wounded in a shooting on Maple Drive in Springfield on Wednesday, police said." + Footer, "Two hurt on Maple Drive - KXYZ News"),
            Story("r4", "http://kxyz.example/4", new LocalDate(2019, 9, 14), "A man charged in the killing of Jerry Ortiz on Elm Street appeared in court on Friday.\nThe judge set bond at $1 million." + Footer, "Court hearing in Ortiz killing - KXYZ News"),
            Story("r5", null, new LocalDate(2019, 6, 21), "A 19-year-old was shot on Maple Drive in Springfield on Wednesday, the second shooting there this week."),
        ];
        var extractor = new IncidentExtractor();
        ExtractionResult[] withTexts = [.. reports.Select(r => extractor.Extract(r))];
        var clusterer = new IncidentClusterer();
        ClusteringResult expected = clusterer.Cluster(withTexts);

        var terms = new TermTable();
        ReportDigest[] digests = [.. withTexts.Select(e => ReportDigest.Of(e.Report, e.Mentions, terms))];
        ExtractionResult[] withoutTexts = [.. withTexts.Select(e =>
        {
            Report slim = e.Report with { Text = string.Empty };
            return e with { Report = slim, Mentions = [.. e.Mentions.Select(m => m with { Report = slim })] };
        })];
        ClusteringResult actual = clusterer.Cluster(withoutTexts, digests, terms);

        expected.Clusters.Should().HaveCountGreaterThan(1);
        actual.CandidatePairs.Should().Be(expected.CandidatePairs);
        actual.Clusters.Select(c => c.Id).Should().Equal(expected.Clusters.Select(c => c.Id));
        actual.Clusters.Select(c => string.Join(",", c.Mentions.Select(m => m.Id))).Should().Equal(expected.Clusters.Select(c => string.Join(",", c.Mentions.Select(m => m.Id))));
        actual.Clusters.SelectMany(c => c.Why).Should().BeEquivalentTo(expected.Clusters.SelectMany(c => c.Why), o => o.WithStrictOrdering());
    }
}
