using FluentAssertions;
using NodaTime;
using Reconcile.Extraction;
using Reconcile.Model;
using Xunit;

namespace Reconcile.Tests.Extraction.Dates;

public class PublicationBoundTests
{
    [Theory]
    [InlineData("2019-03-02", "https://web.archive.org/web/20180611093000/http://news.example.org/local/man-shot", "2018-06-11")] // stated day after the capture: the capture day
    [InlineData("2021-01-15", "http://web.archive.org/web/20200105/http://paper.example.com/story.html", "2020-01-05")] // a capture stamp of the day alone, no time
    [InlineData("2021-01-15", "https://web.archive.org/web/20201130221500id_/https://tv.example.com/crime/x", "2020-11-30")] // the archive's "id_" mode suffix
    [InlineData("2022-07-04", "https://web.archive.org/web/20190910120000/https://daily.example.net/2019/09/07/two-hurt-in-shooting/", "2019-09-07")] // the original address's path day, before the capture
    [InlineData("2022-07-04", "https://web.archive.org/web/20190910120000/https://daily.example.net/2019/9/8/teen-wounded", "2019-09-08")] // a path day written without leading zeros
    [InlineData("2022-07-04", "https://web.archive.org/web/20190910120000/https://daily.example.net/2019/09/12/later-story/", "2019-09-10")] // a path day after the capture is no day of writing: the capture
    [InlineData("2022-07-04", "https://WEB.ARCHIVE.ORG/web/20170203000000/http://x.example/y", "2017-02-03")] // the host in capitals
    public void Apply_PublishedAfterCapture_LatestPossibleDay(string published, string url, string expected)
    {
        PublicationBound.Apply(LocalDate.FromDateTime(DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture)), url)
            .Should().Be(LocalDate.FromDateTime(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2018-06-10", "https://web.archive.org/web/20180611093000/http://news.example.org/local/man-shot")] // published the day before the capture
    [InlineData("2018-06-11", "https://web.archive.org/web/20180611093000/http://news.example.org/local/man-shot")] // published on the capture day
    [InlineData("2019-03-02", "http://news.example.org/2018/06/11/man-shot/")] // no archive capture: a path day alone never overrides the stated day
    [InlineData("2019-03-02", "https://archive.example.com/web/20180611093000/http://news.example.org/")] // another host's "/web/" path is no capture stamp
    [InlineData("2019-03-02", "https://web.archive.org/web/20181341093000/http://news.example.org/")] // a stamp that is no calendar day (month 13)
    [InlineData("2019-03-02", "https://web.archive.org/web/*/news.example.org/*")] // an archive search address, no stamp
    [InlineData("2019-03-02", "")] // no address
    public void Apply_NothingProvesTheDayWrong_StatedDay(string published, string url)
    {
        LocalDate day = LocalDate.FromDateTime(DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        PublicationBound.Apply(day, url).Should().Be(day);
    }

    [Fact]
    public void Apply_NoPublishedDay_None()
    {
        PublicationBound.Apply(null, "https://web.archive.org/web/20180611093000/http://news.example.org/").Should().BeNull();
    }

    [Fact]
    public void Extract_ArchivedPageStampedAfterCapture_WeekdayReadAgainstCapture()
    {
        // Published 2020-03-20 (a Friday) by the collector, but captured on Tuesday 2019-06-11: "Sunday" is 2019-06-09.
        var report = new Report
        {
            Id = "arch",
            Published = new LocalDate(2020, 3, 20),
            Url = "https://web.archive.org/web/20190611080000/http://news.example.org/local/two-wounded",
            Text = "Two men were wounded in a shooting outside a bar on Sunday, police said.",
        };

        DateRange date = new IncidentExtractor().Extract(report).Mentions.Should().ContainSingle().Subject.Date;

        date.Earliest.Should().Be(new LocalDate(2019, 6, 9));
        date.Latest.Should().Be(new LocalDate(2019, 6, 9));
    }
}
