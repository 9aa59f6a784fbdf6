using NodaTime;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

/// <summary>Builds reports and hand-made mentions for clustering tests: each mention covers its own sentences of the report text.</summary>
internal static class ClusteringFixtures
{
    public static readonly Place DeirEzzorProvince = Province("Deir ez-Zor");
    public static readonly Place DeirEzzorCity = Town("Deir ez-Zor", "Deir ez-Zor", 35.336, 40.140);
    public static readonly Place HasakehProvince = Province("Al-Hasakah");
    public static readonly Place AlbuKamal = Town("Albu Kamal", "Deir ez-Zor", 34.452, 40.918);
    public static readonly Place AlSoussa = Town("Al-Soussa", "Deir ez-Zor", 34.530, 40.870);
    public static readonly Place SwaidaProvince = Province("Suwayda");
    public static readonly Place Zardanah = Town("Zardanah", "Idlib", 36.074, 36.748);
    public static readonly Place Chicago = Town("Chicago", "Illinois", 41.850, -87.650, "US", "United States");

    public static Place Province(string name, string countryCode = "SY", string country = "Syria") =>
        new() { Name = name, Kind = PlaceKind.Admin1, Admin1 = name, CountryCode = countryCode, Country = country };

    public static Place Town(string name, string admin1, double lat, double lon, string countryCode = "SY", string country = "Syria") =>
        new() { Name = name, Kind = PlaceKind.Locality, Admin1 = admin1, CountryCode = countryCode, Country = country, Latitude = lat, Longitude = lon };

    public static Quantity AtLeast(int n) => new(n, null, HedgeKind.AtLeast, n);

    public static Quantity MoreThan(int n) => new(n + 1, null, HedgeKind.MoreThan, n);

    public static Quantity Exactly(int n) => Quantity.Exactly(n);

    /// <summary>"dozens" under the interval convention: 24 to 99.</summary>
    public static Quantity Dozens => new(24, 99, HedgeKind.Vague, 24);

    public static CasualtyClaim Claim(CasualtyMeasure measure, Quantity quantity, VictimGroup group = VictimGroup.Unspecified, string? source = null, LocalDate? asOf = null, bool rising = false) =>
        new() { Measure = measure, Quantity = quantity, Group = group, Source = source, AsOf = asOf, Rising = rising, Span = new TextSpan(0, 0), Quote = string.Empty };

    public static CasualtyClaim Killed(Quantity quantity, VictimGroup group = VictimGroup.Unspecified, string? source = null, LocalDate? asOf = null, bool rising = false) =>
        Claim(CasualtyMeasure.Killed, quantity, group, source, asOf, rising);

    public static CasualtyClaim Wounded(Quantity quantity, VictimGroup group = VictimGroup.Unspecified, string? source = null) =>
        Claim(CasualtyMeasure.Wounded, quantity, group, source);

    public static DateRange Day(int year, int month, int day) => DateRange.OnDay(new LocalDate(year, month, day));

    public static DateRange Month(int year, int month) =>
        new(new LocalDate(year, month, 1), new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    /// <summary>An unresolved "on Saturday" in an undated report.</summary>
    public static DateRange OnlyWeekday(IsoDayOfWeek day) => new(null, null, DatePrecision.Unknown, day);

    /// <summary>What a mention says besides its sentences.</summary>
    public sealed record Spec(string[] Sentences)
    {
        public IncidentType? Type { get; init; }

        public DateRange Date { get; init; }

        public Place? Place { get; init; }

        public string? Perpetrator { get; init; }

        public CasualtyClaim[] Claims { get; init; } = [];
    }

    /// <summary>Builds a report whose text is the mentions' sentences in order, and its extraction result.</summary>
    public static ExtractionResult Report(string id, LocalDate? published, params Spec[] mentions)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan[]>();
        foreach (Spec spec in mentions)
        {
            var s = new TextSpan[spec.Sentences.Length];
            for (int i = 0; i < s.Length; i++)
            {
                int start = text.Length;
                text.Append(spec.Sentences[i]);
                s[i] = new TextSpan(start, text.Length);
                text.Append(' ');
            }

            spans.Add(s);
        }

        var report = new Report { Id = id, Text = text.ToString(), Published = published };
        var result = new IncidentMention[mentions.Length];
        for (int m = 0; m < mentions.Length; m++)
        {
            Spec spec = mentions[m];
            result[m] = new IncidentMention
            {
                Id = id + "#" + m.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Report = report,
                Ordinal = m,
                Type = spec.Type,
                Date = spec.Date,
                Place = spec.Place,
                Perpetrator = spec.Perpetrator,
                Claims = spec.Claims,
                Sentences = spans[m],
            };
        }

        return new ExtractionResult { Report = report, Mentions = result };
    }

