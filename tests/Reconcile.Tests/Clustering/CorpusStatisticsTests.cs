using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

/// <summary>Word and name rarity taken from a larger corpus (a store's counts) with the input's uncounted reports added.</summary>
public class CorpusStatisticsTests
{
    private static CorpusStatistics Corpus(IReadOnlySet<string> counted, long mentions, long reports,
        Dictionary<string, long>? terms = null, Dictionary<string, long>? names = null) => new()
        {
            Counted = counted,
            Mentions = mentions,
            Reports = reports,
            TermMentions = words => (terms ?? []).Where(kv => words.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value),
            NameReports = pairs => (names ?? []).Where(kv => pairs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value),
        };

    private static MentionProfile[] Profiles() => IncidentClusterer.Profile(
    [
        Report("a", null, new Spec(["Tyrone Baker was taken to Grady Memorial after the shooting."])),
        Report("b", null, new Spec(["Grady Memorial treated Tyrone Baker for a gunshot wound."])),
        Report("c", null, new Spec(["A shooting on the east side left one wounded."])),
    ]);

    [Fact] // a name in two reports of the batch but in many of the store (a hospital's) is not a rare name, as in a whole run over the store
    public void NameIndexBuild_NameCommonInCorpus_NotRare()
    {
        MentionProfile[] profiles = Profiles();
        var added = new CorpusCounts();

        NameIndex.Build(profiles, Corpus(new HashSet<string>(), 100, 50, names: new() { ["grady memorial"] = NameIndex.MaxReports }), [false, false, false], added);

        profiles[0].Names.Should().Equal("tyrone baker");
        added.Names.Should().Equal(new Dictionary<string, long> { ["grady memorial"] = 2, ["tyrone baker"] = 2 });
        added.Reports.Should().Be(3);
    }

    [Fact] // a report the corpus has counted (a stored candidate) adds nothing: its names are in the counts already
    public void NameIndexBuild_CountedReport_NotAddedAgain()
    {
        MentionProfile[] profiles = Profiles();
        var added = new CorpusCounts();
        bool[] counted = [.. profiles.Select(p => p.Mention.Report.Id == "a")];

        NameIndex.Build(profiles, Corpus(new HashSet<string> { "a" }, 1, 1, names: new() { ["grady memorial"] = 1, ["tyrone baker"] = 1 }), counted, added);

        added.Names.Should().Equal(new Dictionary<string, long> { ["grady memorial"] = 1, ["tyrone baker"] = 1 });
        added.Reports.Should().Be(2);
        profiles[1].Names.Should().Equal("grady memorial", "tyrone baker");
    }

    [Fact] // the uncounted mentions' words are what the batch adds to the counts; a counted report's words are in them already
    public void LexicalIndexBuild_Corpus_AddsTheUncountedMentionsWords()
    {
        MentionProfile[] profiles = Profiles();
        var added = new CorpusCounts();
        bool[] counted = [.. profiles.Select(p => p.Mention.Report.Id == "c")];

        LexicalIndex.Build(profiles, Corpus(new HashSet<string> { "c" }, 1000, 500, terms: new() { ["shooting"] = 400 }), counted, added);

        added.Mentions.Should().Be(2);
        added.Terms["grady"].Should().Be(2);
        added.Terms["shooting"].Should().Be(1); // a's; c's is counted
        added.Terms.Should().NotContainKey("east"); // only c reads it
    }

    [Fact] // words the two reports share weigh less when the corpus finds them in most of its mentions: their cosine falls
    public void LexicalIndexBuild_SharedWordsCommonInCorpus_LowerCosine()
    {
        MentionProfile[] rare = Profiles(), common = Profiles();
        var shared = new Dictionary<string, long> { ["tyrone"] = 900, ["baker"] = 900, ["grady"] = 900, ["memorial"] = 900 };

        LexicalIndex.Build(rare, Corpus(new HashSet<string>(), 1000, 500), null, null);
        LexicalIndex.Build(common, Corpus(new HashSet<string>(), 1000, 500, terms: shared), null, null);

        LexicalIndex.Cosine(common[0], common[1]).Should().BeLessThan(LexicalIndex.Cosine(rare[0], rare[1]) - 0.1);
    }

    [Fact] // a word shared by two reports blocks them, unless the corpus finds it in more mentions than a block may hold
    public void CandidateBlockerPairs_WordTooCommonInCorpus_NoBlock()
    {
        MentionProfile[] local = IncidentClusterer.Profile([Report("a", null, new Spec(["Flooding in Zarqa swept away cars."])),
            Report("b", null, new Spec(["Rescuers in Zarqa searched for the missing."]))]);
        MentionProfile[] stored = IncidentClusterer.Profile([Report("a", null, new Spec(["Flooding in Zarqa swept away cars."])),
            Report("b", null, new Spec(["Rescuers in Zarqa searched for the missing."]))]);
        var options = new ClusteringOptions();

        int[] localDf = LexicalIndex.Build(local);
        int[] storedDf = LexicalIndex.Build(stored, Corpus(new HashSet<string>(), 5000, 2000, terms: new() { ["zarqa"] = options.MaxBlockSize + 1 }), null, null);

        CandidateBlocker.Pairs(local, localDf, options).Should().ContainSingle();
        CandidateBlocker.Pairs(stored, storedDf, options).Should().BeEmpty();
    }
}
