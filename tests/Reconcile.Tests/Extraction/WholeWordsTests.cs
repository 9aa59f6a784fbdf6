using Reconcile.Extraction;

namespace Reconcile.Tests.Extraction;

public class WholeWordsTests
{
    [Theory]
    [InlineData("Shots were fired in Kokomo on Friday.", "kokomo")] // a whole word, another case
    [InlineData("Kokomo", "Kokomo")] // the whole text
    [InlineData("Kokomo-area police said", "Kokomo")] // a hyphen is no letter
    [InlineData("Kokomoan police; then Kokomo police", "Kokomo")] // the first match is inside a word, a later one is whole
    [InlineData("East St. Louis police", "St. Louis")] // a name of several words
    public void Contains_WholeWord_True(string text, string word) =>
        WholeWords.Contains(text, word, StringComparison.OrdinalIgnoreCase).Should().BeTrue();

    [Theory]
    [InlineData("Kokomoan police", "Kokomo")] // only inside a longer word
    [InlineData("the Oakokomo road", "Kokomo")] // letters before it
    [InlineData("Shots in Gary", "Kokomo")] // absent
    [InlineData("Shots in Gary", "")] // an empty word is never found
    [InlineData("", "Gary")] // an empty text holds nothing
    public void Contains_NoWholeWord_False(string text, string word) =>
        WholeWords.Contains(text, word, StringComparison.OrdinalIgnoreCase).Should().BeFalse();
}
