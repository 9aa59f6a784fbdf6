namespace Reconcile.Extraction.Lexicon;

/// <summary>What kind of actor an alias-table entry is; weak aliases corefer only with some kinds.</summary>
internal enum ActorKind
{
    /// <summary>A jihadist armed group (Islamic State, Al-Qaeda and its branches, Al-Shabaab, Boko Haram, the Taliban).</summary>
    Jihadist,

    /// <summary>Another non-state armed group (SDF, the Popular Mobilisation Forces, the Houthis, Hamas, rebels).</summary>
    ArmedGroup,

    /// <summary>A state's armed forces or a military coalition.</summary>
    StateForces,

    /// <summary>Police and other law enforcement.</summary>
    Police,

    /// <summary>An individual attacker ("a gunman", "the suspect").</summary>
    Individual,
}

/// <summary>One actor: its canonical name, the names reports use for it, and how to match them.</summary>
/// <param name="Canonical">The name every output uses ("Islamic State").</param>
/// <param name="Kind">What kind of actor it is.</param>
/// <param name="Aliases">Phrases matched case-insensitively, as whole words; spaces, hyphens and apostrophes are matched loosely ("al-Qaeda" = "al Qaeda" = "alQaeda", "Hay'at" = "Hay’at" = "Hayat").</param>
/// <param name="Acronyms">Phrases matched case-sensitively ("IS" but not "is"), skipped inside all-capitals text ("IS RETAKES").</param>
/// <param name="Modifiers">Adjectives that name the actor only before a military or attack noun ("Russian" in "Russian air strikes", "Iraqi" in "an Iraqi plane").</param>
/// <param name="Weak">Whether the entry is a generic description ("the jihadists") that <see cref="ActorRecognizer.ResolveCoreference"/> may replace by the one group of <paramref name="CorefersWith"/> the report names.</param>
/// <param name="CorefersWith">For weak entries, the kinds of named actors the description can stand for.</param>
internal sealed record ActorAlias(
    string Canonical,
    ActorKind Kind,
    string[] Aliases,
    string[]? Acronyms = null,
    string[]? Modifiers = null,
    bool Weak = false,
    ActorKind[]? CorefersWith = null);

