using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

public class StreetNamesTests
{
    private static string[] Find(string text) =>
        StreetNames.Find(new IncidentMention { Id = "r#0", Ordinal = 0, Report = new Report { Id = "r", Text = text }, Sentences = [new TextSpan(0, text.Length)] });

    [Theory]
    [InlineData("shot in the 4800 block of South Ashland Avenue, police said", "ashland")] // block address with a direction
    [InlineData("outside a store on S. Ashland Ave. late Friday", "ashland")] // abbreviated direction and type
    [InlineData("near West 79th Street and the expressway", "79th")] // an ordinal street
    [InlineData("at a home on Martin Luther King Drive", "martin luther king")] // a name of several words
    [InlineData("found on Elm St near the park", "elm")] // abbreviated type without a dot
    public void Find_StreetPhrases_GivesKey(string text, string expected)
    {
        Find(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("he walked down the street and then the avenue")] // ordinary words, no capitals
    [InlineData("The Street was quiet")] // an article is not a street name
    [InlineData("Police said five people were shot")] // no street at all
    public void Find_NoStreet_Empty(string text)
    {
        Find(text).Should().BeEmpty();
    }

    [Fact] // keys are sorted and distinct, so that overlap is a merge of two sorted arrays
    public void Find_SeveralStreets_SortedDistinct()
    {
        Find("from Oak Street to Ashland Avenue and back to Oak St").Should().Equal("ashland", "oak");
    }

    [Theory]
    [InlineData(new[] { "ashland", "oak" }, new[] { "oak" }, true)] // one shared street
    [InlineData(new[] { "ashland" }, new[] { "79th" }, false)] // different streets
    [InlineData(new string[0], new[] { "79th" }, false)] // nothing to share
    public void Overlap_SortedKeys_TellsWhetherShared(string[] a, string[] b, bool expected)
    {
        StreetNames.Overlap(a, b).Should().Be(expected);
    }
}
