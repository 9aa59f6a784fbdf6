using Reconcile.Extraction;

namespace Reconcile.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToArray();

    [Theory]
    [InlineData("Two were killed. Three were hurt.", new[] { "Two were killed.", "Three were hurt." })] // plain full stops
    [InlineData("Gov. Pritzker said the U.S. Army helped. It was late.", new[] { "Gov. Pritzker said the U.S. Army helped.", "It was late." })] // title and dotted abbreviations
    [InlineData("Dr. J. Smith arrived at 10 a.m. Sunday.", new[] { "Dr. J. Smith arrived at 10 a.m. Sunday." })] // initial and a.m. before a capital
    [InlineData("\"We ran,\" she said. \"Then it exploded.\"", new[] { "\"We ran,\" she said.", "\"Then it exploded.\"" })] // quotations
    [InlineData("He asked: \"Why?\" Nobody knew.", new[] { "He asked: \"Why?\"", "Nobody knew." })] // question mark inside closing quote
    [InlineData("Bomb kills 5 in Kabul\n\nA bomb killed five people.", new[] { "Bomb kills 5 in Kabul", "A bomb killed five people." })] // headline without full stop
    [InlineData("fighting between the towns of Hit and\n\nthe provincial capital went on.", new[] { "fighting between the towns of Hit and\n\nthe provincial capital went on." })] // sentence broken by a blank line
    [InlineData("It cost 1.5 million. Police said so.", new[] { "It cost 1.5 million.", "Police said so." })] // decimal point is not a boundary
    [InlineData("BAGHDAD – A blast hit a market. 12 died.", new[] { "BAGHDAD – A blast hit a market.", "12 died." })] // dateline dash stays in; digit starts a sentence
    [InlineData("Wait... what happened? It's unclear!", new[] { "Wait... what happened?", "It's unclear!" })] // ellipsis followed by lower case
    [InlineData("   \n  ", new string[0])] // white space only
    [InlineData("- Fleeing civilians -\nKurdish fighters advanced.", new[] { "- Fleeing civilians -", "Kurdish fighters advanced." })] // subheading line
    [InlineData("Shots rang out at a cookout.Detectives returned Saturday.", new[] { "Shots rang out at a cookout.", "Detectives returned Saturday." })] // scraped text that lost the space after a stop
    [InlineData("Four were hurt on Friday night.Police said two were boys.", new[] { "Four were hurt on Friday night.", "Police said two were boys." })] // the same before a capitalised word
    [InlineData("Read more at WRAL.com today. Police said so.", new[] { "Read more at WRAL.com today.", "Police said so." })] // a domain: lower case after the dot
    [InlineData("He moved to St.Louis last year. Police said so.", new[] { "He moved to St.Louis last year.", "Police said so." })] // a glued abbreviation stays inside
    [InlineData("The U.S.Army unit left. Police said so.", new[] { "The U.S.Army unit left.", "Police said so." })] // an initialism: upper case before the dot
    public void Split_Phrasings_SplitsAsAReaderWould(string text, string[] expected) =>
        Split(text).Should().Equal(expected);

    [Fact] // offsets index into the original text, including after CRLF line ends
    public void Split_CrLfText_SpansIndexOriginal()
    {
        const string text = "First line here.\r\n\r\nSecond one.";
        var spans = SentenceSplitter.Split(text);
        spans.Select(s => s.Slice(text)).Should().Equal("First line here.", "Second one.");
    }

    [Fact] // a run-on text without full stops is cut at spaces into pieces no longer than the limit, losing no word, so later steps stay linear
    public void Split_RunOnTextWithoutFullStops_CutAtSpacesUnderLimit()
    {
        string text = string.Concat(Enumerable.Repeat("a gunman killed 5 people and wounded 12 others in Chicago on Saturday police said ", 400));
        IReadOnlyList<Reconcile.Model.TextSpan> spans = SentenceSplitter.Split(text);
        spans.Count.Should().BeGreaterThan(1);
        spans.Should().OnlyContain(s => s.Length <= SentenceSplitter.MaxSentenceChars);
        spans.Should().OnlyContain(s => s.Start == 0 || text[s.Start - 1] == ' ');
        string.Join(" ", spans.Select(s => s.Slice(text))).Should().Be(text.TrimEnd());
    }

    [Fact] // a piece of the limit's length with no space at all is cut at the limit, never inside a surrogate pair
    public void Split_RunWithoutSpaces_CutAtLimitKeepingPairs()
    {
        string text = string.Concat(Enumerable.Repeat("\U0001F600", SentenceSplitter.MaxSentenceChars));
        IReadOnlyList<Reconcile.Model.TextSpan> spans = SentenceSplitter.Split(text);
        spans.Sum(s => s.Length).Should().Be(text.Length);
        spans.Should().OnlyContain(s => !char.IsLowSurrogate(text[s.Start]) && !char.IsHighSurrogate(text[s.End - 1]));
    }

    [Fact] // a byte order mark the text kept does not start its first sentence
    public void Split_LeadingBom_FirstSentenceAfterIt()
    {
        Split("\uFEFFTwo were killed. Three were hurt.").Should().Equal("Two were killed.", "Three were hurt.");
    }
}
