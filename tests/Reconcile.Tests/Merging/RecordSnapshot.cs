using System.Globalization;
using System.Text;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Writes every field of a record as text, so that two records can be compared by content rather than by reference.</summary>
internal static class RecordSnapshot
{
    public static string Of(IncidentRecord r)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"id={r.Id} type={r.Type} date={r.Date} place={Place(r.Place)} perp={r.Perpetrator} grade={r.Grade}");
        sb.AppendLine("reports=" + string.Join(",", r.Reports));
        sb.AppendLine("mentions=" + string.Join(",", r.Mentions.Select(m => m.Id)));
        sb.AppendLine("why=" + string.Join(",", r.Why.Select(w => w.MentionId)));
        foreach (FieldConflict c in r.Conflicts)
        {
            sb.AppendLine("conflict " + c.Field + ": " + string.Join(" | ", c.Values.Select(v => v.Value + "<" + string.Join(",", v.MentionIds) + ">")));
        }

        foreach (Figure f in r.Figures)
        {
            sb.AppendLine("figure " + Figure(f));
            foreach (AttributedClaim c in f.Claims)
            {
                sb.AppendLine(ci, $"  {c.ReportId} [{c.Claim.Span.Start},{c.Claim.Span.End}) '{c.Claim.Quote}' src={c.Claim.Source} outlet={c.Outlet} {c.Status} bell={c.BelligerentSource}");
            }
        }

        return sb.ToString();
    }

    public static string Figure(Figure f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Measure}/{f.Group} low={f.Low} best={f.Best} high={f.High} cons={f.Conservative} {f.Grade} sources={f.IndependentSources} why={f.Why}");

    /// <summary>Only what the copy-report property may not change: low, best, high and grade of each figure.</summary>
    public static string Numbers(IncidentRecord r) =>
        string.Join("; ", r.Figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Measure}/{f.Group} {f.Low}/{f.Best}/{f.High} {f.Grade}")))
        + " record=" + r.Grade;

    private static string Place(Place? p) => p is null ? "-" : p.Name + "/" + p.Kind + "/" + p.Admin1;
}
