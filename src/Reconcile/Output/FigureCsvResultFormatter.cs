using System.Text;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as CSV with one row per figure: every measure and victim group of every incident (killed civilians,
/// killed government forces, wounded...), which the one-row-per-incident CSV summarises into one killed and one wounded figure.</summary>
/// <remarks>
/// <para>Columns: <c>incident_id, measure, group, low, best, high, conservative, grade, independent_sources, claims, sources,
/// reports</c>. <c>group</c> is empty for the all-victims figure; <c>claims</c> counts the claims that set the figure (context
/// claims excluded); <c>sources</c> lists their primary sources and <c>reports</c> their report ids, <c>;</c>-joined and sorted.
/// Rows follow the incidents' id order and each record's figure order. Empty cells mean unknown (for <c>high</c>, unbounded).</para>
/// <para>The same CSV rules as <see cref="CsvResultFormatter"/> (RFC 4180, CRLF, formula-like cells neutralised); thread-safe and
/// stateless; rows are written as they are produced.</para>
/// </remarks>
public sealed class FigureCsvResultFormatter : IResultFormatter
{
    /// <summary>The header row's column names, in order.</summary>
    internal static readonly string[] Columns =
    [
        "incident_id", "measure", "group", "low", "best", "high", "conservative", "grade", "independent_sources", "claims", "sources", "reports",
    ];

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        (StringBuilder sb, string?[] cells) = CsvResultFormatter.StartTable(output, Columns);
        foreach (IncidentRecord incident in result.Incidents)
        {
            foreach (Figure figure in incident.Figures)
            {
                sb.Clear();
                IEnumerable<AttributedClaim> setting = figure.Claims.Where(c => c.Status != ClaimStatus.Context);
                cells[0] = incident.Id;
                cells[1] = OutputNames.Measure(figure.Measure);
                cells[2] = OutputNames.Group(figure.Group);
                cells[3] = CsvResultFormatter.Number(figure.Low);
                cells[4] = CsvResultFormatter.Number(figure.Best);
                cells[5] = CsvResultFormatter.Number(figure.High);
                cells[6] = CsvResultFormatter.Number(figure.Conservative);
                cells[7] = OutputNames.Grade(figure.Grade);
                cells[8] = CsvResultFormatter.Number(figure.IndependentSources);
                cells[9] = CsvResultFormatter.Number(setting.Count());
                cells[10] = string.Join(';', setting.Select(c => c.Claim.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                cells[11] = string.Join(';', setting.Select(c => c.ReportId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
                CsvResultFormatter.WriteRow(sb, cells);
                output.Write(sb);
            }
        }
    }
}
