using System.Globalization;
using System.Text;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Benchmarks;

/// <summary>Generates realistic extraction results for clustering at scale: incidents of the same few types in the same weeks and towns,
/// each reported by one to five reports with different wording, some reports undated or recalling an earlier incident.</summary>
/// <remarks>Deterministic for a seed. Every report's incident is known, so quality can be measured too.</remarks>
internal static class SyntheticMentions
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ra", "to", "ne", "su", "ba", "di", "fe", "go", "hu", "ji", "ze", "wo", "pa", "qi", "vy", "xo", "le"];
    private static readonly string[] Generic = ["police", "said", "people", "shot", "killed", "wounded", "attack", "officials", "hospital", "witnesses", "residents", "area", "near", "street", "night", "morning", "authorities", "victims", "suspect", "investigation", "incident", "injured", "dead", "fire", "gunmen", "security", "forces", "local", "town", "province"];
    private static readonly IncidentType[] Types = [IncidentType.Shooting, IncidentType.Shooting, IncidentType.Bombing, IncidentType.CarBombing, IncidentType.AirStrike, IncidentType.Shelling, IncidentType.ArmedClash];

    /// <summary>Generates about <paramref name="reports"/> reports and returns them with each report's true incident id.</summary>
    public static (ExtractionResult[] Extractions, Dictionary<string, string> Gold) Generate(int reports, int seed = 1)
    {
        var random = new Random(seed);
        int incidents = Math.Max(1, reports * 2 / 5);
        int countries = Math.Max(2, incidents / 4000);
        var start = new LocalDate(2015, 1, 1);
        var incidentList = new List<Incident>(incidents);
        for (int i = 0; i < incidents; i++)
        {
            int country = random.Next(countries);
            int admin1 = random.Next(20);
            int town = random.Next(30);
            string cc = "C" + country.ToString(CultureInfo.InvariantCulture);
            string adm = cc + "-A" + admin1.ToString(CultureInfo.InvariantCulture);
            var place = new Place
            {
                Name = adm + "-T" + town.ToString(CultureInfo.InvariantCulture), Kind = PlaceKind.Locality, Admin1 = adm, CountryCode = cc, Country = cc,
                Latitude = (country * 3) + (admin1 * 0.1) + (town * 0.01), Longitude = (country * 3) + (admin1 * 0.1) - (town * 0.01),
            };
            var province = new Place { Name = adm, Kind = PlaceKind.Admin1, Admin1 = adm, CountryCode = cc, Country = cc };
            string[] specific = [.. Enumerable.Range(0, 8).Select(_ => Word(random))];
            incidentList.Add(new Incident(
                "I" + i.ToString(CultureInfo.InvariantCulture), Types[random.Next(Types.Length)], start.PlusDays(random.Next(Math.Max(30, incidents / 20))),
                place, province, random.Next(1, 30), specific, random.Next(4) == 0 ? "Group" + random.Next(10).ToString(CultureInfo.InvariantCulture) : null));
        }

        var results = new List<ExtractionResult>(reports);
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int r = 0; r < reports; r++)
        {
            Incident inc = incidentList[r < incidents ? r : random.Next(incidents)];
            string id = "syn-" + r.ToString("D7", CultureInfo.InvariantCulture);
            var text = new StringBuilder();
            TextSpan lead = Sentence(text, inc, random);
            LocalDate published = inc.Day.PlusDays(random.Next(0, 3));
            bool undated = random.Next(10) == 0;
            var report = new Report { Id = id, Text = string.Empty, Published = undated ? null : published };
            Incident? recalled = random.Next(5) == 0 ? incidentList[random.Next(incidents)] : null;
            TextSpan background = recalled is null ? default : Sentence(text, recalled, random);
            report = report with { Text = text.ToString() };
            var mentions = new List<IncidentMention> { Mention(report, 0, inc, lead, undated, random) };
            if (recalled is not null && recalled != inc)
            {
                mentions.Add(Mention(report, 1, recalled, background, undated, random));
            }

            results.Add(new ExtractionResult { Report = report, Mentions = mentions });
            gold[id] = inc.Id;
        }

        return ([.. results], gold);
    }

    private static IncidentMention Mention(Report report, int ordinal, Incident inc, TextSpan sentence, bool undated, Random random) => new()
    {
        Id = report.Id + "#" + ordinal.ToString(CultureInfo.InvariantCulture),
        Report = report,
        Ordinal = ordinal,
        Type = random.Next(6) == 0 ? IncidentType.Attack : inc.Type,
        Date = undated ? new DateRange(null, null, DatePrecision.Unknown, inc.Day.DayOfWeek) : DateRange.OnDay(inc.Day),
        Place = random.Next(4) == 0 ? inc.Province : inc.Town,
        Perpetrator = inc.Perpetrator,
        Claims =
        [
            new CasualtyClaim
            {
                Measure = CasualtyMeasure.Killed, Quantity = Quantity.Exactly(Math.Max(1, inc.Killed - random.Next(3))),
                Span = sentence, Quote = string.Empty,
            },
        ],
        Sentences = [sentence],
    };

    private static TextSpan Sentence(StringBuilder text, Incident inc, Random random)
    {
        int start = text.Length;
        for (int w = 0; w < 40; w++)
        {
            text.Append(random.Next(3) == 0 ? inc.Specific[random.Next(inc.Specific.Length)] : Generic[random.Next(Generic.Length)]).Append(' ');
        }

        text.Append(inc.Town.Name).Append(". ");
        return new TextSpan(start, text.Length);
    }

    private static string Word(Random random)
    {
        var sb = new StringBuilder();
        int n = random.Next(2, 5);
        for (int i = 0; i < n; i++)
        {
            sb.Append(Syllables[random.Next(Syllables.Length)]);
        }

        return sb.ToString();
    }

    private sealed record Incident(string Id, IncidentType Type, LocalDate Day, Place Town, Place Province, int Killed, string[] Specific, string? Perpetrator);
}
