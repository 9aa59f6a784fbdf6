using Reconcile.Extraction;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Extraction;

public class ActorRecognizerTests
{
    private static List<ActorFinding> Find(string sentence)
    {
        var results = new List<ActorFinding>();
        ActorRecognizer.Find(sentence, new TextSpan(0, sentence.Length), results);
        return results;
    }

    [Theory]
    [InlineData("A car bombing by the Islamic State group killed 75 people.", "Islamic State", "Islamic State group")] // longest alias wins
    [InlineData("Daesh fighters retreated.", "Islamic State", "Daesh")] // Arabic acronym
    [InlineData("ISIL still holds pockets of land.", "Islamic State", "ISIL")] // acronym
    [InlineData("Hay’at Tahrir al-Sham holds the city.", "Hay'at Tahrir al-Sham", "Hay’at Tahrir al-Sham")] // curly apostrophe
    [InlineData("Hayat Tahrir al Sham holds the city.", "Hay'at Tahrir al-Sham", "Hayat Tahrir al Sham")] // no apostrophe, no hyphen
    [InlineData("The Hashed al-Shaabi advanced.", "Popular Mobilisation Forces", "Hashed al-Shaabi")] // Arabic name of the PMF
    [InlineData("Syrian regime forces advanced on the town.", "Syrian government forces", "Syrian regime forces")] // Syria-specific
    [InlineData("Government forces advanced on the town.", "government forces", "Government forces")] // generic stays generic
    [InlineData("The SDF took the dam.", "Syrian Democratic Forces", "SDF")] // acronym
    [InlineData("Al-Shabaab attacked the base.", "Al-Shabaab", "Al-Shabaab")] // Somali group
    [InlineData("The IDF said it struck targets.", "Israeli forces", "IDF")] // acronym
    [InlineData("Masked gunmen entered the school.", "gunman", "Masked gunmen")] // individual attackers
    [InlineData("Russian jets struck the market.", "Russian forces", "Russian jets")] // Russian forces alias
    [InlineData("Intensive Russian air strikes hit the town.", "Russian forces", "Russian")] // adjective before a military noun
    public void Find_Alias_ReturnsCanonicalName(string sentence, string canonical, string words)
    {
        var found = Find(sentence);
        found.Should().ContainSingle(sentence);
        found[0].Name.Should().Be(canonical);
        found[0].Span.Slice(sentence).Should().Be(words);
    }

    [Theory]
    [InlineData("It is not clear what happened.")] // "is" is not IS: acronyms are case-sensitive
    [InlineData("THE SIEGE IS OVER, OFFICIALS SAY.")] // "IS" inside capitals is a word, not the group
    [InlineData("The anti-IS campaign continued.")] // prefixed acronym is part of another word
    [InlineData("The Russian ambassador met the minister.")] // "Russian" only names forces before a military noun
    [InlineData("Hurricane Isis hit the coast.")] // "Isis" in mixed case is not ISIS
    public void Find_NotAnActor_ReturnsNothing(string sentence)
    {
        Find(sentence).Should().BeEmpty(sentence);
    }

    [Theory]
    [InlineData("A car bombing by the Islamic State group killed 75 displaced people.", "Islamic State")] // "bombing by"
    [InlineData("A car bombing carried out by Daesh killed dozens.", "Islamic State")] // "carried out by"
    [InlineData("The Saturday bombing was claimed by ISIS.", "Islamic State")] // "claimed by"
    [InlineData("The massacre was blamed on Boko Haram.", "Boko Haram")] // "blamed on"
    [InlineData("It was not the first attack attributed to ISIS.", "Islamic State")] // "attributed to"
    [InlineData("Daesh targeted with a car bomb displaced people on the river bank.", "Islamic State")] // subject of an attack verb
    [InlineData("IS used at least 10 suicide bombers in its offensive.", "Islamic State")] // "used ... suicide bombers"
    [InlineData("IS had Sunday launched an operation on villages.", "Islamic State")] // auxiliary and day between subject and verb
    [InlineData("A gunman opened fire in the mall.", "gunman")] // individual attacker
    [InlineData("Dozens were killed in an IS car bombing.", "Islamic State")] // actor modifies the attack noun
    [InlineData("Last month, an IS incursion left dozens dead.", "Islamic State")] // actor modifies "incursion"
    [InlineData("The Houthi missile attack hit an airport.", "Houthis")] // adjective form modifies the attack
    [InlineData("Taliban fighters stormed the police compound.", "Taliban")] // subject with "fighters"
    [InlineData("The SDF is attacking Daesh east of the river.", "Syrian Democratic Forces")] // progressive active
    [InlineData("Al-Shabaab claimed responsibility for the blast.", "Al-Shabaab")] // claim of responsibility
    public void Find_AgentOfAttack_IsPerpetrator(string sentence, string perpetrator)
    {
        Find(sentence).Should().Contain(a => a.Name == perpetrator && a.IsPerpetrator && !a.Hedged, sentence);
    }

