using NodaTime;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

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
