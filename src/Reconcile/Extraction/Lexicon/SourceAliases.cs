namespace Reconcile.Extraction.Lexicon;

/// <summary>What kind of primary source an entry of <see cref="SourceAliases"/> is.</summary>
internal enum SourceKind
{
    /// <summary>A casualty monitor ("the Syrian Observatory for Human Rights"); "a monitor" and "the activist group" resolve to the report's monitor.</summary>
    Monitor,

    /// <summary>A state news agency speaking for a government (SANA, TASS).</summary>
    StateMedia,

    /// <summary>A news outlet or wire service (AFP, AP, Reuters); a source only when it reports itself ("Reuters reported"), never when told ("told AFP").</summary>
    Outlet,

    /// <summary>A government body, armed force or international organisation.</summary>
    Organisation,
}

/// <summary>One named primary source and the names reports use for it.</summary>
/// <param name="Canonical">The name every output uses.</param>
/// <param name="Kind">What kind of source it is.</param>
/// <param name="Aliases">Phrases matched case-insensitively as whole words inside the speaker's noun phrase.</param>
/// <param name="Acronyms">Phrases matched case-sensitively ("AP", not "ap").</param>
internal sealed record SourceAlias(string Canonical, SourceKind Kind, string[] Aliases, string[]? Acronyms = null);

/// <summary>The primary-source alias table and the generic source words. Documented in docs/taxonomy.md.</summary>
internal static class SourceAliases
{
    /// <summary>The name used when a report cites "a monitor" but names no monitor anywhere.</summary>
    internal const string UnnamedMonitor = "unnamed monitor";

    /// <summary>Gets the named sources, in a fixed order (earlier entries win when a phrase contains aliases of two).</summary>
    internal static readonly SourceAlias[] Entries =
    [
        new("Syrian Observatory for Human Rights", SourceKind.Monitor,
            ["Syrian Observatory for Human Rights", "Syrian Observatory", "Observatory", "Britain-based monitor", "Britain-based war monitor",
             "UK-based monitor", "UK-based war monitor", "British-based monitor", "London-based monitor", "Coventry-based monitor",
             "Britain-based monitoring group", "UK-based monitoring group"],
            ["SOHR"]),
        new("Syrian Network for Human Rights", SourceKind.Monitor, ["Syrian Network for Human Rights"], ["SNHR"]),
        new("Violations Documentation Center", SourceKind.Monitor, ["Violations Documentation Center", "Violations Documentation Centre"], ["VDC"]),
        new("Airwars", SourceKind.Monitor, ["Airwars"]),
        new("Iraq Body Count", SourceKind.Monitor, ["Iraq Body Count"], ["IBC"]),
        new("ACLED", SourceKind.Monitor, ["Armed Conflict Location and Event Data", "Armed Conflict Location & Event Data"], ["ACLED"]),
        new("Gun Violence Archive", SourceKind.Monitor, ["Gun Violence Archive"]),

        new("SANA", SourceKind.StateMedia, ["Syrian Arab News Agency"], ["SANA"]),
        new("TASS", SourceKind.StateMedia, ["TASS news agency"], ["TASS"]),
        new("RIA Novosti", SourceKind.StateMedia, ["RIA Novosti"]),
        new("IRNA", SourceKind.StateMedia, ["Islamic Republic News Agency"], ["IRNA"]),
        new("Anadolu Agency", SourceKind.StateMedia, ["Anadolu Agency", "Anadolu"]),
        new("WAFA", SourceKind.StateMedia, ["WAFA news agency"], ["WAFA"]),
        new("KCNA", SourceKind.StateMedia, ["Korean Central News Agency"], ["KCNA"]),

        new("AFP", SourceKind.Outlet, ["Agence France-Presse", "Agence France Presse"], ["AFP"]),
        new("AP", SourceKind.Outlet, ["Associated Press"], ["AP"]),
        new("Reuters", SourceKind.Outlet, ["Reuters"]),
        new("BBC", SourceKind.Outlet, ["British Broadcasting Corporation"], ["BBC"]),
        new("CNN", SourceKind.Outlet, [], ["CNN"]),
        new("Al Jazeera", SourceKind.Outlet, ["Al Jazeera", "Al-Jazeera"]),

        new("Saudi-led coalition", SourceKind.Organisation, ["Saudi-led coalition", "Saudi-led military coalition", "Arab coalition"]),
        new("US-led coalition", SourceKind.Organisation,
            ["US-led coalition", "U.S.-led coalition", "anti-IS coalition", "anti-ISIS coalition", "international coalition", "Global Coalition", "coalition"]),
        new("Russian Defence Ministry", SourceKind.Organisation,
            ["Russian Defense Ministry", "Russian Defence Ministry", "Russian Ministry of Defence", "Russian Ministry of Defense",
             "Russia's defence ministry", "Russia's defense ministry"]),
        new("United Nations", SourceKind.Organisation, ["United Nations"], ["UN", "U.N."]),
        new("OCHA", SourceKind.Organisation, ["UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs"], ["OCHA"]),
        new("UNHCR", SourceKind.Organisation, ["UN refugee agency", "United Nations High Commissioner for Refugees"], ["UNHCR"]),
        new("UNICEF", SourceKind.Organisation, ["UN children's agency", "United Nations Children's Fund"], ["UNICEF"]),
        new("World Health Organization", SourceKind.Organisation, ["World Health Organization", "World Health Organisation"], ["WHO"]),
        new("International Committee of the Red Cross", SourceKind.Organisation, ["International Committee of the Red Cross", "Red Cross"], ["ICRC"]),
        new("Syrian Arab Red Crescent", SourceKind.Organisation, ["Syrian Arab Red Crescent", "Red Crescent"], ["SARC"]),
        new("Doctors Without Borders", SourceKind.Organisation, ["Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières"], ["MSF"]),
        new("Save the Children", SourceKind.Organisation, ["Save the Children"]),
        new("Human Rights Watch", SourceKind.Organisation, ["Human Rights Watch"], ["HRW"]),
        new("Amnesty International", SourceKind.Organisation, ["Amnesty International", "Amnesty"]),
        new("White Helmets", SourceKind.Organisation, ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense"]),
    ];

    /// <summary>People known to speak for one source wherever they appear (letters only, lower case), with that source.</summary>
    internal static readonly (string NameKey, string Source)[] KnownPeople =
    [
        ("ramiabdelrahman", "Syrian Observatory for Human Rights"),
        ("ramiabdulrahman", "Syrian Observatory for Human Rights"),
        ("ramiabdelrahmane", "Syrian Observatory for Human Rights"),
    ];

    /// <summary>Words that make a phrase a generic reference to a monitor ("a monitor", "the war monitor", "the activist group").</summary>
    internal static readonly string[] MonitorWords = ["monitor", "monitoring group", "activist group", "activists group", "watchdog", "war monitor", "monitoring organisation", "monitoring organization"];

    /// <summary>Words that make a person's role speak for the organisation named next to it ("head of", "who heads", "spokesman for").</summary>
    internal static readonly string[] SpeakingRoles =
    [
        "head", "heads", "headed", "director", "chief", "spokesman", "spokeswoman", "spokesperson", "president", "chairman", "chairwoman",
        "founder", "leader", "leads", "runs", "commander", "official", "officer", "representative", "coordinator", "secretary-general", "secretary general",
    ];
}
