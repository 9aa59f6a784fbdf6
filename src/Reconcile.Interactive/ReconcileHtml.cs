using System.Globalization;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Interactive;

/// <summary>HTML fragments of Reconcile's results for notebooks and other pages: an incident table (one row per figure with
/// its low/best/high, grade, conflicts and sources), one incident in detail with its claims, and a chart of the figures'
/// ranges. The notebook formatters (<see cref="ReconcileFormatters"/>) use these; they can also be called directly.</summary>
/// <remarks>
/// <para>Each fragment is self-contained: an element of class <c>reconcile</c> with its own scoped style, no script and no
/// network. Every text taken from a report (quotes, sources, places, ids) is HTML-encoded, so a <c>&lt;script&gt;</c>
/// inside a report stays text. Numbers and dates are written with the invariant culture; the same input always gives the
/// same string. Thread-safe and stateless.</para>
/// </remarks>
public static class ReconcileHtml
{
    /// <summary>The number of incidents or figures a table or chart shows when not told otherwise; the rest is counted in a
    /// closing line, so that a notebook cell stays light for a result of thousands of incidents.</summary>
    public const int DefaultMaxRows = 200;

    private const string Style = """
        <style>
        .reconcile{font:13px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
        .reconcile table{border-collapse:collapse;margin:4px 0}
        .reconcile th,.reconcile td{border:1px solid #d5d9de;padding:2px 6px;text-align:left;vertical-align:top}
        .reconcile th{background:#eef1f5}
        .reconcile td.n{text-align:right;font-variant-numeric:tabular-nums}
        .reconcile .muted{color:#5b6570}
        .reconcile .grade{border-radius:4px;padding:0 5px;background:#e8ecf1;white-space:nowrap}
        .reconcile .grade.contested{background:#fde2c8}.reconcile .grade.corroborated{background:#d6f0da}
        .reconcile .conflict{color:#8a3b00}
        .reconcile .superseded .quote{text-decoration:line-through;color:#6b7480}
        .reconcile ul{margin:2px 0;padding-left:18px}
        </style>
        """;

    /// <summary>A summary line, the incident table (<see cref="Incidents"/>) and the reports with problems or no incident.</summary>
    /// <param name="result">The result to show.</param>
    /// <param name="maxRows">The most incidents shown in the table.</param>
    /// <returns>The HTML fragment.</returns>
    public static HtmlFragment Result(ReconcileResult result, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        o.Write("<div class=\"reconcile reconcile-result\">");
        o.Write(Style);
        o.Write("<div><strong>");
        o.Write(Num(result.Reports.Count));
        o.Write(result.Reports.Count == 1 ? " report" : " reports");
        o.Write(", ");
        o.Write(Num(result.Incidents.Count));
        o.Write(result.Incidents.Count == 1 ? " incident" : " incidents");
        o.Write("</strong></div>\n");
        WriteIncidentTable(o, result.Incidents, maxRows);
        var quiet = new List<(string Id, string What)>();
        foreach (ReportOutcome outcome in result.Reports)
        {
            foreach (ReportProblem problem in outcome.Problems)
            {
                quiet.Add((outcome.Report.Id, problem.Code + ": " + problem.Message));
            }

            if (outcome.Problems.Count == 0 && outcome.Incidents.Count == 0)
            {
                quiet.Add((outcome.Report.Id, "no incident"));
            }
        }

        if (quiet.Count > 0)
        {
            o.Write("<div>Reports with problems or no incident:</div><ul class=\"problems\">\n");
            foreach ((string id, string what) in quiet)
            {
                o.Write("<li>");
                HtmlText.Encode(o, id);
                o.Write(": ");
                HtmlText.Encode(o, what);
                o.Write("</li>\n");
            }

            o.Write("</ul>\n");
        }

        o.Write("</div>");
        return new HtmlFragment(o.ToString());
    }

