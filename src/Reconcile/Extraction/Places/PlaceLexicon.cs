namespace Reconcile.Extraction;

/// <summary>Hand-kept tables for what the gazetteer and <see cref="PlaceNames"/> cannot do on their own.</summary>
/// <remarks>
/// Most transliteration variants ("Deir Ezzor" / "Dayr az Zawr", "Albu Kamal" / "Abu Kemal" / "Boukamal", "Hasakeh" /
/// "Al-Hasakah", "Sweida" / "As-Suwayda", "Raqa" / "Ar Raqqah", "Soussa" / "As Susah", "Idleb" / "Idlib", "Daraa" / "Dar'a")
/// are matched by <see cref="PlaceNames.Skeleton(ReadOnlySpan{char}, Span{char})"/>; <see cref="Variants"/> keeps only
/// different names for the same place and English exonyms. Sources: GeoNames alternate names, Wikipedia article titles.
/// </remarks>
internal static class PlaceLexicon
{
    /// <summary>Alias, then the gazetteer name it stands for, its country, and whether the target is a first-level division.</summary>
    public static readonly (string Alias, string Target, string CountryCode, bool Admin1)[] Variants =
    [
        // Syria
        ("Halab", "Aleppo", "SY", false),
        ("Rif Dimashq", "Rif-dimashq", "SY", true),
        ("Rural Damascus", "Rif-dimashq", "SY", true),
        ("Damascus countryside", "Rif-dimashq", "SY", true),
        ("Reef Damascus", "Rif-dimashq", "SY", true),
        ("Eastern Ghouta", "Rif-dimashq", "SY", true),
        ("Hassakeh", "Al-Hasakah", "SY", true),
        ("Jazira", "Al-Hasakah", "SY", true),
        ("Tartous", "Tartus", "SY", false),
        ("Lattakia", "Latakia", "SY", false),
        ("Qunaitra", "Quneitra", "SY", true),
        ("Jisr al-Shughour", "Jisr ash Shughur", "SY", false),
        ("Maaret al-Numan", "Ma'arrat an Nu'man", "SY", false),
        ("Mayadeen", "Al Mayadin", "SY", false),
        ("Palmyra", "Tadmur", "SY", false),
        ("Qamishli", "Al Qamishli", "SY", false),
        ("Kobani", "'Ayn al 'Arab", "SY", false),
        
        

        // Iraq
        ("Ninawa", "Nineveh", "IQ", true),
        ("Ninewa", "Nineveh", "IQ", true),
        ("Salahuddin", "Salah ad Din", "IQ", true),
        ("Salah al-Din", "Salah ad Din", "IQ", true),
        ("Saladin", "Salah ad Din", "IQ", true),
        ("Dohuk", "Duhok", "IQ", true),
        ("Arbil", "Erbil", "IQ", false),
        ("Irbil", "Erbil", "IQ", false),
        ("Hawler", "Erbil", "IQ", false),
        ("Sulaimaniyah", "Sulaymaniyah", "IQ", false),
        ("Qadisiyah", "Al-Qadisiyah", "IQ", true),
        ("Fallujah", "Al Fallujah", "IQ", false),
        
        ("Tal Afar", "Tall 'Afar", "IQ", false),
        ("Husaybah", "Al Qa'im", "IQ", false),

        // Elsewhere
        ("Kiev", "Kyiv", "UA", false),
        ("Bombay", "Mumbai", "IN", false),
        ("Gaza City", "Gaza", "PS", false),
    ];

    /// <summary>Country aliases the i18n data lacks (all keyed on the ISO code).</summary>
    public static readonly (string Alias, string CountryCode)[] CountryAliases =
    [
        ("America", "US"), ("United States", "US"), ("U.S.", "US"), ("US", "US"), ("USA", "US"),
        ("Britain", "GB"), ("Great Britain", "GB"), ("U.K.", "GB"), ("UK", "GB"),
        ("Holland", "NL"), ("Burma", "MM"), ("DR Congo", "CD"), ("DRC", "CD"), ("Czechia", "CZ"),
        ("Emirates", "AE"), ("UAE", "AE"), ("Vatican", "VA"), ("Palestinian territories", "PS"), ("Ivory Coast", "CI"),
        ("Syrian Arab Republic", "SY"), ("Russian Federation", "RU"), ("East Timor", "TL"), ("Swaziland", "SZ"),
        ("Macedonia", "MK"), ("Cabo Verde", "CV"), ("Turkiye", "TR"),
    ];

    /// <summary>US state abbreviations: postal codes and AP style. Used only right after "City," or in a dateline.</summary>
    public static readonly (string Abbreviation, string StateCode)[] UsStateAbbreviations = BuildStates();