    [Theory]
    [InlineData("Airstrikes thought to have been carried out by Russian jets killed 51.", "Russian forces")] // "thought to have been"
    [InlineData("SANA reported the strike, accusing the US-led coalition of carrying it out.", "US-led coalition")] // accusation
    [InlineData("It was not immediately clear if the strike was carried out by an Iraqi plane.", "Iraqi forces")] // "not clear if"
    [InlineData("It was unclear whether the raid was carried out by one of the US-led coalition jets.", "US-led coalition")] // "one of the"
    public void Find_HedgedAgent_IsHedgedPerpetrator(string sentence, string perpetrator)
    {
        Find(sentence).Should().Contain(a => a.Name == perpetrator && a.IsPerpetrator && a.Hedged, sentence);
    }

    [Theory]
    [InlineData("The army said it killed 18 IS fighters.", "Islamic State")] // victim: object of "killed"
    [InlineData("Kurdish forces are fighting IS near Raqqa.", "Islamic State")] // merely fought
    [InlineData("Syrian regime forces and the SDF are fighting the jihadist group in separate offensives.", "Syrian government forces")] // fighting is mutual
    [InlineData("Many ISIS fighters are believed to have fled.", "Islamic State")] // mentioned, no attack
    [InlineData("The gunman was killed by police.", "gunman")] // passive: the gunman is the victim here
    [InlineData("Albu Kamal was won by regime forces in 2017.", "Syrian government forces")] // "won by" is not an attack
    [InlineData("Russian-backed regime forces hold the west bank.", "Syrian government forces")] // backed-by relation is not agency
    public void Find_VictimOrMention_IsNotPerpetrator(string sentence, string actor)
    {
        Find(sentence).Should().Contain(a => a.Name == actor, sentence).Which.IsPerpetrator.Should().BeFalse(sentence);
    }

    [Fact] // a weak description becomes the one jihadist group the report names
    public void ResolveCoreference_OneNamedGroup_ReplacesWeakDescription()
    {
        const string text = "IS fighters fled. The jihadists regrouped in the desert.";
        var findings = new List<ActorFinding>();
        ActorRecognizer.Find(text, new TextSpan(0, 17), findings);
        ActorRecognizer.Find(text, new TextSpan(18, text.Length), findings);
        findings.Select(f => f.Name).Should().Equal("Islamic State", "jihadists");
        ActorRecognizer.ResolveCoreference(findings);
        findings.Select(f => f.Name).Should().Equal("Islamic State", "Islamic State");
    }

    [Fact] // two candidate groups: the weak description stays generic
    public void ResolveCoreference_TwoNamedGroups_KeepsWeakDescription()
    {
        const string text = "IS and Al-Qaeda fighters clashed. The jihadists regrouped.";
        var findings = new List<ActorFinding>();
        ActorRecognizer.Find(text, new TextSpan(0, text.Length), findings);
        ActorRecognizer.ResolveCoreference(findings);
        findings.Select(f => f.Name).Should().Equal("Islamic State", "Al-Qaeda", "jihadists");
    }

    [Theory]
    [InlineData("Daesh", "Islamic State")] // alias
    [InlineData("the Islamic State group", "Islamic State")] // determiner and "group"
    [InlineData("U.S.-led coalition", "US-led coalition")] // dots and hyphen
    [InlineData("Boko", null)] // partial names are not aliases
    public void Canonicalize_Alias_ReturnsCanonical(string alias, string? expected)
    {
        ActorRecognizer.Canonicalize(alias).Should().Be(expected);
    }

