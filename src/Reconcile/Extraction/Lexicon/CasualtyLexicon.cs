using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Extraction.Lexicon;

/// <summary>The English words the casualty recognizer knows: triggers, person nouns, group modifiers, auxiliaries and the words that make a number something other than a head count.</summary>
/// <remarks>
/// One frozen, case-insensitive table, looked up with a span (no allocation). A few all-capital acronyms are looked up
/// case-sensitively first, so "IS fighters" is not read as "is fighters" and "US" is not the pronoun.
/// </remarks>
internal static class CasualtyLexicon
{
    private const TriggerUse BeforeAfterTransitive = TriggerUse.Before | TriggerUse.After | TriggerUse.Transitive;

    private static readonly FrozenDictionary<string, LexEntry> Words;
    private static readonly AsciiWordTable<LexEntry> WordLookup;
    /// <summary>Bit n set when a word of <see cref="Words"/> has n characters (n &lt; 64; longer words are always looked up).</summary>
    private static readonly ulong WordLengths;

    /// <summary>For each pair of ASCII letters (26 * first + second, lower case), whether a word of <see cref="Words"/> starts with it.</summary>
    private static readonly ulong[] WordPairs;

    private static readonly FrozenDictionary<string, LexEntry> Acronyms;
    private static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> AcronymLookup;

#pragma warning disable CA1810 // The tables are built in one pass; a static constructor keeps the order of the steps explicit.
    static CasualtyLexicon()
#pragma warning restore CA1810
    {
        var words = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        AddWords(words);
        AddTriggers(words);

        // Flags that let the quantity recognizer skip its own tables for most words.
        foreach (string word in QuantityHedges.FirstWords)
        {
            Get(words, word).Roles |= LexRole.HedgeStart;
        }

        foreach (VagueAmount amount in VagueQuantities.Table)
        {
            Get(words, amount.Words[0]).Roles |= LexRole.VagueStart;
        }

        foreach (string word in NumberWords.All)
        {
            Get(words, word).Roles |= LexRole.NumberWord;
        }

        foreach (string word in (string[])["half", "half-dozen", "between"])
        {
            Get(words, word).Roles |= LexRole.NumberWord;
        }

        Words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        WordLookup = new AsciiWordTable<LexEntry>(Words);
        (WordLengths, WordPairs) = BuildFilter(Words.Keys);

        var acronyms = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        foreach (string militant in (string[])["IS", "ISIS", "ISIL", "HTS", "PKK", "YPG", "SDF", "FSA", "AQAP", "ADF", "ISWAP"])
        {
            acronyms[militant] = new LexEntry { Hint = GroupHint.Militant };
        }

        acronyms["US"] = new LexEntry();
        acronyms["UN"] = new LexEntry();
        acronyms["AM"] = new LexEntry { Roles = LexRole.TimeSuffix };
        acronyms["PM"] = new LexEntry { Roles = LexRole.TimeSuffix };
        acronyms["GMT"] = new LexEntry { Roles = LexRole.TimeSuffix };
        Acronyms = acronyms.ToFrozenDictionary(StringComparer.Ordinal);
        AcronymLookup = Acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets every word of the case-insensitive table (for tests of the lookup's filter).</summary>
    internal static IEnumerable<string> AllWords => Words.Keys;

    /// <summary>Gets the entry of an age word ("23-year-old", "six-month-old"): it counts one person, before a noun ("a 23-year-old man") or alone ("a 17-year-old was found dead").</summary>
    public static LexEntry Age { get; } = new() { Roles = LexRole.Article | LexRole.PersonHead, Person = PersonClass.People, Singular = true };

    /// <summary>Returns whether a hyphenated word is an age ("23-year-old", "3-month-old", "six-year-old").</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> for an age.</returns>
    public static bool IsAge(ReadOnlySpan<char> word)
        => word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-years-old", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-month-old", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-week-old", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-day-old", StringComparison.OrdinalIgnoreCase);

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The word as written.</param>
    /// <param name="allCaps">Whether the word is all capitals (acronyms are tried first, case-sensitively).</param>
    /// <returns>The entry, or <see langword="null"/> for an unknown word.</returns>
    public static LexEntry? Lookup(ReadOnlySpan<char> word, bool allCaps)
    {
        if (allCaps && AcronymLookup.TryGetValue(word, out LexEntry? acronym))
        {
            return acronym;
        }

        return MayBeWord(word) && WordLookup.TryGetValue(word, out LexEntry? entry) ? entry : null;
    }

    /// <summary>
    /// A necessary condition for <paramref name="word"/> to be in <see cref="Words"/> (ignoring case), much cheaper than the lookup: a
    /// word's length, and the first two characters when they are ASCII letters (no other character equals an ASCII letter ignoring case
    /// but "ı" and "ſ", which <see cref="BuildFilter"/> rules out of the first two characters of the table's words).
    /// </summary>
    private static bool MayBeWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 64 && (WordLengths & (1UL << word.Length)) == 0)
        {
            return false;
        }

