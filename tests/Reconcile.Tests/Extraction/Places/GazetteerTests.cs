using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Places;

public class GazetteerTests
{
    private static Gazetteer G => Gazetteer.Default;

    private static List<GazetteerEntry> Lookup(string name)
    {
        var hits = new List<GazetteerEntry>();
        foreach (int i in G.Lookup(PlaceNames.Key(name)))
        {
            hits.Add(G.Entries[i]);
        }

        return hits;
    }

    [Fact] // the embedded resource loads and is the real GeoNames extract, not a hand-made list
    public void Default_Loads_WorldScale()
    {
        G.Entries.Count.Should().BeGreaterThan(150_000);
        G.Entries.Count(e => e.Kind == PlaceKind.Country).Should().BeGreaterThan(240);
        G.Entries.Count(e => e.Kind == PlaceKind.Admin1).Should().BeGreaterThan(3_500);
    }

    [Theory]
    [InlineData("Chicago", "US", "Illinois", 2_000_000)] // a metropolis with its state
    [InlineData("Rock Falls", "US", "Illinois", 5_000)] // a small town
    [InlineData("Albu Kamal", "SY", "Deir ez-Zor", 10_000)] // GeoNames writes Ālbū Kamāl: folded to ASCII
    [InlineData("Mosul", "IQ", "Nineveh", 500_000)] // Iraqi city
    public void Lookup_Locality_HasContainmentAndPopulation(string name, string cc, string admin1, int minPopulation)
    {
        Lookup(name).Should().Contain(e => e.Kind == PlaceKind.Locality && e.CountryCode == cc && e.Admin1Name == admin1
                                           && e.Population >= minPopulation && e.GeoNameId > 0 && e.Latitude != null);
    }

    [Theory]
    [InlineData("Deir ez-Zor", "SY")] // Syrian governorate
    [InlineData("Damascus", "SY")] // "Damascus Governorate" is also found without its suffix
    [InlineData("Anbar", "IQ")] // Iraqi governorate
    [InlineData("Illinois", "US")] // US state
    public void Lookup_Admin1_IsFound(string name, string cc)
    {
        Lookup(name).Should().Contain(e => e.Kind == PlaceKind.Admin1 && e.CountryCode == cc);
    }

    [Theory]
    [InlineData("Syria", "SY")] // canonical short name (the package's is "Syrian Arab Republic")
    [InlineData("U.S.", "US")] // abbreviation
    [InlineData("America", "US")] // lexicon alias
    [InlineData("Britain", "GB")] // lexicon alias
    [InlineData("UK", "GB")] // package alias
    [InlineData("Ivory Coast", "CI")] // English exonym
    public void Lookup_CountryAlias_IsCountry(string name, string cc)
    {
        Lookup(name).Should().Contain(e => e.Kind == PlaceKind.Country && e.CountryCode == cc);
    }

    [Fact] // the country's display name is the common English one
    public void Country_Syria_HasShortName()
    {
        G.Entries[G.Country("SY")].Name.Should().Be("Syria");
    }

    [Theory]
    [InlineData("Reading", true)] // a town named like an English word is flagged
    [InlineData("Chicago", false)] // a proper name is not
    public void Lookup_CommonWordFlag(string name, bool flagged)
    {
        Lookup(name).Where(e => e.Kind == PlaceKind.Locality).Should().OnlyContain(e => e.IsCommonWord == flagged);
    }

