using Reconcile.Clustering;

namespace Reconcile.Tests.Clustering;

public class AgeIndexTests
{
    private static int[] Ages(string text)
    {
        Bits128 set = AgeIndex.Find(text);
        return [.. Enumerable.Range(1, 99).Where(set.Contains)];
    }

    [Theory]
    [InlineData("A 17-year-old boy was shot.", 17)] // hyphenated
    [InlineData("The victim, who was 8 years old, died.", 8)] // spelled with spaces and a plural
    [InlineData("Jerry Ortiz, 35, was shot outside a building.", 35)] // in apposition to a name
    [InlineData("Police arrested Ann Lee (42) on Monday.", 0)] // a bracketed number with no comma before it is not taken
    [InlineData("He was shot 3 times at 12:30 on 5th Street.", 0)] // counts, times and ordinals are not ages
    [InlineData("A 2-Year-Old was hurt.", 2)] // any case
    public void Find_Phrasing_Age(string text, int expected)
    {
        int[] ages = Ages(text);

        if (expected == 0)
        {
            ages.Should().BeEmpty();
        }
        else
        {
            ages.Should().Equal(expected);
        }
    }

    [Fact] // a three-digit number before "year old" is not an age ("a 150-year-old house")
    public void Find_ThreeDigits_NotAnAge() => Ages("The 150-year-old house burned.").Should().BeEmpty();

    [Fact] // several people: every age kept
    public void Find_SeveralPeople_AllAges() => Ages("A 17-year-old and a 19-year-old were shot; Mark Diaz, 22, was held.").Should().Equal(17, 19, 22);
}
