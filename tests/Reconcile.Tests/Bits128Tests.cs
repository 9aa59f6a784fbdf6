namespace Reconcile.Tests;

public sealed class Bits128Tests
{
    [Theory]
    [InlineData(0)] // the lowest bit of the low word
    [InlineData(63)] // the highest bit of the low word
    [InlineData(64)] // the lowest bit of the high word: the boundary between the words
    [InlineData(99)] // the oldest age the age index reads
    [InlineData(127)] // the highest member
    public void Of_OneNumber_ContainsOnlyIt(int n)
    {
        Bits128 set = Bits128.Of(n);

        Enumerable.Range(0, 128).Where(set.Contains).Should().Equal(n);
        set.IsEmpty.Should().BeFalse();
    }

    [Fact] // union keeps the members of both, intersection those in common, on either side of the word boundary
    public void UnionIntersect_AcrossWords_SetAlgebra()
    {
        Bits128 a = Bits128.Of(17).Union(Bits128.Of(70));
        Bits128 b = Bits128.Of(70).Union(Bits128.Of(19));

        Enumerable.Range(0, 128).Where(a.Union(b).Contains).Should().Equal(17, 19, 70);
        Enumerable.Range(0, 128).Where(a.Intersect(b).Contains).Should().Equal(70);
        Bits128.Of(17).Intersect(Bits128.Of(19)).IsEmpty.Should().BeTrue();
    }

    [Fact] // the full set holds every member; the default set none
    public void AllAndDefault_Extremes()
    {
        Enumerable.Range(0, 128).All(Bits128.All.Contains).Should().BeTrue();
        default(Bits128).IsEmpty.Should().BeTrue();
    }
}
