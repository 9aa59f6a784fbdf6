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
    [InlineData("The ceasefire held under fire; fire crews came, and the general strike went on.")] // cease, fire (two groups of alternatives), strike
    [InlineData("A heart attack, a cyberattack and attack dogs; assault rifles and a sexual assault.")] // attack, cyber, assault
    [InlineData("Police raids, a deeply offensive remark, a bomb threat, nuclear bombs and bomber jackets.")] // raid, offensive, bomb
    [InlineData("We had a blast; a population explosion; a flu shot and shots of vodka; shooting a film.")] // blast, explosion, shot, shoot
    [InlineData("A stab at it; a legal battle; fighting for his life; a clash of cultures; executed the plan.")] // stab, battl, fighting, clash, execut
    [InlineData("A flood of letters, a storm of protest, a political earthquake, tremors in his hands.")] // flood, storm, earthquake, tremor
    [InlineData("A political quake, a landslide victory, the stock market crash and a crash course.")] // quake, landslide, crash
    [InlineData("FIRE DEPARTMENT, Heart Attack, Crash Course")] // capitals: the start words are found ignoring case
    public void FindBlocked_EveryBlockerGroup_SameSpansAsFullScan(string sentence)
    {
        var blocked = new List<TextSpan>();
        IncidentTriggers.FindBlocked(sentence, 0, blocked);

        blocked.Should().NotBeEmpty().And.Equal(IncidentTriggers.Blockers().Matches(sentence).Select(m => new TextSpan(m.Index, m.Index + m.Length)));
    }

    [Theory]
    [InlineData("shot", "shoot")] // neither begins the other: accepted
    [InlineData("fire", "fireman")] // "fire" begins "fireman": at "fireman" both would apply, so the table refuses it
    public void StartTable_StartWords_RefusesAWordThatBeginsAnother(string first, string second)
    {
        Regex pattern = new(@"\Gx", Options);
        Action build = () => _ = new AnchoredScan.StartTable([(first, pattern), (second, pattern)]);

        if (second.StartsWith(first, StringComparison.Ordinal))
        {
            build.Should().Throw<ArgumentException>();
        }
        else
        {
            build.Should().NotThrow();
        }
    }

    [Fact]
    public void Lookup_EveryLexiconWordInAnyCase_PassesTheFilter()
    {
        // The length and letter-pair filter must never reject a word of the table, in lower case, capitals or title case.
        foreach (string word in CasualtyLexicon.AllWords)
        {
            string title = word.Length > 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word;
            foreach (string form in new[] { word.ToLowerInvariant(), word.ToUpperInvariant(), title })
            {
                CasualtyLexicon.Lookup(form, allCaps: false).Should().NotBeNull(form);
            }
        }
    }

    [Theory]
    [InlineData("qzxv")] // a pair no word starts with
    [InlineData("killedkilledkilledkilled")] // a length no word has
    public void Lookup_WordOutsideTheLexicon_Null(string word) =>
        CasualtyLexicon.Lookup(word, allCaps: false).Should().BeNull();

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
    [Theory]
    [MemberData(nameof(Sentences))]
    public void FindBlocked_WithLimit_SameSpansStartingBeforeIt(string sentence)
    {
        int limit = sentence.Length / 2;
        var blocked = new List<TextSpan>();
        IncidentTriggers.FindBlocked(sentence, 0, blocked, limit);

        blocked.Should().Equal(IncidentTriggers.Blockers().Matches(sentence).Where(m => m.Index < limit).Select(m => new TextSpan(m.Index, m.Index + m.Length)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void MayStartDate_AnySentence_TrueWhereverADateFormMatches(string sentence)
    {
        Regex[] forms =
        [
            DatePatterns.IsoForm(), DatePatterns.NumericForm(), DatePatterns.DayMonthForm(), DatePatterns.MonthDayForm(), DatePatterns.MonthYearForm(),
            DatePatterns.MonthOnlyForm(), DatePatterns.YearOnlyForm(), DatePatterns.NthForm(), DatePatterns.WeekdayLastWeekForm(),
            DatePatterns.WeekdayRangeForm(), DatePatterns.OvernightForm(), DatePatterns.LastWeekdayForm(), DatePatterns.FutureForm(),
            DatePatterns.WeekendForm(), DatePatterns.PeriodForm(), DatePatterns.RelativeForm(), DatePatterns.AgoForm(), DatePatterns.AnchoredForm(),
            DatePatterns.WeekdayForm(),
        ];
        for (int i = 0; i < sentence.Length; i++)
        {
            if (!char.IsLetter(sentence[i]) || (i > 0 && char.IsLetterOrDigit(sentence[i - 1])))
            {
                continue;
            }

            int end = i;
            while (end < sentence.Length && char.IsLetter(sentence[end]))
            {
                end++;
            }

            DateWordKind kind = DateLexicon.StartKind(sentence.AsSpan(i, end - i));
            if (kind != DateWordKind.None && forms.Any(f => f.IsMatch(sentence.AsSpan(), i)))
            {
                DateLexicon.MayStartDate(sentence, i, end, sentence.Length, kind).Should().BeTrue(sentence[i..]);
            }
        }
    }

    [Theory]
    [InlineData("It happened last week.", 12, true)] // "last" before a period word
    [InlineData("The last of them left.", 4, false)] // "last" before another word: no date
    [InlineData("Fighting over the weekend.", 14, true)] // "the" before "weekend"
    [InlineData("He spoke to the victims.", 12, false)] // "the" before an ordinary noun
    [InlineData("On the 4th, they left.", 3, true)] // "the" before a number
    [InlineData("Sunni fighters fled.", 0, false)] // a weekday prefix that is not a weekday
    [InlineData("On Sunday, they fled.", 3, true)] // a weekday
    [InlineData("Marines landed.", 0, false)] // a month prefix that is not a month
    [InlineData("In March, they fled.", 3, true)] // a month
    [InlineData("they march on.", 5, false)] // a month word in lower case is a verb
    [InlineData("It rained later today.", 10, true)] // "later" before "today"
    [InlineData("It rained yesterday.", 10, true)] // a modifier that is a date alone
    public void MayStartDate_Word_Expected(string text, int start, bool expected)
    {
        int end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        DateLexicon.MayStartDate(text, start, end, text.Length, DateLexicon.StartKind(text.AsSpan(start, end - start))).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Islamic State group and the Observatory said", "Observatory")] // the first wanted hit, after an unwanted one
    [InlineData("No alias here", null)] // nothing found
    [InlineData("Observatory, then Islamic State", "Observatory")] // the wanted hit first
    public void FindFirst_Text_FirstHitThatFindAllFindsAndIsWanted(string text, string? expected)
    {
        var trie = new AliasTrie();
        trie.Add("Islamic State", 0);
        trie.Add("Observatory", 1);
        trie.Add("Observers", 2);
        var all = new List<AliasTrie.Hit>();
        trie.FindAll(text, all);

        AliasTrie.Hit? first = trie.FindFirst(text, hit => hit.Value == 1);

        first.Should().Be(all.Where(h => h.Value == 1).Cast<AliasTrie.Hit?>().FirstOrDefault());
        (first is { } f ? text[f.Start..f.End] : null).Should().Be(expected);
    }
}
