using System.Text.RegularExpressions;
using FluentAssertions;
using Reconcile.Extraction;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Extraction;

/// <summary>The speed-ups that try a pattern only where its start words begin must find exactly what the full scans find.</summary>
public class AnchoredScanTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Verb = new(@"\b(?:said|says|told)\b", Options);
    private static readonly Regex AnchoredVerb = new(@"\G\b(?:said|says|told)\b", Options);
    private static readonly System.Buffers.SearchValues<string> VerbStarts =
        System.Buffers.SearchValues.Create(["said", "says", "told"], StringComparison.OrdinalIgnoreCase);

    public static TheoryData<string> Sentences()
    {
        var data = new TheoryData<string>
        {
            "Under fire, the heart attack victim said the ceasefire held.", // several blockers, one sentence
            "He had a blast; police raids followed the cyberattack.", // blockers inside words and after qualifiers
            "A \u017Fhot rang out, police \u017Faid, near the attac\u212A site.", // long s and Kelvin sign: the full-scan fallback
            "The fire department said fire crews fought the fire.", // one keyword blocked twice, once not
            "SAID TOLD SAYS said-so unsaid", // capitals, hyphen, a verb inside a word
            string.Empty, // nothing at all
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in TestCorpus.SeedIds)
        {
            string text = TestCorpus.SeedText(id);
            foreach (TextSpan s in SentenceSplitter.Split(text))
            {
                if (seen.Add(s.Slice(text)))
                {
                    data.Add(s.Slice(text)); // every sentence of the sample reports, once
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void FindAll_AnySentence_SameMatchesAsFullScan(string sentence)
    {
        var anchored = new List<(int Index, int Length)>();
        AnchoredScan.FindAll(sentence, VerbStarts, AnchoredVerb, Verb, anchored);

        anchored.Should().Equal(Verb.Matches(sentence).Select(m => (m.Index, m.Length)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void FindBlocked_AnySentence_SameSpansAsFullScan(string sentence)
    {
        var blocked = new List<TextSpan>();
        IncidentTriggers.FindBlocked(sentence, 7, blocked);

        blocked.Should().Equal(IncidentTriggers.Blockers().Matches(sentence).Select(m => new TextSpan(7 + m.Index, 7 + m.Index + m.Length)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void RulesWithStems_AnySentence_SameRulesAsPerRuleSearch(string sentence)
    {
        uint expected = 0;
        for (int r = 0; r < IncidentTriggers.Rules.Length; r++)
        {
            if (IncidentTriggers.Rules[r].Stems.Any(stem => sentence.Contains(stem, StringComparison.OrdinalIgnoreCase)))
            {
                expected |= 1u << r;
            }
        }

        IncidentTriggers.RulesWithStems(sentence).Should().Be(expected);
    }

    [Theory]
    [InlineData("The bombing was carried out by ", true)] // the plain agent cue
    [InlineData("a car bombing by one of the so-called ", true)] // optional words after "by"
    [InlineData("responsibility was attributed to the ", true)] // "attributed to"
    [InlineData("The attack was blamed on   ", true)] // trailing white space
    [InlineData("Troops were fighting ", false)] // no cue: the regex is skipped
    [InlineData("He stood by the door near ", false)] // "by" not at the end
    [InlineData("", false)] // nothing before the actor
    public void MayEndWithAgentCue_Text_Expected(string before, bool expected) =>
        ActorRecognizer.MayEndWithAgentCue(before).Should().Be(expected);
}