    public static TheoryData<string, string> GoldPerpetrators()
    {
        // A report in two gold incidents with the same perpetrator gives one case: xUnit skips a case with a duplicate id.
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        using System.Text.Json.JsonDocument gold = TestCorpus.Gold();
        foreach (System.Text.Json.JsonElement incident in gold.RootElement.GetProperty("incidents").EnumerateArray())
        {
            if (incident.GetProperty("perpetrator").GetString() is { } perpetrator)
            {
                foreach (System.Text.Json.JsonElement report in incident.GetProperty("reports").EnumerateArray())
                {
                    if (seen.Add((report.GetString()!, perpetrator)))
                    {
                        data.Add(report.GetString()!, perpetrator);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldPerpetrators))] // every report of an incident with a gold perpetrator names it as the agent, unhedged
    public void Find_SampleReports_NameGoldPerpetrator(string report, string perpetrator)
    {
        string text = TestCorpus.SeedText(report);
        var results = new List<ActorFinding>();
        foreach (TextSpan sentence in SentenceSplitter.Split(text))
        {
            ActorRecognizer.Find(text, sentence, results);
        }

        results.Should().Contain(a => a.Name == perpetrator && a.IsPerpetrator && !a.Hedged);
    }

    [Theory]
    [InlineData("003_73d0f7e78f3a6fb5", "Iraqi forces")] // "not immediately clear if the strike was carried out by an Iraqi plane"
    [InlineData("003_73d0f7e78f3a6fb5", "US-led coalition")] // "or by one of the US-led coalition", "accusing the US-led coalition"
    [InlineData("004_b1804142b1501a11", "Russian forces")] // "thought to have been carried out by Russian jets"
    public void Find_SampleReports_DisputedPerpetratorIsHedged(string report, string actor)
    {
        string text = TestCorpus.SeedText(report);
        var results = new List<ActorFinding>();
        foreach (TextSpan sentence in SentenceSplitter.Split(text))
        {
            ActorRecognizer.Find(text, sentence, results);
        }

        results.Where(a => a.Name == actor && a.IsPerpetrator).Should().NotBeEmpty().And.OnlyContain(a => a.Hedged);
    }

    public static TheoryData<string> BeforePatterns() => ["PerpetratorBefore", "AccusedBefore", "HedgeBefore"];

    private static System.Text.RegularExpressions.Regex BeforePattern(string name) => name switch
    {
        "PerpetratorBefore" => ActorRecognizer.PerpetratorBefore(),
        "AccusedBefore" => ActorRecognizer.AccusedBefore(),
        _ => ActorRecognizer.HedgeBefore(),
    };

    [Theory]
    [MemberData(nameof(BeforePatterns))] // the patterns run right to left: whether they match must not depend on the direction
    public void BeforePattern_EveryPrefixOfTheSeedSentences_MatchesAsLeftToRight(string name)
    {
        System.Text.RegularExpressions.Regex rightToLeft = BeforePattern(name);
        rightToLeft.RightToLeft.Should().BeTrue();
        var leftToRight = new System.Text.RegularExpressions.Regex(rightToLeft.ToString(), rightToLeft.Options & ~System.Text.RegularExpressions.RegexOptions.RightToLeft);
        int matches = 0;
        foreach (string id in TestCorpus.SeedIds)
        {
            string text = TestCorpus.SeedText(id);
            foreach (TextSpan sentence in SentenceSplitter.Split(text))
            {
                for (int end = sentence.Start; end <= sentence.End; end++)
                {
                    ReadOnlySpan<char> before = text.AsSpan(Math.Max(sentence.Start, end - 160), end - Math.Max(sentence.Start, end - 160));
                    bool expected = leftToRight.IsMatch(before);
                    matches += expected ? 1 : 0;
                    if (rightToLeft.IsMatch(before) != expected)
                    {
                        Assert.Fail($"{name} differs on '{before.ToString()}'");
                    }
                }
            }
        }

        matches.Should().BePositive("the seeds must exercise the pattern");
    }

    [Theory]
    [InlineData("A car bombing carried out by ", true)] // verb + "by" at the end
    [InlineData("A car bombing carried out by one of the so-called ", true)] // optional words after "by"
    [InlineData("The attack was blamed on the ", true)] // "blamed on"
    [InlineData("Responsibility for the attack to ", true)] // "responsibility ... to"
    [InlineData("A car bombing carried out by the group near ", false)] // "by" not at the end
    [InlineData("Stood by ", false)] // "by" without an attack word before it
    [InlineData("ATTRIBUTED TO ", true)] // capitals
    [InlineData("Attributed  to\u00A0the ", true)] // other white space
    [InlineData("Über attack by ", true)] // a non-ASCII letter before
    public void PerpetratorBefore_Phrasings_MatchOnlyAtTheEnd(string before, bool expected)
    {
        ActorRecognizer.PerpetratorBefore().IsMatch(before).Should().Be(expected, before);
    }
}
