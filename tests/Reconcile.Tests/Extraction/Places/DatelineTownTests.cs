using FluentAssertions;
using Reconcile.Extraction;
using Reconcile.Model;
using Xunit;

namespace Reconcile.Tests.Extraction.Places;

public sealed class DatelineTownTests
{
    [Theory]
    [InlineData("QUILLBY, S.D. — A 13-year-old was wounded Saturday while hunting.", "Quillby", "South Dakota")] // a town the gazetteer lacks, AP abbreviation
    [InlineData("TOWN OF BRAXMOOR, Wis. - A man was shot Monday night.", "Braxmoor", "Wisconsin")] // "TOWN OF" dropped
    [InlineData("Share this story\n\nNORTH FENWAY CROSSING, Ark.-- Two boys were hurt in an accidental shooting.", "North Fenway Crossing", "Arkansas")] // several words, after page leftovers, double hyphen
    [InlineData("OTTERBROOK, Kentucky (AP) — A deputy was shot during a traffic stop.", "Otterbrook", "Kentucky")] // full state name and "(AP)"
    [InlineData("Quillby, S.D. (KXYZ) - A 57-year-old man died in a hunting accident.", "Quillby", "South Dakota")] // a capitalised town and a station's call sign
    [InlineData("Braxmoor, Wis. — Two people were hurt Sunday.", "Braxmoor", "Wisconsin")] // a capitalised town, an em dash
    [InlineData("Updated 6:40 PM\n\nNorth Fenway Crossing, Ark. – A boy was shot.", "North Fenway Crossing", "Arkansas")] // several capitalised words after a time stamp, an en dash
    [InlineData("McQuarrie, Neb. (AP) — A farmer was wounded.", "Mcquarrie", "Nebraska")] // a name with an inner capital, title-cased like every dateline town the gazetteer lacks
    [InlineData("Otterbrook, Kentucky - A deputy was shot during a traffic stop.", "Otterbrook", "Kentucky")] // full state name after a capitalised town
    public void Find_UsDateline_ReturnsItsTown(string text, string town, string state)
    {
        Place? place = PlaceRecognizer.Default.DatelineTown(text);

        place.Should().NotBeNull();
        place!.Name.Should().Be(town);
        place.Admin1.Should().Be(state);
        place.Kind.Should().Be(PlaceKind.Locality);
        place.CountryCode.Should().Be("US");
    }

    [Fact] // a dateline town the gazetteer lists is its entry, coordinates included
    public void Find_KnownTown_ReturnsTheGazetteersEntry()
    {
        Place? place = PlaceRecognizer.Default.DatelineTown("GARY, Ind. (AP) — Five people were wounded in a shooting early Sunday.");

        place.Should().NotBeNull();
        place!.Name.Should().Be("Gary");
        place.Admin1.Should().Be("Indiana");
        place.Latitude.Should().NotBeNull();
    }

    [Theory]
    [InlineData("ORANGE COUNTY, Fla. — Deputies say a man was shot.")] // a county's dateline is not a town
    [InlineData("Orange County, Fla. (WXYZ) — Deputies say a man was shot.")] // nor a capitalised county's
    [InlineData("Meanwhile, Texas officials said the man was shot.")] // a capitalised word and a state without a dash
    [InlineData("Kelso, Scotland - Police said a man was injured.")] // a capitalised town abroad
    [InlineData("Police said the man, of Quillby, S.D. - was hurt.")] // a capitalised town not at a line start
    [InlineData("Jefferson Parish, La. — A man was shot.")] // a parish is a county
    [InlineData("KELSO, Scotland — Police said a man was injured.")] // not a US state
    [InlineData("Police said the man, of QUILLBY, S.D. — was hurt.")] // not at a line start
    [InlineData("A man was shot in Quillby, S.D., on Monday.")] // a town in a sentence is the recognizer's, not a dateline
    public void Find_NoUsTownDateline_ReturnsNull(string text)
    {
        PlaceRecognizer.Default.DatelineTown(text).Should().BeNull();
    }
}
