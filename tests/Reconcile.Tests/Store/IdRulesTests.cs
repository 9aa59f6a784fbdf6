using Reconcile.Extraction;
using Reconcile.Ingestion;
using Reconcile.Model;
using Reconcile.Store;

namespace Reconcile.Tests.Store;

/// <summary>The stable-id rules of docs/store.md, on a batch's clusters directly (<c>SqlIncidentStore.Assign</c>): merges keep the
/// older id and point the other to it, splits keep the id in the larger part and give the other a new one.</summary>
public sealed class IdRulesTests
{
    /// <summary>Four invented one-incident reports; which incidents they tell does not matter to the id rules, only the memberships.</summary>
    private static readonly IncidentMention[] M =
    [
        Lead("r1", "A man was shot and killed on Elm Street in Dayton, Ohio on Tuesday night, police said."),
        Lead("r2", "Two teenagers were wounded in a shooting near a Tulsa park on Saturday, officers said."),
        Lead("r3", "A woman was injured when gunfire hit her car in Fresno on Monday, according to deputies."),
        Lead("r4", "Police in Mobile, Alabama are investigating a fatal shooting outside a store on Friday."),
    ];

    private static IncidentMention Lead(string id, string text) => new IncidentExtractor().Extract(ReportReader.FromText(id, text)).Mentions[0];

    private static IncidentCluster Cluster(params int[] members) =>
        new() { Id = "inc-" + M[members[0]].Id, Mentions = [.. members.Select(i => M[i])] };

    [Fact]
    public void Assign_TwoStoredIncidentsInOneCluster_OlderKeepsIdAndAbsorbsTheOther()
    {
        // "inc-b" was created in run 1, "inc-a" in run 2: age decides, not the id's order.
        var incidentOf = new Dictionary<string, string> { [M[0].Id] = "inc-b", [M[1].Id] = "inc-a" };
        var created = new Dictionary<string, long> { ["inc-b"] = 1, ["inc-a"] = 2 };

        var plans = SqlIncidentStore.Assign([Cluster(0, 1, 2)], incidentOf, created);

        plans.Should().ContainSingle();
        plans[0].Id.Should().Be("inc-b");
        plans[0].IsNew.Should().BeFalse();
        plans[0].Absorbed.Should().Equal("inc-a");
        plans[0].SplitFrom.Should().BeEmpty();
        plans[0].Touched.Should().BeTrue();
    }

    [Fact]
    public void Assign_MergeOfIncidentsFromOneRun_SmallerIdSurvives()
    {
        var incidentOf = new Dictionary<string, string> { [M[0].Id] = "inc-d", [M[1].Id] = "inc-c" };
        var created = new Dictionary<string, long> { ["inc-d"] = 3, ["inc-c"] = 3 };

        var plans = SqlIncidentStore.Assign([Cluster(0, 1)], incidentOf, created);

        plans.Single().Id.Should().Be("inc-c");
        plans.Single().Absorbed.Should().Equal("inc-d");
    }

    [Fact]
    public void Assign_StoredIncidentInTwoClusters_LargerPartKeepsIdOtherIsNewAndSplitFrom()
    {
        var incidentOf = new Dictionary<string, string> { [M[0].Id] = "inc-x", [M[1].Id] = "inc-x", [M[2].Id] = "inc-x" };
        var created = new Dictionary<string, long> { ["inc-x"] = 1 };

        var plans = SqlIncidentStore.Assign([Cluster(2, 3), Cluster(0, 1)], incidentOf, created);

        plans[1].Id.Should().Be("inc-x");
        plans[1].IsNew.Should().BeFalse();
        plans[1].Touched.Should().BeTrue("it lost a mention");
        plans[0].IsNew.Should().BeTrue();
        plans[0].Id.Should().Be("inc-" + M[2].Id, "a part split off takes its members' id, as a whole run would");
        plans[0].SplitFrom.Should().Equal("inc-x");
    }

    [Fact]
    public void Assign_StoredIncidentSplitInHalves_FirstClusterKeepsId()
    {
        var incidentOf = new Dictionary<string, string> { [M[0].Id] = "inc-y", [M[1].Id] = "inc-y" };
        var created = new Dictionary<string, long> { ["inc-y"] = 1 };

        var plans = SqlIncidentStore.Assign([Cluster(1), Cluster(0)], incidentOf, created);

        plans[0].Id.Should().Be("inc-y");
        plans[1].IsNew.Should().BeTrue();
        plans[1].SplitFrom.Should().Equal("inc-y");
    }

    [Fact]
    public void Assign_StoredIncidentUnchanged_IsNotTouched()
    {
        var incidentOf = new Dictionary<string, string> { [M[0].Id] = "inc-z" };
        var created = new Dictionary<string, long> { ["inc-z"] = 1 };

        var plans = SqlIncidentStore.Assign([Cluster(0), Cluster(3)], incidentOf, created);

        plans[0].Id.Should().Be("inc-z");
        plans[0].Touched.Should().BeFalse();
        plans[1].IsNew.Should().BeTrue();
        plans[1].SplitFrom.Should().BeEmpty();
    }
}
