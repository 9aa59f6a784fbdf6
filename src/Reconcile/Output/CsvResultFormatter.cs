using System.Globalization;
using System.Text;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as CSV: one row per incident, in the spirit of UCDP GED (low/best/high per measure).</summary>
/// <remarks>
/// <para>Columns: <c>id, type, date_start, date_end, place, admin1, country, latitude, longitude, killed_low, killed_best,
/// killed_high, wounded_low, wounded_best, wounded_high, grade, sources, reports</c>. <c>sources</c> and <c>reports</c> are
/// <c>;</c>-joined and sorted. The killed and wounded columns come from the all-victims figure of that measure when there is
/// one, otherwise from the group figure with the highest best value. Empty cells mean unknown (or, for <c>*_high</c>, unbounded).</para>
/// <para>RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line break, CRLF record ends. Thread-safe.</para>
/// </remarks>
public sealed class CsvResultFormatter : IResultFormatter
{
    /// <summary>The header row's column names, in order.</summary>
    internal static readonly string[] Columns =
    [
        "id", "type", "date_start", "date_end", "place", "admin1", "country", "latitude", "longitude",
        "killed_low", "killed_best", "killed_high", "wounded_low", "wounded_best", "wounded_high", "grade", "sources", "reports",
    ];

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sb = new StringBuilder(256);
        WriteRow(sb, Columns);
        var cells = new string?[Columns.Length];
        foreach (IncidentRecord incident in result.Incidents)
        {
            Figure? killed = MainFigure(incident, CasualtyMeasure.Killed);
            Figure? wounded = MainFigure(incident, CasualtyMeasure.Wounded);
            cells[0] = incident.Id;
            cells[1] = incident.Type?.ToKebabCase();
            cells[2] = OutputNames.Iso(incident.Date.Earliest);
            cells[3] = OutputNames.Iso(incident.Date.Latest);
            cells[4] = incident.Place?.Name;
            cells[5] = incident.Place?.Admin1;
            cells[6] = incident.Place?.Country;
            cells[7] = Number(incident.Place?.Latitude);
            cells[8] = Number(incident.Place?.Longitude);
            cells[9] = Number(killed?.Low);
            cells[10] = Number(killed?.Best);
            cells[11] = Number(killed?.High);
            cells[12] = Number(wounded?.Low);
            cells[13] = Number(wounded?.Best);
            cells[14] = Number(wounded?.High);
            cells[15] = OutputNames.Grade(incident.Grade);
            cells[16] = string.Join(';', Sources(incident));
            cells[17] = string.Join(';', incident.Reports.Order(StringComparer.Ordinal));
            WriteRow(sb, cells);
            output.Write(sb);
            sb.Clear();
        }

        output.Write(sb);
    }

    /// <summary>The all-victims figure of the measure, else the group figure with the highest best value (first on ties).</summary>
    internal static Figure? MainFigure(IncidentRecord incident, CasualtyMeasure measure)
    {
        Figure? best = null;
        foreach (Figure f in incident.Figures)
        {
            if (f.Measure != measure)
            {
                continue;
            }

            if (f.Group == VictimGroup.Unspecified)
            {
                return f;
            }

            if (best is null || (f.Best ?? f.Low ?? -1) > (best.Best ?? best.Low ?? -1))
            {
                best = f;
            }
        }

        return best;
    }

    internal static IEnumerable<string> Sources(IncidentRecord incident) =>
        incident.Figures
            .SelectMany(f => f.Claims)
            .Select(c => c.Claim.Source)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    internal static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    internal static string? Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null;

    /// <summary>Writes the header row of <paramref name="columns"/> and returns the row buffer and the cell array to reuse per row.</summary>
    internal static (StringBuilder Row, string?[] Cells) StartTable(TextWriter output, string[] columns)
    {
        var sb = new StringBuilder(256);
        WriteRow(sb, columns);
        output.Write(sb);
        sb.Clear();
        return (sb, new string?[columns.Length]);
    }

    internal static void WriteRow(StringBuilder sb, string?[] cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            AppendField(sb, cells[i]);
        }

        sb.Append("\r\n");
    }

    /// <summary>Appends one field, quoted (with quotes doubled) when it holds a comma, quote or line break. A text that a
    /// spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return and
    /// is not a plain number, such as a place or outlet name taken from a report) gets a leading apostrophe and is quoted
    /// (OWASP's advice against CSV injection); numbers such as a negative longitude are written as they are.</summary>
    internal static void AppendField(StringBuilder sb, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (IsFormulaLike(value))
        {
            sb.Append("\"'").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static bool IsFormulaLike(string value) =>
        value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
