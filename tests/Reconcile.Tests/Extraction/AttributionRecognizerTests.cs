using System.Text.Json;
using Reconcile.Extraction;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Extraction;

public class AttributionRecognizerTests
{
    /// <summary>Returns the source of each sentence ("-" when none), joined by " / ".</summary>
    private static string Sources(string text)
    {
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(text);
        IReadOnlyList<SourceFinding> found = AttributionRecognizer.Find(text, sentences);
        var bySentence = found.ToDictionary(f => f.SentenceIndex, f => f.Source);
        return string.Join(" / ", Enumerable.Range(0, sentences.Count).Select(i => bySentence.GetValueOrDefault(i, "-")));
    }

    private static string LastSource(string text) => Sources(text).Split(" / ")[^1];

    [Theory]
    [InlineData("Ten people died, said Jane Roe, head of the Syrian Network for Human Rights.", "Syrian Network for Human Rights")] // a head speaks for her organisation
    [InlineData("Jane Roe, who heads the Syrian Network for Human Rights, said ten people died.", "Syrian Network for Human Rights")] // relative-clause role
    [InlineData("Ten people died, according to the observatory.", "Syrian Observatory for Human Rights")] // "according to" + alias
    [InlineData("The UK-based monitor said 12 rebels were killed.", "Syrian Observatory for Human Rights")] // distinctive description of SOHR
    [InlineData("State news agency SANA reported that 30 people died.", "SANA")] // agency named with a descriptor
    [InlineData("The Syrian Arab News Agency said 30 people died.", "SANA")] // long name of SANA
    [InlineData("Three people were hurt, police said.", "police")] // trailing attribution after a comma
    [InlineData("Chicago Police said three people were hurt.", "police")] // departments collapse to "police"
    [InlineData("Sgt. Mark Bell said the victim was 23.", "police")] // police title
    [InlineData("Sheriff Jim Hart said the gunman fled on foot.", "sheriff's office")] // sheriff by title
    [InlineData("The victim was 19, the Harris County Sheriff's Office said.", "sheriff's office")] // named sheriff's office
    [InlineData("The man died at the scene, according to the medical examiner.", "medical examiner")] // medical examiner
    [InlineData("Witnesses said the shooter wore black.", "witnesses")] // generic speakers stay generic, in lower case
    [InlineData("Officials said 12 people were killed in the blast.", "officials")] // sentence-initial capital is lowered
    [InlineData("Local officials told reporters that 12 died.", "local officials")] // "told" + qualifier kept
    [InlineData("Reuters reported that four people died.", "Reuters")] // an outlet reporting itself is the source
    [InlineData("A ministry official told AFP that four people died.", "ministry official")] // told AFP: the speaker, not AFP
    [InlineData("The Health Ministry said 30 people were killed.", "Health Ministry")] // named body kept as written
    [InlineData("The United Nations on Thursday, November 2, said the group had killed 741 civilians.", "United Nations")] // date between subject and verb
    [InlineData("The rights group, which documents abuses across the country, reported that dozens died.", "rights group")] // relative clause skipped
    [InlineData("Jane Roe, a professor at Oxford, said the toll was likely higher.", "Jane Roe")] // a professor does not speak for the university
    [InlineData("Authorities said the fire was set deliberately.", "authorities")] // authorities
    [InlineData("\"We found one round in the chamber,\" said Detective Ann Lee with the Dallas Police Department.", "police")] // inverted, affiliation after the name
    [InlineData("The man was found dead, according to a statement from Gary police.", "police")] // a document resolves through its issuer
    [InlineData("“It was a nightmare,’’ Sheriff Tom Nocco said at a press conference.", "sheriff's office")] // doubled apostrophes close a quote
    [InlineData("\"It was awful,\" said a neighbor who asked not to be named.", "neighbor")] // inverted, relative clause after the speaker
    [InlineData("Chief of Detectives Ray Boyce said the gun was stolen.", "police")] // police rank with "of"
    [InlineData("Chief of Department Steven Skrynecki said patrols were increased.", "Steven Skrynecki")] // a rank is not an organisation
    public void Find_SingleSentence_ResolvesSpeaker(string text, string expected)
    {
        LastSource(text).Should().Be(expected, text);
    }

    [Theory]
    [InlineData("A car bombing killed 12 people, a monitor said.", "unnamed monitor")] // no monitor named anywhere: kept generic
    [InlineData("The Syrian Observatory for Human Rights counted 200 dead last week. A car bombing killed 12 people, a monitor said.", "Syrian Observatory for Human Rights")] // coreference with the monitor named earlier
    [InlineData("A car bombing killed 12 people, the war monitor said. Later the Observatory updated the toll.", "Syrian Observatory for Human Rights / -")] // monitor named later in the report
    [InlineData("The Syrian Network for Human Rights said 5 died. The activist group said 3 more died.", "Syrian Network for Human Rights / Syrian Network for Human Rights")] // "the activist group"
    public void Find_GenericMonitor_ResolvesWithinReport(string text, string expected)
    {
        string got = Sources(text);
        got.Should().EndWith(expected, text);
    }