    /// <summary>The incident table: one row per figure (measure and victim group, low, best, high, the figure's grade), the
    /// incident's id, type, date, place, grade, conflicts and sources spanning its rows.</summary>
    /// <param name="incidents">The incidents, in the order to show.</param>
    /// <param name="maxRows">The most incidents shown.</param>
    /// <returns>The HTML fragment.</returns>
    public static HtmlFragment Incidents(IEnumerable<IncidentRecord> incidents, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        o.Write("<div class=\"reconcile reconcile-incidents\">");
        o.Write(Style);
        WriteIncidentTable(o, incidents as IReadOnlyCollection<IncidentRecord> ?? incidents.ToList(), maxRows);
        o.Write("</div>");
        return new HtmlFragment(o.ToString());
    }

    /// <summary>One figure: its low/best/high and grade, and every claim behind it.</summary>
    /// <param name="figure">The figure to show.</param>
    /// <returns>The HTML fragment.</returns>
    public static HtmlFragment Figure(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        o.Write("<div class=\"reconcile reconcile-figure\">");
        o.Write(Style);
        o.Write("<table class=\"figures\">");
        WriteFigureTable(o, [figure]);
        o.Write("</table></div>");
        return new HtmlFragment(o.ToString());
    }

    /// <summary>One incident in detail: its fields, each figure with low/best/high and grade, every claim behind the figure
    /// (quote, source, outlet, as-of date, status; superseded claims struck through), conflicts and why its reports were linked.</summary>
    /// <param name="incident">The incident to show.</param>
    /// <returns>The HTML fragment.</returns>
    public static HtmlFragment Incident(IncidentRecord incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        o.Write("<div class=\"reconcile reconcile-incident\">");
        o.Write(Style);
        o.Write("<table class=\"fields\">\n");
        Field(o, "Incident", incident.Id);
        Field(o, "Type", incident.Type?.ToKebabCase());
        Field(o, "Date", HtmlText.DateText(incident.Date) + " (precision: " + OutputNames.Precision(incident.Date.Precision) + ")");
        Field(o, "Place", PlaceText(incident.Place, withCoordinates: true));
        Field(o, "Perpetrator", incident.Perpetrator);
        Field(o, "Grade", OutputNames.Grade(incident.Grade));
        Field(o, "Reports", string.Join(", ", incident.Reports));
        o.Write("</table>\n");
        if (incident.Figures.Count > 0)
        {
            o.Write("<table class=\"figures\">");
            WriteFigureTable(o, incident.Figures);
            o.Write("</table>\n");
        }

        foreach (FieldConflict conflict in incident.Conflicts)
        {
            HtmlText.WriteConflict(o, conflict);
        }

        if (incident.Why.Any(w => w.LinkedTo is not null))
        {
            o.Write("<div>Why these reports are one incident:</div><ul class=\"why\">\n");
            foreach (MembershipReason reason in incident.Why)
            {
                if (reason.LinkedTo is not { } to)
                {
                    continue;
                }

                o.Write("<li>");
                HtmlText.Encode(o, reason.MentionId);
                o.Write(" linked to ");
                HtmlText.Encode(o, to);
                o.Write(string.Create(CultureInfo.InvariantCulture, $" (score {reason.Score:0.###})"));
                foreach (Evidence e in reason.Evidence)
                {
                    o.Write("; ");
                    HtmlText.Encode(o, e.Name);
                    o.Write(": ");
                    HtmlText.Encode(o, e.Detail);
                }

                o.Write("</li>\n");
            }

            o.Write("</ul>\n");
        }

        o.Write("</div>");
        return new HtmlFragment(o.ToString());
    }

