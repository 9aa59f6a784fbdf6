using NodaTime;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.Output;

public class UcdpCsvResultFormatterTests
{
    private static string[] Lines(string csv) => csv.Split("\r\n");

    [Fact] // the header is the column list documented in docs/ucdp-csv.md, GED's names where GED has the field
    public void Format_Header_DocumentedColumns()
    {
        Lines(TestRecords.Format(new UcdpCsvResultFormatter(), TestRecords.Result()))[0].Should().Be(
            "id,type,date_start,date_end,date_prec,country,country_code,adm_1,where_coordinates,latitude,longitude,where_prec,"
            + "deaths_low,deaths_best,deaths_high,wounded_low,wounded_best,wounded_high,source_article,source_original,number_of_sources,grade,reports");
    }

    [Fact] // one row per incident: a day-exact date is date_prec 1, a province is where_prec 4, outlets and primary sources apart,
           // number_of_sources counts the reports; an incident with nothing known has empty cells, not zeros
    public void Format_HandBuiltResult_OneRowPerIncident()
    {
        string[] lines = Lines(TestRecords.Format(new UcdpCsvResultFormatter(), TestRecords.Result()));
        lines.Should().HaveCount(4, "header, two incidents, and the empty string after the final CRLF");
        lines[1].Should().Be("inc-000000000001,car-bombing,2017-11-04,2017-11-04,1,Syria,SY,Deir ez-Zor,Deir ez-Zor,35,40.5,4,75,75,,10,12,15,Rappler,Syrian Observatory for Human Rights,2,single-source,a;b");
        lines[2].Should().Be("inc-000000000002,,,,,,,,,,,,,,,,,,,,1,single-source,b");
    }

    [Theory]
    [InlineData(0, "1")] // one day
    [InlineData(1, "2")] // two days: "overnight" between two dates
    [InlineData(5, "2")] // six days: the top of GED's 2-6 day code
    [InlineData(6, "3")] // seven days: a week
    [InlineData(7, "4")] // eight days: more than a week, within a month
    [InlineData(30, "4")] // a 31-day month
    [InlineData(31, "5")] // longer than a month
    [InlineData(364, "5")] // a year
    public void DatePrecisionCode_FromRangeWidth(int extraDays, string expected)
    {
        var start = new LocalDate(2016, 2, 1);
        UcdpCsvResultFormatter.DatePrecisionCode(new DateRange(start, start.PlusDays(extraDays), DatePrecision.Unknown)).Should().Be(expected);
    }

    [Fact] // an unknown date has no precision code, not 1
    public void DatePrecisionCode_UnknownDate_Null()
    {
        UcdpCsvResultFormatter.DatePrecisionCode(default).Should().BeNull();
    }

    [Theory]
    [InlineData(PlaceKind.Locality, "1")] // a town or village: GED's exact location
    [InlineData(PlaceKind.Admin1, "4")] // a province or state
    [InlineData(PlaceKind.Country, "6")] // only the country
    public void WherePrecisionCode_FromPlaceKind(PlaceKind kind, string expected)
    {
        UcdpCsvResultFormatter.WherePrecisionCode(kind).Should().Be(expected);
    }

    [Fact] // a place name or outlet taken from a hostile report cannot become a spreadsheet formula in this CSV either
    public void Format_FormulaLikeOutlet_Neutralised()
    {
        IncidentRecord incident = TestRecords.Incident() with
        {
            Mentions = [new IncidentMention { Id = "x#0", Report = new Report { Id = "x", Text = "t", Outlet = "=HYPERLINK(\"http://evil\")" }, Ordinal = 0 }],
        };
        string csv = TestRecords.Format(new UcdpCsvResultFormatter(), new ReconcileResult { Reports = [], Incidents = [incident] });
        csv.Should().Contain(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
    }
}