    [Theory]
    [InlineData("Ten died, said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights. Abdel Rahman said the toll could rise.", "Syrian Observatory for Human Rights / Syrian Observatory for Human Rights")] // surname later
    [InlineData("Observatory head Rami Abdul Rahman said dozens died. He said the toll could rise.", "Syrian Observatory for Human Rights / Syrian Observatory for Human Rights")] // "Observatory head X", then "he"
    [InlineData("Jane Roe, spokeswoman for the Red Cross, said 8 died. “We are shocked. We need access,” she said.", "International Committee of the Red Cross / International Committee of the Red Cross / International Committee of the Red Cross")] // quote continues across sentences
    [InlineData("Abdel-Rahman said the toll was rising.", "Abdel-Rahman")] // an unknown person stays a person
    [InlineData("Rami Abdel-Rahman said the toll was rising.", "Syrian Observatory for Human Rights")] // a known head of a source
    [InlineData("The coalition said it struck 5 targets. “We will not stop,” spokesman John Doe told AFP. Doe said more raids were coming.", "US-led coalition / US-led coalition / US-led coalition")] // spokesman without organisation speaks for the organisation just quoted
    public void Find_People_ResolveToTheirOrganisation(string text, string expected)
    {
        Sources(text).Should().Be(expected, text);
    }

    [Theory]
    [InlineData("A car bombing was reported in the city.")] // passive "was reported" is not an attribution
    [InlineData("The reported toll is 30.")] // "reported" as an adjective
    [InlineData("Dozens of fighters were killed in the attack.")] // no attribution at all
    [InlineData("“He said he would kill them all,” and then he left.")] // the verb is inside a quotation
    [InlineData("He said the toll could rise.")] // a pronoun with nobody to refer to
    [InlineData("The victim fled, the report said.")] // a bare document is not a primary source
    public void Find_NoAttribution_ReturnsNothing(string text)
    {
        Sources(text).Should().NotContainAny(["police", "monitor", "he", "He"]).And.Subject.Split(" / ").Should().AllBe("-");
    }

    [Fact] // the span covers the attribution words, in absolute offsets
    public void Find_Span_CoversAttributionWords()
    {
        const string text = "Nothing. The attack killed 75, said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights.";
        var found = AttributionRecognizer.Find(text, SentenceSplitter.Split(text));
        found.Should().ContainSingle().Which.Span.Slice(text).Should().Be("said Rami Abdel Rahman, head of the Syrian Observatory for Human Rights");
        found[0].SentenceIndex.Should().Be(1);
    }

    [Theory]
    [InlineData("Dozens died, a monitor said Sunday.", "a monitor said")] // subject + verb, without the day
    [InlineData("Ten died, according to the observatory.", "according to the observatory")] // "according to" phrase
    [InlineData("Police said three were hurt.", "Police said")] // sentence-initial subject
    public void Find_Span_IsAttributionPhrase(string text, string expected)
    {
        AttributionRecognizer.Find(text, SentenceSplitter.Split(text)).Should().ContainSingle().Which.Span.Slice(text).Should().Be(expected);
    }

    [Fact] // two attributions: the main clause ("Police said") wins over the embedded one ("who witnesses said")
    public void Find_TwoAttributions_MainClauseWins()
    {
        LastSource("Police said the victims are Ann Lee, 21, and John Poe, 20, who witnesses said is the alleged gunman.").Should().Be("police");
    }

    [Theory]
    [InlineData("“We are shocked,” police said.", "police")] // curly quote closed before the verb
    [InlineData("\"We are shocked,\" police said.", "police")] // straight quote closes before a comma
    [InlineData("\"We are shocked\", police said.", "police")] // straight quote closes before a comma outside it
    [InlineData("The mayor said: “Police said nothing.”", "mayor")] // the verb inside the quotation is skipped, the one before it kept
    [InlineData("“Police said nothing,” the mayor said.", "mayor")] // the verb inside the quotation at sentence start is skipped
    [InlineData("“It was a nightmare,’’ Sheriff Tom Nocco said.", "sheriff's office")] // doubled right single quotes close
    [InlineData("“Él dijo ‘no’,” police said.", "police")] // non-ASCII letters and a single quote pair inside a quotation
    [InlineData("“Unclosed quotation\nPolice said three people died.", "police")] // a line break ends an unclosed quotation
    [InlineData("Signs read “x” and “y”, police said.", "police")] // several quotations before the verb
    [InlineData("Signs read “x” and “police said so”.", "-")] // the only verb is inside the second quotation
    public void Find_QuoteMarks_SkipVerbsInsideQuotations(string text, string expected)
    {
        LastSource(text).Should().Be(expected, text);
    }