    /// <summary>A chart of the figures' ranges (inline SVG, no script): one line per figure from its low to its high (an open
    /// high runs dashed to the edge), a dot at its best, on a logarithmic scale so that 3 and 300 both read.</summary>
    /// <param name="incidents">The incidents whose figures to draw, in order.</param>
    /// <param name="maxRows">The most figures drawn.</param>
    /// <returns>The HTML fragment (an <c>svg</c> element in a <c>div</c>).</returns>
    public static HtmlFragment RangeChart(IEnumerable<IncidentRecord> incidents, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var rows = new List<(string Label, Figure Figure)>();
        int total = 0;
        foreach (IncidentRecord incident in incidents)
        {
            foreach (Figure figure in incident.Figures)
            {
                if (figure.Best is null && figure.Low is null)
                {
                    continue;
                }

                total++;
                if (rows.Count < maxRows)
                {
                    rows.Add((incident.Id + " · " + FigureName(figure), figure));
                }
            }
        }

        const int LabelWidth = 300, PlotWidth = 420, RowHeight = 20, Top = 8, AxisHeight = 28;
        int max = 1;
        foreach ((_, Figure f) in rows)
        {
            max = Math.Max(max, Math.Max(f.High ?? 0, Math.Max(f.Best ?? 0, f.Low ?? 0)));
        }

        // Ticks at 0, 1, 10, 100, ... up to the power of ten at or above the largest bound, which is the right edge.
        int decades = (int)Math.Ceiling(Math.Log10(max + 1));
        double scaleMax = Math.Log10(Math.Pow(10, Math.Max(1, decades)) + 1);
        double X(double value) => LabelWidth + (Math.Log10(Math.Max(0, value) + 1) / scaleMax * PlotWidth);

        int height = Top + (rows.Count * RowHeight) + AxisHeight;
        int width = LabelWidth + PlotWidth + 20;
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        o.Write("<div class=\"reconcile reconcile-chart\">");
        o.Write(Style);
        o.Write(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Figures: low to high, dot at best\" font-family=\"system-ui,sans-serif\" font-size=\"11\">\n"));
        double axisY = Top + (rows.Count * RowHeight) + 4;
        for (int d = 0; d <= Math.Max(1, decades) + 1; d++)
        {
            int value = d == 0 ? 0 : (int)Math.Pow(10, d - 1);
            double x = X(value);
            o.Write(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{axisY:0.#}\" stroke=\"#e3e7ec\"/><text x=\"{x:0.#}\" y=\"{axisY + 14:0.#}\" text-anchor=\"middle\" fill=\"#5b6570\">{value}</text>\n"));
        }

        for (int i = 0; i < rows.Count; i++)
        {
            (string label, Figure f) = rows[i];
            double y = Top + (i * RowHeight) + (RowHeight / 2.0);
            o.Write("<g class=\"figure\"><title>");
            HtmlText.Encode(o, label + ": " + BoundsText(f));
            o.Write("</title>");
            o.Write(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">"));
            HtmlText.Encode(o, label.Length > 48 ? label[..47] + "…" : label);
            o.Write("</text>");
            double x1 = X(f.Low ?? f.Best ?? 0);
            double x2 = f.High is { } high ? X(high) : LabelWidth + PlotWidth + 10;
            string dash = f.High is null ? " stroke-dasharray=\"4 3\"" : string.Empty;
            o.Write(string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y:0.#}\" x2=\"{Math.Max(x2, x1 + 1):0.#}\" y2=\"{y:0.#}\" stroke=\"#7f9cc2\" stroke-width=\"6\" stroke-linecap=\"round\"{dash}/>"));
            if (f.Best is { } best)
            {
                o.Write(string.Create(CultureInfo.InvariantCulture, $"<circle class=\"best\" cx=\"{X(best):0.#}\" cy=\"{y:0.#}\" r=\"4.5\" fill=\"#1f3a5f\"/>"));
            }

            o.Write("</g>\n");
        }

        o.Write("</svg>");
        if (total > rows.Count)
        {
            o.Write("<div class=\"muted\">");
            o.Write(Num(total - rows.Count));
            o.Write(" more figures not drawn.</div>");
        }

        o.Write("</div>");
        return new HtmlFragment(o.ToString());
    }

    private static void WriteIncidentTable(TextWriter o, IReadOnlyCollection<IncidentRecord> incidents, int maxRows)
    {
        o.Write("<table class=\"incidents\"><thead><tr><th>Incident</th><th>Type</th><th>Date</th><th>Place</th><th>Figure</th><th>Low</th><th>Best</th><th>High</th><th>Grade</th><th>Conflicts</th><th>Sources</th></tr></thead><tbody>\n");
        int shown = 0;
        foreach (IncidentRecord incident in incidents)
        {
            if (shown == maxRows)
            {
                break;
            }

            shown++;
            int span = Math.Max(1, incident.Figures.Count);
            string rowspan = span > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{span}\"") : string.Empty;
            o.Write("<tr class=\"incident\"><td");
            o.Write(rowspan);
            o.Write("><code>");
            HtmlText.Encode(o, incident.Id);
            o.Write("</code></td><td");
            o.Write(rowspan);
            o.Write(">");
            HtmlText.Encode(o, incident.Type?.ToKebabCase() ?? "unknown");
            o.Write("</td><td");
            o.Write(rowspan);
            o.Write(">");
            HtmlText.Encode(o, HtmlText.DateText(incident.Date));
            o.Write("<div class=\"muted\">");
            o.Write(OutputNames.Precision(incident.Date.Precision));
            o.Write("</div></td><td");
            o.Write(rowspan);
            o.Write(">");
            HtmlText.Encode(o, PlaceText(incident.Place, withCoordinates: false) ?? "unknown");
            o.Write("</td>");
            if (incident.Figures.Count == 0)
            {
                o.Write("<td class=\"muted\" colspan=\"4\">no figure</td>");
            }
            else
            {
                WriteFigureCells(o, incident.Figures[0]);
            }

            o.Write("<td");
            o.Write(rowspan);
            o.Write(">");
            WriteGrade(o, incident.Grade);
            o.Write("</td><td");
            o.Write(rowspan);
            o.Write(">");
            WriteConflictList(o, incident);
            o.Write("</td><td");
            o.Write(rowspan);
            o.Write(">");
            WriteSources(o, incident);
            o.Write("</td></tr>\n");
            for (int i = 1; i < incident.Figures.Count; i++)
            {
                o.Write("<tr class=\"figure-row\">");
                WriteFigureCells(o, incident.Figures[i]);
                o.Write("</tr>\n");
            }
        }

        o.Write("</tbody></table>\n");
        if (incidents.Count > shown)
        {
            o.Write("<div class=\"muted\">");
            o.Write(Num(incidents.Count - shown));
            o.Write(" more incidents not shown.</div>\n");
        }
    }

