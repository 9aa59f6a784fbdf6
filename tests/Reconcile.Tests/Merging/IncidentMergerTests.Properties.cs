using NodaTime;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

/// <summary>Properties the merge must keep whatever the input: order independence, copies are not corroboration, updates supersede.</summary>
public partial class IncidentMergerTests
{
    private static readonly string?[] SourcePool = ["Monitor A", "Agency B", "Ministry of Defence", null];
    private static readonly string?[] OutletPool = ["Outlet 1", "Outlet 2", "Outlet 3", null];

    [Fact] // 300 random clusters: shuffling mentions, their claims and the reasons gives the same record
    public void Merge_ShuffledInput_GivesEqualRecord()
    {
        for (int seed = 1; seed <= 300; seed++)
        {
            var rng = new Random(seed);
            IncidentMention[] mentions = RandomMentions(rng);
            string expected = RecordSnapshot.Of(TestMerge.Merge(mentions));

            IncidentMention[] shuffled = [.. mentions.Select(m => m with { Claims = Shuffle(rng, m.Claims) })];
            var cluster = new IncidentCluster
            {
                Id = "incident",
                Mentions = Shuffle(rng, shuffled),
                Why = Shuffle(rng, [.. mentions.Select(m => new MembershipReason { MentionId = m.Id })]),
            };
            string actual = RecordSnapshot.Of(new Reconcile.Merging.IncidentMerger().Merge(cluster));
            actual.Should().Be(expected, $"seed {seed}");
        }
    }

    [Fact] // 300 random clusters: a copy of a report (new id, same outlet, source, figures) changes no low, best, high or grade
    public void Merge_CopyOfReport_ChangesNoFigureOrGrade()
    {
        for (int seed = 1; seed <= 300; seed++)
        {
            var rng = new Random(seed);
            IncidentMention[] mentions = RandomMentions(rng);
            string expected = RecordSnapshot.Numbers(TestMerge.Merge(mentions));

            IncidentMention original = mentions[rng.Next(mentions.Length)];
            Report copyReport = original.Report with { Id = original.Report.Id + "-copy" };
            IncidentMention copy = original with { Id = copyReport.Id + "#0", Report = copyReport };
            string actual = RecordSnapshot.Numbers(TestMerge.Merge([.. mentions, copy]));
            actual.Should().Be(expected, $"seed {seed}");
        }
    }

    [Fact] // 300 random single-source clusters: a later, higher toll from the same source raises best and supersedes the old standing figure
    public void Merge_LaterHigherTollSameSource_RaisesBestAndSupersedes()
    {
        int checkedClaims = 0;
        for (int seed = 1; seed <= 300; seed++)
        {
            var rng = new Random(seed);
            IncidentMention[] mentions = RandomMentions(rng, singleSource: "Monitor A", killedOnly: true);
            IncidentRecord before = TestMerge.Merge(mentions);
            Figure old = before.Figures.Single();
            int top = mentions.SelectMany(m => m.Claims).Max(c => Math.Max(c.Quantity.Low ?? 0, c.Quantity.High ?? 0));

            var later = new TestReport("zz-later", "Outlet 9", new LocalDate(2020, 1, 1));
            IncidentMention update = later.Mention([later.Killed("at least " + (top + 10), Q.AtLeast(top + 10), "Monitor A")]);
            IncidentRecord after = TestMerge.Merge([.. mentions, update]);
            Figure f = after.Figures.Single();

            f.Best.Should().Be(top + 10, $"seed {seed}").And.BeGreaterThan(old.Best ?? 0);
            var published = mentions.ToDictionary(m => m.Report.Id, m => m.Report.Published);
            foreach (AttributedClaim c in f.Claims.Where(c => c.ReportId != "zz-later" && (c.Claim.AsOf ?? published[c.ReportId]) is not null))
            {
                c.Status.Should().Be(ClaimStatus.Superseded, $"seed {seed}: every dated older figure is replaced");
                checkedClaims++;
            }

            f.Claims.Single(c => c.ReportId == "zz-later").Status.Should().Be(ClaimStatus.Current);
        }

        checkedClaims.Should().BeGreaterThan(100, "the property must have been exercised");
    }

    [Fact] // the brief's example: Saturday's "dozens" then Sunday's "at least 75" from the same monitor
    public void Merge_LaterHigherTollExample_SupersedesEarlierVagueFigure()
    {
        IncidentMention sat = TestMerge.Claims("a", "Outlet 1", TestMerge.Nov4, ("dozens were killed", CasualtyMeasure.Killed, Q.Dozens, "Monitor A", null));
        IncidentMention sun = TestMerge.Claims("b", "Outlet 2", TestMerge.Nov5, ("at least 75 were killed", CasualtyMeasure.Killed, Q.AtLeast(75), "Monitor A", null));
        Figure before = TestMerge.Merge(sat).Figures.Single();
        Figure after = TestMerge.Merge(sat, sun).Figures.Single();

        (before.Low, before.Best, before.High).Should().Be((24, 24, (int?)199));
        (after.Low, after.Best, after.High).Should().Be((75, 75, (int?)null));
        after.Claims.Select(c => c.Status).Should().Equal(ClaimStatus.Superseded, ClaimStatus.Current);
        after.Grade.Should().Be(Grade.SingleSource);
    }

    private static IReadOnlyList<T> Shuffle<T>(Random rng, IReadOnlyList<T> items)
    {
        T[] a = [.. items];
        rng.Shuffle(a);
        return a;
    }

    private static IncidentMention[] RandomMentions(Random rng, string? singleSource = null, bool killedOnly = false)
    {
        int reports = rng.Next(1, 6);
        var mentions = new IncidentMention[reports];
        for (int i = 0; i < reports; i++)
        {
            LocalDate? published = rng.Next(4) == 0 ? null : new LocalDate(2019, 3, 1).PlusDays(rng.Next(5));
            var r = new TestReport("r" + i, OutletPool[rng.Next(OutletPool.Length)], published);
            int claims = rng.Next(1, 4);
            var built = new List<CasualtyClaim>();
            for (int j = 0; j < claims; j++)
            {
                CasualtyMeasure measure = killedOnly || rng.Next(3) > 0 ? CasualtyMeasure.Killed : CasualtyMeasure.Wounded;
                VictimGroup group = killedOnly ? VictimGroup.Unspecified : (VictimGroup)rng.Next(0, 8);
                int n = rng.Next(1, 60);
                Quantity q = rng.Next(6) switch
                {
                    0 => Q.Exact(n),
                    1 => Q.AtLeast(n),
                    2 => Q.MoreThan(n),
                    3 => Q.About(n + 10),
                    4 => Q.Nearly(n + 5),
                    _ => Q.Dozens,
                };
                string? source = singleSource ?? SourcePool[rng.Next(SourcePool.Length)];
                LocalDate? asOf = rng.Next(3) == 0 && published is { } p ? p.PlusDays(-1) : null;
                built.Add(r.Claim("claim " + j + " of " + n, measure, q, source, group, asOf, rising: rng.Next(8) == 0));
            }

            IncidentType type = rng.Next(3) switch { 0 => IncidentType.Bombing, 1 => IncidentType.CarBombing, _ => IncidentType.AirStrike };
            mentions[i] = r.Mention(built, 0, type, DateRange.OnDay(new LocalDate(2019, 3, 1).PlusDays(rng.Next(2))),
                rng.Next(2) == 0 ? TestPlaces.Admin1("Idlib") : TestPlaces.Town("Town " + rng.Next(2), "Idlib"), rng.Next(2) == 0 ? "Group X" : null);
        }

        return mentions;
    }
}
