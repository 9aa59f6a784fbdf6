using System.Globalization;
using System.Text;
using NodaTime;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Quantities as extraction gives them (the interval convention: "dozens" is 24 to 99, nominal 24).</summary>
internal static class Q
{
    public static Quantity Exact(int n) => Quantity.Exactly(n);

    public static Quantity AtLeast(int n) => new(n, null, HedgeKind.AtLeast, n);

    public static Quantity MoreThan(int n) => new(n + 1, null, HedgeKind.MoreThan, n);

    public static Quantity Nearly(int n) => new(null, n - 1, HedgeKind.AtMost, n);

    public static Quantity About(int n) => new(n - (n / 10), n + (n / 10), HedgeKind.Approximately, n);

    public static Quantity Dozens => new(24, 99, HedgeKind.Vague, 24);

    public static Quantity None => new(null, null, HedgeKind.Vague, null);
}

/// <summary>Hand-made places.</summary>
internal static class Places
{
    public static Place Country(string name, string code = "SY") => new() { Name = name, Kind = PlaceKind.Country, Country = name, CountryCode = code };

    public static Place Admin1(string name, string code = "SY") => new() { Name = name, Kind = PlaceKind.Admin1, Admin1 = name, CountryCode = code };

    public static Place Town(string name, string admin1, string code = "SY") => new() { Name = name, Kind = PlaceKind.Locality, Admin1 = admin1, CountryCode = code };
}

/// <summary>Builds a report whose text is made of the claims' quotes, so every span and quote is real.</summary>
internal sealed class TestReport
{
    private readonly StringBuilder _text = new("Report. ");
    private readonly string _id;
    private readonly string? _outlet;
    private readonly LocalDate? _published;
    private Report? _report;

    public TestReport(string id, string? outlet = null, LocalDate? published = null)
    {
        _id = id;
        _outlet = outlet;
        _published = published;
    }

    public Report Report => _report ??= new Report { Id = _id, Text = _text.ToString(), Outlet = _outlet, Published = _published };

    public CasualtyClaim Claim(string quote, CasualtyMeasure measure, Quantity quantity, string? source = null,
        VictimGroup group = VictimGroup.Unspecified, LocalDate? asOf = null, bool rising = false)
    {
        if (_report is not null)
        {
            throw new InvalidOperationException("Add claims before building mentions.");
        }

        int start = _text.Length;
        _text.Append(quote).Append(". ");
        return new CasualtyClaim
        {
            Measure = measure,
            Group = group,
            Quantity = quantity,
            Span = new TextSpan(start, start + quote.Length),
            Quote = quote,
            Source = source,
            AsOf = asOf,
            Rising = rising,
        };
    }

    public CasualtyClaim Killed(string quote, Quantity quantity, string? source = null, VictimGroup group = VictimGroup.Unspecified, LocalDate? asOf = null, bool rising = false) =>
        Claim(quote, CasualtyMeasure.Killed, quantity, source, group, asOf, rising);

    public CasualtyClaim Wounded(string quote, Quantity quantity, string? source = null, VictimGroup group = VictimGroup.Unspecified, LocalDate? asOf = null) =>
        Claim(quote, CasualtyMeasure.Wounded, quantity, source, group, asOf);

    public IncidentMention Mention(IEnumerable<CasualtyClaim> claims, int ordinal = 0, IncidentType? type = null, DateRange date = default,
        Place? place = null, string? perpetrator = null) => new()
        {
            Id = _id + "#" + ordinal.ToString(CultureInfo.InvariantCulture),
            Report = Report,
            Ordinal = ordinal,
            Type = type,
            Date = date,
            Place = place,
            Perpetrator = perpetrator,
            Claims = [.. claims],
        };
}

/// <summary>Builds clusters and merges them.</summary>
internal static class TestMerge
{
    public static readonly LocalDate Nov4 = new(2017, 11, 4);
    public static readonly LocalDate Nov5 = new(2017, 11, 5);

    public static IncidentCluster Cluster(params IncidentMention[] mentions) => new()
    {
        Id = "incident",
        Mentions = [.. mentions.OrderBy(m => m.Id, StringComparer.Ordinal)],
        Why = [.. mentions.Select(m => new MembershipReason { MentionId = m.Id })],
    };

    public static IncidentRecord Merge(params IncidentMention[] mentions) => new IncidentMerger().Merge(Cluster(mentions));

    public static IncidentRecord Merge(MergeOptions options, params IncidentMention[] mentions) => new IncidentMerger(options).Merge(Cluster(mentions));

    /// <summary>A mention with only claims, for figure tests.</summary>
    public static IncidentMention Claims(string reportId, string? outlet, LocalDate? published, params (string Quote, CasualtyMeasure Measure, Quantity Q, string? Source, LocalDate? AsOf)[] claims)
    {
        var r = new TestReport(reportId, outlet, published);
        CasualtyClaim[] built = [.. claims.Select(c => r.Claim(c.Quote, c.Measure, c.Q, c.Source, asOf: c.AsOf))];
        return r.Mention(built);
    }
}

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