    private static void WriteFigureTable(TextWriter o, IReadOnlyList<Figure> figures)
    {
        o.Write("<thead><tr><th>Figure</th><th>Low</th><th>Best</th><th>High</th><th>Grade</th><th>Claims</th></tr></thead><tbody>\n");
        foreach (Figure figure in figures)
        {
            o.Write("<tr><td>");
            HtmlText.Encode(o, FigureName(figure));
            if (figure.Why is { } why)
            {
                o.Write("<div class=\"muted\">");
                HtmlText.Encode(o, why);
                o.Write("</div>");
            }

            o.Write("</td>");
            WriteBounds(o, figure);
            o.Write("<td>");
            WriteGrade(o, figure.Grade);
            o.Write("</td><td><ul class=\"claims\">");
            foreach (AttributedClaim claim in figure.Claims)
            {
                WriteClaim(o, claim);
            }

            o.Write("</ul></td></tr>\n");
        }

        o.Write("</tbody>");
    }

    private static void WriteFigureCells(TextWriter o, Figure figure)
    {
        o.Write("<td>");
        HtmlText.Encode(o, FigureName(figure));
        o.Write(" <span class=\"grade ");
        o.Write(OutputNames.Grade(figure.Grade));
        o.Write("\" title=\"figure grade\">");
        o.Write(OutputNames.Grade(figure.Grade));
        o.Write("</span></td>");
        WriteBounds(o, figure);
    }

