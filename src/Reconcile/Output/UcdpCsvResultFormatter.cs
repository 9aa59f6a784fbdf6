using System.Text;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as CSV in the manner of the UCDP Georeferenced Event Dataset (GED): one row per incident, with
/// GED's column names and precision codes where GED has the field, so that the file loads beside GED-style data.</summary>
/// <remarks>
/// <para>Columns, documented one by one with their GED equivalents in <c>docs/ucdp-csv.md</c>: <c>id, type, date_start,
/// date_end, date_prec, country, country_code, adm_1, where_coordinates, latitude, longitude, where_prec, deaths_low,
/// deaths_best, deaths_high, wounded_low, wounded_best, wounded_high, source_article, source_original, number_of_sources,
/// grade, reports</c>.</para>
/// <para><c>date_prec</c> follows GED's codes from the width of the date range (1 one day, 2 two to six days, 3 a week,
/// 4 up to a month, 5 longer); <c>where_prec</c> from the place's kind (1 a town or village, 4 a first-level division, 6 a
/// country). Empty cells mean unknown (for <c>*_high</c>, unbounded). The same CSV rules as <see cref="CsvResultFormatter"/>:
/// RFC 4180, CRLF, cells that a spreadsheet would run as a formula neutralised. Thread-safe and stateless; rows are written as
/// they are produced.</para>
/// </remarks>
public sealed class UcdpCsvResultFormatter : IResultFormatter
{
    /// <summary>The header row's column names, in order.</summary>
    internal static readonly string[] Columns =
    [
        "id", "type", "date_start", "date_end", "date_prec", "country", "country_code", "adm_1", "where_coordinates",
        "latitude", "longitude", "where_prec", "deaths_low", "deaths_best", "deaths_high", "wounded_low", "wounded_best",
        "wounded_high", "source_article", "source_original", "number_of_sources", "grade", "reports",
    ];

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        (StringBuilder sb, string?[] cells) = CsvResultFormatter.StartTable(output, Columns);
        foreach (IncidentRecord incident in result.Incidents)
        {
            sb.Clear();
            Figure? killed = CsvResultFormatter.MainFigure(incident, CasualtyMeasure.Killed);
            Figure? wounded = CsvResultFormatter.MainFigure(incident, CasualtyMeasure.Wounded);
            Place? place = incident.Place;
            cells[0] = incident.Id;
            cells[1] = incident.Type?.ToKebabCase();
            cells[2] = OutputNames.Iso(incident.Date.Earliest);
            cells[3] = OutputNames.Iso(incident.Date.Latest);
            cells[4] = DatePrecisionCode(incident.Date);
            cells[5] = place?.Country;
            cells[6] = place?.CountryCode;
            cells[7] = place?.Admin1;
            cells[8] = place?.Name;
            cells[9] = CsvResultFormatter.Number(place?.Latitude);
            cells[10] = CsvResultFormatter.Number(place?.Longitude);
            cells[11] = place is null ? null : WherePrecisionCode(place.Kind);
            cells[12] = CsvResultFormatter.Number(killed?.Low);
            cells[13] = CsvResultFormatter.Number(killed?.Best);
            cells[14] = CsvResultFormatter.Number(killed?.High);
            cells[15] = CsvResultFormatter.Number(wounded?.Low);
            cells[16] = CsvResultFormatter.Number(wounded?.Best);
            cells[17] = CsvResultFormatter.Number(wounded?.High);
            cells[18] = string.Join(';', incident.Mentions.Select(m => m.Report.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            cells[19] = string.Join(';', CsvResultFormatter.Sources(incident));
            cells[20] = CsvResultFormatter.Number(incident.Reports.Count);
            cells[21] = OutputNames.Grade(incident.Grade);
            cells[22] = string.Join(';', incident.Reports.Order(StringComparer.Ordinal));
            CsvResultFormatter.WriteRow(sb, cells);
            output.Write(sb);
        }
    }

    /// <summary>GED's <c>date_prec</c> from the width of the range: 1 one day, 2 two to six days, 3 a week (seven days), 4 eight
    /// days to a month (31 days), 5 longer; <see langword="null"/> when the date is unknown.</summary>
    internal static string? DatePrecisionCode(DateRange date)
    {
        if (date.Earliest is not { } start || date.Latest is not { } end)
        {
            return null;
        }

        int days = Period.DaysBetween(start, end) + 1;
        return days switch
        {
            <= 1 => "1",
            <= 6 => "2",
            7 => "3",
            <= 31 => "4",
            _ => "5",
        };
    }

    /// <summary>GED's <c>where_prec</c> from the place's kind: 1 an exact town or village, 4 a first-level division, 6 a
    /// country; <see langword="null"/> for a kind GED has no code for.</summary>
    internal static string? WherePrecisionCode(PlaceKind kind) => kind switch
    {
        PlaceKind.Locality => "1",
        PlaceKind.Admin1 => "4",
        PlaceKind.Country => "6",
        _ => null,
    };
}
