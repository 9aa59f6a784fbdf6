using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>One gazetteer entry: a country, a first-level division or a locality.</summary>
internal sealed class GazetteerEntry
{
    /// <summary>Gets the display name (ASCII-folded GeoNames name, or the English country name).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the level.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 code.</summary>
    public required string CountryCode { get; init; }

    /// <summary>Gets the country's English name.</summary>
    public string? CountryName { get; init; }

    /// <summary>Gets the GeoNames admin1 key ("SY.07", "US.IL"), or null for a country.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>Gets the first-level division's name.</summary>
    public string? Admin1Name { get; init; }

    /// <summary>Gets the latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>Gets the longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>Gets the GeoNames id, when known.</summary>
    public long? GeoNameId { get; init; }

    /// <summary>Gets the population (0 when unknown).</summary>
    public int Population { get; init; }

    /// <summary>Gets whether the locality is a national or first-level capital (GeoNames PPLC / PPLA).</summary>
    public bool IsCapital { get; init; }

    /// <summary>Gets whether the locality is a seat of a lower division (PPLA2..PPLA4).</summary>
    public bool IsSeat { get; init; }

    /// <summary>Gets whether the one-word name is also a common English word ("Reading", "Eye", "Orange").</summary>
    public bool IsCommonWord { get; init; }

    /// <summary>Gets whether the locality is a section of a city (GeoNames PPLX: a neighbourhood such as Chicago's "Auburn Gresham").</summary>
    public bool IsSection { get; init; }

    /// <summary>Gets a small dense number for <see cref="CountryCode"/>: equal codes, equal ids (int-keyed report context).</summary>
    public int CountryId { get; init; }

    /// <summary>Gets a small dense number for <see cref="Admin1Code"/>, or -1 when it is null: equal codes, equal ids.</summary>
    public int Admin1Id { get; init; } = -1;

    /// <summary>Gets log10 of the population, at least 300 (computed once at load, not per score).</summary>
    public double Log10Population { get; init; }

    private Place? _place;

    /// <summary>Returns the public model value (made once: it is immutable, and a race at worst makes an equal copy).</summary>
    public Place ToPlace() => _place ??= new()
    {
        Name = Name,
        Kind = Kind,
        Admin1 = Admin1Name,
        Country = CountryName,
        CountryCode = CountryCode,
        Latitude = Latitude,
        Longitude = Longitude,
        GeoNameId = GeoNameId,
    };
}

/// <summary>The embedded GeoNames-derived gazetteer (countries, first-level divisions, localities of 1,000+ people),
/// indexed by <see cref="PlaceNames.Key(ReadOnlySpan{char}, Span{char})"/> and, for Arabic-transliterated countries,
/// by <see cref="PlaceNames.Skeleton(ReadOnlySpan{char}, Span{char})"/>. Load once through <see cref="Default"/>.</summary>
internal sealed class Gazetteer
{
    private const string ResourceName = "Reconcile.Extraction.Places.gazetteer.tsv.gz";

    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, int[]> byKey;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byKeySpan;
    private readonly FrozenDictionary<string, int[]> bySkeleton;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> bySkeletonSpan;
    private readonly FrozenDictionary<string, int> countries;
    private readonly FrozenDictionary<string, int> admin1s;
    private readonly FrozenDictionary<string, (string Key, int Entry)[]> fuzzyPool;
    private readonly FrozenDictionary<string, int> countryIds;
    private readonly FrozenDictionary<Place, Place> cityOfSection;

    /// <summary>How far from a neighbourhood its city may lie (centre to centre): Chicago's far South Side is about 25 km from the Loop.</summary>
    internal const double MaxSectionDistanceKm = 30;

    private Gazetteer(List<GazetteerEntry> entries, Dictionary<string, List<int>> keys, Dictionary<string, List<int>> skeletons,
        Dictionary<string, int> countries, Dictionary<string, int> admin1s, Dictionary<string, List<(string, int)>> fuzzy,
        Dictionary<string, int> countryIds)
    {
        this.countryIds = countryIds.ToFrozenDictionary(StringComparer.Ordinal);
        CountryIdCount = countryIds.Count;
        Entries = [.. entries];
        byKey = keys.ToFrozenDictionary(kv => kv.Key, kv => Dedupe(kv.Value), StringComparer.Ordinal);
        byKeySpan = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        bySkeleton = skeletons.ToFrozenDictionary(kv => kv.Key, kv => Dedupe(kv.Value), StringComparer.Ordinal);
        bySkeletonSpan = bySkeleton.GetAlternateLookup<ReadOnlySpan<char>>();
        this.countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        this.admin1s = admin1s.ToFrozenDictionary(StringComparer.Ordinal);
        fuzzyPool = fuzzy.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        cityOfSection = SectionCities(Entries).ToFrozenDictionary();
    }

