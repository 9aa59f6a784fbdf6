using System.Globalization;
using System.Text;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

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