    /// <summary>Words that are place names in GeoNames but, capitalised in English news, almost never mean the place.</summary>
    public static readonly string[] StopWords =
    [
        // function words capitalised at sentence start or in headlines
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "is", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this", "that", "these", "those", "there", "here",
        "when", "after", "before", "while", "since", "during", "until", "if", "so", "no", "not", "all", "some", "many", "more",
        "most", "one", "two", "three", "also", "about", "over", "under", "up", "down", "out", "into", "then", "now", "why",
        "what", "who", "how", "where", "which", "said", "says", "new", "old", "last", "first", "next", "other",
        "do", "does", "did", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        // calendar
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // institutions, titles, news furniture
        "police", "officer", "officers", "sheriff", "deputy", "chief", "mayor", "governor", "president", "minister", "prime",
        "general", "colonel", "captain", "lieutenant", "sergeant", "detective", "doctor", "judge", "senator", "mr", "mrs", "ms",
        "dr", "sgt", "det", "lt", "capt", "gov", "sen", "rep", "st", "state", "states", "government", "army", "forces", "force",
        "islamic", "coalition", "observatory", "news", "world", "today", "bulletin", "desk", "press", "post", "times", "herald",
        "tribune", "journal", "daily", "star", "sun", "globe", "county", "city", "town", "village", "province", "district",
        "center", "centre", "hospital", "university", "college", "school", "church", "street", "avenue", "road", "park",
        "department", "office", "court", "council", "agency", "ministry", "military", "regime", "group", "union", "republic",
        "liberty", "progress", "hope", "commerce", "justice", "security",
        "victory", "welcome", "opportunity", "friendship", "harmony", "unity", "industry",
        "energy", "power", "man", "eagle", "bar", "home", "energy", "media", "social",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper", "lower",
        "great", "little", "big", "grand", "royal", "national", "international", "federal", "local", "public", "free", "early",
        "god", "allah", "jesus", "christ", "obama", "trump", "bush", "daesh", "isis", "isil", "is", "sdf", "ypg", "afp", "ap",
        "reuters", "cnn", "bbc", "fox", "abc", "cbs", "nbc", "sana", "image", "credit", "photo", "video", "read", "min",
        "published", "updated", "breaking", "report", "story", "update", "copyright", "share", "email", "print", "comments",
        "arab", "arabs", "kurd", "kurds", "shiite", "sunni", "christian", "muslim", "jihadist", "jihadists", "rebel", "rebels",
    ];

    /// <summary>Adjectives of nationality: never places themselves (and never fuzzy-matched to the country).</summary>
    public static readonly string[] Demonyms =
    [
        "syrian", "iraqi", "american", "british", "russian", "iranian", "turkish", "kurdish", "lebanese", "israeli",
        "palestinian", "jordanian", "saudi", "egyptian", "libyan", "yemeni", "afghan", "pakistani", "arabic", "european",
        "african", "asian", "chinese", "french", "german", "italian", "spanish", "mexican", "canadian", "indian", "english",
        "scottish", "irish", "welsh", "ukrainian", "qatari", "emirati", "kuwaiti", "bahraini", "omani", "sudanese", "somali",
        "nigerian", "ethiopian", "kenyan", "tunisian", "algerian", "moroccan", "western", "eastern", "asian", "latino",
        "hispanic", "japanese", "korean", "vietnamese", "filipino", "indonesian", "australian", "brazilian", "colombian",
    ];

    /// <summary>Words that, right before a capitalised name, say it is a person (a title).</summary>
    public static readonly string[] PersonTitles =
    [
        "mr", "mrs", "ms", "miss", "dr", "officer", "sgt", "sergeant", "det", "detective", "lt", "lieutenant", "capt", "captain",
        "chief", "sheriff", "deputy", "judge", "president", "minister", "gov", "governor", "sen", "senator", "rep", "mayor",
        "gen", "general", "col", "colonel", "maj", "major", "prof", "professor", "rev", "reverend", "father", "sister",
        "brother", "king", "queen", "prince", "sheikh", "imam", "pope", "trooper", "agent", "spokesman", "spokeswoman",
    ];