    /// <summary>The population of the gazetteer's locality with <paramref name="place"/>'s name and GeoNames id, or 0.</summary>
    public int Population(Place place)
    {
        if (place.GeoNameId is not { } id)
        {
            return 0;
        }

        foreach (int i in Lookup(PlaceNames.Key(place.Name)))
        {
            if (Entries[i].GeoNameId == id)
            {
                return Entries[i].Population;
            }
        }

        return 0;
    }

    /// <summary>The city a neighbourhood (GeoNames PPLX) is a section of, or <see langword="null"/> when <paramref name="place"/> is
    /// not one of the gazetteer's neighbourhoods or no city contains it: "Auburn Gresham" (Illinois) is in Chicago.</summary>
    public Place? CityOf(Place place) => place.Kind == PlaceKind.Locality && cityOfSection.TryGetValue(place, out Place? city) ? city : null;

    /// <summary>Pairs each neighbourhood with its city: among the non-section localities of its first-level division that are larger
    /// than it and within <see cref="MaxSectionDistanceKm"/>, the one with the most people per square kilometre of distance
    /// (population / distance², a gravity rule: a big city a few kilometres away outranks a suburb next door).</summary>
    private static IEnumerable<KeyValuePair<Place, Place>> SectionCities(IReadOnlyList<GazetteerEntry> entries)
    {
        var cities = new Dictionary<int, List<GazetteerEntry>>();
        foreach (GazetteerEntry e in entries)
        {
            if (e.Kind == PlaceKind.Locality && !e.IsSection && e.Admin1Id >= 0 && e.Latitude is not null && e.Longitude is not null)
            {
                if (!cities.TryGetValue(e.Admin1Id, out List<GazetteerEntry>? list))
                {
                    cities[e.Admin1Id] = list = [];
                }

                list.Add(e);
            }
        }

        foreach (GazetteerEntry section in entries)
        {
            if (!section.IsSection || section.Latitude is not { } lat || section.Longitude is not { } lon
                || !cities.TryGetValue(section.Admin1Id, out List<GazetteerEntry>? candidates))
            {
                continue;
            }

            GazetteerEntry? best = null;
            double bestScore = 0;
            foreach (GazetteerEntry city in candidates)
            {
                if (city.Population <= section.Population)
                {
                    continue;
                }

                double km = DistanceKm(lat, lon, city.Latitude!.Value, city.Longitude!.Value);
                if (km > MaxSectionDistanceKm)
                {
                    continue;
                }

                double score = city.Population / Math.Max(1.0, km * km);
                if (score > bestScore || (score == bestScore && best is not null && string.CompareOrdinal(city.Name, best.Name) < 0))
                {
                    best = city;
                    bestScore = score;
                }
            }

            if (best is not null)
            {
                yield return new KeyValuePair<Place, Place>(section.ToPlace(), best.ToPlace());
            }
        }
    }

    /// <summary>Great-circle distance (haversine, mean Earth radius 6371 km).</summary>
    internal static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Gets the embedded gazetteer (loaded on first use, thread-safe).</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Gets all entries; indexes point into this list.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Returns the entries whose key is <paramref name="key"/> (empty when none).</summary>
    /// <remarks>The array is the index's own (callers keep it without copying): never write to it.</remarks>
    public int[] Lookup(ReadOnlySpan<char> key) => byKeySpan.TryGetValue(key, out int[]? hits) ? hits : [];

    /// <summary>Returns the Arabic-transliterated entries whose skeleton is <paramref name="skeleton"/>.</summary>
    /// <remarks>The array is the index's own (callers keep it without copying): never write to it.</remarks>
    public int[] LookupSkeleton(ReadOnlySpan<char> skeleton) => bySkeletonSpan.TryGetValue(skeleton, out int[]? hits) ? hits : [];

