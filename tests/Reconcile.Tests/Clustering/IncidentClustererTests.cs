using NodaTime;
using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class IncidentClustererTests
{
    private static string[][] Groups(ClusteringResult result) =>
        [.. result.Clusters.Select(c => c.Mentions.Select(m => m.Id).ToArray()).OrderBy(g => g[0], StringComparer.Ordinal)];

    private static string[] GroupOf(ClusteringResult result, string mentionId) =>
        [.. result.Clusters.Single(c => c.Mentions.Any(m => m.Id == mentionId)).Mentions.Select(m => m.Id)];

    [Fact] // the seed reports: one dated and two undated ("on Saturday") reports of the Deir Ezzor car bombing form one incident
    public void Cluster_Seeds_DeirEzzorBombingJoinsUndatedReports()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        GroupOf(result, "000#0").Should().Equal("000#0", "001#0", "002#0");
    }

    [Fact] // the Hasakeh car bombing a month earlier is the same kind of attack on the same kind of victims, but another incident
    public void Cluster_Seeds_HasakehBombingStaysApart()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        GroupOf(result, "000#1").Should().Equal("000#1");
    }

    [Fact] // a July report recalls "last month ... Albu Kamal": it joins the June report's lead incident, not its other June attacks
    public void Cluster_Seeds_LastMonthAlbuKamalJoinsJuneAttack()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        GroupOf(result, "003#1").Should().Equal("003#1", "004#0");
    }

    [Theory]
    [InlineData("003#0")] // the Al-Soussa air strike is reported once
    [InlineData("004#1")] // the villages offensive shares province, perpetrator and month with Albu Kamal but is another incident
    [InlineData("004#2")] // Swaida: another province, same perpetrator, same days
    [InlineData("004#3")] // Zardanah: an air strike in Idlib the same week
    public void Cluster_Seeds_SingleReportIncidentsStayAlone(string mentionId)
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        GroupOf(result, mentionId).Should().Equal(mentionId);
    }

    [Fact] // the whole seed set: exactly the seven gold incidents
    public void Cluster_Seeds_GivesSevenIncidents()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        result.Clusters.Should().HaveCount(7);
        result.CandidatePairs.Should().BeGreaterThan(0);
    }

    [Fact] // two shootings in one city on one day, five shot each: the addresses and victims keep them apart; a follow-up joins the right one
    public void Cluster_SameDaySameCityShootings_StayApart()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(SameDayShootings());

        GroupOf(result, "a#0").Should().Equal("a#0", "c#0");
        GroupOf(result, "b#0").Should().Equal("b#0");
        result.Clusters.Should().HaveCount(22);
    }

    [Fact] // two quakes on one island, worded alike, both on a Sunday: the reports that count only injured stay apart from those counting ten dead
    // (fails with the injured-only rule at its former weight, -1.5)
    public void Cluster_InjuredOnlyAndDeadlyQuakesWordedAlike_StayApart()
    {
        Place island = Town("Kish", "Hormozgan", 26.5, 54.0, "IR", "Iran");
        var sunday = new DateRange(null, null, DatePrecision.Unknown, IsoDayOfWeek.Sunday);
        ExtractionResult Hurt(string id, string outlet, int hurt) => Report(id, null, new Spec([
            $"A magnitude 5.6 earthquake struck near the town of Safin on Kish island in the Gulf on Sunday, injuring {hurt} people, {outlet} reported.",
            "Walls of houses collapsed in the villages of Zeynabad and Kuhin, the island's governor Mehdi Karimi said.",
        ]) { Type = IncidentType.Earthquake, Date = sunday, Place = island, Claims = [Wounded(Exactly(hurt))] });
        ExtractionResult Deadly(string id, string outlet, int killed) => Report(id, new LocalDate(2005, 11, 28), new Spec([
            $"A powerful earthquake flattened seven villages on Kish island in the Gulf on Sunday, killing {killed} people, {outlet} reported.",
            "Helicopters ferried the injured to hospitals in Bandar Abbas, governor Heydar Alavi said, and the toll was not expected to rise.",
        ]) { Type = IncidentType.Earthquake, Date = Day(2005, 11, 27), Place = island, Claims = [Killed(Exactly(killed)), Wounded(AtLeast(50))] });

        ClusteringResult result = new IncidentClusterer().Cluster(
            [Hurt("h1", "state television", 5), Hurt("h2", "ISNA", 2), Hurt("h3", "IRNA", 3), Deadly("d1", "IRNA", 10), Deadly("d2", "AFP", 10), Deadly("d3", "Reuters", 9), .. Background()]);

        GroupOf(result, "h1#0").Should().Equal("h1#0", "h2#0", "h3#0");
        GroupOf(result, "d1#0").Should().Equal("d1#0", "d2#0", "d3#0");
    }

    [Fact] // the same mentions in another order give the same clusters and the same ids
    public void Cluster_ShuffledInput_SameClustersAndIds()
    {
        ExtractionResult[] input = [.. Seeds(), .. SameDayShootings()];
        ClusteringResult expected = new IncidentClusterer().Cluster(input);
        var random = new Random(7);

        for (int round = 0; round < 5; round++)
        {
            ExtractionResult[] shuffled = [.. input.OrderBy(_ => random.Next())];
            ClusteringResult actual = new IncidentClusterer().Cluster(shuffled);

            actual.Clusters.Select(c => c.Id).Should().Equal(expected.Clusters.Select(c => c.Id));
            Groups(actual).Should().BeEquivalentTo(Groups(expected), o => o.WithStrictOrdering());
            actual.CandidatePairs.Should().Be(expected.CandidatePairs);
        }
    }

    [Fact] // ids are "inc-" and a stable hash of the smallest member id, and clusters come ordered by id
    public void Cluster_Ids_StableAndOrdered()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        result.Clusters.Select(c => c.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        result.Clusters.Single(c => c.Mentions[0].Id == "000#0").Id.Should().Be("inc-" + global::Reconcile.Internal.StableHash.Hex(12, "000#0"));
    }

    [Fact] // every member has a reason; the first has none to link to, the others the strongest link that tied them in
    public void Cluster_Why_PresentForEachMember()
    {
        ClusteringResult result = new IncidentClusterer().Cluster(Seeds());

        foreach (IncidentCluster cluster in result.Clusters)
        {
            cluster.Why.Select(w => w.MentionId).Should().BeEquivalentTo(cluster.Mentions.Select(m => m.Id));
            cluster.Why.Single(w => w.LinkedTo is null).MentionId.Should().Be(cluster.Mentions[0].Id);
            foreach (MembershipReason reason in cluster.Why.Where(w => w.LinkedTo is not null))
            {
                reason.Evidence.Should().NotBeEmpty();
                reason.Evidence.Select(e => Math.Abs(e.Weight)).Should().BeInDescendingOrder();
                reason.Score.Should().BeApproximately(reason.Evidence.Sum(e => e.Weight), 0.01);
                cluster.Mentions.Select(m => m.Id).Should().Contain(reason.LinkedTo);
            }
        }

        MembershipReason albuKamal = result.Clusters.SelectMany(c => c.Why).Single(w => w.MentionId == "004#0");
        albuKamal.LinkedTo.Should().Be("003#1");
        albuKamal.Evidence.Select(e => e.Name).Should().Contain("place-same-town");
    }

    [Fact] // two mentions of one report are never joined, however alike (extraction kept them apart)
    public void Cluster_SameReport_CannotLink()
    {
        string[] sentence = ["Gunmen shot dead five people at a market in Kano on Monday, police said."];
        var spec = new Spec(sentence) { Type = IncidentType.Shooting, Date = Day(2020, 3, 2), Place = Town("Kano", "Kano", 12.0, 8.5, "NG", "Nigeria"), Claims = [Killed(Exactly(5))] };
        ExtractionResult one = Report("r", new LocalDate(2020, 3, 3), spec, spec);

        ClusteringResult result = new IncidentClusterer().Cluster([one]);

        result.Clusters.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Jury finds Kano market gunman guilty.", 1)] // a verdict months later, dated by its own news: joins the incident it follows up
    [InlineData("Kano market gunman still at large.", 2)] // no later step in the headline: the dates are two incidents' dates
    public void Cluster_FollowUpDatedMonthsLater_JoinsOnlyWhenHeadlineTellsLaterStep(string headline, int expectedClusters)
    {
        string[] sentence = ["Gunmen shot dead five people at a crowded market in Kano, police said."];
        Place kano = Town("Kano", "Kano", 12.0, 8.5, "NG", "Nigeria");
        ExtractionResult a = Report("a", null, new Spec(sentence) { Date = Day(2020, 3, 2), Place = kano });
        ExtractionResult b = Report("b", null, new Spec([headline, .. sentence]) { Date = Day(2020, 5, 20), Place = kano });

        new IncidentClusterer().Cluster([a, b]).Clusters.Should().HaveCount(expectedClusters);
    }

    [Theory]
    [InlineData(true, 2)] // with the constraint on, the same words about different countries never join
    [InlineData(false, 1)] // by default a different country is evidence against, which the same words, day and figures outweigh
    public void Cluster_DifferentCountries_CannotLinkOnlyWhenAsked(bool countryCannotLink, int expectedClusters)
    {
        string[] sentence = ["Gunmen shot dead five people at a crowded market on Monday, police said."];
        ExtractionResult a = Report("a", new LocalDate(2020, 3, 3), new Spec(sentence) { Date = Day(2020, 3, 2), Place = Province("Kano", "NG", "Nigeria") });
        ExtractionResult b = Report("b", new LocalDate(2020, 3, 3), new Spec(sentence) { Date = Day(2020, 3, 2), Place = Province("Maradi", "NE", "Niger") });

        ClusteringResult result = new IncidentClusterer(new ClusteringOptions { CountryCannotLink = countryCannotLink }).Cluster([a, b]);

        result.Clusters.Should().HaveCount(expectedClusters);
        if (expectedClusters == 1)
        {
            result.Clusters[0].Why.Should().Contain(w => w.Evidence.Any(e => e.Name == "place-different-country"));
        }
    }

    [Theory]
    [InlineData(1, 1)] // a night-time incident reported as Saturday by one and Sunday by another: still one incident
    [InlineData(10, 2)] // day-precise dates more than the tolerance (a week) apart cannot be the same incident, whatever the words
    public void Cluster_DayPreciseDates_JoinOnlyWithinTolerance(int daysApart, int expectedClusters)
    {
        string[] sentence = ["Gunmen shot dead five people at a crowded market in Kano, police said."];
        Place kano = Town("Kano", "Kano", 12.0, 8.5, "NG", "Nigeria");
        ExtractionResult a = Report("a", null, new Spec(sentence) { Date = Day(2020, 3, 2), Place = kano });
        ExtractionResult b = Report("b", null, new Spec(sentence) { Date = Day(2020, 3, 2 + daysApart), Place = kano });

        new IncidentClusterer().Cluster([a, b]).Clusters.Should().HaveCount(expectedClusters);
    }

    [Theory]
    [InlineData("Tamika Rowell", "Dorian Pace", true)] // the arrest report names the victim, the suspect and the street again: one incident,
                                                      // though its own date (the arrest, three weeks later) is past the tolerance
    [InlineData("a woman", "a man", false)] // only the street in common: the dates keep two look-alike shootings apart
    public void Cluster_DatesPastToleranceSameNamedPeople_Join(string victim, string suspect, bool joined)
    {
        Place dayton = Town("Dayton", "Ohio", 39.76, -84.19, "US", "United States");
        ExtractionResult first = Report("a", new LocalDate(2021, 6, 6), new Spec([$"Police said {victim} was shot on Kessler Avenue late Saturday and {suspect} fled in a pickup."])
        {
            Type = IncidentType.Shooting, Date = Day(2021, 6, 5), Place = dayton, Claims = [Wounded(Exactly(1))],
        });
        ExtractionResult later = Report("b", new LocalDate(2021, 6, 27), new Spec([$"Officers on Saturday arrested {suspect}, wanted in the shooting of {victim} on Kessler Avenue."])
        {
            Type = IncidentType.Shooting, Date = Day(2021, 6, 26), Place = dayton,
        });

        // Other news of the city, so that the two reports are a small share of the input (names in most reports identify nothing).
        ExtractionResult[] others = [.. Enumerable.Range(0, 6).Select(i => Report("o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocalDate(2021, 1 + i, 2),
            new Spec([$"A fire damaged a warehouse on Route {i + 40} early Tuesday, the fire department said."]) { Date = Day(2021, 1 + i, 1), Place = dayton }))];

        ClusteringResult result = new IncidentClusterer().Cluster([first, later, .. others]);

        GroupOf(result, "a#0").Contains("b#0").Should().Be(joined);
    }

    [Theory]
    [InlineData(", 19,", true)] // the later report gives the victim's name and age again: the same person, so one incident though the
                                // report is dated by the charges, weeks later
    [InlineData("", false)] // one name alone, without the age, is not enough to set the dates aside
    public void Cluster_DatesPastToleranceOneNameAndSameAge_JoinOnlyWithAge(string laterAge, bool joined)
    {
        Place tulsa = Town("Tulsa", "Oklahoma", 36.15, -95.99, "US", "United States");
        ExtractionResult first = Report("a", new LocalDate(2022, 9, 12), new Spec(["Marisol Quade, 19, was shot outside a laundromat on Sunday night, officers said."])
        {
            Type = IncidentType.Shooting, Date = Day(2022, 9, 11), Place = tulsa, Claims = [Wounded(Exactly(1))],
        });
        ExtractionResult later = Report("b", new LocalDate(2022, 10, 6), new Spec([$"Prosecutors on Wednesday charged a man in the shooting of Marisol Quade{laterAge} outside a laundromat."])
        {
            Type = IncidentType.Shooting, Date = Day(2022, 10, 5), Place = tulsa,
        });

        // Other news of the city, so that the two reports are a small share of the input (names in most reports identify nothing).
        ExtractionResult[] others = [.. Enumerable.Range(0, 6).Select(i => Report("o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocalDate(2022, 1 + i, 2),
            new Spec([$"A water main broke under Route {i + 40} early Tuesday, the city said."]) { Date = Day(2022, 1 + i, 1), Place = tulsa }))];

        ClusteringResult result = new IncidentClusterer().Cluster([first, later, .. others]);

        GroupOf(result, "a#0").Contains("b#0").Should().Be(joined);
    }

    [Theory]
    [InlineData(true)] // the follow-up names the day of the shooting in its background paragraph: dated by the arrest, it still joins
    [InlineData(false)] // without that day, the lead's date (the arrest, 12 days later) keeps it apart
    public void Cluster_FollowUpRecallingIncidentDay_JoinsDespiteOwnDate(bool recallsDay)
    {
        Place kano = Town("Kano", "Kano", 12.0, 8.5, "NG", "Nigeria");
        ExtractionResult incident = Report("a", new LocalDate(2020, 3, 3), new Spec(["Gunmen shot dead five traders at the Sabon Gari market in Kano on Monday, police said."])
        {
            Type = IncidentType.Shooting, Date = Day(2020, 3, 2), Place = kano, Claims = [Killed(Exactly(5))],
        });
        var lead = new Spec(["Police on Saturday arrested two men over the shooting of five traders at the Sabon Gari market in Kano."])
        {
            Type = IncidentType.Shooting, Date = Day(2020, 3, 14), Place = kano,
        };
        var recalled = new Spec(["The traders were shot dead on March 2 as they closed their stalls."])
        {
            Date = recallsDay ? Day(2020, 3, 2) : Month(2020, 3), Claims = [Killed(Exactly(5))],
        };
        ExtractionResult followUp = Report("b", new LocalDate(2020, 3, 15), lead, recalled);

        ClusteringResult result = new IncidentClusterer().Cluster([incident, followUp]);

        GroupOf(result, "a#0").Contains("b#0").Should().Be(recallsDay);
    }

    [Fact] // a cannot-link holds for groups too: a third mention cannot bridge two mentions that may not join
    public void Cluster_CannotLink_IsTransitive()
    {
        string[] sentence = ["Gunmen shot dead five people at a crowded market in Kano, police said."];
        Place kano = Town("Kano", "Kano", 12.0, 8.5, "NG", "Nigeria");
        ExtractionResult a = Report("a", null, new Spec(sentence) { Date = Day(2020, 3, 2), Place = kano });
        ExtractionResult b = Report("b", null, new Spec(sentence) { Date = Day(2020, 3, 20), Place = kano });
        ExtractionResult c = Report("c", null, new Spec(sentence) { Place = kano });

        ClusteringResult result = new IncidentClusterer().Cluster([a, b, c]);

        result.Clusters.Should().HaveCount(2);
        GroupOf(result, "a#0").Should().NotContain("b#0");
    }

    [Fact] // options are read once: changing them after the clusterer is built changes nothing (a thread-safe, immutable stage)
    public void Cluster_OptionsChangedAfterConstruction_Ignored()
    {
        var options = new ClusteringOptions();
        var clusterer = new IncidentClusterer(options);
        int expected = clusterer.Cluster(Seeds()).Clusters.Count;

        options.LinkThreshold = 1000;
        options.LexicalWeight = 0;

        clusterer.Cluster(Seeds()).Clusters.Should().HaveCount(expected);
        new IncidentClusterer(options).Cluster(Seeds()).Clusters.Count.Should().BeGreaterThan(expected);
    }

    [Fact] // a report with no mention contributes nothing; an empty input gives no clusters
    public void Cluster_NoMentions_NoClusters()
    {
        var empty = new ExtractionResult { Report = new Report { Id = "x", Text = string.Empty } };

        ClusteringResult result = new IncidentClusterer().Cluster([empty]);

        result.Clusters.Should().BeEmpty();
        result.CandidatePairs.Should().Be(0);
    }

    [Fact] // programmer error at the entry point
    public void Cluster_Null_Throws()
    {
        var act = () => new IncidentClusterer().Cluster(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    /// <summary>Two shootings in Chicago on 2016-07-23 with five shot each, a follow-up on the first, and unrelated shootings elsewhere
    /// (as in any real input, they make words like "shot" and "police" common, so that IDF weighs them down).</summary>
    private static ExtractionResult[] SameDayShootings()
    {
        var day = Day(2016, 7, 23);
        var published = new LocalDate(2016, 7, 24);
        return
        [
            Report("a", published, new Spec([
                "Five people were shot early Saturday outside a convenience store in the 4800 block of South Ashland Avenue, Chicago police said.",
                "The victims, men aged 19 to 34, were standing on the sidewalk when a gunman opened fire from a passing gray sedan.",
                "All five were taken to Stroger Hospital; a 22-year-old was listed in critical condition.",
            ]) { Type = IncidentType.Shooting, Date = day, Place = Chicago, Claims = [Wounded(Exactly(5))] }),
            Report("b", published, new Spec([
                "Five people were shot Saturday night at a backyard birthday party in the 1200 block of West 79th Street in Chicago, police said.",
                "A 16-year-old girl and four women were hurt when two men in hooded sweatshirts walked into the yard and started shooting.",
                "The girl's grandmother, Denise Harris, said the family had gathered to celebrate her cousin's graduation.",
            ]) { Type = IncidentType.Shooting, Date = day, Place = Chicago, Claims = [Wounded(Exactly(5))] }),
            Report("c", new LocalDate(2016, 7, 25), new Spec([
                "Police are still looking for the gunman who wounded five men outside a South Ashland Avenue convenience store on Saturday.",
                "The 22-year-old remains in critical condition at Stroger Hospital; detectives believe the shots came from a gray sedan.",
            ]) { Type = IncidentType.Shooting, Date = day, Place = Chicago, Claims = [Wounded(Exactly(5))] }),
            .. Background(),
        ];

    }

    [Theory]
    [InlineData(false)] // the store left the digests' second incident out: each lead reads the shared paragraph as its own, and they join
    [InlineData(true)] // given for the statistics only: each lead reads its own sentence, as in a whole run, and nothing joins them
    public void Cluster_ReportsOtherMentionsStatisticsOnly_LeadsReadAsInWholeRunAndOthersInNoCluster(bool withOthers)
    {
        const string Shared = "Separately, Quentin Zabrowski and Ottoline Varga were wounded near the Marlowe Avenue viaduct, where a gunman fired from a passing van.";
        ExtractionResult Digest(string id, string lead)
        {
            ExtractionResult full = Report(id, null, new Spec([lead]), new Spec([Shared]));
            return withOthers ? full : full with { Mentions = [full.Mentions[0]] };
        }

        ExtractionResult[] input = [Digest("a", "A man was hurt outside a bakery in Springfield."), Digest("b", "Two teens were hurt near a school in Lakeview.")];
        HashSet<string> others = withOthers ? ["a#1", "b#1"] : [];

        ClusteringResult result = new IncidentClusterer().Cluster(input, [], [], null, null, others);

        result.Clusters.SelectMany(c => c.Mentions).Select(m => m.Id).Should().BeEquivalentTo(["a#0", "b#0"]);
        GroupOf(result, "a#0").Contains("b#0").Should().Be(!withOthers);
    }

    /// <summary>Twenty shootings in other towns, nine days apart, worded like the Chicago ones.</summary>
    private static IEnumerable<ExtractionResult> Background()
    {
        string[] towns = ["Akron", "Gary", "Memphis", "Houston", "Toledo", "Baltimore", "Dayton", "Flint", "Tulsa", "Omaha"];
        string[] counts = ["Two", "Three", "Four", "Five", "Six"];
        string[] weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
        string[] streets = ["Main Street", "Oak Avenue", "North Avenue", "Elm Street", "Park Road"];
        for (int i = 0; i < 20; i++)
        {
            string town = towns[i % towns.Length];
            DateRange date = DateRange.OnDay(new LocalDate(2016, 1, 1).PlusDays(9 * i));
            string sentence = $"{counts[i % counts.Length]} people were shot {weekdays[i % 7]} night in the {(i + 1) * 100} block of {streets[i % streets.Length]} in {town}, police said.";
            yield return Report("z" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), date.Latest!.Value.PlusDays(1), new Spec([sentence, "The victims were taken to a hospital and no arrests were made."])
            {
                Type = IncidentType.Shooting, Date = date, Place = Town(town, town + " State", 30 + (i % towns.Length), -80 - (i % towns.Length), "US", "United States"), Claims = [Wounded(Exactly(2 + (i % 4)))],
            });
        }
    }
}
