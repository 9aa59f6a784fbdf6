using Reconcile.Extraction;
using Reconcile.Extraction.Lexicon;
using Reconcile.Extraction.Quantities;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Quantities;

public class TextTokenizerTests
{
    private static TextToken[] Tokenize(string text)
    {
        TextToken[] buffer = System.Buffers.ArrayPool<TextToken>.Shared.Rent(1);
        int n = TextTokenizer.Tokenize(text, new TextSpan(0, text.Length), ref buffer);
        return buffer[..n];
    }

    // Phrasings for the fast paths: every token's roles and every number expression's first token.
    public static TheoryData<string> Sentences => new()
    {
        "At least 28 civilians were killed and 140 wounded on Friday.", // hedge, digits, triggers, weekday
        "Seventy-five displaced people died; dozens more were hurt.", // hyphenated number word at sentence start, vague amount
        "A 23-year-old man and a half-dozen others were shot, two fatally.", // age word, "a half-dozen", number word after a comma
        "AN ESTIMATED 1,500 FIGHTERS, between 40 and 50 IS militants", // all capitals, multi-word hedge, "between", acronym
        "Some thirty or so residents — nearly 5 — were abducted", // postfix hedge, dash, "nearly"
        "Über 20 Menschen starben; ſeveral hundred were injured", // letters outside ASCII, at the start of words
        "a 36 - year - old was found dead, 20-30 more missing", // spaced age, hyphen range
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Tokenize_EveryToken_CarriesItsEntrysRoles(string text)
    {
        // Roles is a copy of Entry.Roles made at tokenization, so role tests need not load the entry.
        foreach (TextToken t in Tokenize(text))
        {
            t.Roles.Should().Be(t.Entry?.Roles ?? LexRole.None, text[t.Start..t.End]);
        }
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void MayStart_EveryTokenThatStartsAMatch_Passes(string text)
    {
        // QuantityRecognizer.Find calls TryMatch only where MayStart passes: it must pass wherever TryMatch would match.
        TextToken[] tokens = Tokenize(text);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (QuantityRecognizer.TryMatch(text, tokens, i, VagueQuantityConvention.Interval, out _))
            {
                QuantityRecognizer.MayStart(tokens[i]).Should().BeTrue(text[tokens[i].Start..tokens[i].End]);
            }
        }
    }

    [Theory]
    [InlineData("a 36 - year - old man", "36 - year - old")] // spaced hyphens, as re-tokenized text writes them
    [InlineData("a 36  -  year  -  old man", "36  -  year  -  old")] // two spaces before the hyphen: the fast test lets a space through
    [InlineData("a 36 -year- old man", "36 -year- old")] // hyphen right after the space
    [InlineData("a 3 \u2011 month \u2011 old boy", "3 \u2011 month \u2011 old")] // non-breaking hyphens
    [InlineData("A 36 - Years - OLD", "36 - Years - OLD")] // case variants, at the end of the text
    [InlineData("a 36 - year - olds", null)] // "old" must end the word
    [InlineData("a 36 - years ago", null)] // no "old"
    [InlineData("a 36 year - old man", null)] // the first hyphen is missing
    [InlineData("36 . year - old", null)] // not a hyphen after the space
    public void Tokenize_SpacedAge_IsOneAgeWord(string text, string? age)
    {
        TextToken[] tokens = Tokenize(text);
        TextToken[] ages = tokens.Where(t => ReferenceEquals(t.Entry, CasualtyLexicon.Age)).ToArray();
        if (age is null)
        {
            ages.Should().BeEmpty();
        }
        else
        {
            ages.Should().ContainSingle();
            text[ages[0].Start..ages[0].End].Should().Be(age);
        }
    }
}
