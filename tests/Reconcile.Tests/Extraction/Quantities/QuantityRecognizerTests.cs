using Reconcile.Extraction;
using Reconcile.Extraction.Quantities;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Quantities;

public class QuantityRecognizerTests
{
    private static List<(string Text, Quantity Quantity)> Find(string sentence, VagueQuantityConvention convention = VagueQuantityConvention.Interval)
    {
        TextToken[] tokens = System.Buffers.ArrayPool<TextToken>.Shared.Rent(1);
        int n = TextTokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), ref tokens);
        QuantityMatch[] matches = System.Buffers.ArrayPool<QuantityMatch>.Shared.Rent(1);
        int count = QuantityRecognizer.Find(sentence, tokens.AsSpan(0, n), convention, ref matches);
        var found = new List<(string, Quantity)>();
        for (int i = 0; i < count; i++)
        {
            QuantityMatch m = matches[i];
            found.Add((sentence[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End], m.Quantity));
        }

        return found;
    }

    [Theory]
    [InlineData("75", "75", 75, 75, HedgeKind.Exact, 75)] // plain digits
    [InlineData("1,500 fighters", "1,500", 1500, 1500, HedgeKind.Exact, 1500)] // thousands separator
    [InlineData("1.5 million people", "1.5 million", 1_500_000, 1_500_000, HedgeKind.Exact, 1_500_000)] // a decimal only counts with a scale word
    [InlineData("seventy-five", "seventy-five", 75, 75, HedgeKind.Exact, 75)] // hyphenated number word
    [InlineData("twenty one", "twenty one", 21, 21, HedgeKind.Exact, 21)] // spaced number words
    [InlineData("one hundred and twenty", "one hundred and twenty", 120, 120, HedgeKind.Exact, 120)] // "and" inside a number
    [InlineData("three thousand", "three thousand", 3000, 3000, HedgeKind.Exact, 3000)] // scale word
    [InlineData("a dozen", "a dozen", 12, 12, HedgeKind.Exact, 12)] // "a dozen"
    [InlineData("two dozen", "two dozen", 24, 24, HedgeKind.Exact, 24)] // multiple of a dozen
    [InlineData("half a dozen", "half a dozen", 6, 6, HedgeKind.Exact, 6)] // half a dozen
    [InlineData("a half-dozen", "a half-dozen", 6, 6, HedgeKind.Exact, 6)] // hyphenated half-dozen
    [InlineData("a hundred", "a hundred", 100, 100, HedgeKind.Exact, 100)] // "a" as one before a scale
    [InlineData("at least 75", "at least 75", 75, null, HedgeKind.AtLeast, 75)] // open lower bound including n
    [InlineData("no fewer than 75", "no fewer than 75", 75, null, HedgeKind.AtLeast, 75)] // "no fewer than" is "at least", not a negation
    [InlineData("upwards of 30", "upwards of 30", 31, null, HedgeKind.MoreThan, 30)] // "upwards of" excludes n
    [InlineData("more than a dozen", "more than a dozen", 13, null, HedgeKind.MoreThan, 12)] // hedge on a number word
    [InlineData("up to 20", "up to 20", null, 20, HedgeKind.AtMost, 20)] // upper bound, open below
    [InlineData("at most 20", "at most 20", null, 20, HedgeKind.AtMost, 20)] // same as "up to"
    [InlineData("less than 20", "less than 20", null, 19, HedgeKind.AtMost, 20)] // strict upper bound
    [InlineData("almost 100", "almost 100", 80, 100, HedgeKind.AtMost, 100)] // just below n or at it: n minus a fifth up to n
    [InlineData("nearly 5", "nearly 5", 4, 5, HedgeKind.AtMost, 5)] // small n: at least one below, up to n
    [InlineData("around 1,500", "around 1,500", 1350, 1650, HedgeKind.Approximately, 1500)] // ten per cent band
    [InlineData("some 30", "some 30", 27, 33, HedgeKind.Approximately, 30)] // "some" before a number is approximate
    [InlineData("an estimated 350,000", "an estimated 350,000", 315_000, 385_000, HedgeKind.Approximately, 350_000)] // multi-word hedge
    [InlineData("about 5", "about 5", 4, 6, HedgeKind.Approximately, 5)] // band is at least one
    [InlineData("50 or more", "50 or more", 50, null, HedgeKind.AtLeast, 50)] // postfix hedge
    [InlineData("30 or so", "30 or so", 27, 33, HedgeKind.Approximately, 30)] // postfix approximation
    [InlineData("20-30", "20-30", 20, 30, HedgeKind.Approximately, 20)] // hyphen range
    [InlineData("two or three", "two or three", 2, 3, HedgeKind.Approximately, 2)] // word range
    [InlineData("between 40 and 50", "between 40 and 50", 40, 50, HedgeKind.Approximately, 40)] // "between" range
    [InlineData("dozens", "dozens", 24, 199, HedgeKind.Vague, 24)] // vague: interval table
    [InlineData("scores", "scores", 40, 199, HedgeKind.Vague, 40)] // vague: scores
    [InlineData("tens of thousands", "tens of thousands", 20_000, 99_999, HedgeKind.Vague, 20_000)] // multi-word vague amount
    [InlineData("hundreds of thousands", "hundreds of thousands", 200_000, 999_999, HedgeKind.Vague, 200_000)] // multi-word vague amount
    [InlineData("a few", "a few", 2, 9, HedgeKind.Vague, 3)] // "a few"
    [InlineData("a couple of", "a couple", 2, 3, HedgeKind.Vague, 2)] // "a couple" needs "of"
    [InlineData("31, 000 people", "31, 000", 31_000, 31_000, HedgeKind.Exact, 31_000)] // pre-tokenized corpora put a space after the thousands comma
    public void Find_NumberExpression_ResolvesInterval(string text, string expected, int? low, int? high, HedgeKind hedge, int? nominal)
    {
        List<(string Text, Quantity Quantity)> found = Find(text);

        found.Should().ContainSingle();
        found[0].Text.Should().Be(expected);
        found[0].Quantity.Should().Be(new Quantity(low, high, hedge, nominal));
    }

    [Theory]
    [InlineData("37 percent")] // percentage
    [InlineData("37 per cent")] // percentage, two words
    [InlineData("37%")] // percent sign
    [InlineData("30 kilometres")] // distance
    [InlineData("$5,000")] // money
    [InlineData("9:09 PM")] // clock time
    [InlineData("at 9 a.m.")] // clock time with dotted suffix
    [InlineData("November 5")] // month then day
    [InlineData("13 July")] // day then month
    [InlineData("Nov. 5")] // abbreviated month
    [InlineData("magnitude 6.1")] // magnitude (a decimal without a scale word)
    [InlineData("aged 21")] // age
    [InlineData("a 12-year-old")] // hyphenated age is a word, not a number
    [InlineData("Erica Rodriguez, 21, of Bastrop")] // age between commas after a name
    [InlineData("the 3rd floor")] // ordinal
    [InlineData("call 555-1234")] // phone number
    [InlineData("the 2220 block of Broadway")] // address block
    [InlineData("route 9")] // label
    [InlineData("no one")] // "no one" counts nobody
    [InlineData("how many")] // question
    [InlineData("16 - year - old")] // spaced compound modifier in pre-tokenized text
    [InlineData("000 people")] // a leading zero is a fragment
    [InlineData("3 years")] // duration
    public void Find_NotACount_FindsNothing(string text)
    {
        Find(text).Should().BeEmpty();
    }

    [Fact]
    public void Find_YearLikeNumber_IsMarked()
    {
        // "2014" may be a year; the casualty recognizer then needs a person noun after it.
        TextToken[] tokens = System.Buffers.ArrayPool<TextToken>.Shared.Rent(1);
        const string text = "in 2014";
        int n = TextTokenizer.Tokenize(text, new TextSpan(0, text.Length), ref tokens);
        QuantityMatch[] matches = System.Buffers.ArrayPool<QuantityMatch>.Shared.Rent(1);

        int count = QuantityRecognizer.Find(text, tokens.AsSpan(0, n), VagueQuantityConvention.Interval, ref matches);

        count.Should().Be(1);
        matches[0].YearLike.Should().BeTrue();
    }

    [Fact]
    public void Find_ManyTokens_GrowsBuffers()
    {
        // The pooled buffers start at their smallest size; growing them must keep every match.
        string text = string.Join(" and ", Enumerable.Range(1, 40).Select(i => (i * 3).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        List<(string Text, Quantity Quantity)> found = Find(text);

        found.Should().HaveCount(40);
        found[^1].Quantity.Should().Be(Quantity.Exactly(120));
    }
}
