using System.Globalization;
using System.Text;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as a readable summary a person can scan, in the manner of an analyst's note.</summary>
/// <remarks>
/// <para>One block per incident: a header line (id, type, date, place, grade), the perpetrator, the reports, one line per
/// figure such as <c>Killed: 75 (at least; Syrian Observatory for Human Rights via Rappler, 5 Nov 2017; earlier 'dozens' superseded)</c>,
/// kept conflicts, and why each report's mention joined. Then a section for reports with problems or with no incident.</para>
/// <para>The layout is for people and may change between versions; use <see cref="JsonResultFormatter"/> for programs. Thread-safe.</para>
/// </remarks>
public sealed class TextResultFormatter : IResultFormatter
{
    private const string Indent = "  ";

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sb = new StringBuilder(4096);
        sb.Append(CultureInfo.InvariantCulture, $"Reconciled {Count(result.Reports.Count, "report")} into {Count(result.Incidents.Count, "incident")}.\n");
        foreach (IncidentRecord incident in result.Incidents)
        {
            sb.Append('\n');
            AppendIncident(sb, incident);
            PassOnIfFull(sb, output);
        }

        List<ReportOutcome> noted = result.Reports.Where(r => r.Problems.Count > 0 || r.Incidents.Count == 0).ToList();
        if (noted.Count > 0)
        {
            sb.Append("\nReports with problems or no incident:\n");
            foreach (ReportOutcome outcome in noted)
            {
                AppendReport(sb, outcome);
                PassOnIfFull(sb, output);
            }
        }