    /// <summary>The five sample reports' incidents, as an analyst's extraction would give them (texts paraphrased).</summary>
    public static ExtractionResult[] Seeds()
    {
        const string Sohr = "Syrian Observatory for Human Rights";
        const string Is = "Islamic State";
        return
        [
            Report("000", new LocalDate(2017, 11, 5),
                new Spec([
                    "A car bomb claimed by the Islamic State group killed at least 75 displaced civilians near the Euphrates in Deir Ezzor province, a monitor said Sunday.",
                    "The Syrian Observatory for Human Rights said the suicide car bomb struck families gathered on the eastern bank of the river on Saturday, wounding 140.",
                ])
                {
                    Type = IncidentType.CarBombing, Date = Day(2017, 11, 4), Place = DeirEzzorProvince, Perpetrator = Is,
                    Claims = [Killed(AtLeast(75), VictimGroup.Displaced, Sohr), Killed(Dozens, VictimGroup.Displaced, Sohr, new LocalDate(2017, 11, 4)), Wounded(Exactly(140), source: Sohr)],
                },
                new Spec(["Last month, a car bombing in Hasakeh province killed at least 18 people, including displaced families and Kurdish security forces."])
                {
                    Type = IncidentType.CarBombing, Date = Day(2017, 10, 12), Place = HasakehProvince,
                    Claims = [Killed(AtLeast(18), source: Sohr)],
                }),
            Report("001", null,
                new Spec([
                    "An Islamic State car bomb killed dozens of displaced people on Saturday on the eastern bank of the Euphrates in Deir Ezzor, the Observatory said.",
                    "Dozens more were wounded when the explosives-laden vehicle blew up among families fleeing the fighting.",
                ])
                {
                    Type = IncidentType.CarBombing, Date = OnlyWeekday(IsoDayOfWeek.Saturday), Place = DeirEzzorProvince, Perpetrator = Is,
                    Claims = [Killed(Dozens, VictimGroup.Displaced, Sohr), Wounded(Dozens, source: Sohr)],
                }),
            Report("002", null,
                new Spec([
                    "DEIR EZZOR: A car bomb killed dozens of people displaced by fighting east of the Euphrates on Saturday, a war monitor said.",
                    "The jihadists blew up the vehicle among families gathered near the river, leaving dozens wounded.",
                ])
                {
                    Type = IncidentType.Bombing, Date = OnlyWeekday(IsoDayOfWeek.Saturday), Place = DeirEzzorCity, Perpetrator = Is,
                    Claims = [Killed(Dozens, VictimGroup.Displaced, Sohr), Wounded(Dozens, source: Sohr)],
                }),
            Report("003", new LocalDate(2018, 7, 13),
                new Spec([
                    "Air strikes killed 28 civilians in Al-Soussa, one of the last pockets held by the Islamic State group in eastern Syria, the Observatory said on Friday.",
                    "State news agency SANA said more than 30 civilians died in the strikes on Thursday and blamed the US-led coalition.",
                ])
                {
                    Type = IncidentType.AirStrike, Date = Day(2018, 7, 12), Place = AlSoussa,
                    Claims = [Killed(Exactly(28), VictimGroup.Civilians, Sohr), Killed(MoreThan(30), VictimGroup.Civilians, "SANA")],
                },
                new Spec(["Last month, an IS incursion into the town of Albu Kamal near the Iraqi border left dozens of pro-regime fighters dead."])
                {
                    Type = IncidentType.Attack, Date = Month(2018, 6), Place = AlbuKamal, Perpetrator = Is,
                    Claims = [Killed(Dozens, VictimGroup.GovernmentForces)],
                }),
            Report("004", new LocalDate(2018, 6, 9),
                new Spec([
                    "Islamic State fighters seized parts of Albu Kamal on Friday in a surprise attack that killed at least 25 government and allied fighters, the Observatory said.",
                    "At least 18 militants, including suicide bombers, also died in the assault on the border town.",
                ])
                {
                    Type = IncidentType.Attack, Date = Day(2018, 6, 8), Place = AlbuKamal, Perpetrator = Is,
                    Claims = [Killed(AtLeast(25), VictimGroup.GovernmentForces, Sohr), Killed(AtLeast(18), VictimGroup.Militants, Sohr)],
                },
                new Spec(["The jihadists launched an operation on Sunday against villages along the river between Albu Kamal and Deir Ezzor city, killing at least 45 government and allied forces since."])
                {
                    Type = IncidentType.Attack, Date = Day(2018, 6, 3), Place = DeirEzzorProvince, Perpetrator = Is,
                    Claims = [Killed(AtLeast(45), VictimGroup.GovernmentForces, Sohr)],
                },
                new Spec(["On Thursday, an IS attack in the desert of Swaida province killed at least 22 pro-government fighters."])
                {
                    Type = IncidentType.Attack, Date = Day(2018, 6, 7), Place = SwaidaProvince, Perpetrator = Is,
                    Claims = [Killed(AtLeast(22), VictimGroup.GovernmentForces, Sohr)],
                },
                new Spec(["Air strikes on the rebel-held town of Zardanah in Idlib province killed 51 civilians on Thursday, and the toll was still rising."])
                {
                    Type = IncidentType.AirStrike, Date = Day(2018, 6, 7), Place = Zardanah,
                    Claims = [Killed(Exactly(51), VictimGroup.Civilians, Sohr, rising: true)],
                }),
        ];
    }
}