    [Fact] // the quote tracking jumps from quote mark to quote mark: every other character must leave the state unchanged
    public void Toggle_CharacterOutsideQuoteMarks_LeavesStateUnchanged()
    {
        char[] neighbours = [' ', 'a', 'Z', '(', '[', '—', '.', ',', ')', '\n', .. AttributionRecognizer.QuoteMarks];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (AttributionRecognizer.QuoteMarks.Contains((char)c, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (char previous in neighbours)
            {
                foreach (char next in neighbours)
                {
                    if (AttributionRecognizer.Toggle((char)c, true, previous, next) != true || AttributionRecognizer.Toggle((char)c, false, previous, next) != false)
                    {
                        Assert.Fail($"U+{c:X4} changes the quote state but is not in QuoteMarks");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData('“')] // opens
    [InlineData('”')] // closes
    [InlineData('’')] // closes when doubled
    [InlineData('"')] // opens, closes or toggles by its neighbours
    public void Toggle_QuoteMark_ChangesStateInSomeContext(char c)
    {
        char[] neighbours = [' ', 'a', '’', '.'];
        bool changes = neighbours.Any(p => neighbours.Any(n => AttributionRecognizer.Toggle(c, true, p, n) != true || AttributionRecognizer.Toggle(c, false, p, n) != false));
        changes.Should().BeTrue();
    }

    public static TheoryData<string, string, string?> GoldClaims()
    {
        var data = new TheoryData<string, string, string?>();
        using JsonDocument gold = TestCorpus.Gold();
        foreach (JsonElement incident in gold.RootElement.GetProperty("incidents").EnumerateArray())
        {
            foreach (JsonElement figure in incident.GetProperty("figures").EnumerateArray())
            {
                foreach (JsonElement claim in figure.GetProperty("claims").EnumerateArray())
                {
                    JsonElement source = claim.GetProperty("source");
                    data.Add(claim.GetProperty("report").GetString()!, claim.GetProperty("quote").GetString()!,
                        source.ValueKind == JsonValueKind.Null ? null : source.GetString());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldClaims))] // every gold claim: some sentence carrying its quote is attributed to the gold source (or to none)
    public void Find_SampleReports_MatchGoldSources(string report, string quote, string? source)
    {
        string text = TestCorpus.SeedText(report);
        IReadOnlyList<TextSpan> sentences = SentenceSplitter.Split(text);
        var bySentence = AttributionRecognizer.Find(text, sentences).ToDictionary(f => f.SentenceIndex, f => f.Source);
        var carrying = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Slice(text).Contains(quote, StringComparison.Ordinal)).ToList();
        carrying.Should().NotBeEmpty("the naive splitter must keep the quote in one sentence");
        var got = carrying.Select(i => bySentence.GetValueOrDefault(i)).ToList();
        if (source is null)
        {
            got.Should().AllSatisfy(g => g.Should().BeNull(), quote);
        }
        else
        {
            got.Should().Contain(source, quote);
        }
    }

    [Theory]
    [InlineData("002_5f72c11ff1a0ff51", "spokesman Ryan Dillon told AFP", "US-led coalition")] // spokesman right after the coalition's statement
    [InlineData("002_5f72c11ff1a0ff51", "Dillon said", "US-led coalition")] // his surname later in the report
    [InlineData("002_5f72c11ff1a0ff51", "said Jean-Pierre Filiu", "Jean-Pierre Filiu")] // an analyst is his own source
    [InlineData("001_1e6615ac57ba320a", "told The Associated Press", "Kataeb Hezbollah")] // spokesman for a group, the outlet is not the source
    [InlineData("001_1e6615ac57ba320a", "But Al Hussaini said", "Kataeb Hezbollah")] // the same spokesman by surname
    [InlineData("001_1e6615ac57ba320a", "she said", "Save the Children")] // quote of the charity's director
    [InlineData("004_b1804142b1501a11", "IS now controls several parts", "Syrian Observatory for Human Rights")] // quote opened in one sentence, attributed in the next
    [InlineData("004_b1804142b1501a11", "Dozens were wounded, he said", "Syrian Observatory for Human Rights")] // "he" is the monitor's head
    [InlineData("003_73d0f7e78f3a6fb5", "analysts say", "analysts")] // generic speakers
    public void Find_SampleReports_OtherSpeakers(string report, string words, string expected)
    {
        string text = TestCorpus.SeedText(report);
        List<TextSpan> sentences = [.. SentenceSplitter.Split(text)];
        var bySentence = AttributionRecognizer.Find(text, sentences).ToDictionary(f => f.SentenceIndex, f => f.Source);
        int index = sentences.FindIndex(s => s.Slice(text).Contains(words, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0);
        bySentence.GetValueOrDefault(index).Should().Be(expected, sentences[index].Slice(text));
    }
}
