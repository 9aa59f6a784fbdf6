using NodaTime;
using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class PairScorerTests
{
    private static readonly PairScorer Scorer = new(new ClusteringOptions());

    private static MentionProfile Profile(int index, Spec spec, LocalDate? published = null, int ordinal = 0)
    {
        ExtractionResult r = Report("r" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), published, spec);
        IncidentMention m = r.Mentions[0] with { Ordinal = ordinal };
        return new MentionProfile(index, index, m);
    }

    /// <summary>Scores two mentions without lexical evidence (their vectors are left empty) and returns the evidence by name.</summary>
    private static (double Score, List<Evidence> Evidence) Score(Spec a, Spec b, LocalDate? publishedA = null, LocalDate? publishedB = null)
    {
        var evidence = new List<Evidence>();
        double score = Scorer.Score(Profile(0, a, publishedA), Profile(1, b, publishedB), evidence);
        return (score, evidence);
    }

    private static Spec S(DateRange date = default, Place? place = null, IncidentType? type = null, string? perpetrator = null, params CasualtyClaim[] claims) =>
        new(["x"]) { Date = date, Place = place, Type = type, Perpetrator = perpetrator, Claims = claims };

    [Theory]
    [InlineData(IsoDayOfWeek.Saturday, 4, "date-same-weekday")] // "on Saturday" in an undated report fits Saturday 4 November 2017
    [InlineData(IsoDayOfWeek.Thursday, 4, "date-different-weekday")] // "on Thursday" cannot be Saturday 4 November
    public void Score_WeekdayOnlyAgainstDay_WeighsWeekday(IsoDayOfWeek weekday, int day, string expected)
    {
        var (_, evidence) = Score(S(OnlyWeekday(weekday)), S(Day(2017, 11, day)));

        evidence.Should().ContainSingle().Which.Name.Should().Be(expected);
    }

    [Fact] // two undated weekday constraints: same weekday weak for, different weekday strong against
    public void Score_TwoWeekdays_SameWeakDifferentStrong()
    {
        var same = Score(S(OnlyWeekday(IsoDayOfWeek.Saturday)), S(OnlyWeekday(IsoDayOfWeek.Saturday))).Score;
        var different = Score(S(OnlyWeekday(IsoDayOfWeek.Saturday)), S(OnlyWeekday(IsoDayOfWeek.Sunday))).Score;

        same.Should().BeGreaterThan(0);
        different.Should().BeLessThan(-same * 2);
    }

    [Theory]
    [InlineData(0, "date-same-day")] // the same day
    [InlineData(1, "date-adjacent-day")] // a night-time incident on either side of midnight: weakly for
    [InlineData(5, "date-apart")] // five days apart
    public void Score_DayPreciseDates_ByGap(int gap, string expected)
    {
        var (_, evidence) = Score(S(Day(2020, 3, 2)), S(Day(2020, 3, 2 + gap)));

        evidence.Should().ContainSingle(e => e.Name.StartsWith("date", StringComparison.Ordinal)).Which.Name.Should().Be(expected);
    }

    [Theory]
    [InlineData("Two men wounded in drive-by on North Avenue", 0, true)] // a report of its day's incident, published that day
    [InlineData("Two men wounded in drive-by on North Avenue", 1, true)] // published the next morning
    [InlineData("Two men wounded in drive-by on North Avenue", 4, false)] // published days later: its date may be read from an older report
    [InlineData("Suspect arrested in North Avenue drive-by", 0, false)] // an arrest may be later news dating the report
    public void Score_ReportsOfTheirDaysIncident_DateGapWeighsMore(string title, int publishedAfter, bool incidentDays)
    {
        var options = new ClusteringOptions();
        var scorer = new PairScorer(options);
        MentionProfile Lead(int index, int day, string headline)
        {
            ExtractionResult r = Report("r" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocalDate(2020, 3, day + publishedAfter), S(Day(2020, 3, day)));
            IncidentMention m = r.Mentions[0];
            return new MentionProfile(index, index, m with { Report = m.Report with { Title = headline } });
        }

        var evidence = new List<Evidence>();
        scorer.Score(Lead(0, 2, "Woman shot on Elm Street"), Lead(1, 6, title), evidence);

        double apart = options.DateApartWeight * (1 + (3 / 30.0));
        evidence.Should().ContainSingle(e => e.Name == "date-apart").Which.Weight
            .Should().BeApproximately(incidentDays ? apart * options.IncidentDayApartFactor : apart, 1e-9);
    }

    [Theory]
    [InlineData(true, "date-follow-up")] // the follow-up's lead is dated later: its own news, so the gap counts half
    [InlineData(false, "date-apart")] // the follow-up's lead is dated earlier than the other: a follow-up does not come first
    public void Score_FollowUpLead_LaterDateCountsHalf(bool followUpLater, string expected)
    {
        var followUp = new Spec(["Man sentenced for market shooting.", "Gunmen shot five people at a market."]) { Date = Day(2020, followUpLater ? 6 : 1, 10) };
        var other = S(Day(2020, 3, 2));
        var evidence = new List<Evidence>();

        Scorer.Score(Profile(0, followUp), Profile(1, other), evidence);

        Evidence date = evidence.Should().ContainSingle(e => e.Name.StartsWith("date", StringComparison.Ordinal)).Subject;
        date.Name.Should().Be(expected);
        double full = new ClusteringOptions().DateApartWeight * 2;
        date.Weight.Should().BeApproximately(followUpLater ? full * new ClusteringOptions().FollowUpDateFactor : full, 1e-9);
    }

    [Theory]
    [InlineData(true)] // the place is named in the mention's own sentences: full weight against
    [InlineData(false)] // the place was inferred from elsewhere in the report (its evidence span lies outside the mention): weaker
    public void Score_DifferentProvince_ScaledByPlaceCertainty(bool ownSentence)
    {
        Place illinois = Town("Decatur", "Illinois", 39.84, -88.95, "US", "United States");
        Place georgia = Town("Stone Mountain", "Georgia", 33.80, -84.17, "US", "United States");
        MentionProfile a = Profile(0, S(place: illinois));
        MentionProfile b = Profile(1, S(place: georgia));
        // Each place's evidence span: inside the mention's one sentence "x", or beyond the end of the report's text.
        TextSpan span = ownSentence ? new TextSpan(0, 1) : new TextSpan(50, 57);
        a = new MentionProfile(0, 0, a.Mention with { Evidence = [new FieldEvidence("place", span)] });
        b = new MentionProfile(1, 1, b.Mention with { Evidence = [new FieldEvidence("place", new TextSpan(0, 1))] });
        var evidence = new List<Evidence>();

        Scorer.Score(a, b, evidence);

        double full = new ClusteringOptions().DifferentAdmin1Weight;
        evidence.Should().ContainSingle(e => e.Name == "place-different-province").Which.Weight
            .Should().BeApproximately(full * (ownSentence ? 1 : new ClusteringOptions().WeakPlaceFactor), 1e-9);
    }

    [Theory]
    [InlineData(new[] { "jerry ortiz" }, new[] { "jerry ortiz", "main street" }, "names-shared")] // one rare name in common: for
    [InlineData(new[] { "ann lee", "elm street" }, new[] { "bo diaz", "oak avenue" }, "names-different")] // two each, none shared: against
    [InlineData(new[] { "ann lee" }, new[] { "bo diaz", "oak avenue" }, null)] // one name alone says too little to count against
    public void Score_Names_SharedForDifferentAgainst(string[] a, string[] b, string? expected)
    {
        MentionProfile pa = Profile(0, S());
        MentionProfile pb = Profile(1, S());
        pa.Names = a;
        pb.Names = b;
        var evidence = new List<Evidence>();

        Scorer.Score(pa, pb, evidence);

        if (expected is null)
        {
            evidence.Should().NotContain(e => e.Name.StartsWith("names", StringComparison.Ordinal));
        }
        else
        {
            evidence.Should().ContainSingle(e => e.Name.StartsWith("names", StringComparison.Ordinal)).Which.Name.Should().Be(expected);
        }
    }

    [Theory]
    [InlineData(17, 19, -2.0)] // both give an age, none in common: two shootings of different people
    [InlineData(17, 17, 0.0)] // the same age: no evidence by default (the words already say it)
    public void Score_Ages_DifferentAgainst(int ageA, int ageB, double expected)
    {
        MentionProfile pa = Profile(0, S());
        MentionProfile pb = Profile(1, S());
        pa.Ages = Bits128.Of(ageA);
        pb.Ages = Bits128.Of(ageB);

        double score = Scorer.Score(pa, pb);

        score.Should().BeApproximately(expected, 1e-9);
    }

    [Fact] // a gap of a month weighs more against than a gap of a few days
    public void Score_DateGap_GrowsWithDistance()
    {
        double near = Score(S(Day(2020, 3, 2)), S(Day(2020, 3, 6))).Score;
        double far = Score(S(Day(2020, 3, 2)), S(Day(2020, 4, 20))).Score;

        far.Should().BeLessThan(near);
        near.Should().BeLessThan(0);
    }

    [Fact] // "last month" (June) meets a day in June
    public void Score_MonthContainsDay_Overlap()
    {
        var (_, evidence) = Score(S(Month(2018, 6)), S(Day(2018, 6, 8)));

        evidence.Should().ContainSingle(e => e.Name == "date-overlap");
    }

    [Theory]
    [InlineData("US")] // one town name resolved to two countries is the gazetteer's ambiguity, not evidence either way
    [InlineData("PR")] // ... and a territory is not another country
    public void Score_SameTownNameOtherCountry_NoCountryEvidence(string otherCountry)
    {
        Place here = Town("Vancouver", "British Columbia", 49.2, -123.1, "CA", "Canada");
        Place there = otherCountry == "US" ? Town("Vancouver", "Washington", 45.6, -122.6, "US", "United States") : Town("Mayaguez", "Mayaguez", 18.2, -67.1, "PR", "Puerto Rico");
        Place us = Town("Ponce", "Ponce", 18.0, -66.6, "US", "United States");

        var (_, evidence) = otherCountry == "US" ? Score(S(place: here), S(place: there)) : Score(S(place: us), S(place: there));

        evidence.Should().NotContain(e => e.Name == "place-different-country");
    }

    [Theory]
    [InlineData("same-town")] // both in Albu Kamal
    [InlineData("contains")] // a dateline city and the province named in the body
    [InlineData("province")] // Albu Kamal is not in Swaida province
    [InlineData("country")] // a town of another country
    public void Score_Places_ByContainment(string relation)
    {
        Place other = relation switch
        {
            "same-town" => AlbuKamal,
            "contains" => DeirEzzorProvince,
            "province" => SwaidaProvince,
            _ => Town("Al-Qaim", "Anbar", 34.4, 41.0, "IQ", "Iraq"),
        };
        string expected = relation switch
        {
            "same-town" => "place-same-town",
            "contains" => "place-contains",
            "province" => "place-different-province",
            _ => "place-different-country",
        };

        var (score, evidence) = Score(S(place: AlbuKamal), S(place: other));

        evidence.Should().ContainSingle().Which.Name.Should().Be(expected);
        (score > 0).Should().Be(relation is "same-town" or "contains");
    }

    [Fact] // two towns of one province far apart weigh more against than two that are neighbours
    public void Score_DifferentTowns_DistanceMatters()
    {
        Place nearby = Town("Hajin", "Deir ez-Zor", 34.70, 40.83);
        double near = Score(S(place: AlbuKamal), S(place: AlSoussa)).Score;
        double far = Score(S(place: AlbuKamal), S(place: DeirEzzorCity)).Score;

        far.Should().BeLessThan(near);
        Score(S(place: AlbuKamal), S(place: nearby)).Score.Should().BeLessThan(0);
    }

    [Theory]
    [InlineData(IncidentType.CarBombing, IncidentType.CarBombing, "type-same")] // same type
    [InlineData(IncidentType.CarBombing, IncidentType.Bombing, "type-compatible")] // a car bombing is a bombing
    [InlineData(IncidentType.CarBombing, IncidentType.Attack, "type-compatible")] // and an attack
    [InlineData(IncidentType.AirStrike, IncidentType.Shooting, "type-incompatible")] // an air strike is not a shooting
    public void Score_Types_ByHierarchy(IncidentType a, IncidentType b, string expected)
    {
        Score(S(type: a), S(type: b)).Evidence.Should().ContainSingle().Which.Name.Should().Be(expected);
    }

    [Theory]
    [InlineData("Islamic State", "islamic state", "perpetrator-same")] // names compare without case
    [InlineData("Islamic State", "Hayat Tahrir al-Sham", "perpetrator-different")] // two named perpetrators
    public void Score_Perpetrators(string a, string b, string expected)
    {
        Score(S(perpetrator: a), S(perpetrator: b)).Evidence.Should().ContainSingle().Which.Name.Should().Be(expected);
    }

    [Fact] // "dozens" killed fits "at least 75" killed
    public void Score_DozensAndAtLeast75_Compatible()
    {
        var (_, evidence) = Score(S(claims: Killed(Dozens)), S(claims: Killed(AtLeast(75))));

        evidence.Should().ContainSingle().Which.Name.Should().Be("figures-compatible");
    }

    [Fact] // 3 killed does not fit 40 killed
    public void Score_3And40Killed_Conflict()
    {
        var (score, evidence) = Score(S(claims: Killed(Exactly(3))), S(claims: Killed(Exactly(40))));

        evidence.Should().ContainSingle().Which.Name.Should().Be("figures-conflicting");
        score.Should().BeLessThan(0);
    }

    [Theory]
    [InlineData(10, true)] // "five hurt" and nothing about deaths against "ten killed": an incident without deaths is another incident
    [InlineData(3, true)] // the smallest toll that counts
    [InlineData(1, false)] // one dead: often a victim who died after the first reports counted them as injured
    public void Score_OnlyInjuredAgainstDeadly_CountsAgainst(int killed, bool expected)
    {
        var (_, evidence) = Score(S(claims: Wounded(Exactly(5))), S(claims: [Killed(Exactly(killed)), Wounded(Exactly(5))]));

        evidence.Any(e => e.Name == "figures-deaths-uncounted" && e.Weight < 0).Should().Be(expected);
    }

    [Fact] // a control for the rule above (passes without it): a mention that counts any dead, even vaguely, does not ignore deaths
    public void Score_BothCountDead_NoUncountedDeaths()
    {
        var (_, evidence) = Score(S(claims: [Wounded(Exactly(5)), Killed(Dozens)]), S(claims: Killed(Exactly(10))));

        evidence.Should().NotContain(e => e.Name == "figures-deaths-uncounted");
    }

    [Theory]
    [InlineData(true, false)] // the smaller toll was still rising
    [InlineData(false, true)] // the smaller toll was stated earlier
    public void Score_SmallerEarlierOrRisingToll_NoConflict(bool rising, bool earlier)
    {
        CasualtyClaim small = Killed(Exactly(3), asOf: earlier ? new LocalDate(2020, 3, 2) : null, rising: rising);
        CasualtyClaim large = Killed(Exactly(40), asOf: earlier ? new LocalDate(2020, 3, 4) : null);

        Score(S(claims: small), S(claims: large)).Evidence.Should().NotContain(e => e.Name == "figures-conflicting");
    }

    [Fact] // figures of different victim groups are not compared: 18 militants and 25 soldiers do not conflict
    public void Score_DifferentGroups_NotCompared()
    {
        var (_, evidence) = Score(
            S(claims: Killed(Exactly(18), VictimGroup.Militants)),
            S(claims: Killed(Exactly(25), VictimGroup.GovernmentForces)));

        evidence.Should().BeEmpty();
    }

    [Fact] // the same large figure is stronger evidence than the same small one, which agrees by chance more often
    public void Score_SameFigure_LargerWeighsMore()
    {
        double one = Score(S(claims: Killed(Exactly(1))), S(claims: Killed(Exactly(1)))).Score;
        double fiftyOne = Score(S(claims: Killed(Exactly(51))), S(claims: Killed(Exactly(51)))).Score;

        fiftyOne.Should().BeGreaterThan(one);
        one.Should().BeGreaterThan(0);
    }

    [Fact] // a shared victim group and a shared primary source are weak evidence for
    public void Score_SharedGroupAndSource()
    {
        var (_, evidence) = Score(
            S(claims: Killed(Dozens, VictimGroup.Displaced, "Syrian Observatory for Human Rights")),
            S(claims: Killed(AtLeast(75), VictimGroup.Displaced, "Syrian Observatory for Human Rights")));

        evidence.Select(e => e.Name).Should().BeEquivalentTo("figures-compatible", "victims-same-group", "source-shared");
    }

    [Theory]
    [InlineData(2, "published-near")] // lead mentions of reports published two days apart, no dates to compare
    [InlineData(200, "published-apart")] // reports published months apart
    public void Score_UndatedLeads_PublicationDates(int days, string expected)
    {
        var published = new LocalDate(2016, 1, 10);
        var (_, evidence) = Score(S(), S(), published, published.PlusDays(days));

        evidence.Should().ContainSingle().Which.Name.Should().Be(expected);
    }

    [Fact] // with nothing known there is no evidence at all, and no allocation of explanations
    public void Score_NothingKnown_Zero()
    {
        Scorer.Score(Profile(0, S()), Profile(1, S())).Should().Be(0);
    }

    [Fact] // lexical similarity: identical sentences weigh strongly for, unrelated ones against
    public void Score_Lexical_BySimilarity()
    {
        MentionProfile[] p =
        [
            new(0, 0, Report("a", null, new Spec(["Gunmen stormed the Westgate mall in Nairobi and took hostages."])).Mentions[0]),
            new(1, 1, Report("b", null, new Spec(["Gunmen stormed the Westgate mall in Nairobi, taking hostages."])).Mentions[0]),
            new(2, 2, Report("c", null, new Spec(["A landslide buried a village after heavy rain in the hills."])).Mentions[0]),
        ];
        LexicalIndex.Build(p);

        Scorer.Score(p[0], p[1]).Should().BeGreaterThan(3);
        Scorer.Score(p[0], p[2]).Should().BeLessThan(-3);
    }
}
