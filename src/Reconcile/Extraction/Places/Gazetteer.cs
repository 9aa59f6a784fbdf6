using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
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
/// <remarks>The embedded form is a compact index compiled from <c>gazetteer.tsv.gz</c> (<see cref="GazetteerBuilder"/>,
/// <c>scripts/gazetteer/README.md</c>): entries as columns, names and keys as character tables, an open-addressing hash table over
/// the keys. Loading reads those arrays as they are (no parsing, no string per entry); an entry (<see cref="GazetteerEntry"/>) and a
/// key's list of entries are made on first use. The lexicon's aliases (<see cref="PlaceLexicon.CountryAliases"/>,
/// <see cref="PlaceLexicon.Variants"/>) are added at load, so editing them needs no rebuild of the index.</remarks>
internal sealed class Gazetteer
{
    /// <summary>The first four bytes of the compact index ("RGZ1").</summary>
    internal const int PayloadMagic = 0x315A4752;

    /// <summary>The compact index's format version.</summary>
    internal const int PayloadVersion = 1;

    /// <summary>The embedded compact index (not compressed: it is read straight from the loaded assembly's image; inflating it took
    /// longer than reading it).</summary>
    internal const string ResourceName = "Reconcile.Extraction.Places.gazetteer.idx";

    private const byte KindMask = 0x03;
    private const byte CapitalBit = 0x04;
    private const byte SeatBit = 0x08;
    private const byte CommonWordBit = 0x10;
    private const byte SectionBit = 0x20;
    private const byte CoordinatesBit = 0x40;
    private const byte GeoNameIdBit = 0x80;

    private static readonly Lazy<Gazetteer> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Entries, as columns.
    private readonly IndexColumn<int> nameStart;
    private readonly IndexColumn<char> names;
    private readonly IndexColumn<byte> info;
    private readonly IndexColumn<int> countryIdOf;
    private readonly IndexColumn<int> admin1IdOf;
    private readonly IndexColumn<int> populationOf;
    private readonly IndexColumn<int> geoNameIdOf;
    private readonly IndexColumn<double> latitudeOf;
    private readonly IndexColumn<double> longitudeOf;
    private readonly GazetteerEntry?[] made;

    // By country id and admin1 id.
    private readonly string[] countryCodes;
    private readonly string[] countryNames;
    private readonly string[] admin1Codes;
    private readonly int[] admin1Entries;

