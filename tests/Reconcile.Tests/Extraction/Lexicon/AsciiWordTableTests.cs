using System.Collections.Frozen;
using FluentAssertions;
using Reconcile.Extraction.Lexicon;

namespace Reconcile.Tests.Extraction.Lexicon;

/// <summary>The packed ASCII table must answer exactly as the case-insensitive frozen table it fronts.</summary>
public class AsciiWordTableTests
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["killed"] = 2, ["year-old"] = 3, ["o'clock"] = 4, ["a.m"] = 5, ["servicemember"] = 6, ["servicemembers"] = 7,
        ["non-life-threatening"] = 8, ["naïve"] = 9, ["£"] = 10, ["abcdefghij"] = 11, ["abcdefghijk"] = 12, ["$"] = 13,
        ["twenty-one-characters"] = 14,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly AsciiWordTable<int> Table = new(Words);

    [Theory]
    [InlineData("a")] // one letter
    [InlineData("A")] // capital
    [InlineData("killed")] // lower case
    [InlineData("KILLED")] // capitals
    [InlineData("Killed")] // title case, as at a sentence start
    [InlineData("kIlLeD")] // mixed case
    [InlineData("kille")] // a prefix of a key
    [InlineData("killedx")] // a key and one more letter
    [InlineData("year-old")] // a hyphen inside
    [InlineData("Year-Old")] // a hyphen inside, title case
    [InlineData("year_old")] // another ASCII character where the key has a hyphen
    [InlineData("year\u2011old")] // a non-breaking hyphen: outside ASCII, decided by the frozen table
    [InlineData("O'CLOCK")] // an apostrophe inside
    [InlineData("o\u2019clock")] // a typographic apostrophe: not the key
    [InlineData("A.M")] // a dot inside
    [InlineData("abcdefghij")] // exactly one packed number long
    [InlineData("ABCDEFGHIJK")] // one character into the second packed number
    [InlineData("abcdefghijz")] // same first ten characters as a long key, different rest
    [InlineData("servicemember")] // a long word whose longer form is a key too
    [InlineData("SERVICEMEMBERS")] // the longer form
    [InlineData("servicemembersx")] // longer than both
    [InlineData("non-life-threatening")] // the longest packable length
    [InlineData("twenty-one-characters")] // longer than the packed table holds: the frozen table decides
    [InlineData("NAÏVE")] // a key outside ASCII, upper case
    [InlineData("naive")] // ASCII look-alike of a key outside ASCII: not equal
    [InlineData("£")] // a key that is one character outside ASCII
    [InlineData("$")] // a key that is one ASCII symbol
    [InlineData("3rd")] // digits: in no key
    [InlineData("\u017Fervicemember")] // a long s: upper-cases to "S", yet not equal to it ignoring case
    [InlineData("KILLED\u212A")] // a Kelvin sign, the other look-alike of an ASCII letter
    [InlineData("k\u0131lled")] // a dotless i
    [InlineData("")] // empty
    public void TryGetValue_AnyWord_SameAnswerAsTheFrozenTable(string word)
    {
        bool expected = Words.TryGetValue(word, out int expectedValue);

        bool found = Table.TryGetValue(word, out int value);

        found.Should().Be(expected, word);
        value.Should().Be(expected ? expectedValue : 0);
    }

    [Fact]
    public void TryGetValue_EveryCasualtyWordInAnyCase_Found()
    {
        // The real lexicon through the real table: every word in lower case, capitals and title case.
        foreach (string word in CasualtyLexicon.AllWords)
        {
            string title = char.ToUpperInvariant(word[0]) + word[1..];
            foreach (string form in new[] { word.ToLowerInvariant(), word.ToUpperInvariant(), title })
            {
                CasualtyLexicon.Lookup(form, allCaps: false).Should().NotBeNull(form);
            }
        }
    }

    [Fact]
    public void Constructor_CaseSensitiveTable_Throws()
    {
        var words = new Dictionary<string, int> { ["a"] = 1 }.ToFrozenDictionary(StringComparer.Ordinal);

        Action build = () => _ = new AsciiWordTable<int>(words);

        build.Should().Throw<ArgumentException>();
    }
}