    private static void WriteBounds(TextWriter o, Figure figure)
    {
        o.Write("<td class=\"n low\">");
        o.Write(figure.Low is { } l ? Num(l) : "?");
        o.Write("</td><td class=\"n best\"><strong>");
        o.Write(figure.Best is { } b ? Num(b) : "?");
        o.Write("</strong></td><td class=\"n high\">");
        o.Write(figure.High is { } h ? Num(h) : "open");
        o.Write("</td>");
    }

    private static void WriteGrade(TextWriter o, Grade grade)
    {
        o.Write("<span class=\"grade ");
        o.Write(OutputNames.Grade(grade));
        o.Write("\">");
        o.Write(OutputNames.Grade(grade));
        o.Write("</span>");
    }

    private static void WriteConflictList(TextWriter o, IncidentRecord incident)
    {
        if (incident.Conflicts.Count == 0)
        {
            o.Write("<span class=\"muted\">none</span>");
            return;
        }

        for (int c = 0; c < incident.Conflicts.Count; c++)
        {
            FieldConflict conflict = incident.Conflicts[c];
            o.Write(c == 0 ? "<div class=\"conflict\">" : "<br><div class=\"conflict\">");
            HtmlText.Encode(o, conflict.Field);
            o.Write(": ");
            HtmlText.Encode(o, string.Join(" vs ", conflict.Values.Select(v => v.Value)));
            o.Write("</div>");
        }
    }

    /// <summary>The named sources of the incident's claims, then the outlets that carried them, then its reports.</summary>
    private static void WriteSources(TextWriter o, IncidentRecord incident)
    {
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var outlets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Figure figure in incident.Figures)
        {
            foreach (AttributedClaim claim in figure.Claims)
            {
                if (claim.Claim.Source is { } source)
                {
                    named.Add(source);
                }

                if (claim.Outlet is { } outlet)
                {
                    outlets.Add(outlet);
                }
            }
        }

        if (named.Count > 0)
        {
            HtmlText.Encode(o, string.Join("; ", named));
            o.Write("<br>");
        }

        if (outlets.Count > 0)
        {
            o.Write("<span class=\"muted\">via ");
            HtmlText.Encode(o, string.Join(", ", outlets));
            o.Write("</span><br>");
        }

        o.Write("<span class=\"muted\">");
        o.Write(Num(incident.Reports.Count));
        o.Write(incident.Reports.Count == 1 ? " report: " : " reports: ");
        HtmlText.Encode(o, string.Join(", ", incident.Reports));
        o.Write("</span>");
    }

    private static void WriteClaim(TextWriter o, AttributedClaim attributed)
    {
        HtmlText.WriteClaimAttribution(o, attributed);
        o.Write(", in ");
        HtmlText.Encode(o, attributed.ReportId);
        o.Write("</span></li>");
    }

    private static void Field(TextWriter o, string name, string? value)
    {
        o.Write("<tr><th>");
        o.Write(name);
        o.Write("</th><td>");
        if (value is null)
        {
            o.Write("<span class=\"muted\">unknown</span>");
        }
        else
        {
            HtmlText.Encode(o, value);
        }

        o.Write("</td></tr>\n");
    }

    private static string FigureName(Figure figure) =>
        OutputNames.Group(figure.Group) is { } group ? OutputNames.Measure(figure.Measure) + " (" + group + ")" : OutputNames.Measure(figure.Measure);

    private static string BoundsText(Figure f) =>
        "best " + (f.Best is { } b ? Num(b) : "unknown") + ", low " + (f.Low is { } l ? Num(l) : "unknown") + ", high " + (f.High is { } h ? Num(h) : "open");

    private static string? PlaceText(Place? place, bool withCoordinates)
    {
        if (place is null)
        {
            return null;
        }

        string where = place.Name + (place.Admin1 is { } a && a != place.Name ? ", " + a : string.Empty)
            + (place.Country is { } c && c != place.Name ? ", " + c : string.Empty);
        if (withCoordinates && place.Latitude is { } lat && place.Longitude is { } lon)
        {
            where += string.Create(CultureInfo.InvariantCulture, $" ({OutputNames.PlaceKind(place.Kind)} at {lat:0.####}, {lon:0.####})");
        }

        return where;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
