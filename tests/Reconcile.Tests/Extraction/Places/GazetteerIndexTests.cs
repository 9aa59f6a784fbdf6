using System.IO.Compression;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Places;

/// <summary>The embedded compact index against the text it is compiled from (<c>gazetteer.tsv.gz</c>).</summary>
public class GazetteerIndexTests
{
    private static readonly string TextPath = RepoPaths.Combine("src", "Reconcile", "Extraction", "Places", "gazetteer.tsv.gz");

    private static GazetteerBuilder Build(bool includeLexicon)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(TextPath), CompressionMode.Decompress));
        return GazetteerBuilder.Parse(reader, includeLexicon);
    }

    [Fact] // the committed index is what the committed text and today's keying code compile to: it cannot go stale unnoticed
    public void EmbeddedIndex_CompiledFromText_SameBytes()
    {
        var compiled = new MemoryStream();
        Build(includeLexicon: false).WritePayload(compiled);
        var embedded = new MemoryStream();
        using (Stream resource = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.ResourceName)!)
        {
            resource.CopyTo(embedded);
        }

        embedded.ToArray().AsSpan().SequenceEqual(compiled.ToArray()).Should()
            .BeTrue("the embedded gazetteer index is out of date: run `dotnet run --project benchmarks/Reconcile.Benchmarks -c Release -- gazetteer-index`");
    }

    [Fact] // every name, skeleton, entry, code and neighbourhood answers as the text indexed with the lexicon (the old loader) does
    public void Default_EveryLookup_SameAsTextIndexedWithLexicon()
    {
        GazetteerBuilder text = Build(includeLexicon: true);
        Gazetteer g = Gazetteer.Default;

        g.Entries.Count.Should().Be(text.Entries.Count);
        for (int i = 0; i < text.Entries.Count; i++)
        {
            GazetteerEntry a = text.Entries[i], b = g.Entries[i];
            (b.Name, b.Kind, b.CountryCode, b.CountryName, b.Admin1Code, b.Admin1Name, b.Latitude, b.Longitude, b.GeoNameId).Should()
                .Be((a.Name, a.Kind, a.CountryCode, a.CountryName, a.Admin1Code, a.Admin1Name, a.Latitude, a.Longitude, a.GeoNameId), "entry {0}", i);
            (b.Population, b.IsCapital, b.IsSeat, b.IsCommonWord, b.IsSection, b.CountryId, b.Admin1Id, b.Log10Population).Should()
                .Be((a.Population, a.IsCapital, a.IsSeat, a.IsCommonWord, a.IsSection, a.CountryId, a.Admin1Id, a.Log10Population), "entry {0}", i);
        }

        foreach ((string key, List<int> hits) in text.Keys)
        {
            g.Lookup(key).Should().Equal(hits.Distinct().Order(), "key {0}", key);
        }

        foreach ((string skeleton, List<int> hits) in text.Skeletons)
        {
            g.LookupSkeleton(skeleton).Should().Equal(hits.Distinct().Order(), "skeleton {0}", skeleton);
        }

        foreach ((string cc, List<(string Key, int Entry)> pool) in text.Fuzzy)
        {
            g.FuzzyPool(cc).ToArray().Should().Equal(pool, "pool {0}", cc);
        }

        foreach ((string code, int id) in text.CountryIds)
        {
            (g.CountryId(code), g.Country(code)).Should().Be((id, text.Countries.GetValueOrDefault(code, -1)), code);
        }

        foreach ((string code, int entry) in text.Admin1s)
        {
            g.Admin1(code).Should().Be(entry, code);
        }

        g.CountryIdCount.Should().Be(text.CountryIds.Count);
        var cities = text.SectionCities().ToDictionary(p => p.Section, p => p.City);
        cities.Should().NotBeEmpty();
        for (int i = 0; i < text.Entries.Count; i++)
        {
            Place? city = g.CityOf(text.Entries[i].ToPlace());
            city.Should().Be(cities.TryGetValue(i, out int c) ? text.Entries[c].ToPlace() : null, "entry {0}", i);
        }
    }

    [Theory]
    [InlineData("zzqx zzqx")] // no such key: an empty list, not an exception
    [InlineData("")] // the empty key is never indexed
    public void Lookup_UnknownKey_Empty(string key)
    {
        Gazetteer.Default.Lookup(key).Should().BeEmpty();
        Gazetteer.Default.LookupSkeleton(key).Should().BeEmpty();
    }

    [Fact] // an entry is made once and shared (the place recogniser compares entries by reference first)
    public void Entries_SameIndexTwice_SameObject()
    {
        int chicago = Gazetteer.Default.Lookup(PlaceNames.Key("Chicago"))[0];
        Gazetteer.Default.Entries[chicago].Should().BeSameAs(Gazetteer.Default.Entries[chicago]);
    }

    [Fact] // a stream that is not an index of this version fails loudly instead of giving wrong places
    public void Load_NotAnIndex_ThrowsInvalidData()
    {
        Action load = () => Gazetteer.Load(new MemoryStream(new byte[64]));
        load.Should().Throw<InvalidDataException>();
    }
}