    /// <summary>Returns the country entry for an ISO code, or -1.</summary>
    public int Country(string code) => countries.TryGetValue(code, out int i) ? i : -1;

    /// <summary>Returns the <see cref="GazetteerEntry.CountryId"/> of an ISO code, or -1 when no entry has that code.</summary>
    public int CountryId(string code) => countryIds.TryGetValue(code, out int id) ? id : -1;

    /// <summary>Gets how many distinct country codes the entries have (country ids run from 0 to this, exclusive).</summary>
    public int CountryIdCount { get; }

    /// <summary>Returns the admin1 entry for a GeoNames admin1 key ("US.IL"), or -1.</summary>
    public int Admin1(string code) => admin1s.TryGetValue(code, out int i) ? i : -1;

    /// <summary>Returns the (key, entry) pairs of a transliterated country's places for fuzzy matching.</summary>
    public ReadOnlySpan<(string Key, int Entry)> FuzzyPool(string countryCode) => fuzzyPool.TryGetValue(countryCode, out var pool) ? pool : [];

    /// <summary>Parses a gazetteer in the build script's format.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<GazetteerEntry>(180_000);
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1s = new Dictionary<string, int>(StringComparer.Ordinal);
        var fuzzy = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        var transliterated = new HashSet<string>(PlaceLexicon.TransliteratedCountries, StringComparer.Ordinal);
        var countryAliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var admin1Ids = new Dictionary<string, int>(StringComparer.Ordinal);
        char[] buffer = new char[PlaceNames.MaxKeyLength + 1];

        void Index(string name, int entry)
        {
            int n = PlaceNames.Key(name, buffer);
            if (n <= 0)
            {
                return;
            }

            string key = new(buffer[..n]);
            Add(keys, key, entry);
            GazetteerEntry e = entries[entry];
            if (transliterated.Contains(e.CountryCode) && e.Kind != PlaceKind.Country)
            {
                int k = PlaceNames.Skeleton(key, buffer);
                if (k > 0)
                {
                    Add(skeletons, new string(buffer[..k]), entry);
                }

                if (!fuzzy.TryGetValue(e.CountryCode, out var pool))
                {
                    fuzzy[e.CountryCode] = pool = [];
                }

                pool.Add((key, entry));
            }
        }

