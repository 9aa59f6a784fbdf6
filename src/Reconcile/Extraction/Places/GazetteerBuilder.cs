using System.Globalization;
using System.Runtime.CompilerServices;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Reads the build script's gazetteer text (<c>gazetteer.tsv.gz</c>) into dictionaries and writes the compact index that
/// <see cref="Gazetteer"/> loads (<see cref="WritePayload"/>). Used when the index is compiled (<c>scripts/gazetteer</c>) and by the tests
/// that check the embedded index against the text, never at run time.</summary>
internal sealed class GazetteerBuilder
{
    private readonly HashSet<string> transliterated = new(PlaceLexicon.TransliteratedCountries, StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> countryAliases = new(StringComparer.Ordinal);
    private readonly char[] buffer = new char[PlaceNames.MaxKeyLength + 1];

    private GazetteerBuilder()
    {
    }

    /// <summary>Gets the entries, in the text's row order.</summary>
    public List<GazetteerEntry> Entries { get; } = new(180_000);

    /// <summary>Gets the name index: key to entries (unsorted, possibly repeated).</summary>
    public Dictionary<string, List<int>> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the skeleton index of the Arabic-transliterated countries' places.</summary>
    public Dictionary<string, List<int>> Skeletons { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the country entry of each ISO code.</summary>
    public Dictionary<string, int> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the admin1 entry of each GeoNames admin1 key.</summary>
    public Dictionary<string, int> Admin1s { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the (key, entry) pairs of each transliterated country's places, in the order they were indexed.</summary>
    public Dictionary<string, List<(string Key, int Entry)>> Fuzzy { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the dense id of each country code.</summary>
    public Dictionary<string, int> CountryIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the dense id of each admin1 key.</summary>
    public Dictionary<string, int> Admin1Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses a gazetteer in the build script's format.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="includeLexicon">Whether to index <see cref="PlaceLexicon.CountryAliases"/> and <see cref="PlaceLexicon.Variants"/> too
    /// (the compact index leaves them out: <see cref="Gazetteer"/> adds them when it loads, so that editing the lexicon needs no rebuild).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GazetteerBuilder Parse(TextReader reader, bool includeLexicon)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var b = new GazetteerBuilder();
        b.ReadRows(reader);
        b.IndexShortCityNames();

        // Country names and aliases.
        foreach ((string cc, List<string> names) in b.countryAliases)
        {
            foreach (string name in names)
            {
                b.Index(name, b.Countries[cc]);
            }
        }

        if (includeLexicon)
        {
            b.IndexLexicon();
        }

        return b;
    }

    /// <summary>Indexes the lexicon's country aliases and variants, exactly as <see cref="Gazetteer"/> does when it loads.</summary>
    private void IndexLexicon()
    {
        foreach ((string alias, string cc) in PlaceLexicon.CountryAliases)
        {
            if (Countries.TryGetValue(cc, out int id))
            {
                Index(alias, id);
            }
        }

        foreach ((string alias, string target, string cc, bool admin1) in PlaceLexicon.Variants)
        {
            int n = PlaceNames.Key(target, buffer);
            if (n <= 0 || !Keys.TryGetValue(new string(buffer[..n]), out List<int>? targets))
            {
                continue;
            }

            foreach (int t in targets.ToArray())
            {
                GazetteerEntry e = Entries[t];
                if (string.Equals(e.CountryCode, cc, StringComparison.Ordinal) && (e.Kind == PlaceKind.Admin1) == admin1)
                {
                    Index(alias, t);
                }
            }
        }
    }

    private void Index(string name, int entry)
    {
        int n = PlaceNames.Key(name, buffer);
        if (n <= 0)
        {
            return;
        }

        string key = new(buffer[..n]);
        Add(Keys, key, entry);
        GazetteerEntry e = Entries[entry];
        if (transliterated.Contains(e.CountryCode) && e.Kind != PlaceKind.Country)
        {
            int k = PlaceNames.Skeleton(key, buffer);
            if (k > 0)
            {
                Add(Skeletons, new string(buffer[..k]), entry);
            }

            if (!Fuzzy.TryGetValue(e.CountryCode, out var pool))
            {
                Fuzzy[e.CountryCode] = pool = [];
            }

            pool.Add((key, entry));
        }
    }

    private static int Id(Dictionary<string, int> ids, string code)
    {
        if (!ids.TryGetValue(code, out int id))
        {
            ids[code] = id = ids.Count;
        }

        return id;
    }

    private void ReadRows(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length < 2 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            switch (f[0])
            {
                case "C":
                {
                    int id = Entries.Count;
                    Entries.Add(new GazetteerEntry { Name = f[2], Kind = PlaceKind.Country, CountryCode = f[1], CountryName = f[2], CountryId = Id(CountryIds, f[1]), Log10Population = Gazetteer.Log10Population(0) });
                    Countries[f[1]] = id;
                    var names = new List<string> { f[2] };
                    if (f.Length > 3 && f[3].Length > 0)
                    {
                        names.AddRange(f[3].Split('|'));
                    }

                    countryAliases[f[1]] = names;
                    break;
                }

                case "A":
                {
                    string cc = f[1][..2];
                    int id = Entries.Count;
                    string country = Countries.TryGetValue(cc, out int c) ? Entries[c].Name : cc;
                    Entries.Add(new GazetteerEntry
                    {
                        Name = f[2],
                        Kind = PlaceKind.Admin1,
                        CountryCode = cc,
                        CountryName = country,
                        Admin1Code = f[1],
                        Admin1Name = f[2],
                        IsCommonWord = f.Length > 3 && f[3] == "w",
                        CountryId = Id(CountryIds, cc),
                        Admin1Id = Id(Admin1Ids, f[1]),
                        Log10Population = Gazetteer.Log10Population(0),
                    });
                    Admin1s[f[1]] = id;
                    Index(f[2], id);
                    string stripped = StripDivisionSuffix(f[2]);
                    if (!ReferenceEquals(stripped, f[2]))
                    {
                        Index(stripped, id);
                    }

                    break;
                }

                case "L":
                {
                    string cc = f[3];
                    string a1 = cc + "." + f[4];
                    int admin = Admin1s.TryGetValue(a1, out int ai) ? ai : -1;
                    int id = Entries.Count;
                    string country = Countries.TryGetValue(cc, out int c) ? Entries[c].Name : cc;
                    int population = f[7].Length > 0 ? int.Parse(f[7], CultureInfo.InvariantCulture) : 0;
                    Entries.Add(new GazetteerEntry
                    {
                        Name = f[2],
                        Kind = PlaceKind.Locality,
                        CountryCode = cc,
                        CountryName = country,
                        Admin1Code = admin >= 0 ? a1 : null,
                        Admin1Name = admin >= 0 ? Entries[admin].Name : null,
                        Latitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                        Longitude = double.Parse(f[6], CultureInfo.InvariantCulture),
                        GeoNameId = f[1].Length > 0 ? long.Parse(f[1], CultureInfo.InvariantCulture) : null,
                        Population = population,
                        CountryId = Id(CountryIds, cc),
                        Admin1Id = admin >= 0 ? Id(Admin1Ids, a1) : -1,
                        Log10Population = Gazetteer.Log10Population(population),
                        IsCapital = f[8] is "PPLC" or "PPLA",
                        IsSeat = f[8].StartsWith("PPLA", StringComparison.Ordinal) && f[8].Length > 4,
                        IsCommonWord = f.Length > 9 && f[9] == "w",
                        IsSection = f[8] == "PPLX",
                    });
                    Index(f[2], id);
                    if (f[2].StartsWith("The ", StringComparison.Ordinal))
                    {
                        Index(f[2][4..], id); // "the Bronx", "the Hague": the article is lower case or outside the name
                    }

                    if (Gazetteer.AbbreviatedForm(f[2]) is { } abbreviated)
                    {
                        Index(abbreviated, id); // "St. Paul" for "Saint Paul", "Mt. Vernon" for "Mount Vernon", "Ft. Worth" for "Fort Worth"
                    }

                    break;
                }

                default:
                    break;
            }
        }
    }

    /// <summary>"Greenacres" for GeoNames' "Greenacres City", unless the short form names a country or division ("Kansas City").</summary>
    private void IndexShortCityNames()
    {
        var countryKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (List<string> names in countryAliases.Values)
        {
            foreach (string n in names)
            {
                countryKeys.Add(PlaceNames.Key(n));
            }
        }

        int count = Entries.Count;
        for (int id = 0; id < count; id++)
        {
            GazetteerEntry e = Entries[id];
            if (e.Kind == PlaceKind.Locality && e.Name.Length > 10 && e.Name.EndsWith(" City", StringComparison.Ordinal))
            {
                string shortName = e.Name[..^5];
                string shortKey = PlaceNames.Key(shortName);
                bool division = countryKeys.Contains(shortKey)
                                || Keys.TryGetValue(shortKey, out List<int>? same) && same.Exists(i => Entries[i].Kind != PlaceKind.Locality);
                if (!division)
                {
                    Index(shortName, id);
                }
            }
        }
    }

    /// <summary>Pairs each neighbourhood with its city: among the non-section localities of its first-level division that are larger
    /// than it and within <see cref="Gazetteer.MaxSectionDistanceKm"/>, the one with the most people per square kilometre of distance
    /// (population / distance², a gravity rule: a big city a few kilometres away outranks a suburb next door).</summary>
    /// <returns>(section entry, city entry) pairs, in entry order.</returns>
    public IEnumerable<(int Section, int City)> SectionCities()
    {
        var cities = new Dictionary<int, List<int>>();
        for (int i = 0; i < Entries.Count; i++)
        {
            GazetteerEntry e = Entries[i];
            if (e.Kind == PlaceKind.Locality && !e.IsSection && e.Admin1Id >= 0 && e.Latitude is not null && e.Longitude is not null)
            {
                if (!cities.TryGetValue(e.Admin1Id, out List<int>? list))
                {
                    cities[e.Admin1Id] = list = [];
                }

                list.Add(i);
            }
        }

        for (int s = 0; s < Entries.Count; s++)
        {
            GazetteerEntry section = Entries[s];
            if (!section.IsSection || section.Latitude is not { } lat || section.Longitude is not { } lon
                || !cities.TryGetValue(section.Admin1Id, out List<int>? candidates))
            {
                continue;
            }

            int best = -1;
            double bestScore = 0;
            foreach (int c in candidates)
            {
                GazetteerEntry city = Entries[c];
                if (city.Population <= section.Population)
                {
                    continue;
                }

                double km = Gazetteer.DistanceKm(lat, lon, city.Latitude!.Value, city.Longitude!.Value);
                if (km > Gazetteer.MaxSectionDistanceKm)
                {
                    continue;
                }

                double score = city.Population / Math.Max(1.0, km * km);
                if (score > bestScore || (score == bestScore && best >= 0 && string.CompareOrdinal(city.Name, Entries[best].Name) < 0))
                {
                    best = c;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                yield return (s, best);
            }
        }
    }

    /// <summary>Writes the compact index (<see cref="Gazetteer.Load(Stream)"/> reads it): entries as columns, names and keys as one
    /// character table each, every key's entries as sorted lists, and an open-addressing hash table over the keys. The same text gives
    /// the same bytes.</summary>
    /// <exception cref="InvalidOperationException">The builder includes the lexicon (the index must not), or an entry does not fit the
    /// format (a GeoNames id over 2^31, or a country or division name that differs between entries of one code).</exception>
    public void WritePayload(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Gazetteer.PayloadMagic);
        w.Write(Gazetteer.PayloadVersion);

        string[] countryCodes = new string[CountryIds.Count];
        foreach ((string code, int id) in CountryIds)
        {
            countryCodes[id] = code;
        }

        w.Write(countryCodes.Length);
        foreach (string code in countryCodes)
        {
            int entry = Countries.TryGetValue(code, out int c) ? c : -1;
            w.Write(code);
            w.Write(entry);
            w.Write(entry >= 0 ? Entries[entry].Name : code);
        }

        string[] admin1Codes = new string[Admin1Ids.Count];
        foreach ((string code, int id) in Admin1Ids)
        {
            admin1Codes[id] = code;
        }

        w.Write(admin1Codes.Length);
        foreach (string code in admin1Codes)
        {
            w.Write(code);
            w.Write(Admin1s[code]);
        }

        int n = Entries.Count;
        w.Write(n);
        var nameStart = new int[n + 1];
        var names = new System.Text.StringBuilder(n * 12);
        var info = new byte[n];
        var countryId = new int[n];
        var admin1Id = new int[n];
        var population = new int[n];
        var geoNameId = new int[n];
        var latitude = new double[n];
        var longitude = new double[n];
        for (int i = 0; i < n; i++)
        {
            GazetteerEntry e = Entries[i];
            nameStart[i] = names.Length;
            names.Append(e.Name);
            info[i] = Gazetteer.PackInfo(e);
            countryId[i] = e.CountryId;
            admin1Id[i] = e.Admin1Id;
            population[i] = e.Population;
            geoNameId[i] = e.GeoNameId is { } g ? checked((int)g) : 0;
            latitude[i] = e.Latitude ?? 0;
            longitude[i] = e.Longitude ?? 0;
        }

        nameStart[n] = names.Length;
        WriteArray(w, nameStart);
        WriteArray(w, names.ToString().AsSpan());
        w.Write(info);
        WriteArray(w, countryId);
        WriteArray(w, admin1Id);
        WriteArray(w, population);
        WriteArray(w, geoNameId);
        WriteArray(w, latitude);
        WriteArray(w, longitude);

        string[] keyOrder = WriteTable(w, Keys);
        WriteTable(w, Skeletons);

        var keyIndex = new Dictionary<string, int>(keyOrder.Length, StringComparer.Ordinal);
        for (int i = 0; i < keyOrder.Length; i++)
        {
            keyIndex[keyOrder[i]] = i;
        }

        string[] pools = [.. Fuzzy.Keys.Order(StringComparer.Ordinal)];
        w.Write(pools.Length);
        foreach (string cc in pools)
        {
            List<(string Key, int Entry)> pool = Fuzzy[cc];
            var pairs = new int[pool.Count * 2];
            for (int i = 0; i < pool.Count; i++)
            {
                pairs[2 * i] = keyIndex[pool[i].Key];
                pairs[(2 * i) + 1] = pool[i].Entry;
            }

            w.Write(cc);
            w.Write(pool.Count);
            WriteArray(w, pairs);
        }

        (int Section, int City)[] sections = [.. SectionCities().OrderBy(p => geoNameId[p.Section]).ThenBy(p => p.Section)];
        var triples = new int[sections.Length * 3];
        for (int i = 0; i < sections.Length; i++)
        {
            triples[3 * i] = geoNameId[sections[i].Section];
            triples[(3 * i) + 1] = sections[i].Section;
            triples[(3 * i) + 2] = sections[i].City;
        }

        w.Write(sections.Length);
        WriteArray(w, triples);
    }

    /// <summary>Writes one index (keys in ordinal order, their sorted distinct entries, and the hash table) and returns the key order.</summary>
    private static string[] WriteTable(BinaryWriter w, Dictionary<string, List<int>> map)
    {
        string[] keys = [.. map.Keys.Order(StringComparer.Ordinal)];
        var keyStart = new int[keys.Length + 1];
        var hitStart = new int[keys.Length + 1];
        var chars = new System.Text.StringBuilder();
        var hits = new List<int>();
        for (int i = 0; i < keys.Length; i++)
        {
            keyStart[i] = chars.Length;
            hitStart[i] = hits.Count;
            chars.Append(keys[i]);
            hits.AddRange(map[keys[i]].Distinct().Order());
        }

        keyStart[keys.Length] = chars.Length;
        hitStart[keys.Length] = hits.Count;
        int[] slots = Gazetteer.HashSlots(keys);
        w.Write(keys.Length);
        WriteArray(w, keyStart);
        WriteArray(w, chars.ToString().AsSpan());
        WriteArray(w, hitStart);
        WriteArray(w, hits.ToArray());
        WriteArray(w, slots);
        return keys;
    }

    private static void WriteArray<T>(BinaryWriter w, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        w.Write(values.Length);
        T[] copy = values.ToArray();
        Gazetteer.ToLittleEndian(copy);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(copy.AsSpan()));
    }

    private static void WriteArray<T>(BinaryWriter w, T[] values)
        where T : unmanaged => WriteArray(w, (ReadOnlySpan<T>)values);

    private static string StripDivisionSuffix(string name)
    {
        foreach (string suffix in (ReadOnlySpan<string>)[" Governorate", " Province", " Region", " Oblast", " Prefecture", " State", " Department"])
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int entry)
    {
        if (!map.TryGetValue(key, out List<int>? list))
        {
            map[key] = list = new List<int>(1);
        }

        list.Add(entry);
    }
}