    private readonly KeyTable byKey;
    private readonly KeyTable bySkeleton;
    private readonly Dictionary<string, int> countries;
    private readonly Dictionary<string, int> admin1s;
    private readonly Dictionary<string, int> countryIds;
    private readonly Dictionary<string, IndexColumn<int>> fuzzyPairs;
    private readonly Dictionary<string, (string Key, int Entry)[]> fuzzyExtra = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, int Entry)[]> fuzzyPool = new(StringComparer.Ordinal);
    private readonly IndexColumn<int> sections; // (GeoNames id, section entry, city entry) triples, sorted

    /// <summary>How far from a neighbourhood its city may lie (centre to centre): Chicago's far South Side is about 25 km from the Loop.</summary>
    internal const double MaxSectionDistanceKm = 30;

    private Gazetteer(BinaryReader r)
    {
        if (r.ReadInt32() != PayloadMagic || r.ReadInt32() != PayloadVersion)
        {
            throw new InvalidDataException("The gazetteer index is not in this version's format: rebuild it (scripts/gazetteer/README.md).");
        }

        int countryCount = r.ReadInt32();
        countryCodes = new string[countryCount];
        countryNames = new string[countryCount];
        countries = new Dictionary<string, int>(countryCount, StringComparer.Ordinal);
        countryIds = new Dictionary<string, int>(countryCount, StringComparer.Ordinal);
        for (int i = 0; i < countryCount; i++)
        {
            countryCodes[i] = r.ReadString();
            int entry = r.ReadInt32();
            countryNames[i] = r.ReadString();
            countryIds[countryCodes[i]] = i;
            if (entry >= 0)
            {
                countries[countryCodes[i]] = entry;
            }
        }

        int admin1Count = r.ReadInt32();
        admin1Codes = new string[admin1Count];
        admin1Entries = new int[admin1Count];
        admin1s = new Dictionary<string, int>(admin1Count, StringComparer.Ordinal);
        for (int i = 0; i < admin1Count; i++)
        {
            admin1Codes[i] = r.ReadString();
            admin1Entries[i] = r.ReadInt32();
            admin1s[admin1Codes[i]] = admin1Entries[i];
        }

        int n = r.ReadInt32();
        nameStart = ReadColumn<int>(r);
        names = ReadColumn<char>(r);
        info = IndexColumn<byte>.Read(r.BaseStream, n);
        countryIdOf = ReadColumn<int>(r);
        admin1IdOf = ReadColumn<int>(r);
        populationOf = ReadColumn<int>(r);
        geoNameIdOf = ReadColumn<int>(r);
        latitudeOf = ReadColumn<double>(r);
        longitudeOf = ReadColumn<double>(r);
        made = new GazetteerEntry?[n];
        Entries = new EntryList(this);

        byKey = new KeyTable(r);
        bySkeleton = new KeyTable(r);

        int pools = r.ReadInt32();
        fuzzyPairs = new Dictionary<string, IndexColumn<int>>(pools, StringComparer.Ordinal);
        for (int i = 0; i < pools; i++)
        {
            string cc = r.ReadString();
            r.ReadInt32();
            fuzzyPairs[cc] = ReadColumn<int>(r);
        }

        r.ReadInt32();
        sections = ReadColumn<int>(r);
        CountryIdCount = countryCount;
        AddLexicon();
    }

    /// <summary>Gets the embedded gazetteer (loaded on first use, thread-safe).</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Gets all entries; indexes point into this list. An entry is made on first access.</summary>
    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Gets how many distinct country codes the entries have (country ids run from 0 to this, exclusive).</summary>
    public int CountryIdCount { get; }

    /// <summary>Returns the entries whose key is <paramref name="key"/> (empty when none).</summary>
    /// <remarks>The array is the index's own (callers keep it without copying): never write to it.</remarks>
    public int[] Lookup(ReadOnlySpan<char> key) => byKey.Lookup(key);

    /// <summary>Returns the Arabic-transliterated entries whose skeleton is <paramref name="skeleton"/>.</summary>
    /// <remarks>The array is the index's own (callers keep it without copying): never write to it.</remarks>
    public int[] LookupSkeleton(ReadOnlySpan<char> skeleton) => bySkeleton.Lookup(skeleton);

    /// <summary>Returns the country entry for an ISO code, or -1.</summary>
    public int Country(string code) => countries.TryGetValue(code, out int i) ? i : -1;

    /// <summary>Returns the <see cref="GazetteerEntry.CountryId"/> of an ISO code, or -1 when no entry has that code.</summary>
    public int CountryId(string code) => countryIds.TryGetValue(code, out int id) ? id : -1;

    /// <summary>Returns the admin1 entry for a GeoNames admin1 key ("US.IL"), or -1.</summary>
    public int Admin1(string code) => admin1s.TryGetValue(code, out int i) ? i : -1;

    /// <summary>Returns the (key, entry) pairs of a transliterated country's places for fuzzy matching.</summary>
    public ReadOnlySpan<(string Key, int Entry)> FuzzyPool(string countryCode)
    {
        lock (fuzzyPool)
        {
            if (fuzzyPool.TryGetValue(countryCode, out var pool))
            {
                return pool;
            }

            ReadOnlySpan<int> pairs = fuzzyPairs.TryGetValue(countryCode, out IndexColumn<int> column) ? column.Span : [];
            (string Key, int Entry)[] extra = fuzzyExtra.GetValueOrDefault(countryCode) ?? [];
            pool = new (string, int)[(pairs.Length / 2) + extra.Length];
            for (int i = 0; i < pairs.Length / 2; i++)
            {
                pool[i] = (byKey.KeyString(pairs[2 * i]), pairs[(2 * i) + 1]);
            }

            extra.CopyTo(pool, pairs.Length / 2);

            fuzzyPool[countryCode] = pool;
            return pool;
        }
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
            if ((info[i] & GeoNameIdBit) != 0 && geoNameIdOf[i] == id)
            {
                return populationOf[i];
            }
        }

        return 0;
    }

    /// <summary>The city a neighbourhood (GeoNames PPLX) is a section of, or <see langword="null"/> when <paramref name="place"/> is
    /// not one of the gazetteer's neighbourhoods or no city contains it: "Auburn Gresham" (Illinois) is in Chicago.</summary>
    /// <remarks>The pairs are computed when the index is compiled (<see cref="GazetteerBuilder.SectionCities"/>).</remarks>
    public Place? CityOf(Place place)
    {
        if (place.Kind != PlaceKind.Locality || place.GeoNameId is not { } id || id is < 0 or > int.MaxValue)
        {
            return null;
        }

        // The first triple with this GeoNames id, by binary search over the sorted triples.
        int lo = 0, hi = sections.Length / 3;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sections[3 * mid] < id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int t = lo; t < sections.Length / 3 && sections[3 * t] == id; t++)
        {
            if (Entries[sections[(3 * t) + 1]].ToPlace().Equals(place))
            {
                return Entries[sections[(3 * t) + 2]].ToPlace();
            }
        }

        return null;
    }

    /// <summary>Great-circle distance (haversine, mean Earth radius 6371 km).</summary>
    internal static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Parses a gazetteer in the build script's format (compiles it to the compact index and loads that).</summary>
    public static Gazetteer Parse(TextReader reader)
    {
        var payload = new MemoryStream();
        GazetteerBuilder.Parse(reader, includeLexicon: false).WritePayload(payload);
        payload.Position = 0;
        return Load(payload);
    }

    /// <summary>Loads a compact index written by <see cref="GazetteerBuilder.WritePayload"/> and adds the lexicon's aliases.</summary>
    /// <exception cref="InvalidDataException">The stream is not an index of this format version.</exception>
    public static Gazetteer Load(Stream payload)
    {
        using var reader = new BinaryReader(payload, System.Text.Encoding.UTF8, leaveOpen: true);
        return new Gazetteer(reader);
    }

    private static Gazetteer LoadEmbedded()
    {
        using Stream stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded gazetteer resource is missing: " + ResourceName);
        return Load(stream);
    }

    internal static double Log10Population(int population) => Math.Log10(Math.Max(population, 300));

    /// <summary>The kind and flags of an entry in one byte (the index's <c>info</c> column).</summary>
    internal static byte PackInfo(GazetteerEntry e) => (byte)((int)e.Kind
        | (e.IsCapital ? CapitalBit : 0) | (e.IsSeat ? SeatBit : 0) | (e.IsCommonWord ? CommonWordBit : 0) | (e.IsSection ? SectionBit : 0)
        | (e.Latitude is not null && e.Longitude is not null ? CoordinatesBit : 0) | (e.GeoNameId is not null ? GeoNameIdBit : 0));

    /// <summary>The hash of a key: FNV-1a over its UTF-16 code units (stable across processes and runtimes, unlike string hashing).</summary>
    internal static uint Hash(ReadOnlySpan<char> key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }

    /// <summary>The open-addressing table over <paramref name="keys"/>: a power of two of slots, at most half full, each holding a key's
    /// index + 1 (0 = empty), linear probing from <see cref="Hash"/>.</summary>
    internal static int[] HashSlots(IReadOnlyList<string> keys)
    {
        int size = 16;
        while (size < keys.Count * 2)
        {
            size <<= 1;
        }

        var slots = new int[size];
        for (int k = 0; k < keys.Count; k++)
        {
            int i = (int)(Hash(keys[k]) & (uint)(size - 1));
            while (slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = k + 1;
        }

        return slots;
    }

    /// <summary>Swaps the bytes of each value on a big-endian machine (the index is little-endian); nothing otherwise.</summary>
    internal static void ToLittleEndian<T>(T[] values)
        where T : unmanaged
    {
        if (BitConverter.IsLittleEndian)
        {
            return;
        }

        Span<byte> bytes = MemoryMarshal.AsBytes(values.AsSpan());
        int size = Marshal.SizeOf<T>();
        for (int i = 0; i + size <= bytes.Length; i += size)
        {
            bytes.Slice(i, size).Reverse();
        }
    }

    /// <summary>Reads a column written with its length first (see <see cref="IndexColumn{T}.Read"/>).</summary>
    private static IndexColumn<T> ReadColumn<T>(BinaryReader r)
        where T : unmanaged => IndexColumn<T>.Read(r.BaseStream, r.ReadInt32());

    /// <summary>Indexes the lexicon's country aliases and variants (in this order, as <see cref="GazetteerBuilder"/> does with
    /// <c>includeLexicon</c>): each alias's entries are merged into the compiled list of its key.</summary>
    private void AddLexicon()
    {
        var transliterated = new HashSet<string>(PlaceLexicon.TransliteratedCountries, StringComparer.Ordinal);
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var fuzzy = new Dictionary<string, List<(string Key, int Entry)>>(StringComparer.Ordinal);
        char[] buffer = new char[PlaceNames.MaxKeyLength + 1];

        void Index(string name, int entry)
        {
            int n = PlaceNames.Key(name, buffer);
            if (n <= 0)
            {
                return;
            }

            string key = new(buffer[..n]);
            Add(keys, byKey, key, entry);
            if (transliterated.Contains(countryCodes[countryIdOf[entry]]) && (PlaceKind)(info[entry] & KindMask) != PlaceKind.Country)
            {
                int k = PlaceNames.Skeleton(key, buffer);
                if (k > 0)
                {
                    Add(skeletons, bySkeleton, new string(buffer[..k]), entry);
                }

                string cc = countryCodes[countryIdOf[entry]];
                if (!fuzzy.TryGetValue(cc, out var pool))
                {
                    fuzzy[cc] = pool = [];
                }

                pool.Add((key, entry));
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
            if (n <= 0)
            {
                continue;
            }

            string targetKey = new(buffer[..n]);
            int[] targets = keys.TryGetValue(targetKey, out List<int>? added) ? [.. added] : byKey.Lookup(targetKey);
            foreach (int t in targets)
            {
                if (string.Equals(countryCodes[countryIdOf[t]], cc, StringComparison.Ordinal) && ((PlaceKind)(info[t] & KindMask) == PlaceKind.Admin1) == admin1)
                {
                    Index(alias, t);
                }
            }
        }

        byKey.Merge(keys);
        bySkeleton.Merge(skeletons);
        foreach ((string cc, List<(string Key, int Entry)> extra) in fuzzy)
        {
            fuzzyExtra[cc] = [.. extra];
        }

        // A key's list with the compiled entries first, then the added ones (merged, sorted and made distinct in KeyTable.Merge).
        static void Add(Dictionary<string, List<int>> map, KeyTable table, string key, int entry)
        {
            if (!map.TryGetValue(key, out List<int>? list))
            {
                map[key] = list = [.. table.Lookup(key)];
            }

            list.Add(entry);
        }
    }

    private GazetteerEntry Make(int i)
    {
        byte flags = info[i];
        var kind = (PlaceKind)(flags & KindMask);
        int country = countryIdOf[i];
        int admin1 = admin1IdOf[i];
        string name = new(names.Span[nameStart[i]..nameStart[i + 1]]);
        bool coordinates = (flags & CoordinatesBit) != 0;
        return new GazetteerEntry
        {
            Name = name,
            Kind = kind,
            CountryCode = countryCodes[country],
            CountryName = kind == PlaceKind.Country ? name : countryNames[country],
            Admin1Code = admin1 >= 0 ? admin1Codes[admin1] : null,
            Admin1Name = kind == PlaceKind.Admin1 ? name : admin1 >= 0 ? Entries[admin1Entries[admin1]].Name : null,
            Latitude = coordinates ? latitudeOf[i] : null,
            Longitude = coordinates ? longitudeOf[i] : null,
            GeoNameId = (flags & GeoNameIdBit) != 0 ? geoNameIdOf[i] : null,
            Population = populationOf[i],
            IsCapital = (flags & CapitalBit) != 0,
            IsSeat = (flags & SeatBit) != 0,
            IsCommonWord = (flags & CommonWordBit) != 0,
            IsSection = (flags & SectionBit) != 0,
            CountryId = country,
            Admin1Id = admin1,
            Log10Population = Log10Population(populationOf[i]),
        };
    }

    /// <summary>The entries, each made from the columns on first access and kept.</summary>
    private sealed class EntryList(Gazetteer owner) : IReadOnlyList<GazetteerEntry>
    {
        public int Count => owner.made.Length;

        // One object per entry, even when two threads make it at once (the first one stored wins).
        public GazetteerEntry this[int index] => owner.made[index] ?? Interlocked.CompareExchange(ref owner.made[index], owner.Make(index), null) ?? owner.made[index]!;

        public IEnumerator<GazetteerEntry> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>One compiled index: keys in a character table, each key's sorted distinct entries, an open-addressing hash table;
    /// a key's entry array is made on its first lookup and kept.</summary>
    private sealed class KeyTable
    {
        private readonly IndexColumn<int> keyStart;
        private readonly IndexColumn<char> chars;
        private readonly IndexColumn<int> hitStart;
        private readonly IndexColumn<int> hits;
        private readonly IndexColumn<int> slots;
        private readonly int[]?[] arrays;
        private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> merged;
        private bool anyMerged;

        /// <summary>One bit per <see cref="Hash"/> value (modulo its length) of the merged keys: a key whose bit is clear is not among
        /// them, so most lookups skip the dictionary's own hashing and probing and read only the compiled table.</summary>
        private ulong[] mergedBits = [];

        public KeyTable(BinaryReader r)
        {
            int count = r.ReadInt32();
            keyStart = ReadColumn<int>(r);
            chars = ReadColumn<char>(r);
            hitStart = ReadColumn<int>(r);
            hits = ReadColumn<int>(r);
            slots = ReadColumn<int>(r);
            arrays = new int[count][];
        }

        public int[] Lookup(ReadOnlySpan<char> key)
        {
            uint hash = Hash(key);
            if (anyMerged && MayBeMerged(hash) && merged.TryGetValue(key, out int[]? extra))
            {
                return extra;
            }

            int k = Find(key, hash);
            return k < 0 ? [] : arrays[k] ?? (arrays[k] = hits.Span[hitStart[k]..hitStart[k + 1]].ToArray());
        }

        public string KeyString(int k) => new(chars.Span[keyStart[k]..keyStart[k + 1]]);

        /// <summary>Sets the lists of the lexicon's keys (each the compiled entries plus the added ones).</summary>
        public void Merge(Dictionary<string, List<int>> lists)
        {
            var map = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
            foreach ((string key, List<int> list) in lists)
            {
                map[key] = [.. list.Distinct().Order()];
            }

            // About 16 bits per key, a power of two: a key not merged passes the filter about once in 16 lookups.
            var bits = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, map.Count / 4))];
            foreach (string key in map.Keys)
            {
                uint hash = Hash(key);
                bits[(hash >> 6) & (uint)(bits.Length - 1)] |= 1UL << (int)(hash & 63);
            }

            mergedBits = bits;
            merged = map.GetAlternateLookup<ReadOnlySpan<char>>();
            anyMerged = map.Count > 0;
        }

        private bool MayBeMerged(uint hash) => (mergedBits[(hash >> 6) & (uint)(mergedBits.Length - 1)] & (1UL << (int)(hash & 63))) != 0;

        private int Find(ReadOnlySpan<char> key, uint hash)
        {
            int mask = slots.Length - 1;
            int i = (int)(hash & (uint)mask);
            while (true)
            {
                int s = slots[i];
                if (s == 0)
                {
                    return -1;
                }

                int k = s - 1;
                if (key.SequenceEqual(chars.Span[keyStart[k]..keyStart[k + 1]]))
                {
                    return k;
                }

                i = (i + 1) & mask;
            }
        }
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
