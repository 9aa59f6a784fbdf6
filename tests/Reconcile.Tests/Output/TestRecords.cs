using NodaTime;
using Reconcile.Model;

namespace Reconcile.Tests.Output;

/// <summary>Hand-built results for the formatter tests (independent of extraction, clustering and merging).</summary>
internal static class TestRecords
{
    public const string TextA = "Published November 05, 2017\n\nA car bombing killed \"at least 75 displaced civilians\", said the Syrian Observatory for Human Rights. – Rappler.com";
    public const string TextB = "A car bombing killed dozens of displaced people in Deir Ezzor on Saturday, a monitor said.";

    public static Report ReportA { get; } = new() { Id = "a", Text = TextA, Outlet = "Rappler", Published = new LocalDate(2017, 11, 5) };

    public static Report ReportB { get; } = new() { Id = "b", Text = TextB };

    public static Report Broken { get; } = new()
    {
        Id = "broken",
        Text = string.Empty,
        Problems = [new ReportProblem { Code = ProblemCodes.NotText, Message = "broken.txt: not valid UTF-8 – skipped." }],
    };

    public static CasualtyClaim Claim(Report report, string quote, Quantity quantity, string? source = null, LocalDate? asOf = null,
        CasualtyMeasure measure = CasualtyMeasure.Killed, VictimGroup group = VictimGroup.Unspecified)
    {
        int start = report.Text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{quote}' is not in report {report.Id}");
        }

        var span = new TextSpan(start, start + quote.Length);
        return new CasualtyClaim { Measure = measure, Group = group, Quantity = quantity, Span = span, Quote = span.Slice(report.Text), Source = source, AsOf = asOf };
    }

    public static IncidentRecord Incident()
    {
        CasualtyClaim at75 = Claim(ReportA, "killed \"at least 75 displaced civilians\"", new Quantity(75, null, HedgeKind.AtLeast, 75),
            "Syrian Observatory for Human Rights", new LocalDate(2017, 11, 5), group: VictimGroup.Displaced);
        CasualtyClaim dozens = Claim(ReportB, "killed dozens", new Quantity(24, null, HedgeKind.Vague, 36), "Syrian Observatory for Human Rights");
        var mentionA = new IncidentMention { Id = "a#0", Report = ReportA, Ordinal = 0 };
        var mentionB = new IncidentMention { Id = "b#0", Report = ReportB, Ordinal = 0 };
        return new IncidentRecord
        {
            Id = "inc-000000000001",
            Type = IncidentType.CarBombing,
            Date = DateRange.OnDay(new LocalDate(2017, 11, 4)),
            Place = new Place { Name = "Deir ez-Zor", Kind = PlaceKind.Admin1, Admin1 = "Deir ez-Zor", Country = "Syria", CountryCode = "SY", Latitude = 35.0, Longitude = 40.5 },
            Perpetrator = "Islamic State",
            Reports = ["a", "b"],
            Mentions = [mentionA, mentionB],
            Grade = Grade.SingleSource,
            Figures =
            [
                new Figure
                {
                    Measure = CasualtyMeasure.Killed,
                    Low = 75,
                    Best = 75,
                    High = null,
                    Conservative = 75,
                    IndependentSources = 1,
                    Why = "best is the source's latest figure",
                    Claims =
                    [
                        new AttributedClaim { Claim = at75, ReportId = "a", Outlet = "Rappler", Status = ClaimStatus.Current },
                        new AttributedClaim { Claim = dozens, ReportId = "b", Status = ClaimStatus.Superseded },
                    ],
                },
                new Figure
                {
                    Measure = CasualtyMeasure.Wounded,
                    Group = VictimGroup.GovernmentForces,
                    Low = 10,
                    Best = 12,
                    High = 15,
                    Grade = Grade.Contested,
                    IndependentSources = 2,
                    Claims = [],
                },
            ],
            Why =
            [
                new MembershipReason { MentionId = "a#0" },
                new MembershipReason
                {
                    MentionId = "b#0",
                    LinkedTo = "a#0",
                    Score = 3.25,
                    Evidence = [new Evidence("date-same-day", 1.5, "both 2017-11-04"), new Evidence("place-contained", 1.75, "Deir Ezzor in Deir ez-Zor")],
                },
            ],
            Conflicts = [new FieldConflict { Field = "date", Values = [new ConflictingValue { Value = "2017-11-04", MentionIds = ["a#0"] }, new ConflictingValue { Value = "2017-11-05", MentionIds = ["b#0"] }] }],
        };
    }

    public static ReconcileResult Result() => new()
    {
        Reports =
        [
            new ReportOutcome { Report = ReportA, Incidents = ["inc-000000000001"] },
            new ReportOutcome { Report = ReportB, Incidents = ["inc-000000000001"] },
            new ReportOutcome { Report = Broken, Problems = Broken.Problems },
        ],
        Incidents = [Incident(), new IncidentRecord { Id = "inc-000000000002", Reports = ["b"], Mentions = [] }],
    };

    public static string Format(Reconcile.Output.IResultFormatter formatter, ReconcileResult result)
    {
        using var writer = new StringWriter();
        formatter.Format(result, writer);
        return writer.ToString();
    }
}
