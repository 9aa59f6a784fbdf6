using NodaTime;
using Reconcile.Ingestion;

namespace Reconcile.Tests.Ingestion;

public class ReportHeaderParserTests
{
    [Theory]
    [InlineData(" date 2017-11-05 The scale of the attack showed that", "2017-11-05")] // "date" keyword and ISO date with text after it (a scraper's prefix)
    [InlineData("Published 9:09 PM, November 05, 2017", "2017-11-05")] // keyword, then a time, then month-day-year
    [InlineData("09 June, 2018", "2018-06-09")] // a line that is only a day-month-year date
    [InlineData("12:26, 13 July 2018 Friday", "2018-07-13")] // time and weekday around the date are filler
    [InlineData("Posted: Jul 24, 2016", "2016-07-24")] // abbreviated month after "Posted:"
    [InlineData("Updated 3:45 PM ET, Sun July 24, 2016", "2016-07-24")] // only an update date: used as a last resort
    [InlineData("By Jane Doe | March 3rd, 2019", "2019-03-03")] // date in its own pipe-separated segment, ordinal suffix
    [InlineData("Last updated on 1 Feb. 2020 at 10:00 GMT", "2020-02-01")] // "on", abbreviated month with a dot, time zone
    [InlineData("THURSDAY, JUNE 30, 2005", "2005-06-30")] // upper case with a weekday
    [InlineData("(March 20, 2007) - -", "2007-03-20")] // date in parentheses with dashes
    [InlineData("Publication date: 2021-12-31T08:00:00Z", "2021-12-31")] // ISO timestamp after a keyword
    [InlineData("Updated 09/14/2013 01:03 PM", "2013-09-14")] // numeric month/day/year: 14 cannot be a month
    [InlineData("Last updated 13:26 14/09/2013", "2013-09-14")] // numeric day/month/year after a time
    [InlineData("11 / 28 / 05", "2005-11-28")] // spaced slashes and a two-digit year
    [InlineData("First Posted: 10/25/11 06:44 PM ET", "2011-10-25")] // "First Posted", two-digit year, US zone
    [InlineData("Posted 5/5/2010 1: 41 PM", "2010-05-05")] // day and month equal: no ambiguity; a spaced time is filler
    [InlineData("September 14, 2013 10: 46 AM", "2013-09-14")] // tokenised time ("10: 46") after the date
    [InlineData("8: 44AM BST 16 Sep 2013", "2013-09-16")] // time with attached AM and a zone before the date
    [InlineData("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10")] // four-digit zoned times before the date
    [InlineData("Sunday, November 27 - 2005 at 16: 12", "2005-11-27")] // a dash between day and year
    [InlineData("Published time: March 12, 2013 02: 03", "2013-03-12")] // "Published time:" keyword
    [InlineData("7: 00pm UK, Wednesday 05 May 2010", "2010-05-05")] // "UK" as a zone
    public void Parse_DateInFirstLine_IsRecognised(string line, string expected)
    {
        ReportHeader header = ReportHeaderParser.Parse(line + "\n\nA bomb exploded in the market, killing three people.");
        header.Published.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Theory]
    [InlineData("The attack occurred Saturday, November 4, in the eastern province.")] // body sentence without a year
    [InlineData("1.2119015-357548189")] // a numeric id line is not a date
    [InlineData("Troops retook the town on 5 November 2017 after heavy fighting.")] // a date inside a sentence is an event date, not publication
    [InlineData("Published 31 February 2017")] // an impossible day is not recognised
    [InlineData("Date of the attack: 5 June 2017")] // "date" followed by words, not a date
    [InlineData("Posted 2017-13-01")] // month 13
    [InlineData("Posted 4/9/2007 6:04 PM")] // April 9 or 4 September: not guessed
    [InlineData("312/12/2013")] // a three-digit first part is not a day or month, and the "12/12/2013" inside it is not a date on its own
    [InlineData("13/14/2013")] // neither number can be the month
    public void Parse_NoStatedPublicationDate_IsNull(string line)
    {
        ReportHeaderParser.Parse(line + "\nMore text follows here.").Published.Should().BeNull();
    }

