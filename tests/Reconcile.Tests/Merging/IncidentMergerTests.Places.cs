using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public partial class IncidentMergerTests
{
    private static Place GazetteerTown(string name, string admin1)
    {
        foreach (int i in Gazetteer.Default.Lookup(PlaceNames.Key(name)))
        {
            GazetteerEntry e = Gazetteer.Default.Entries[i];
            if (e.Kind == PlaceKind.Locality && e.CountryCode == "US" && e.Admin1Name == admin1)
            {
                return e.ToPlace();
            }
        }

        throw new InvalidOperationException(name + " is not in the gazetteer");
    }

    [Fact] // a neighbourhood and its city in two reports are one place, the city: the record names the town, as incident tables do
    public void Merge_NeighbourhoodAndItsCity_IsTheCityWithoutConflict()
    {
        Place section = GazetteerTown("Auburn Gresham", "Illinois");
        Place city = GazetteerTown("Chicago", "Illinois");
        var a = new TestReport("a", null, TestMerge.Nov5).Mention([], place: section);
        var b = new TestReport("b", null, TestMerge.Nov5).Mention([], place: city);

        IncidentRecord record = TestMerge.Merge(a, b);

        record.Place.Should().Be(city);
        record.Conflicts.Should().BeEmpty();
        record.Mentions.Should().Contain(m => m.Place == section); // the mention keeps what its report said
    }

    [Fact] // control: a town that is not a section of another (a suburb of its own) stays itself
    public void Merge_SuburbThatIsATown_StaysTheTown()
    {
        Place suburb = GazetteerTown("Oak Lawn", "Illinois");
        var a = new TestReport("a", null, TestMerge.Nov5).Mention([], place: suburb);

        TestMerge.Merge(a).Place.Should().Be(suburb);
    }

    [Fact] // control: a hand-made place without a GeoNames id is never looked up
    public void Merge_PlaceWithoutGeoNameId_IsKept()
    {
        Place made = TestPlaces.Town("Auburn Gresham", "Illinois", "US");
        var a = new TestReport("a", null, TestMerge.Nov5).Mention([], place: made);

        TestMerge.Merge(a).Place.Should().Be(made);
    }
}
