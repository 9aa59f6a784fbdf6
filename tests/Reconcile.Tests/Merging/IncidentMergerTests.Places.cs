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

    private static IncidentMention PlacedMention(string id, string text, Place place, string? title = null, TextSpan? evidence = null) => new()
    {
        Id = id + "#0",
        Report = new Report { Id = id, Text = text, Title = title, Published = TestMerge.Nov5 },
        Ordinal = 0,
        Place = place,
        Evidence = evidence is { } e ? [new FieldEvidence("place", e)] : [],
    };

    [Theory]
    [InlineData("A man was shot in Quillton on Sunday.", null, "A man was shot on Sunday.", "Man shot - KXYZ News - Bramford")] // the body tells the town; the other page only carries its station's town
    [InlineData("Deputies were called to a home in Quillton.", null, "Deputies were called to a home.", "Teen hurt | Bramford Daily")] // any site part: the inferred town sorts first and used to win the tie
    [InlineData("No town in these words.", "Woman shot at Quillton gas station", "No town here either.", "Woman shot - WBRM Bramford")] // the headline tells the town
    [InlineData("QUILLTON, Ga. \u2014 Two men were wounded.", null, "Two men were wounded.", null)] // a dateline tells it too, whatever its case; the other mention has no words for its town at all
    [InlineData("The victim was found near Quillton.", null, "Bramfordian police said the victim was found.", null)] // a longer word holding the name does not tell it
    public void Merge_ToldPlaceAgainstInferredPlace_TheToldPlaceWins(string toldText, string? toldTitle, string otherText, string? otherTitle)
    {
        // why: a place taken from the outlet's name or web address says where the station is, not where the incident happened;
        // a report that names its town outweighs it (the tie used to go to the alphabetically first town).
        Place told = TestPlaces.Town("Quillton", "Georgia", "US");
        Place inferred = TestPlaces.Town("Bramford", "Georgia", "US");
        var a = PlacedMention("a", toldText, told, toldTitle);
        var b = PlacedMention("b", otherText, inferred, otherTitle);

        IncidentRecord record = TestMerge.Merge(a, b);

        record.Place.Should().Be(told);
        record.Conflicts.Should().ContainSingle(c => c.Field == "place"); // still a conflict, listed for the reader
    }

    [Fact] // two inferred mentions do not outvote one that tells its town
    public void Merge_OneToldPlaceAgainstTwoInferred_TheToldPlaceWins()
    {
        Place told = TestPlaces.Town("Quillton", "Georgia", "US");
        Place inferred = TestPlaces.Town("Bramford", "Georgia", "US");

        IncidentRecord record = TestMerge.Merge(
            PlacedMention("a", "Shots were fired in Quillton.", told),
            PlacedMention("b", "Shots were fired.", inferred, "Shots fired - Bramford News"),
            PlacedMention("c", "Police are investigating.", inferred, "Police investigate | WBRM Bramford"));

        record.Place.Should().Be(told);
    }

    [Fact] // a place read from the text through an alias has evidence, so it is told though its name is not in the text
    public void Merge_PlaceWithEvidenceSpan_IsTold()
    {
        Place told = TestPlaces.Town("Quillton", "Georgia", "US");
        Place inferred = TestPlaces.Town("Bramford", "Georgia", "US");
        const string text = "Two were shot in Q-Town overnight.";

        IncidentRecord record = TestMerge.Merge(
            PlacedMention("a", text, told, evidence: new TextSpan(17, 23)),
            PlacedMention("b", "Two were shot overnight.", inferred, "Two shot - Bramford 7 News"));

        record.Place.Should().Be(told);
    }

    [Theory]
    [InlineData("Shots in Quillton.", "Shots in Bramford.", "Shots in Bramford.", "Bramford")] // all told: the majority decides
    [InlineData("Shots.", "Shots.", "Shots.", "Bramford")] // none told: the majority decides, as before
    [InlineData("Shots in Quillton.", "Shots in Bramford.", null, "Bramford")] // both told, one each: the stable tie-break (key order) is unchanged
    [InlineData("Shots.", "Shots.", null, "Bramford")] // neither told, one each: the same stable tie-break
    [InlineData("Shots in Quillton.", "Shots in Bramford.", "Shots in Bramford, Bramford.", "Bramford")] // a name told twice in one report counts that mention once
    public void Merge_EquallyTold_MajorityThenStableOrder(string first, string second, string? third, string expected)
    {
        // why: telling only ranks a told value above an inferred one; among equally told values the count of mentions and then the
        // key decide, so records whose reports all name their town are merged as before.
        Place quillton = TestPlaces.Town("Quillton", "Georgia", "US");
        Place bramford = TestPlaces.Town("Bramford", "Georgia", "US");
        List<IncidentMention> mentions = [PlacedMention("a", first, quillton), PlacedMention("b", second, bramford)];
        if (third is not null)
        {
            mentions.Add(PlacedMention("c", third, bramford));
        }

        TestMerge.Merge([.. mentions]).Place!.Name.Should().Be(expected);
    }

    [Fact] // control: a town in the state another mention gives is no conflict, told or not
    public void Merge_InferredTownInToldState_IsTheTownWithoutConflict()
    {
        Place state = TestPlaces.Admin1("Georgia", "US");
        Place town = TestPlaces.Town("Bramford", "Georgia", "US");

        IncidentRecord record = TestMerge.Merge(PlacedMention("a", "A man was shot in Georgia.", state), PlacedMention("b", "A man was shot.", town, "Man shot - Bramford News"));

        record.Place.Should().Be(town);
        record.Conflicts.Should().BeEmpty();
    }
}