    /// <summary>Leading words that qualify a following place without being part of its name ("Eastern Syria", "Greater Damascus").</summary>
    public static readonly string[] Modifiers =
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "greater", "downtown",
        "rural", "upstate", "downstate", "coastal", "suburban", "metro", "inner",
    ];

    /// <summary>Words before a name that make it a place ("in", "near", "outside", "the city of").</summary>
    public static readonly string[] LocativeCues =
    [
        "in", "at", "near", "from", "outside", "to", "into", "toward", "towards", "across", "around", "through", "via", "of",
        "between", "throughout", "inside", "within", "nearby", "beyond", "past", "entered", "retook", "captured", "seized",
        "reached", "visited", "left", "fled", "bombed", "shelled", "struck", "hit", "attacked", "besieged",
    ];

    /// <summary>Nouns after a name that make it a place ("Deir Ezzor province", "Rock Falls city").</summary>
    public static readonly string[] PlaceNouns =
    [
        "city", "town", "village", "province", "governorate", "region", "district", "area", "countryside", "suburb",
        "suburbs", "neighborhood", "neighbourhood", "border", "outskirts", "state", "county", "parish", "borough", "township",
        "residents", "resident", "native", "municipality", "crossing",
        // "a Toledo man", "Bastrop authorities", "a Pittsburgh hospital": local news uses the town as an adjective
        "man", "woman", "men", "women", "boy", "girl", "teen", "teens", "teenager", "youth", "police", "officers", "officials",
        "authorities", "family", "couple", "mother", "father", "home", "homes", "apartment", "house", "street", "streets",
        "school", "hospital", "church", "business", "store", "restaurant", "bar", "park", "mayor", "council", "firefighters",
    ];

    /// <summary>Targets of attacks after a name, in lower case only, that make it a place: "at a Kabul mosque", "a Baghdad market",
    /// "the Karachi airport" (but "Madison Market" is a shop's name).</summary>
    public static readonly string[] TargetNouns =
    [
        "mosque", "mosques", "shrine", "temple", "synagogue", "market", "marketplace", "bazaar", "hotel", "airport", "checkpoint",
    ];

    /// <summary>Nouns after a name that say it names a first-level division.</summary>
    public static readonly string[] Admin1Nouns = ["province", "governorate", "state", "region", "oblast", "prefecture"];

    /// <summary>Nouns after a name that say it names a town.</summary>
    public static readonly string[] LocalityNouns = ["city", "town", "village", "township", "municipality", "suburb", "suburbs"];

    /// <summary>Nouns after a name that say it names a second-level division the gazetteer does not hold.</summary>
    public static readonly string[] Admin2Nouns = ["county", "parish", "borough", "district"];

    /// <summary>Capitalised head nouns that make a place name, with up to two capitalised words between, part of an organisation's name
    /// that says nothing of where an incident happened: the hospital a victim was taken to ("Comer Children's Hospital",
    /// "Jamaica Hospital"), a bank brand ("West Coast Bank"), a newspaper ("Chicago Tribune"), a company ("Kraft Foods").</summary>
    /// <remarks>Local services ("Woodburn Police", "Bastrop County Sheriff") are not here: they act where they are.</remarks>
    public static readonly string[] OrganisationHeads =
    [
        "hospital", "hospitals", "clinic", "bank", "bancorp", "tribune", "times", "herald", "gazette", "journal", "courier", "chronicle",
        "examiner", "inquirer", "sentinel", "telegraph", "dispatch", "enquirer", "bulletin", "daily", "observer", "post", "star",
        "airlines", "airways", "foods", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "holdings",
        "television", "tv", "radio", "broadcasting",
    ];

    /// <summary>Capitalised words after a name that make it a place's institution ("Toledo Police", "Bastrop County Sheriff").</summary>
    public static readonly string[] InstitutionWords =
    [
        "police", "fire", "sheriff", "sheriff's", "department", "county", "city", "council", "school", "schools", "public",
        "university", "college", "hospital", "airport", "zoo", "mayor", "township", "village", "town", "regional", "community",
        "metro", "area", "high", "elementary", "church", "news",
        "times", "tribune", "herald", "post", "gazette", "journal", "courier", "daily", "star", "observer", "district",
        "province", "governorate", "municipality", "international", "memorial", "medical", "emergency", "housing",
        "metropolitan", "apartments", "apartment", "complex", "hotel", "motel", "inn", "center", "centre", "library",
        "stadium", "arena", "museum", "market", "courthouse", "jail", "station", "mosque", "temple", "cathedral",
    ];

    /// <summary>Words after a town that make it the seat of a local force acting there ("Mobile Police Department", "Waco PD",
    /// "Birmingham police said", "Durham investigators"), capitalised or not: a town's own force works where it is, so the name is a
    /// place and a likely scene, even when it is also a common word ("Mobile", "Reading").</summary>
    public static readonly string[] AgencyWords =
    [
        "police", "pd", "sheriff", "sheriff's", "fire", "firefighters", "investigators", "detectives", "officers", "deputies", "troopers",
        "constables", "marshals",
    ];

    /// <summary>Capitalised words that name a kind of force, not its town, before an <see cref="AgencyWords"/> word ("State Police",
    /// "Transit Police", "Military Police"): never read as a town from the force alone.</summary>
    public static readonly string[] ForceKinds =
    [
        "state", "city", "county", "metro", "metropolitan", "municipal", "national", "federal", "military", "transit", "border",
        "riot", "traffic", "secret", "royal", "park", "capitol", "campus", "university", "college", "school", "tribal", "port",
        "harbor", "harbour", "airport", "railway", "river", "highway", "mounted", "auxiliary", "village", "town", "township",
        "local", "special", "civil", "armed", "religious", "morality", "judicial", "criminal", "central", "provincial", "regional",
    ];

    /// <summary>Capitalised words after a name that make it a street, park or building named after the place or a person
    /// ("Jackson Street", "Lincoln Park"): not a mention of the town.</summary>
    public static readonly string[] StreetWords =
    [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "way", "place", "court",
        "ct", "terrace", "parkway", "pkwy", "highway", "hwy", "square", "circle", "trail", "park", "plaza", "pike", "alley",
    ];

    /// <summary>Words that end a street's name and, in practice, never a town's: a name read as a place that ends in one ("Second
    /// Street", "Park Street") is a street, though the gazetteer lists a hamlet so named. Narrower than <see cref="StreetWords"/>,
    /// whose "park", "place" or "square" end many towns' names (Oak Park, Round Lake Park).</summary>
    public static readonly string[] StreetNameEnds =
    [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane", "ln", "highway", "hwy", "alley",
    ];

    /// <summary>Nouns that follow a town in (title-case) headlines: "Bastrop Shooting", "Gary Homicide". After a name they
    /// do not make it a person's first name.</summary>
    public static readonly string[] EventNouns =
    [
        "shooting", "shootings", "shooter", "killing", "killings", "murder", "murders", "homicide", "homicides", "death",
        "deaths", "crash", "fire", "attack", "attacks", "stabbing", "robbery", "standoff", "victim", "victims", "suspect",
        "suspects", "teen", "teens", "man", "woman", "men", "women", "boy", "girl", "child", "children", "family", "vigil",
        "community", "residents", "resident", "mom", "dad", "toddler", "officer", "officers", "gunman", "gunfire", "violence",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "tonight",
    ];

    /// <summary>Verbs after a bare name that say it is a person ("Jackson said").</summary>
    public static readonly string[] SpeechVerbs = ["said", "says", "told", "added", "testified", "wrote", "explained", "stated", "asked", "who"];

    /// <summary>Countries whose names are transliterated from Arabic: these get the skeleton index and fuzzy matching.</summary>
    public static readonly string[] TransliteratedCountries = ["SY", "IQ", "LB", "JO", "PS", "YE", "SA", "EG", "LY", "TN", "DZ", "MA", "SD", "KW", "AE", "QA", "BH", "OM"];

    private static (string, string)[] BuildStates()
    {
        // State code, then AP abbreviations (AP style; a few common variants such as "Tex." and "Penn.").
        string[] rows =
        [
            "AL Ala.", "AK Alaska", "AZ Ariz.", "AR Ark.", "CA Calif. Cal.", "CO Colo.", "CT Conn.", "DE Del.", "DC D.C.",
            "FL Fla.", "GA Ga.", "HI Hawaii", "ID Idaho", "IL Ill.", "IN Ind.", "IA Iowa", "KS Kan. Kans.", "KY Ky.", "LA La.",
            "ME Maine", "MD Md.", "MA Mass.", "MI Mich.", "MN Minn.", "MS Miss.", "MO Mo.", "MT Mont.", "NE Neb. Nebr.",
            "NV Nev.", "NH N.H.", "NJ N.J.", "NM N.M.", "NY N.Y.", "NC N.C.", "ND N.D.", "OH Ohio", "OK Okla.", "OR Ore. Oreg.",
            "PA Pa. Penn.", "RI R.I.", "SC S.C.", "SD S.D.", "TN Tenn.", "TX Texas Tex.", "UT Utah", "VT Vt.", "VA Va.",
            "WA Wash.", "WV W.Va. W.V.", "WI Wis. Wisc.", "WY Wyo.",
        ];
        var result = new List<(string, string)>();
        foreach (string row in rows)
        {
            string[] parts = row.Split(' ');
            result.Add((parts[0], parts[0]));
            for (int i = 1; i < parts.Length; i++)
            {
                result.Add((parts[i], parts[0]));
            }
        }

        return [.. result];
    }
}
