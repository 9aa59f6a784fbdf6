using System.Text.Json;
using NodaTime;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Merging;

/// <summary>Rebuilds the gold incidents of seeds.gold.json from hand-made claims (quotes from the gold) and checks the merge against the gold.</summary>
public partial class IncidentMergerTests
{
    private const string Sohr = "Syrian Observatory for Human Rights";
    private const string IslamicState = "Islamic State";
    private const string R000 = "000_f76b70445732279e";
    private const string R001 = "001_1e6615ac57ba320a";
    private const string R002 = "002_5f72c11ff1a0ff51";
    private const string R003 = "003_73d0f7e78f3a6fb5";
    private const string R004 = "004_b1804142b1501a11";

    private static readonly Lazy<JsonDocument> Gold = new(TestCorpus.Gold);

    public static TheoryData<string> GoldKeys => new()
    {
        "deir-ezzor-displaced-car-bombing", // updates from one source: "dozens" superseded by "at least 75"; undated copies do not cap
        "hasakeh-car-bombing",              // one open claim: high stays open
        "al-soussa-air-strike",             // two sources disagree: range spans both, contested
        "albu-kamal-is-attack",             // split by group; an unattributed vague claim a month later does not lower low
        "euphrates-villages-is-offensive",  // one claim of government forces
        "swaida-desert-is-attack",          // one claim of government forces
        "zardanah-air-strikes",             // an exact but rising toll has no upper bound
    };

