using FluentAssertions;
using Reconcile.Extraction;

namespace Reconcile.Tests.Extraction;

/// <summary>The vectorised ignore-case search must give exactly what the runtime's ordinal ignore-case search gives.</summary>
public class IgnoreCaseTests
{
    [Theory]
    [InlineData("In a separate incident, a man was shot.", "in a separate")] // the phrase opens the sentence, in another case
    [InlineData("Police said IN ANOTHER case two died.", "in another")] // all capitals in the text
    [InlineData("the same the same house", "the same ")] // the first candidate is the match
    [InlineData("an earlier, earlier attack", "earlier")] // several candidates
    [InlineData("nothing to find here", "separate")] // no match at all
    [InlineData("separat", "separate")] // the value is longer than the text
    [InlineData("ends with separate", "separate")] // the match ends the text
    [InlineData("ssss sepArate", "separate")] // mixed case inside the value
    [InlineData("\u201CIn another\u201D quote", "in another")] // curly quotes (non-ASCII that folds to nothing ASCII) keep the fast path
    [InlineData("a \u017Feparate attack", "separate attack")] // long s: the runtime's fallback decides
    [InlineData("the attac\u212A site", "attack")] // Kelvin sign: the runtime's fallback decides
    [InlineData("d\u0131stant", "distant")] // dotless i: the runtime's fallback decides
    [InlineData("a 9-year-old, a 9-Year-Old", "9-year-old")] // the value starts with a digit
    [InlineData(" not  not ", " not ")] // the value starts with a space
    [InlineData("caf\u00E9 attack", "caf\u00E9")] // a non-ASCII value goes to the runtime's search
    [InlineData("", "x")] // empty text
    public void IndexOf_AnyText_SameAsOrdinalIgnoreCase(string text, string value)
    {
        IgnoreCase.IndexOf(text, value).Should().Be(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase));
        IgnoreCase.Contains(text, value).Should().Be(text.Contains(value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void IndexOf_EveryCharacterBeforeAValue_SameAsOrdinalIgnoreCase()
    {
        var differ = new List<string>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "x" + (char)c + "eparate";
            foreach (string value in (string[])["separate", "Separate", "keparate", "ieparate"])
            {
                if (IgnoreCase.IndexOf(text, value) != text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase))
                {
                    differ.Add($"U+{c:X4} {value}");
                }
            }
        }

        differ.Should().BeEmpty();
    }
}
