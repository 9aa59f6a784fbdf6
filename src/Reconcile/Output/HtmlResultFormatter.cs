using System.Globalization;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as one self-contained HTML page for reviewing records before signing them off: every incident with
/// its fields, every figure as a low/best/high bar with its claims, each claim's quote highlighted in its sentence and linked
/// to the full report text in the page, and the evidence for each link.</summary>
/// <remarks>
/// <para>One file with no network access (a content security policy forbids it): inline style and a small inline script for
/// the search box, for opening every incident, and for opening what a link points to (a report's full text; <c>#all</c> opens
/// every incident). Incidents are collapsed (<c>&lt;details&gt;</c>) so that a page of thousands
/// stays quick to scan; the search box filters them by any text in their record. Superseded claims are struck through; context
/// claims (about another event or a cumulative tally) are listed apart, since they set no bound. Reports with problems or with
/// no incident are listed in their own section.</para>
/// <para>Every text from a report is untrusted and is HTML-encoded, including ids used in attributes. The same result always gives
/// the same bytes. Thread-safe and stateless; the page is written as it is produced.</para>
/// </remarks>
public sealed class HtmlResultFormatter : IResultFormatter
{
    private const string Style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
        header{background:#1f3a5f;color:#fff;padding:14px 22px}header h1{margin:0 0 4px;font-size:20px}
        main{padding:12px 22px;max-width:1100px}
        #search{width:60%;padding:6px 8px;font-size:15px;margin:8px 8px 8px 0}
        details.incident{background:#fff;border:1px solid #d5d9de;border-radius:6px;margin:8px 0;padding:6px 12px}
        details.incident>summary{cursor:pointer;font-weight:600}
        .muted{color:#5b6570;font-weight:400}.grade{border-radius:4px;padding:0 6px;font-size:13px;background:#e8ecf1}
        .grade.contested{background:#fde2c8}.grade.corroborated{background:#d6f0da}
        table.fields td{padding:2px 10px 2px 0;vertical-align:top}
        .figure{margin:10px 0;padding:6px 0;border-top:1px solid #eceff2}
        .bar{position:relative;height:14px;background:#eceff2;border-radius:3px;margin:4px 0 6px;max-width:520px}
        .bar .range{position:absolute;top:0;bottom:0;background:#9fb8d6;border-radius:3px}
        .bar .range.open{background:linear-gradient(90deg,#9fb8d6,#eceff2)}
        .bar .best{position:absolute;top:-3px;bottom:-3px;width:3px;background:#1f3a5f}
        ul.claims{margin:4px 0;padding-left:20px}ul.claims li{margin:4px 0}
        .superseded .quote{text-decoration:line-through;color:#6b7480}
        blockquote{margin:2px 0;padding:2px 8px;border-left:3px solid #c9d2dc;color:#39414a}
        mark{background:#ffe38a;padding:0 1px}
        .why li{font-size:13px}.conflict{color:#8a3b00}
        section.report{background:#fff;border:1px solid #d5d9de;border-radius:6px;margin:8px 0;padding:6px 12px}
        section.report pre{white-space:pre-wrap;word-wrap:break-word;font:13px/1.4 ui-monospace,monospace;max-height:420px;overflow:auto}
        .problem{color:#a00}
        """;

    private const string Script = """
        (function(){
        var box=document.getElementById('search');var items=document.querySelectorAll('details.incident');
        box.addEventListener('input',function(){var q=box.value.toLowerCase();var shown=0;
        for(var i=0;i<items.length;i++){var hit=!q||items[i].textContent.toLowerCase().indexOf(q)>=0;items[i].style.display=hit?'':'none';if(hit)shown++;}
        document.getElementById('shown').textContent=shown;});
        document.getElementById('expand').addEventListener('click',function(){for(var i=0;i<items.length;i++){items[i].open=true;}});
        document.getElementById('collapse').addEventListener('click',function(){for(var i=0;i<items.length;i++){items[i].open=false;}});
        function reveal(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;
        if(id==='all'){for(var i=0;i<items.length;i++){items[i].open=true;}return;}
        var el=document.getElementById(id);if(!el)return;if(el.tagName==='DETAILS')el.open=true;var inner=el.querySelector('details');if(inner)inner.open=true;}
        window.addEventListener('hashchange',reveal);reveal();
        document.body.setAttribute('data-ready','1');
        })();
        """;

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var reports = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (ReportOutcome outcome in result.Reports)
        {
            reports[outcome.Report.Id] = outcome.Report;
        }

        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Reconcile review: ");
        output.Write(Num(result.Incidents.Count));
        output.Write(" incidents</title>\n<style>\n");
        output.Write(Style);
        output.Write("</style>\n</head>\n<body>\n<header><h1>Reconcile review</h1><div>");
        output.Write(Num(result.Reports.Count));
        output.Write(" reports, ");
        output.Write(Num(result.Incidents.Count));
        output.Write(" incidents</div></header>\n<main>\n");
        output.Write("<input id=\"search\" type=\"search\" placeholder=\"Search incidents: place, type, source, quote...\" aria-label=\"Search incidents\">");
        output.Write("<button id=\"expand\" type=\"button\">Open all</button> <button id=\"collapse\" type=\"button\">Close all</button> ");
        output.Write("<span class=\"muted\"><span id=\"shown\">");
        output.Write(Num(result.Incidents.Count));
        output.Write("</span> shown</span>\n<h2>Incidents</h2>\n");
        foreach (IncidentRecord incident in result.Incidents)
        {
            WriteIncident(output, incident, reports);
        }

        WriteProblems(output, result);
        output.Write("<h2>Reports</h2>\n");
        foreach (ReportOutcome outcome in result.Reports)
        {
            WriteReport(output, outcome);
        }

        output.Write("</main>\n<script>\n");
        output.Write(Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    private static void WriteIncident(TextWriter o, IncidentRecord incident, Dictionary<string, Report> reports)
    {
        Figure? killed = CsvResultFormatter.MainFigure(incident, CasualtyMeasure.Killed);
        o.Write("<details class=\"incident\" id=\"");
        HtmlText.Encode(o, incident.Id);
        o.Write("\">\n<summary>");
        HtmlText.Encode(o, incident.Type?.ToKebabCase() ?? "incident");
        o.Write(" <span class=\"muted\">");
        HtmlText.Encode(o, HtmlText.DateText(incident.Date));
        o.Write(" · ");
        HtmlText.Encode(o, incident.Place?.Name ?? "place unknown");
        if (killed?.Best is { } best)
        {
            o.Write(" · killed ");
            o.Write(Num(best));
        }

        o.Write(" · ");
        o.Write(Num(incident.Reports.Count));
        o.Write(incident.Reports.Count == 1 ? " report" : " reports");
        o.Write("</span> <span class=\"grade ");
        o.Write(OutputNames.Grade(incident.Grade));
        o.Write("\">");
        o.Write(OutputNames.Grade(incident.Grade));
        o.Write("</span></summary>\n<table class=\"fields\">\n");
        Row(o, "Id", incident.Id);
        Row(o, "Type", incident.Type?.ToKebabCase());
        Row(o, "Date", HtmlText.DateText(incident.Date) + " (precision: " + OutputNames.Precision(incident.Date.Precision) + ")");
        if (incident.Place is { } place)
        {
            string where = place.Name + (place.Admin1 is { } a && a != place.Name ? ", " + a : string.Empty)
                + (place.Country is { } c && c != place.Name ? ", " + c : string.Empty) + " (" + OutputNames.PlaceKind(place.Kind) + ")";
            if (place.Latitude is { } lat && place.Longitude is { } lon)
            {
                where += string.Create(CultureInfo.InvariantCulture, $" at {lat:0.####}, {lon:0.####}");
            }

            Row(o, "Place", where);
        }
        else
        {
            Row(o, "Place", null);
        }

        Row(o, "Perpetrator", incident.Perpetrator);
        o.Write("<tr><td>Reports</td><td>");
        bool first = true;
        foreach (string id in incident.Reports)
        {
            o.Write(first ? string.Empty : ", ");
            ReportLink(o, id);
            first = false;
        }

        o.Write("</td></tr>\n</table>\n");
        foreach (Figure figure in incident.Figures)
        {
            WriteFigure(o, figure, reports);
        }

        foreach (FieldConflict conflict in incident.Conflicts)
        {
            HtmlText.WriteConflict(o, conflict);
        }

        o.Write("<details class=\"why\"><summary class=\"muted\">Why these reports are one incident</summary><ul>\n");
        foreach (MembershipReason reason in incident.Why)
        {
            o.Write("<li>");
            HtmlText.Encode(o, reason.MentionId);
            if (reason.LinkedTo is { } to)
            {
                o.Write(" linked to ");
                HtmlText.Encode(o, to);
                o.Write(string.Create(CultureInfo.InvariantCulture, $" (score {reason.Score:0.###})"));
                foreach (Evidence e in reason.Evidence)
                {
                    o.Write("; ");
                    HtmlText.Encode(o, e.Name);
                    o.Write(string.Create(CultureInfo.InvariantCulture, $" {e.Weight:+0.###;-0.###;0}: "));
                    HtmlText.Encode(o, e.Detail);
                }
            }
            else
            {
                o.Write(" (first of the incident)");
            }

            o.Write("</li>\n");
        }

        o.Write("</ul></details>\n</details>\n");
    }

    private static void WriteFigure(TextWriter o, Figure figure, Dictionary<string, Report> reports)
    {
        o.Write("<div class=\"figure\"><strong>");
        HtmlText.Encode(o, OutputNames.Measure(figure.Measure));
        if (OutputNames.Group(figure.Group) is { } group)
        {
            o.Write(" (");
            HtmlText.Encode(o, group);
            o.Write(")");
        }

        o.Write("</strong>: best <span class=\"best-value\">");
        o.Write(figure.Best is { } b ? Num(b) : "unknown");
        o.Write("</span>, low ");
        o.Write(figure.Low is { } l ? Num(l) : "unknown");
        o.Write(", high ");
        o.Write(figure.High is { } h ? Num(h) : "open");
        o.Write(" <span class=\"grade ");
        o.Write(OutputNames.Grade(figure.Grade));
        o.Write("\">");
        o.Write(OutputNames.Grade(figure.Grade));
        o.Write("</span>");
        if (figure.Why is { } why)
        {
            o.Write(" <span class=\"muted\">");
            HtmlText.Encode(o, why);
            o.Write("</span>");
        }

        WriteBar(o, figure);
        o.Write("<ul class=\"claims\">\n");
        var context = new List<AttributedClaim>();
        foreach (AttributedClaim claim in figure.Claims)
        {
            if (claim.Status == ClaimStatus.Context)
            {
                context.Add(claim);
                continue;
            }

            WriteClaim(o, claim, reports);
        }

        o.Write("</ul>\n");
        if (context.Count > 0)
        {
            o.Write("<div class=\"muted\">Context (about another event or a cumulative tally; sets no bound):</div><ul class=\"claims context\">\n");
            foreach (AttributedClaim claim in context)
            {
                WriteClaim(o, claim, reports);
            }

            o.Write("</ul>\n");
        }

        o.Write("</div>\n");
    }

    /// <summary>The low-high range as a bar on a scale to the largest bound (an open high fades out), the best as a tick.</summary>
    private static void WriteBar(TextWriter o, Figure figure)
    {
        int top = Math.Max(1, Math.Max(figure.High ?? 0, Math.Max(figure.Best ?? 0, figure.Low ?? 0)));
        double scale = figure.High is null ? 100.0 / (top * 1.25) : 100.0 / top;
        double low = (figure.Low ?? 0) * scale;
        double high = figure.High is { } hi ? hi * scale : 100;
        o.Write("<div class=\"bar\" role=\"img\" aria-label=\"range\"><div class=\"range");
        o.Write(figure.High is null ? " open" : string.Empty);
        o.Write(string.Create(CultureInfo.InvariantCulture, $"\" style=\"left:{low:0.#}%;width:{Math.Max(0.5, high - low):0.#}%\"></div>"));
        if (figure.Best is { } best)
        {
            o.Write(string.Create(CultureInfo.InvariantCulture, $"<div class=\"best\" style=\"left:{Math.Min(99.5, best * scale):0.#}%\"></div>"));
        }

        o.Write("</div>\n");
    }

    private static void WriteClaim(TextWriter o, AttributedClaim attributed, Dictionary<string, Report> reports)
    {
        CasualtyClaim claim = attributed.Claim;
        HtmlText.WriteClaimAttribution(o, attributed);
        o.Write(claim.InTitle ? ", in the headline of " : ", in ");
        ReportLink(o, attributed.ReportId);
        o.Write("</span>");

        // A headline's claim is shown in its title, a text's claim in its sentence.
        if (reports.TryGetValue(attributed.ReportId, out Report? report)
            && (claim.InTitle ? report.Title : report.Text) is { } said
            && claim.Span.Start >= 0 && claim.Span.End <= said.Length && claim.Span.Start <= claim.Span.End)
        {
            (int from, int to) = claim.InTitle ? (0, said.Length) : HtmlText.Sentence(said, claim.Span);
            o.Write("<blockquote>");
            HtmlText.Encode(o, said.AsSpan(from, claim.Span.Start - from));
            o.Write("<mark>");
            HtmlText.Encode(o, said.AsSpan(claim.Span.Start, claim.Span.Length));
            o.Write("</mark>");
            HtmlText.Encode(o, said.AsSpan(claim.Span.End, to - claim.Span.End));
            o.Write("</blockquote>");
        }

        o.Write("</li>\n");
    }

    private static void WriteProblems(TextWriter o, ReconcileResult result)
    {
        o.Write("<h2>Reports with problems or no incident</h2>\n<ul class=\"problems\">\n");
        int count = 0;
        foreach (ReportOutcome outcome in result.Reports)
        {
            foreach (ReportProblem problem in outcome.Problems)
            {
                o.Write("<li>");
                ReportLink(o, outcome.Report.Id);
                o.Write(" <span class=\"problem\">");
                HtmlText.Encode(o, problem.Code);
                o.Write("</span>: ");
                HtmlText.Encode(o, problem.Message);
                o.Write("</li>\n");
                count++;
            }

            if (outcome.Problems.Count == 0 && outcome.Incidents.Count == 0)
            {
                o.Write("<li>");
                ReportLink(o, outcome.Report.Id);
                o.Write(": no incident</li>\n");
                count++;
            }
        }

        if (count == 0)
        {
            o.Write("<li class=\"muted\">none</li>\n");
        }

        o.Write("</ul>\n");
    }

    private static void WriteReport(TextWriter o, ReportOutcome outcome)
    {
        Report r = outcome.Report;
        o.Write("<section class=\"report\" id=\"report-");
        HtmlText.Encode(o, r.Id);
        o.Write("\"><h3>");
        HtmlText.Encode(o, r.Id);
        o.Write("</h3><div class=\"muted\">");
        var parts = new List<string>(4);
        if (r.Title is { } title)
        {
            parts.Add(title);
        }

        if (r.Outlet is { } outlet)
        {
            parts.Add(outlet);
        }

        if (r.Published is { } published)
        {
            parts.Add("published " + OutputNames.Iso(published));
        }

        if (r.Url is { } url)
        {
            parts.Add(url);
        }

        HtmlText.Encode(o, string.Join(" · ", parts));
        o.Write("</div><div>Incidents: ");
        if (outcome.Incidents.Count == 0)
        {
            o.Write("none");
        }

        for (int i = 0; i < outcome.Incidents.Count; i++)
        {
            o.Write(i == 0 ? "<a href=\"#" : ", <a href=\"#");
            HtmlText.Encode(o, outcome.Incidents[i]);
            o.Write("\">");
            HtmlText.Encode(o, outcome.Incidents[i]);
            o.Write("</a>");
        }

        o.Write("</div><details><summary>Full text</summary><pre>");
        HtmlText.Encode(o, r.Text);
        o.Write("</pre></details></section>\n");
    }

    private static void Row(TextWriter o, string name, string? value)
    {
        o.Write("<tr><td>");
        o.Write(name);
        o.Write("</td><td>");
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

    private static void ReportLink(TextWriter o, string id)
    {
        o.Write("<a href=\"#report-");
        HtmlText.Encode(o, id);
        o.Write("\">");
        HtmlText.Encode(o, id);
        o.Write("</a>");
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