    [Theory]
    [MemberData(nameof(GoldKeys))]
    public void Merge_GoldIncident_FiguresMatchGold(string key)
    {
        IncidentRecord record = TestMerge.Merge(GoldMentions(key));
        JsonElement gold = Gold.Value.RootElement.GetProperty("incidents").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        JsonElement[] goldFigures = [.. gold.GetProperty("figures").EnumerateArray()];

        record.Figures.Should().HaveCount(goldFigures.Length, RecordSnapshot.Of(record));
        for (int i = 0; i < goldFigures.Length; i++)
        {
            Figure f = record.Figures[i];
            JsonElement g = goldFigures[i];
            string because = RecordSnapshot.Figure(f);
            f.Measure.ToString().Should().BeEquivalentTo(g.GetProperty("measure").GetString(), because);
            f.Low.Should().Be(g.GetProperty("low").GetInt32(), because);
            if (g.TryGetProperty("best", out JsonElement best))
            {
                f.Best.Should().Be(best.GetInt32(), because);
            }
            else
            {
                JsonElement[] range = [.. g.GetProperty("bestRange").EnumerateArray()];
                f.Best.Should().BeInRange(range[0].GetInt32(), range[1].GetInt32(), because);
            }

            JsonElement high = g.GetProperty("high");
            if (high.ValueKind == JsonValueKind.Number)
            {
                f.High.Should().Be(high.GetInt32(), because);
            }
            else
            {
                f.High.Should().BeNull(because); // null, or {"atLeast": N}: open above
            }

            foreach (JsonElement gc in g.GetProperty("claims").EnumerateArray())
            {
                string report = gc.GetProperty("report").GetString()!;
                string quote = gc.GetProperty("quote").GetString()!;
                bool superseded = gc.TryGetProperty("superseded", out JsonElement s) && s.GetBoolean();
                AttributedClaim claim = f.Claims.Single(c => c.ReportId == report && c.Claim.Quote == quote);
                claim.Status.Should().Be(superseded ? ClaimStatus.Superseded : ClaimStatus.Current, $"{report} '{quote}'");
                claim.Claim.Source.Should().Be(gc.GetProperty("source").GetString());
            }

            f.Claims.Should().HaveCount(g.GetProperty("claims").GetArrayLength(), because);
        }

        record.Reports.Should().BeEquivalentTo(gold.GetProperty("reports").EnumerateArray().Select(r => r.GetString()));
        record.Type!.Value.ToKebabCase().Should().Be(gold.GetProperty("type").GetString());
        record.Date.Earliest.Should().Be(LocalDate.FromDateTime(DateTime.Parse(gold.GetProperty("date").GetProperty("earliest").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        record.Conflicts.Should().BeEmpty();
    }

    [Theory]
    [InlineData("deir-ezzor-displaced-car-bombing", Grade.SingleSource, Grade.SingleSource)] // five outlets, one primary source: not corroborated
    [InlineData("al-soussa-air-strike", Grade.Contested, Grade.Contested)]                    // the monitor's 28 vs SANA's more than 30
    [InlineData("albu-kamal-is-attack", Grade.Corroborated, Grade.Corroborated)]             // the monitor and an unattributed later report agree
    [InlineData("zardanah-air-strikes", Grade.SingleSource, Grade.SingleSource)]             // one source
    public void Merge_GoldIncident_Grades(string key, Grade mainFigure, Grade record)
    {
        IncidentRecord r = TestMerge.Merge(GoldMentions(key));
        r.Figures[0].Grade.Should().Be(mainFigure, RecordSnapshot.Of(r));
        r.Grade.Should().Be(record);
    }

    [Fact] // the car bombing's killed figure holds claims of civilians, displaced people and unspecified victims: one figure, no group
    public void Merge_GoldCarBombing_VictimGroupsAreOneFigure()
    {
        IncidentRecord r = TestMerge.Merge(GoldMentions("deir-ezzor-displaced-car-bombing"));
        r.Figures.Select(f => (f.Measure, f.Group)).Should().Equal((CasualtyMeasure.Killed, VictimGroup.Unspecified), (CasualtyMeasure.Wounded, VictimGroup.Unspecified));
        r.Figures[0].IndependentSources.Should().Be(1);
        r.Date.Should().Be(DateRange.OnDay(TestMerge.Nov4)); // reports 001 and 002 have only "Saturday"
        r.Perpetrator.Should().Be(IslamicState);
    }

    [Fact] // Figure.Why explains the standing figure, the superseded claim and the undated ones in one line
    public void Merge_GoldCarBombing_WhyExplainsSupersession()
    {
        IncidentRecord r = TestMerge.Merge(GoldMentions("deir-ezzor-displaced-car-bombing"));
        r.Figures[0].Why.Should().Be(
            "1 independent source; standing: Syrian Observatory for Human Rights 75+ as of 2017-11-05; "
            + "1 earlier claim superseded by a later figure of the same source; 2 undated or same-day claims of the same source "
            + "taken as earlier (tolls rise); best from Syrian Observatory for Human Rights; low 75, best 75, high open");
    }

    [Fact] // Albu Kamal: government forces and militants must not be summed
    public void Merge_GoldAlbuKamal_SplitsGovernmentForcesAndMilitants()
    {
        IncidentRecord r = TestMerge.Merge(GoldMentions("albu-kamal-is-attack"));
        r.Figures.Select(f => f.Group).Should().Equal(VictimGroup.GovernmentForces, VictimGroup.Militants);
        r.Date.Should().Be(DateRange.OnDay(new LocalDate(2018, 6, 8))); // "last month" refined by the day
        r.Place!.Name.Should().Be("Albu Kamal");
    }

    [Fact] // the monitor and the state agency disagree: low from the monitor, high open from the agency
    public void Merge_GoldAlSoussa_ContestedSpansBoth()
    {
        Figure f = TestMerge.Merge(GoldMentions("al-soussa-air-strike")).Figures.Single();
        (f.Low, f.Best, f.High, f.Conservative, f.IndependentSources).Should().Be((28, 28, (int?)null, 28, 2));
        f.Why.Should().Contain("contested");
    }

    internal static IncidentMention[] GoldMentions(string key)
    {
        LocalDate nov5 = TestMerge.Nov5;
        switch (key)
        {
            case "deir-ezzor-displaced-car-bombing":
            {
                var r0 = new TestReport(R000, "Rappler", nov5);
                CasualtyClaim[] c0 =
                [
                    r0.Killed("at least 75", Q.AtLeast(75), Sohr, VictimGroup.Displaced, nov5),
                    r0.Wounded("wounded 140", Q.Exact(140), Sohr),
                    r0.Killed("dozens had died", Q.Dozens, Sohr, asOf: TestMerge.Nov4),
                ];
                var r1 = new TestReport(R001);
                CasualtyClaim[] c1 =
                [
                    r1.Killed("killed dozens of displaced people", Q.Dozens, Sohr, VictimGroup.Displaced),
                    r1.Wounded("dozens more were wounded", Q.Dozens, Sohr),
                ];
                var r2 = new TestReport(R002, "Arab Today");
                CasualtyClaim[] c2 =
                [
                    r2.Killed("killed dozens of people displaced", Q.Dozens, Sohr, VictimGroup.Displaced),
                    r2.Wounded("dozens wounded", Q.Dozens, Sohr),
                ];
                var saturday = new DateRange(null, null, DatePrecision.Unknown, IsoDayOfWeek.Saturday);
                return
                [
                    r0.Mention(c0, 0, IncidentType.CarBombing, DateRange.OnDay(TestMerge.Nov4), TestPlaces.Admin1("Deir ez-Zor"), IslamicState),
                    r1.Mention(c1, 0, IncidentType.CarBombing, saturday, TestPlaces.Admin1("Deir ez-Zor"), IslamicState),
                    r2.Mention(c2, 0, IncidentType.Bombing, saturday, TestPlaces.Admin1("Deir ez-Zor"), IslamicState),
                ];
            }

            case "hasakeh-car-bombing":
            {
                var r0 = new TestReport(R000, "Rappler", nov5);
                return [r0.Mention([r0.Killed("at least 18 people", Q.AtLeast(18), Sohr)], 1, IncidentType.CarBombing,
                    DateRange.OnDay(new LocalDate(2017, 10, 12)), TestPlaces.Admin1("Al-Hasakah"))];
            }

            case "al-soussa-air-strike":
            {
                var r3 = new TestReport(R003, "World Bulletin", new LocalDate(2018, 7, 13));
                CasualtyClaim[] c =
                [
                    r3.Killed("28 civilians", Q.Exact(28), Sohr, VictimGroup.Civilians),
                    r3.Killed("more than 30 civilians", Q.MoreThan(30), "SANA", VictimGroup.Civilians, new LocalDate(2018, 7, 12)),
                ];
                return [r3.Mention(c, 0, IncidentType.AirStrike, DateRange.OnDay(new LocalDate(2018, 7, 12)), TestPlaces.Town("Al-Soussa", "Deir ez-Zor"))];
            }

            case "albu-kamal-is-attack":
            {
                var r4 = new TestReport(R004, null, new LocalDate(2018, 6, 9));
                CasualtyClaim[] c4 =
                [
                    r4.Killed("At least 25 government and allied fighters", Q.AtLeast(25), Sohr, VictimGroup.GovernmentForces),
                    r4.Killed("at least 18 militants", Q.AtLeast(18), Sohr, VictimGroup.Militants),
                ];
                var r3 = new TestReport(R003, "World Bulletin", new LocalDate(2018, 7, 13));
                CasualtyClaim[] c3 = [r3.Killed("dozens of pro-regime fighters dead", Q.Dozens, null, VictimGroup.GovernmentForces)];
                var june = new DateRange(new LocalDate(2018, 6, 1), new LocalDate(2018, 6, 30), DatePrecision.Month);
                return
                [
                    r4.Mention(c4, 0, IncidentType.Attack, DateRange.OnDay(new LocalDate(2018, 6, 8)), TestPlaces.Town("Albu Kamal", "Deir ez-Zor"), IslamicState),
                    r3.Mention(c3, 1, IncidentType.Attack, june, TestPlaces.Town("Albu Kamal", "Deir ez-Zor"), IslamicState),
                ];
            }

            case "euphrates-villages-is-offensive":
            {
                var r4 = new TestReport(R004, null, new LocalDate(2018, 6, 9));
                return [r4.Mention([r4.Killed("at least 45 government and allied forces", Q.AtLeast(45), Sohr, VictimGroup.GovernmentForces)], 1,
                    IncidentType.Attack, DateRange.OnDay(new LocalDate(2018, 6, 3)), TestPlaces.Admin1("Deir ez-Zor"), IslamicState)];
            }

            case "swaida-desert-is-attack":
            {
                var r4 = new TestReport(R004, null, new LocalDate(2018, 6, 9));
                return [r4.Mention([r4.Killed("at least 22 pro-government fighters", Q.AtLeast(22), Sohr, VictimGroup.GovernmentForces)], 2,
                    IncidentType.Attack, DateRange.OnDay(new LocalDate(2018, 6, 7)), TestPlaces.Admin1("Suwayda"), IslamicState)];
            }

            case "zardanah-air-strikes":
            {
                var r4 = new TestReport(R004, null, new LocalDate(2018, 6, 9));
                return [r4.Mention([r4.Killed("killed 51 civilians", Q.Exact(51), Sohr, VictimGroup.Civilians, rising: true)], 3,
                    IncidentType.AirStrike, DateRange.OnDay(new LocalDate(2018, 6, 7)), TestPlaces.Town("Zardanah", "Idlib"))];
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(key), key, "no such gold incident");
        }
    }
}