        output.Write(sb);
    }

    /// <summary>Passes the note on to the output in pieces as it grows, so memory does not grow with the result.</summary>
    private static void PassOnIfFull(StringBuilder sb, TextWriter output)
    {
        if (sb.Length >= 32 * 1024)
        {
            output.Write(sb);
            sb.Clear();
        }
    }

    private static void AppendIncident(StringBuilder sb, IncidentRecord incident)
    {
        sb.Append(incident.Id).Append(": ").Append(incident.Type?.ToKebabCase() ?? "incident of unknown type")
          .Append(", ").Append(DateText(incident.Date))
          .Append(", ").Append(PlaceText(incident.Place))
          .Append(" [").Append(OutputNames.Grade(incident.Grade)).Append("]\n");
        if (incident.Perpetrator is not null)
        {
            sb.Append(Indent).Append("Perpetrator: ").Append(incident.Perpetrator).Append('\n');
        }

        sb.Append(Indent).Append("Reports: ").AppendJoin(", ", incident.Reports).Append('\n');
        if (incident.Figures.Count == 0)
        {
            sb.Append(Indent).Append("No casualty figures reported.\n");
        }

        foreach (Figure figure in incident.Figures)
        {
            sb.Append(Indent).Append(FigureLine(figure)).Append('\n');
            if (!string.IsNullOrWhiteSpace(figure.Why))
            {
                sb.Append(Indent).Append(Indent).Append("why: ").Append(OneLine(figure.Why)).Append('\n');
            }
        }

        foreach (FieldConflict conflict in incident.Conflicts)
        {
            sb.Append(Indent).Append("Conflicting ").Append(conflict.Field).Append(": ")
              .AppendJoin("; ", conflict.Values.Select(v => string.Concat(v.Value, " (", string.Join(", ", v.MentionIds), ")")))
              .Append('\n');
        }

        foreach (MembershipReason reason in incident.Why)
        {
            if (reason.LinkedTo is null)
            {
                continue;
            }

            sb.Append(Indent).Append("Why: ").Append(reason.MentionId).Append(" joined ").Append(reason.LinkedTo)
              .Append(CultureInfo.InvariantCulture, $" (score {reason.Score:0.00})");
            if (reason.Evidence.Count > 0)
            {
                sb.Append(": ").AppendJoin("; ", reason.Evidence.Select(e =>
                    string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Weight:+0.00;-0.00;0.00} ({OneLine(e.Detail)})")));
            }

            sb.Append('\n');
        }
    }

    /// <summary>"Killed: 75 (at least; Syrian Observatory for Human Rights via Rappler, 5 Nov 2017; earlier 'dozens' superseded)".</summary>
    internal static string FigureLine(Figure figure)
    {
        var sb = new StringBuilder(128);
        string measure = OutputNames.Measure(figure.Measure);
        sb.Append(char.ToUpperInvariant(measure[0])).Append(measure, 1, measure.Length - 1);
        if (OutputNames.Group(figure.Group) is { } group)
        {
            sb.Append(" (").Append(group.Replace('-', ' ')).Append(')');
        }

        int? value = figure.Best ?? figure.Low;
        sb.Append(": ").Append(value?.ToString(CultureInfo.InvariantCulture) ?? "unknown");

        var parts = new List<string>();
        if (figure.High is null && figure.Low is { } low)
        {
            parts.Add(low == value ? "at least" : string.Create(CultureInfo.InvariantCulture, $"at least {low}"));
        }
        else if (figure.High is { } high && figure.Low != figure.High)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"range {figure.Low?.ToString(CultureInfo.InvariantCulture) ?? "?"}–{high}"));
        }

        if (figure.Grade == Grade.Corroborated)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"corroborated by {figure.IndependentSources} sources"));
        }
        else if (figure.Grade == Grade.Contested)
        {
            parts.Add("contested");
        }

        parts.AddRange(Attributions(figure.Claims));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (AttributedClaim claim in figure.Claims)
        {
            if (claim.Status == ClaimStatus.Superseded && seen.Add(claim.Claim.Quote))
            {
                parts.Add(string.Concat(claim.Claim.InTitle ? "earlier headline '" : "earlier '", OneLine(claim.Claim.Quote), "' superseded"));
            }
        }

        foreach (AttributedClaim claim in figure.Claims)
        {
            if (claim.Status == ClaimStatus.Context && seen.Add(claim.Claim.Quote))
            {
                string why = claim.Claim.Relevance == ClaimRelevance.Cumulative ? "a running total" : "another event";
                parts.Add(string.Concat("context '", OneLine(claim.Claim.Quote), "': ", why,
                    claim.Claim.RelevanceCue is { } cue ? string.Concat(" ('", OneLine(cue), "')") : string.Empty, ", not counted"));
            }
        }

        if (parts.Count > 0)
        {
            sb.Append(" (").AppendJoin("; ", parts).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>One part per primary source of the current claims, in order of first appearance:
    /// "Syrian Observatory for Human Rights via Rappler, 5 Nov 2017, also via Arab Today and r7".</summary>
    private static IEnumerable<string> Attributions(IReadOnlyList<AttributedClaim> claims)
    {
        var sources = new List<string>();
        var bySource = new Dictionary<string, List<AttributedClaim>>(StringComparer.Ordinal);
        foreach (AttributedClaim claim in claims)
        {
            if (claim.Status != ClaimStatus.Current)
            {
                continue;
            }

            string source = claim.Claim.Source ?? "unattributed";
            if (!bySource.TryGetValue(source, out List<AttributedClaim>? list))
            {
                bySource[source] = list = [];
                sources.Add(source);
            }

            list.Add(claim);
        }

        foreach (string source in sources)
        {
            // The latest dated claim leads (stable among equals); other outlets follow once each.
            List<AttributedClaim> list = bySource[source];
            AttributedClaim lead = list[0];
            foreach (AttributedClaim c in list)
            {
                if (c.Claim.AsOf is { } d && (lead.Claim.AsOf is not { } l || d > l))
                {
                    lead = c;
                }
            }

            var sb = new StringBuilder(64);
            sb.Append(source).Append(" via ").Append(Outlet(lead));
            if (lead.Claim.AsOf is { } asOf)
            {
                sb.Append(", ").Append(OutputNames.Human(asOf));
            }

            if (lead.BelligerentSource)
            {
                sb.Append(", a party to the incident");
            }

            List<string> others = list.Select(Outlet).Distinct(StringComparer.Ordinal).Where(o => !string.Equals(o, Outlet(lead), StringComparison.Ordinal)).ToList();
            if (others.Count > 0)
            {
                sb.Append(", also via ").Append(others.Count == 1 ? others[0] : string.Concat(string.Join(", ", others.Take(others.Count - 1)), " and ", others[^1]));
            }

            yield return sb.ToString();
        }
    }

    private static string Outlet(AttributedClaim claim) => claim.Outlet ?? claim.ReportId;

    private static void AppendReport(StringBuilder sb, ReportOutcome outcome)
    {
        if (outcome.Problems.Count == 0)
        {
            sb.Append(Indent).Append(outcome.Report.Id).Append(": no incident found.\n");
            return;
        }

        foreach (ReportProblem problem in outcome.Problems)
        {
            sb.Append(Indent).Append(outcome.Report.Id).Append(" [").Append(problem.Code).Append("] ").Append(OneLine(problem.Message)).Append('\n');
        }
    }

    internal static string DateText(DateRange date)
    {
        if (date.Earliest is { } e && date.Latest is { } l)
        {
            string text = e == l ? OutputNames.Human(e) : string.Concat(OutputNames.Human(e), " to ", OutputNames.Human(l));
            return date.Weekday is { } wd && e == l ? string.Concat(text, " (", Capital(OutputNames.Weekday(wd)), ")") : text;
        }

        return date.Weekday is { } day ? string.Concat("a ", Capital(OutputNames.Weekday(day)), ", date unknown") : "date unknown";
    }

    internal static string PlaceText(Place? place)
    {
        if (place is null)
        {
            return "place unknown";
        }

        var parts = new List<string> { place.Name };
        foreach (string? part in (ReadOnlySpan<string?>)[place.Admin1, place.Country])
        {
            if (!string.IsNullOrEmpty(part) && !string.Equals(parts[^1], part, StringComparison.Ordinal))
            {
                parts.Add(part);
            }
        }

        return string.Join(", ", parts);
    }

    private static string Capital(string word) => string.Concat(word[..1].ToUpperInvariant(), word.AsSpan(1));

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