    [Fact] // the skeleton index serves only the Arabic-transliterated countries
    public void LookupSkeleton_DeirEzzor_FindsSyrianEntries()
    {
        var hits = G.LookupSkeleton(PlaceNames.Skeleton("Deir Ezzor")).ToArray().Select(i => G.Entries[i]).ToList();
        hits.Should().Contain(e => e.Kind == PlaceKind.Admin1 && e.Name == "Deir ez-Zor");
        hits.Should().Contain(e => e.Kind == PlaceKind.Locality && e.Name == "Deir ez-Zor");
        hits.Should().OnlyContain(e => PlaceLexicon.TransliteratedCountries.Contains(e.CountryCode));
    }
    [Fact]
    public void CountryIdAndAdmin1Id_EveryEntry_EqualIdsExactlyForEqualCodes()
    {
        // The recognizer's report context is keyed by these ids instead of the code strings: the two must be one-to-one.
        var countryByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeByCountry = new Dictionary<int, string>();
        var admin1ByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var codeByAdmin1 = new Dictionary<int, string>();
        var wrong = new List<string>();
        foreach (GazetteerEntry e in G.Entries)
        {
            bool countryOk = e.CountryId >= 0 && e.CountryId < G.CountryIdCount && G.CountryId(e.CountryCode) == e.CountryId
                             && countryByCode.TryAdd(e.CountryCode, e.CountryId) | countryByCode[e.CountryCode] == e.CountryId
                             && codeByCountry.TryAdd(e.CountryId, e.CountryCode) | codeByCountry[e.CountryId] == e.CountryCode;
            bool admin1Ok = e.Admin1Code is null
                ? e.Admin1Id == -1
                : e.Admin1Id >= 0
                  && admin1ByCode.TryAdd(e.Admin1Code, e.Admin1Id) | admin1ByCode[e.Admin1Code] == e.Admin1Id
                  && codeByAdmin1.TryAdd(e.Admin1Id, e.Admin1Code) | codeByAdmin1[e.Admin1Id] == e.Admin1Code;
            if (!countryOk || !admin1Ok)
            {
                wrong.Add($"{e.Name} {e.CountryCode}={e.CountryId} {e.Admin1Code}={e.Admin1Id}");
            }
        }

        wrong.Should().BeEmpty();
        codeByCountry.Count.Should().Be(G.CountryIdCount);
        G.CountryId("ZZ").Should().Be(-1); // no entry has this code
    }

    [Fact]
    public void Log10Population_EveryEntry_IsLogOfPopulationAtLeast300()
    {
        // Precomputed at load for the recognizer's population prior; must equal what it computed per score before.
        G.Entries.Where(e => e.Log10Population != Math.Log10(Math.Max(e.Population, 300))).Select(e => e.Name).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Auburn Gresham", "Illinois", "Chicago")] // a South Side neighbourhood of Chicago (GeoNames PPLX)
    [InlineData("West Garfield Park", "Illinois", "Chicago")] // a West Side one, a suburb (Oak Park) nearer than the Loop
    [InlineData("Boyle Heights", "California", "Los Angeles")] // another state's metropolis
    public void CityOf_Neighbourhood_IsItsCity(string section, string admin1, string city)
    {
        GazetteerEntry entry = Lookup(section).Single(e => e.CountryCode == "US" && e.Admin1Name == admin1 && e.IsSection);

        G.CityOf(entry.ToPlace()).Should().NotBeNull().And.Match<Place>(p => p.Name == city && p.Admin1 == admin1);
    }

    [Theory]
    [InlineData("Chicago", "Illinois")] // a city is no section of another
    [InlineData("Oak Lawn", "Illinois")] // a suburb that is a town of its own, though next to Chicago
    public void CityOf_Town_IsNull(string name, string admin1)
    {
        GazetteerEntry entry = Lookup(name).First(e => e.CountryCode == "US" && e.Admin1Name == admin1 && e.Kind == PlaceKind.Locality);

        G.CityOf(entry.ToPlace()).Should().BeNull();
    }

    [Fact] // great-circle distance: one degree of latitude is about 111 km; the same point is 0
    public void DistanceKm_KnownDistances_AreRight()
    {
        Gazetteer.DistanceKm(41.0, -87.0, 42.0, -87.0).Should().BeApproximately(111.2, 0.5);
        Gazetteer.DistanceKm(41.0, -87.0, 41.0, -87.0).Should().Be(0);
    }
}