        if (word.Length >= 2)
        {
            uint a = (uint)((word[0] | 0x20) - 'a');
            uint b = (uint)((word[1] | 0x20) - 'a');
            if (a < 26 && b < 26)
            {
                int pair = (int)((a * 26) + b);
                return (WordPairs[pair >> 6] & (1UL << pair)) != 0;
            }
        }

        return true;
    }

    private static (ulong Lengths, ulong[] Pairs) BuildFilter(IEnumerable<string> keys)
    {
        ulong lengths = 0;
        var pairs = new ulong[((26 * 26) + 63) / 64];
        foreach (string key in keys)
        {
            lengths |= key.Length < 64 ? 1UL << key.Length : 0;
            if (key.Length < 2)
            {
                continue;
            }

            uint a = (uint)((key[0] | 0x20) - 'a');
            uint b = (uint)((key[1] | 0x20) - 'a');
            if (a < 26 && b < 26)
            {
                int pair = (int)((a * 26) + b);
                pairs[pair >> 6] |= 1UL << pair;
            }
            else if (!char.IsAscii(key[0]) || !char.IsAscii(key[1]))
            {
                Array.Fill(pairs, ulong.MaxValue); // a word starting outside ASCII might equal an ASCII one ignoring case: no pair filter
            }
        }

        return (lengths, pairs);
    }

    private static LexEntry Get(Dictionary<string, LexEntry> words, string word)
    {
        if (!words.TryGetValue(word, out LexEntry? entry))
        {
            entry = new LexEntry();
            words[word] = entry;
        }

        return entry;
    }

    private static void Role(Dictionary<string, LexEntry> words, LexRole role, string list)
    {
        foreach (string word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Get(words, word).Roles |= role;
        }
    }

    private static void Person(Dictionary<string, LexEntry> words, PersonClass person, string plurals, string singulars, GroupHint hint = GroupHint.None)
    {
        foreach (string word in plurals.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            LexEntry e = Get(words, word);
            e.Roles |= LexRole.PersonHead;
            e.Person = person;
            e.Hint |= hint;
        }

        foreach (string word in singulars.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            LexEntry e = Get(words, word);
            e.Roles |= LexRole.PersonHead;
            e.Person = person;
            e.Singular = true;
            e.Hint |= hint;
        }
    }

    private static void Hint(Dictionary<string, LexEntry> words, GroupHint hint, string list)
    {
        foreach (string word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            Get(words, word).Hint |= hint;
        }
    }

    private static void AddWords(Dictionary<string, LexEntry> w)
    {
        Role(w, LexRole.Function, "where when why how what whether in on at and or but as after before during while when with by from to near since including across inside outside overnight today yesterday tonight instantly immediately earlier later altogether total so too there here this that these those who which whom whose of for into onto over under against without within upon about around than then also all both each mostly among amid according following respectively nationwide alone apiece between because due amongst along");
        Role(w, LexRole.Preposition, "in on at near from of inside outside aboard along");
        Role(w, LexRole.Aux, "was were is are be been being had has have get got gets getting there here appeared appears seemed seems accidentally unintentionally inadvertently mistakenly also reportedly all later reported confirmed believed feared thought said to both allegedly apparently subsequently eventually who that now still already initially critically seriously severely slightly badly fatally mortally presumed likely probably may might could would will each themselves found left remain remains remained remaining were pronounced declared listed suffered sustained received minor serious critical multiple gunshot stab life-threatening non-life-threatening grave severe light injuries non-life life threatening self-inflicted non-fatal nonfatal superficial among them reportedly officially either instantly immediately tragically");
        Role(w, LexRole.Passive, "was were is are be been being get got gets getting");
        Role(w, LexRole.Negation, "no not never none nobody neither nor without");
        Role(w, LexRole.Article, "a an another the his her their our my your");
        Role(w, LexRole.Determiner, "the its their his her our my your these those this that whose");
        Role(w, LexRole.Pronoun, "him her them himself herself themselves itself it us me you he she they we i everyone everybody someone somebody anyone anybody nobody something what which");
        Role(w, LexRole.Unit, "percent pct km kms kilometres kilometers kilometre kilometer miles mile metres meters metre meter m ft feet foot yards yard inches inch cm mm kg kilograms kilos pounds lbs tons tonnes acres hectares square degrees mph kph knots hours hour hrs minutes minute mins min seconds second secs days day weeks week months month years year yrs decades decade centuries century times year-old years-old month-old months-old block blocks floor storey storeys dollars dollar euros euro rupees yuan naira shillings pesos cents usd am pm a.m p.m gmt o'clock bc ad votes points goals runs seats districts provinces villages towns cities buildings houses homes vehicles cars trucks tanks rockets missiles shells bombs rounds shots bullets barrels litres liters gallons calibre caliber mm-calibre magnitude");
        Role(w, LexRole.Month, "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
        Role(w, LexRole.Weekday, "monday tuesday wednesday thursday friday saturday sunday");
        Role(w, LexRole.MoreOther, "more other others additional further else");
        Role(w, LexRole.BlocksNumberAfter, "aged age ages magnitude route highway interstate page pages room apartment apt suite unit flight channel article section chapter level grade no number nos platform gate bus line road street avenue precinct district ward code lot block $ £ € # year-old");
        Role(w, LexRole.Toll, "toll");
        Role(w, LexRole.TollLinker, "rose risen rise rises rising climbed climbs climb climbing jumped jumps jump increased increases increase reached reaches reach hit hits stood stands stand now at to of further sharply up went goes has had have is was been officially already revised raised put brought bringing taking pushing pushed initial latest new overall total final");
        Role(w, LexRole.Fatally, "fatally mortally");
        Role(w, LexRole.Including, "including among mostly most many some among them plus");
        Role(w, LexRole.TimeSuffix, "am pm gmt utc est edt cst cdt pst pdt local");
        Role(w, LexRole.BlocksMany, "how so too as that this");

        Person(w, PersonClass.People, "people persons individuals men women victims others adults teenagers teens youths males females members relatives neighbors neighbours friends brothers sisters sons daughters drivers motorists pedestrians cyclists occupants guests customers employees crew partygoers attendees fans inmates prisoners detainees migrants foreigners nationals christians muslims shiites sunnis copts hazaras yazidis kurds palestinians israelis afghans iraqis syrians pakistanis nigerians somalis americans climbers mountaineers hikers skiers swimmers surfers divers hunters campers coworkers co-workers colleagues siblings cousins grandparents grandmothers grandfathers nephews nieces uncles aunts parents stepchildren roommates girlfriends boyfriends partners", "person individual man woman victim adult teenager teen youth male female relative neighbor neighbour friend brother sister son daughter mother father wife husband driver motorist pedestrian cyclist occupant guest customer employee inmate prisoner detainee migrant climber mountaineer hiker skier swimmer surfer diver hunter camper coworker co-worker colleague boss sibling cousin grandmother grandfather grandparent nephew niece uncle aunt parent stepdaughter stepson stepfather stepmother roommate girlfriend boyfriend fiance fiancee spouse partner");
        Person(w, PersonClass.Civilians, "civilians miners residents worshippers worshipers students shoppers villagers pilgrims passengers protesters protestors demonstrators farmers workers journalists reporters doctors nurses medics paramedics patients mourners bystanders tourists commuters fishermen teachers voters spectators diners churchgoers passersby passers-by locals citizens receptionists clerks cashiers owners managers accountants bartenders waiters waitresses firefighters pastors priests clerics imams janitors lawyers judges volunteers engineers contractors", "civilian miner resident worshipper worshiper student shopper villager pilgrim passenger protester protestor demonstrator farmer worker journalist reporter doctor nurse medic paramedic patient mourner bystander tourist commuter fisherman teacher voter spectator passerby passer-by citizen receptionist clerk cashier owner manager accountant bartender waiter waitress firefighter pastor priest cleric imam janitor lawyer judge volunteer engineer contractor", GroupHint.Civilian);
        Person(w, PersonClass.Children, "children kids boys girls infants babies toddlers minors schoolchildren schoolboys schoolgirls newborns juveniles", "child kid boy girl infant baby toddler schoolboy schoolgirl newborn juvenile", GroupHint.Child);
        Person(w, PersonClass.Displaced, "refugees displaced evacuees idps asylum-seekers", "refugee evacuee", GroupHint.Displaced);
        Person(w, PersonClass.Police, "police policemen policewomen officers cops patrolmen gendarmes constables troopers deputies", "policeman policewoman officer cop patrolman gendarme constable trooper deputy", GroupHint.Police);
        Person(w, PersonClass.Forces, "soldiers troops servicemen servicemembers personnel guards forces marines paratroopers commandos conscripts recruits sailors airmen peacekeepers", "soldier serviceman servicemember guard marine paratrooper commando conscript recruit sailor airman peacekeeper");
        Person(w, PersonClass.Militia, "militia militias militiamen paramilitaries loyalists", "militiaman paramilitary loyalist");
        Person(w, PersonClass.Militants, "militants jihadists rebels insurgents extremists terrorists taliban guerrillas guerillas separatists islamists", "militant jihadist rebel insurgent extremist terrorist guerrilla guerilla separatist islamist", GroupHint.Militant);
        Person(w, PersonClass.Fighters, "fighters combatants", "fighter combatant");
        Person(w, PersonClass.Perpetrators, "attackers bombers gunmen shooters assailants assassins hijackers perpetrators suspects", "attacker bomber gunman shooter assailant assassin hijacker perpetrator suspect", GroupHint.Perpetrator);
        Person(w, PersonClass.Bodies, "bodies corpses", "body corpse");

        Hint(w, GroupHint.Displaced, "displaced fleeing uprooted homeless");
        Hint(w, GroupHint.Civilian, "civilian innocent unarmed");
        Hint(w, GroupHint.Child, "child");
        Hint(w, GroupHint.Government, "government pro-government pro-regime regime allied army military security state loyalist pro-assad pro-damascus pro-kiev pro-kyiv national federal governmental progovernment");
        Hint(w, GroupHint.Militant, "jihadist jihadi rebel militant insurgent opposition taliban qaeda al-qaeda shabaab al-shabaab boko haram extremist terrorist islamist separatist anti-government houthi houthis daesh islamic");
        Hint(w, GroupHint.Perpetrator, "suicide");
        Hint(w, GroupHint.Police, "police");
    }

    private static void AddTriggers(Dictionary<string, LexEntry> w)
    {
        var phrases = new List<TriggerPhrase>();

        void T(CasualtyMeasure measure, TriggerUse use, string list)
        {
            foreach (string phrase in list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                phrases.Add(new TriggerPhrase(phrase.Split(' '), measure, use));
            }
        }

        const CasualtyMeasure K = CasualtyMeasure.Killed;
        const CasualtyMeasure W = CasualtyMeasure.Wounded;

        // Killed.
        T(K, BeforeAfterTransitive, "killed|shot dead|shot and killed|gunned down|murdered|executed|massacred|slaughtered|slain|beheaded|assassinated|lynched|stabbed to death|beaten to death|shot to death|hacked to death|burned to death|burnt to death|crushed to death|fatally shot|fatally stabbed|fatally wounded|fatally injured");
        T(K, TriggerUse.Before, "fatally shoots|fatally shooting|fatally injuring|fatally wounding|fatally stabbing|shot to death|killing|kills|kill|shooting dead|shooting and killing|murdering|executing|massacring|slaughtering|slaying|slew|beheading|claimed the lives of|claiming the lives of|took the lives of|taking the lives of|claimed the life of|took the life of");
        T(K, TriggerUse.After, "dead|died|die|dies|perished|lost their lives|lost his life|lost her life|lost their life|drowned|succumbed|deaths|fatalities|confirmed dead|dead bodies");

        // Falls: "a climber fell to his death", "watched his brother plunge to his death".
        T(K, TriggerUse.After, "fell to his death|fell to her death|fell to their deaths|fallen to his death|fallen to her death|fallen to their deaths|fall to his death|fall to her death|fall to their deaths|falling to his death|falling to her death|falling to their deaths|plunged to his death|plunged to her death|plunged to their deaths|plunge to his death|plunge to her death|plunge to their deaths|jumped to his death|jumped to her death|leapt to his death|leapt to her death");

        // Nouns of killing before whom they name: "the 1967 killings of two young women", "the murder of a 7-year-old", "the deaths of three men".
        T(K, TriggerUse.Before, "killings of|killing of|murders of|murder of|slayings of|slaying of|deaths of|death of|homicides of|homicide of|shooting deaths of|shooting death of|stabbing deaths of|stabbing death of");

        // Wounded.
        T(W, BeforeAfterTransitive | TriggerUse.Shot, "shot");
        T(W, BeforeAfterTransitive, "wounded|injured|hurt|shot and wounded|shot and injured|stabbed|maimed");
        T(W, TriggerUse.Before | TriggerUse.Shot, "shooting|shoots");

        // Survivors: "a teen is recovering after an accidental shooting", "the victim is expected to recover".
        T(W, TriggerUse.After, "recovering|expected to recover|expected to survive");
        T(W, TriggerUse.Before, "wounds|wounding|injuring|injures|injure|hurting|shooting and wounding|shooting and injuring|stabbing|maiming");
        T(W, TriggerUse.After, "hospitalized|hospitalised|injuries|wounds|hospitalized with injuries");

        // Hit by gunfire: "four people were hit by bullets", "a girl was grazed by a stray bullet", "the bullet grazed a boy",
        // "a teen suffered a gunshot wound", "two men were treated for gunshot wounds" (not "with a gunshot wound": a victim found
        // that way is as often one of another incident's, and measured on gvc it split clusters).
        T(W, TriggerUse.After, "hit by gunfire|hit by bullets|hit by a bullet|hit by a stray bullet|hit by stray bullets|hit by stray gunfire|struck by gunfire|struck by bullets|struck by a bullet|struck by a stray bullet|struck by stray bullets|struck by stray gunfire|grazed by gunfire|grazed by bullets|grazed by a bullet|grazed by a stray bullet");
        T(W, TriggerUse.After, "suffered a gunshot wound|suffered gunshot wounds|sustained a gunshot wound|sustained gunshot wounds|received a gunshot wound|received gunshot wounds|treated for a gunshot wound|treated for gunshot wounds|suffering from a gunshot wound|suffering from gunshot wounds");

        // A wound said with its kind: "a 13-year-old suffered a self-inflicted gunshot wound", "two men sustained non-life threatening
        // injuries" (the plural nouns take their modifiers as auxiliaries, above); a fatal one is a death.
        string[] hurtVerbs = ["suffered", "sustained", "received", "suffering", "sustaining"];
        string[] woundKinds = ["", "self-inflicted ", "non-life-threatening ", "non-life threatening ", "non life-threatening ", "life-threatening ", "life threatening ",
            "minor ", "serious ", "critical ", "severe ", "single ", "superficial ", "graze ", "non-fatal ", "nonfatal ", "possible "];
        string[] woundNouns = ["gunshot wound", "wound", "injury", "bullet wound", "graze wound", "gunshot injury", "stab wound"];
        T(W, TriggerUse.After, string.Join('|',
            from v in hurtVerbs from k in woundKinds from noun in woundNouns
            let phrase = k + noun
            select $"{v} {("aeiou".Contains(phrase[0], StringComparison.Ordinal) ? "an" : "a")} {phrase}"));
        T(K, TriggerUse.After, string.Join('|',
            from v in hurtVerbs from noun in (string[])["a fatal gunshot wound", "fatal gunshot wounds", "a fatal wound", "fatal wounds", "fatal injuries", "a fatal injury", "fatal stab wounds", "a fatal stab wound"]
            select $"{v} {noun}"));

        // Taken to hospital after a shooting: "a 19-year-old man was taken to a hospital", "three other victims showed up at the
        // hospital", "the boy was rushed to a local hospital with a gunshot wound". Read like "shot": wounded, unless the clause goes
        // on to a death ("was taken to the hospital, where he died").
        string[] toHospital = ["taken to", "rushed to", "transported to", "driven to", "brought to", "airlifted to", "flown to", "conveyed to", "carried to",
            "showed up at", "arrived at", "walked into", "went to", "admitted to"];
        string[] hospitalDeterminers = ["the", "a", "an area", "a local", "a nearby", "an area", "area", "local", "nearby", "the local", "a hospital"];
        T(W, TriggerUse.After | TriggerUse.Shot, string.Join('|',
            (from v in toHospital from d in hospitalDeterminers where d != "a hospital" from noun in (string[])["hospital", "hospitals"] select $"{v} {d} {noun}")
            .Concat(from v in toHospital select $"{v} hospital")));

        // A wounded person's hospital condition: "a 21-year-old woman was in critical condition", "the boy is listed in stable condition";
        // one person only ("two were listed in critical condition" picks out some of the wounded).
        T(W, TriggerUse.After | TriggerUse.OnePersonOnly, string.Join('|',
            from c in (string[])["critical", "serious", "stable", "fair", "good", "grave", "guarded", "satisfactory", "extremely critical", "very critical", "life-threatening",
                "critical but stable", "serious but stable", "stable but critical", "stable but serious"]
            select $"in {c} condition"));

        T(W, BeforeAfterTransitive, "grazed");
        T(W, TriggerUse.Before, "grazing");

        T(CasualtyMeasure.Casualties, TriggerUse.After, "casualties");
        T(CasualtyMeasure.Missing, TriggerUse.After, "missing|unaccounted for|disappeared");
        T(CasualtyMeasure.Abducted, BeforeAfterTransitive, "kidnapped|abducted|taken hostage|held hostage|taken captive|seized as hostages");
        T(CasualtyMeasure.Abducted, TriggerUse.Before, "kidnapping|abducting");
        T(CasualtyMeasure.Abducted, TriggerUse.After, "hostages");

        // Bodies: only with "bodies" as the counted noun.
        T(K, TriggerUse.Before | TriggerUse.After | TriggerUse.BodiesOnly, "found|recovered|discovered|retrieved|pulled|unearthed|exhumed");

        foreach (IGrouping<string, TriggerPhrase> group in phrases.GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase))
        {
            Get(w, group.Key).Triggers = [.. group.OrderByDescending(p => p.Words.Length)];
        }
    }
}