    [Fact] // a "Published" date outranks an "Updated" one whatever their order
    public void Parse_PublishedAndUpdated_PrefersPublished()
    {
        ReportHeaderParser.Parse("Updated July 25, 2016\nPublished July 24, 2016\nBody.").Published.Should().Be(new LocalDate(2016, 7, 24));
    }

    [Fact] // the last line is also a place where sites state the date
    public void Parse_DateOnLastLine_IsRecognised()
    {
        string text = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Paragraph {i} of the report.")) + "\nPosted on 2019-04-01";
        ReportHeaderParser.Parse(text).Published.Should().Be(new LocalDate(2019, 4, 1));
    }

    [Fact] // only the first lines and the last line are header: a date line deep in the body is not the publication date
    public void Parse_DateLineBeyondHeader_IsIgnored()
    {
        string text = string.Join('\n', Enumerable.Range(1, 10).Select(i => $"Paragraph {i}.")) + "\n09 June, 2018\nThe end.";
        ReportHeaderParser.Parse(text).Published.Should().BeNull();
    }

    [Theory]
    [InlineData("Deir Ezzor - Arab Today\nSyrian forces converged on the town.", "Arab Today")] // "Place - Outlet" first line
    [InlineData("Kabul – Pajhwok News\nGunmen attacked a checkpoint.", "Pajhwok News")] // en dash, other place and outlet
    [InlineData("Title here\n\nWorld Bulletin / News Desk\n\nAn air strike hit.", "World Bulletin")] // "Outlet / News Desk" line
    [InlineData("Daily Sabah / Agencies\nA blast hit the city.", "Daily Sabah")] // another desk word
    [InlineData("Gunmen kill 4\nBy Jane Doe, Reuters\nGunmen killed four.", "Reuters")] // byline with outlet
    [InlineData("By Jane Doe and John Roe | The Associated Press\nText.", "Associated Press")] // two authors, alias for AP
    [InlineData("WASHINGTON (AP) — A gunman opened fire.", "Associated Press")] // wire credit after an upper-case dateline
    [InlineData("ST. LOUIS COUNTY, MO (KTVI) - Police said.", "KTVI")] // station credit after a dateline
    [InlineData("(Reuters) - Gunmen stormed a hotel.", "Reuters")] // known agency without a dateline
    [InlineData("Para one.\nPara two.\nIS still controls 37 percent of the province. – Rappler.com", "Rappler")] // trailing "– Outlet.com"
    public void Parse_OutletStated_IsRecognised(string text, string expected)
    {
        ReportHeaderParser.Parse(text).Outlet.Should().Be(expected);
    }

    [Theory]
    [InlineData("Car bomb kills 75 in Syria - Rappler\nText.")] // a headline with a dash is not "Place - Outlet"
    [InlineData("By Jane Doe, Staff Writer\nText.")] // a byline role is not an outlet
    [InlineData("(BROOKLYN) - Officers are investigating.")] // a parenthesised place without a dateline is not an agency
    [InlineData("He told Reuters the toll was 20.\nMore.")] // an outlet named in a sentence is not the publisher
    [InlineData("Para.\nFollow us at Example.com for more")] // a domain inside a sentence without a dash
    [InlineData("Souece: AFP")] // a source credit is not recognised as the outlet
    public void Parse_NoStatedOutlet_IsNull(string text)
    {
        ReportHeaderParser.Parse(text).Outlet.Should().BeNull();
    }

    [Fact] // empty text has no header and must not throw
    public void Parse_EmptyText_ReturnsNulls()
    {
        ReportHeaderParser.Parse(string.Empty).Should().Be(new ReportHeader(null, null));
    }
}
