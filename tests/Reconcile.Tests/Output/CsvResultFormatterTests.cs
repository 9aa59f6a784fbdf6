using System.Text;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class CsvResultFormatterTests
{
    private static string[] Lines(string csv) => csv.Split("\r\n");

    [Fact] // the header is the documented UCDP-style column list
    public void Format_Header_DocumentedColumns()
    {
        Lines(TestRecords.Format(new CsvResultFormatter(), TestRecords.Result()))[0].Should().Be(
            "id,type,date_start,date_end,place,admin1,country,latitude,longitude,killed_low,killed_best,killed_high,wounded_low,wounded_best,wounded_high,grade,sources,reports");
    }

    [Fact] // one row per incident; an open upper bound is an empty cell; group figures stand in when there is no all-victims figure
    public void Format_HandBuiltResult_OneRowPerIncident()
    {
        string[] lines = Lines(TestRecords.Format(new CsvResultFormatter(), TestRecords.Result()));
        lines.Should().HaveCount(4, "header, two incidents, and the empty string after the final CRLF");
        lines[1].Should().Be("inc-000000000001,car-bombing,2017-11-04,2017-11-04,Deir ez-Zor,Deir ez-Zor,Syria,35,40.5,75,75,,10,12,15,single-source,Syrian Observatory for Human Rights,a;b");
        lines[2].Should().Be("inc-000000000002,,,,,,,,,,,,,,,single-source,,b");
        lines[3].Should().BeEmpty();
    }

    [Theory]
    [InlineData("plain", "plain")] // no quoting needed
    [InlineData("Washington, D.C.", "\"Washington, D.C.\"")] // comma
    [InlineData("the \"Caliphate\"", "\"the \"\"Caliphate\"\"\"")] // quotes doubled
    [InlineData("two\nlines", "\"two\nlines\"")] // line break
    [InlineData("", "")] // empty stays empty
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")] // a formula from a hostile report: apostrophe, quoted
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")] // DDE through a leading plus
    [InlineData("-2+3", "\"'-2+3\"")] // a leading minus that is not a number is a formula too
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")] // a leading at sign
    [InlineData("\tTab", "\"'\tTab\"")] // a leading tab
    [InlineData("\r=1", "\"'\r=1\"")] // a leading carriage return
    [InlineData("-33.8688", "-33.8688")] // a negative latitude stays a number
    [InlineData("+5", "+5")] // a signed number is a number, not a formula
    [InlineData("Al-Bab", "Al-Bab")] // a hyphen inside a name is harmless
    public void AppendField_Rfc4180Quoting(string value, string expected)
    {
        var sb = new StringBuilder();
        CsvResultFormatter.AppendField(sb, value);
        sb.ToString().Should().Be(expected);
    }

    [Fact] // the all-victims figure wins over a larger group figure
    public void MainFigure_PrefersUnspecifiedGroup()
    {
        var record = new IncidentRecord
        {
            Id = "i",
            Reports = [],
            Mentions = [],
            Figures =
            [
                new Figure { Measure = CasualtyMeasure.Killed, Group = VictimGroup.Civilians, Best = 50, Claims = [] },
                new Figure { Measure = CasualtyMeasure.Killed, Best = 40, Claims = [] },
                new Figure { Measure = CasualtyMeasure.Killed, Group = VictimGroup.Children, Best = 60, Claims = [] },
            ],
        };
        CsvResultFormatter.MainFigure(record, CasualtyMeasure.Killed)!.Best.Should().Be(40);
        CsvResultFormatter.MainFigure(record with { Figures = record.Figures.Where(f => f.Group != VictimGroup.Unspecified).ToList() }, CasualtyMeasure.Killed)!
            .Group.Should().Be(VictimGroup.Children);
        CsvResultFormatter.MainFigure(record, CasualtyMeasure.Wounded).Should().BeNull();
    }
}