        static int Id(Dictionary<string, int> ids, string code)
        {
            if (!ids.TryGetValue(code, out int id))
            {
                ids[code] = id = ids.Count;
            }

            return id;
        }

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
                    int id = entries.Count;
                    entries.Add(new GazetteerEntry { Name = f[2], Kind = PlaceKind.Country, CountryCode = f[1], CountryName = f[2], CountryId = Id(countryIds, f[1]), Log10Population = Log10Population(0) });
                    countries[f[1]] = id;
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
                    int id = entries.Count;
                    string country = countries.TryGetValue(cc, out int c) ? entries[c].Name : cc;
                    entries.Add(new GazetteerEntry
                    {
                        Name = f[2],
                        Kind = PlaceKind.Admin1,
                        CountryCode = cc,
                        CountryName = country,
                        Admin1Code = f[1],
                        Admin1Name = f[2],
                        IsCommonWord = f.Length > 3 && f[3] == "w",
                        CountryId = Id(countryIds, cc),
                        Admin1Id = Id(admin1Ids, f[1]),
                        Log10Population = Log10Population(0),
                    });
                    admin1s[f[1]] = id;
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
                    int admin = admin1s.TryGetValue(a1, out int ai) ? ai : -1;
                    int id = entries.Count;
                    string country = countries.TryGetValue(cc, out int c) ? entries[c].Name : cc;
                    int population = f[7].Length > 0 ? int.Parse(f[7], CultureInfo.InvariantCulture) : 0;
                    entries.Add(new GazetteerEntry
                    {
                        Name = f[2],
                        Kind = PlaceKind.Locality,
                        CountryCode = cc,
                        CountryName = country,
                        Admin1Code = admin >= 0 ? a1 : null,
                        Admin1Name = admin >= 0 ? entries[admin].Name : null,
                        Latitude = double.Parse(f[5], CultureInfo.InvariantCulture),
                        Longitude = double.Parse(f[6], CultureInfo.InvariantCulture),
                        GeoNameId = f[1].Length > 0 ? long.Parse(f[1], CultureInfo.InvariantCulture) : null,
                        Population = population,
                        CountryId = Id(countryIds, cc),
                        Admin1Id = admin >= 0 ? Id(admin1Ids, a1) : -1,
                        Log10Population = Log10Population(population),
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

                    if (AbbreviatedForm(f[2]) is { } abbreviated)
                    {
                        Index(abbreviated, id); // "St. Paul" for "Saint Paul", "Mt. Vernon" for "Mount Vernon", "Ft. Worth" for "Fort Worth"
                    }

                    break;
                }

                default:
                    break;
            }
        }

        // "Greenacres" for GeoNames' "Greenacres City", unless the short form names a country or division ("Kansas City").
        var countryKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (List<string> names in countryAliases.Values)
        {
            foreach (string n in names)
            {
                countryKeys.Add(PlaceNames.Key(n));
            }
        }

        int count = entries.Count;
        for (int id = 0; id < count; id++)
        {
            GazetteerEntry e = entries[id];
            if (e.Kind == PlaceKind.Locality && e.Name.Length > 10 && e.Name.EndsWith(" City", StringComparison.Ordinal))
            {
                string shortName = e.Name[..^5];
                string shortKey = PlaceNames.Key(shortName);
                bool division = countryKeys.Contains(shortKey)
                                || keys.TryGetValue(shortKey, out List<int>? same) && same.Exists(i => entries[i].Kind != PlaceKind.Locality);
                if (!division)
                {
                    Index(shortName, id);
                }
            }
        }

        // Country names and aliases, then the lexicon's aliases.
        foreach ((string cc, List<string> names) in countryAliases)
        {
            foreach (string name in names)
            {
                Index(name, countries[cc]);
            }
        }

        foreach ((string alias, string cc) in PlaceLexicon.CountryAliases)
        {
            if (countries.TryGetValue(cc, out int id))
            {
                Index(alias, id);
            }
        }

        foreach ((string alias, string target, string cc, bool admin1) in PlaceLexicon.Variants)
        {
            int n = PlaceNames.Key(target, buffer);
            if (n <= 0 || !keys.TryGetValue(new string(buffer[..n]), out List<int>? targets))
            {
                continue;
            }

            foreach (int t in targets.ToArray())
            {
                GazetteerEntry e = entries[t];
                if (string.Equals(e.CountryCode, cc, StringComparison.Ordinal) && (e.Kind == PlaceKind.Admin1) == admin1)
                {
                    Index(alias, t);
                }
            }
        }

        return new Gazetteer(entries, keys, skeletons, countries, admin1s, fuzzy, countryIds);
    }

    private static Gazetteer LoadEmbedded()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded gazetteer resource is missing: " + ResourceName);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return Parse(reader);
    }

    private static double Log10Population(int population) => Math.Log10(Math.Max(population, 300));

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

    private static int[] Dedupe(List<int> list)
    {
        list.Sort();
        int w = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (w == 0 || list[w - 1] != list[i])
            {
                list[w++] = list[i];
            }
        }

        return [.. list.GetRange(0, w)];
    }

    /// <summary>The other usual spelling of a name that starts with Saint, Mount or Fort (or their abbreviations), or <see langword="null"/>.</summary>
    internal static string? AbbreviatedForm(string name)
    {
        ReadOnlySpan<(string Long, string Short, string Dotted)> words = [("Saint ", "St ", "St. "), ("Mount ", "Mt ", "Mt. "), ("Fort ", "Ft ", "Ft. ")];
        foreach ((string full, string brief, string dotted) in words)
        {
            if (name.StartsWith(full, StringComparison.Ordinal))
            {
                return string.Concat(brief, name.AsSpan(full.Length));
            }

            // Keys drop full stops, so "St. Louis" is indexed as "st louis"; add "Saint Louis".
            if (name.StartsWith(dotted, StringComparison.Ordinal))
            {
                return string.Concat(full, name.AsSpan(dotted.Length));
            }

            if (name.StartsWith(brief, StringComparison.Ordinal))
            {
                return string.Concat(full, name.AsSpan(brief.Length));
            }
        }

        return null;
    }
}