/// <summary>The actor alias table. Extend it by adding entries; the matcher is built from it once, at type initialization.</summary>
/// <remarks>
/// Decisions (documented in docs/taxonomy.md): generic "government forces"/"pro-government forces" stay "government forces"
/// because they are used outside Syria; Syria-specific phrasings ("regime forces", "Syrian army") are "Syrian government forces".
/// "the jihadists", "the extremists" and "the militants" are weak: they become the one jihadist group the report names, else stay generic.
/// </remarks>
internal static class ActorAliases
{
    /// <summary>Gets the alias table, in a fixed order (earlier entries win when two entries share an alias).</summary>
    internal static readonly ActorAlias[] Entries =
    [
        // Jihadist groups.
        new("Islamic State", ActorKind.Jihadist,
            ["Islamic State", "Islamic State group", "Islamic State organisation", "Islamic State organization",
             "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "Islamic State of Iraq and al-Sham",
             "Daesh", "Da'esh", "Daech", "IS group", "ISIS group", "ISIL group", "Islamic State militants"],
            Acronyms: ["IS", "ISIS", "ISIL"]),
        new("Islamic State West Africa Province", ActorKind.Jihadist,
            ["Islamic State West Africa Province", "Islamic State in West Africa", "Islamic State West Africa"], Acronyms: ["ISWAP"]),
        new("Islamic State Khorasan", ActorKind.Jihadist,
            ["Islamic State Khorasan", "Islamic State-Khorasan", "Islamic State Khorasan Province"], Acronyms: ["ISIS-K", "IS-K", "ISKP"]),
        new("Al-Qaeda", ActorKind.Jihadist, ["Al-Qaeda", "al-Qaida", "al-Qa'ida", "Al-Qaeda network"]),
        new("Al-Qaeda in the Arabian Peninsula", ActorKind.Jihadist,
            ["Al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula"], Acronyms: ["AQAP"]),
        new("Al-Qaeda in the Islamic Maghreb", ActorKind.Jihadist,
            ["Al-Qaeda in the Islamic Maghreb", "al-Qaida in the Islamic Maghreb"], Acronyms: ["AQIM"]),
        new("Jama'at Nusrat al-Islam wal-Muslimin", ActorKind.Jihadist,
            ["Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims"], Acronyms: ["JNIM"]),
        new("Hay'at Tahrir al-Sham", ActorKind.Jihadist,
            ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham alliance", "Tahrir al-Sham", "Hay'at Tahrir al-Sham alliance"],
            Acronyms: ["HTS"]),
        new("Al-Nusra Front", ActorKind.Jihadist,
            ["Al-Nusra Front", "Nusra Front", "Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Fateh al-Sham Front"]),
        new("Al-Shabaab", ActorKind.Jihadist, ["Al-Shabaab", "al-Shabab", "Shabaab", "Shebab", "al-Shebab"]),
        new("Boko Haram", ActorKind.Jihadist, ["Boko Haram"]),
        new("Taliban", ActorKind.Jihadist, ["Taliban", "Taleban", "Afghan Taliban"]),
        new("Tehrik-i-Taliban Pakistan", ActorKind.Jihadist,
            ["Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban"], Acronyms: ["TTP"]),

        // Other armed groups.
        new("Syrian Democratic Forces", ActorKind.ArmedGroup, ["Syrian Democratic Forces"], Acronyms: ["SDF"]),
        new("People's Protection Units", ActorKind.ArmedGroup, ["People's Protection Units", "Kurdish People's Protection Units"], Acronyms: ["YPG"]),
        new("Popular Mobilisation Forces", ActorKind.ArmedGroup,
            ["Popular Mobilisation Forces", "Popular Mobilization Forces", "Popular Mobilisation Units", "Popular Mobilization Units",
             "Popular Mobilisation", "Popular Mobilization", "Hashed al-Shaabi", "Hashd al-Shaabi", "Hashd al-Shabi", "al-Hashd al-Shaabi"],
            Acronyms: ["PMF", "PMU"]),
        new("Kataeb Hezbollah", ActorKind.ArmedGroup, ["Kataeb Hezbollah", "Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizbollah"]),
        new("Hezbollah", ActorKind.ArmedGroup, ["Hezbollah", "Hizbollah", "Hizballah"]),
        new("Hamas", ActorKind.ArmedGroup, ["Hamas", "Ezzedine al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades"]),
        new("Islamic Jihad", ActorKind.ArmedGroup, ["Islamic Jihad", "Palestinian Islamic Jihad"]),
        new("Houthis", ActorKind.ArmedGroup,
            ["Houthis", "Houthi rebels", "Houthi movement", "Huthis", "Huthi rebels", "Ansar Allah", "Ansarullah"],
            Modifiers: ["Houthi", "Huthi"]),
        new("Free Syrian Army", ActorKind.ArmedGroup, ["Free Syrian Army", "Syrian National Army"], Acronyms: ["FSA", "SNA"]),
        new("Kurdistan Workers' Party", ActorKind.ArmedGroup, ["Kurdistan Workers' Party", "Kurdistan Workers Party"], Acronyms: ["PKK"]),
        new("Rapid Support Forces", ActorKind.ArmedGroup, ["Rapid Support Forces"], Acronyms: ["RSF"]),
        new("Wagner Group", ActorKind.ArmedGroup, ["Wagner Group", "Wagner mercenaries", "Wagner"]),
        new("M23", ActorKind.ArmedGroup, ["M23", "March 23 Movement"]),
        new("Allied Democratic Forces", ActorKind.ArmedGroup, ["Allied Democratic Forces"], Acronyms: ["ADF"]),

        // State forces and coalitions.
        new("Syrian government forces", ActorKind.StateForces,
            ["Syrian government forces", "Syrian regime forces", "Syrian regime", "regime forces", "regime troops", "regime fighters",
             "pro-regime forces", "pro-regime fighters", "pro-regime militias", "Syrian army", "Syrian Arab Army", "Syrian forces",
             "Syrian troops", "Syrian soldiers", "Assad's forces", "Assad forces", "Syrian government troops", "Syrian military",
             "loyalist forces", "regime aircraft", "regime warplanes", "regime helicopters"],
            Modifiers: ["Syrian regime", "regime", "Syrian government"]),
        new("government forces", ActorKind.StateForces,
            ["government forces", "pro-government forces", "pro-government fighters", "government troops", "government soldiers",
             "security forces", "government and allied forces", "government and allied fighters", "army troops"]),
        new("US-led coalition", ActorKind.StateForces,
            ["US-led coalition", "U.S.-led coalition", "US led coalition", "American-led coalition", "international coalition",
             "anti-IS coalition", "anti-ISIS coalition", "anti-jihadist coalition", "Global Coalition", "the coalition",
             "coalition aircraft", "coalition warplanes", "coalition forces"],
            Modifiers: ["coalition", "US-led coalition"]),
        new("Saudi-led coalition", ActorKind.StateForces, ["Saudi-led coalition", "Saudi-led military coalition", "Arab coalition"]),
        new("US forces", ActorKind.StateForces,
            ["US forces", "U.S. forces", "US troops", "U.S. troops", "US military", "U.S. military", "American forces", "American troops", "Pentagon"],
            Modifiers: ["US", "U.S.", "American"]),
        new("Russian forces", ActorKind.StateForces,
            ["Russian forces", "Russian troops", "Russian jets", "Russian warplanes", "Russian aircraft", "Russian air force",
             "Russian military", "Russian army", "Russian soldiers", "Russia"],
            Modifiers: ["Russian"]),
        new("Iraqi forces", ActorKind.StateForces,
            ["Iraqi forces", "Iraqi troops", "Iraqi army", "Iraqi security forces", "Iraqi soldiers", "Iraqi military"],
            Modifiers: ["Iraqi"]),
        new("Israeli forces", ActorKind.StateForces,
            ["Israeli forces", "Israel Defense Forces", "Israel Defence Forces", "Israeli army", "Israeli military", "Israeli troops",
             "Israeli soldiers", "Israeli jets", "Israeli warplanes", "Israeli aircraft"],
            Acronyms: ["IDF"], Modifiers: ["Israeli"]),
        new("Turkish forces", ActorKind.StateForces,
            ["Turkish forces", "Turkish army", "Turkish military", "Turkish troops", "Turkish jets", "Turkish warplanes", "Turkish-backed forces"],
            Modifiers: ["Turkish"]),
        new("Iranian forces", ActorKind.StateForces,
            ["Iranian forces", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Iranian Revolutionary Guards"],
            Acronyms: ["IRGC"], Modifiers: ["Iranian"]),
        new("Ukrainian forces", ActorKind.StateForces, ["Ukrainian forces", "Ukrainian army", "Ukrainian troops", "Ukrainian military"],
            Modifiers: ["Ukrainian"]),
        new("Afghan forces", ActorKind.StateForces, ["Afghan forces", "Afghan security forces", "Afghan army", "Afghan troops"]),
        new("Nigerian forces", ActorKind.StateForces, ["Nigerian army", "Nigerian troops", "Nigerian military", "Nigerian forces"]),

        // Law enforcement.
        new("police", ActorKind.Police,
            ["police", "police officers", "police officer", "policeman", "policemen", "policewoman", "officers", "an officer",
             "the officer", "deputies", "sheriff's deputies", "a deputy", "the deputy", "state troopers", "troopers", "SWAT team",
             "law enforcement", "law enforcement officers", "riot police"]),

        // Individual attackers.
        new("gunman", ActorKind.Individual,
            ["gunman", "gunmen", "a gunman", "the gunman", "the shooter", "a shooter", "the shooters", "the suspect", "a suspect",
             "the suspects", "shooting suspect", "the alleged gunman", "the alleged shooter", "lone gunman", "masked gunmen"]),
        new("assailant", ActorKind.Individual,
            ["the attacker", "an attacker", "the attackers", "assailant", "assailants", "the assailant", "an assailant", "knifeman", "the knifeman"]),

        // Weak descriptions, resolved within the report.
        new("jihadists", ActorKind.Jihadist,
            ["the jihadists", "jihadist group", "the jihadist group", "jihadist fighters", "the extremists", "extremist group",
             "the extremist group", "jihadists"],
            Weak: true, CorefersWith: [ActorKind.Jihadist]),
        new("militants", ActorKind.ArmedGroup,
            ["the militants", "militant group", "the militant group", "militants", "insurgents", "the insurgents"],
            Weak: true, CorefersWith: [ActorKind.Jihadist, ActorKind.ArmedGroup]),
        new("rebels", ActorKind.ArmedGroup,
            ["rebels", "the rebels", "rebel fighters", "opposition fighters", "Islamist rebels", "rebel groups"],
            Weak: true, CorefersWith: [ActorKind.ArmedGroup]),
    ];

    /// <summary>The nouns after which a modifier adjective names an armed actor ("Russian jets", "an Iraqi plane", "Houthi missile").</summary>
    internal const string MilitaryNouns =
        "air\\s*strikes?|air\\s+raids?|strikes|raids?|jets?|war\\s*planes?|planes?|aircraft|bombers?|drones?|helicopters?|gunships?|"
        + "forces|troops|soldiers|army|military|navy|air\\s+force|militants?|fighters?|gunmen|militias?|militiamen|artillery|"
        + "shelling|missiles?|rockets?|attacks?|bombing|bombardment|offensive|assault|incursion|ambush|tanks?|units?|"
        + "special\\s+forces|commandos?|paratroopers|snipers?";
}
