using System.Buffers;
using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Extraction.Lexicon;

/// <summary>The English trigger words and phrases for each <see cref="IncidentType"/>, and the metaphors that block them.</summary>
/// <remarks>
/// Every pattern matches only the words that name the incident; context that decides (the "heart" in "heart attack",
/// the "dead" in "shot dead") sits in look-arounds or in a longer trigger, so overlap resolution in
/// <see cref="IncidentTypeRecognizer"/> can pick the longest, most specific phrase. Documented in docs/taxonomy.md.
/// </remarks>
internal static partial class IncidentTriggers
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>One trigger rule: a pattern, the type its matches name, and word stems one of which every match contains (a cheap pre-filter).</summary>
    internal readonly record struct Rule(Regex Pattern, IncidentType Type, string[] Stems);

    /// <summary>Gets the rules, most specific types first (the order breaks ties between equally long overlapping matches).</summary>
    internal static readonly Rule[] Rules =
    [
        new(SuicideBombing(), IncidentType.SuicideBombing, Stems("suicide", "svbied", "blew", "detonated", "explosive")),
        new(CarBombing(), IncidentType.CarBombing, Stems("bomb", "vehicle", "vbied", "booby", "laden", "packed", "rigged")),
        new(AirStrike(), IncidentType.AirStrike, Stems("air", "aerial", "bomb", "drone", "barrel", "plane", "jet", "aircraft", "helicopter", "gunship", "strike")),
        new(Shelling(), IncidentType.Shelling, Stems("shell", "mortar", "artiller", "rocket", "fir", "missile", "bombard", "grad", "katyusha")),
        new(Shooting(), IncidentType.Shooting, Stems("shoot", "shot", "gun", "fir", "sniper", "drive", "machine")),
        new(Stabbing(), IncidentType.Stabbing, Stems("stab", "knife", "machete", "axe", "sword", "hacked")),
        new(Execution(), IncidentType.Execution, Stems("execut", "behead", "massacr", "decapitat", "firing")),
        new(Abduction(), IncidentType.Abduction, Stems("kidnap", "abduct", "hostage")),
        new(Arson(), IncidentType.Arson, Stems("arson", "fire", "torch", "petrol", "molotov", "ablaze", "alight")),
        new(ArmedClash(), IncidentType.ArmedClash, Stems("clash", "fight", "battl", "skirmish", "exchang")),
        new(Bombing(), IncidentType.Bombing, Stems("bomb", "explosi", "blast", "ied", "mine", "grenade")),
        new(Earthquake(), IncidentType.Earthquake, Stems("quake", "tremor", "aftershock")),
        new(Flood(), IncidentType.Flood, Stems("flood")),
        new(Storm(), IncidentType.Storm, Stems("hurricane", "cyclone", "typhoon", "tornado", "twister", "blizzard", "storm")),
        new(Landslide(), IncidentType.Landslide, Stems("slide", "avalanche")),
        new(Crash(), IncidentType.Crash, Stems("crash", "collision", "collided", "derail", "down", "capsiz", "aground", "run", "struck", "hit", "mowed")),
        new(Stampede(), IncidentType.Stampede, Stems("stampede", "crush", "trampled")),
        new(Collapse(), IncidentType.Collapse, Stems("collaps", "caved", "gave")),
        new(Fire(), IncidentType.Fire, Stems("fire", "blaze", "inferno", "engulfed", "burn")),
        new(Attack(), IncidentType.Attack, Stems("attack", "assault", "raid", "offensive", "incursion", "ambush", "storm", "onslaught", "murder", "homicid", "slay", "slain", "killing")),
    ];

    [ThreadStatic]
    private static List<(int Index, int Length)>? t_matches;

    /// <summary>Every stem of every rule, for one pass over a sentence (<see cref="RulesWithStems"/>).</summary>
    private static readonly string[] AllStems = [.. Rules.SelectMany(r => r.Stems).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    private static readonly SearchValues<string> AnyStem = SearchValues.Create(AllStems, StringComparison.OrdinalIgnoreCase);

    /// <summary>For each stem of <see cref="AllStems"/>, the bit set of the rules (by index in <see cref="Rules"/>) that list it.</summary>
    private static readonly uint[] StemRules = BuildStemRules();

    /// <summary>
    /// Returns the bit set of the rules (bit r for <see cref="Rules"/>[r]) one of whose stems occurs in <paramref name="s"/>: the same
    /// test as "one of the rule's stems occurs in the sentence, ignoring case" for each rule, in one pass over the sentence.
    /// </summary>
    internal static uint RulesWithStems(ReadOnlySpan<char> s)
    {
        if (s.ContainsAny(AnchoredScan.CaseOddities))
        {
            return RulesWithStemsSlow(s); // "ı" and "ſ" equal "I" and "S" ignoring case: the general search handles them
        }

        // Every stem is ASCII letters, at least MinStemLength long: look up the stems starting with each pair of letters.
        uint rules = 0;
        int[]?[] byPair = StemsByPair;
        for (int p = 0; p + MinStemLength <= s.Length; p++)
        {
            int a = (s[p] | 0x20) - 'a';
            int b = (s[p + 1] | 0x20) - 'a';
            if ((uint)a >= 26 || (uint)b >= 26 || byPair[(a * 26) + b] is not { } stems)
            {
                continue;
            }

            ReadOnlySpan<char> rest = s[p..];
            foreach (int i in stems)
            {
                if (rest.StartsWith(AllStems[i], StringComparison.OrdinalIgnoreCase))
                {
                    rules |= StemRules[i];
                }
            }
        }

        return rules;
    }

    /// <summary>The general form of <see cref="RulesWithStems"/>, for text with case oddities.</summary>
    private static uint RulesWithStemsSlow(ReadOnlySpan<char> s)
    {
        uint rules = 0;
        int pos = 0;
        while (pos < s.Length)
        {
            int k = s[pos..].IndexOfAny(AnyStem);
            if (k < 0)
            {
                break;
            }

            pos += k;
            ReadOnlySpan<char> rest = s[pos..];
            foreach (int i in AllStemIndexes)
            {
                if (rest.StartsWith(AllStems[i], StringComparison.OrdinalIgnoreCase))
                {
                    rules |= StemRules[i];
                }
            }

            pos++;
        }

        return rules;
    }

    /// <summary>The length of the shortest stem.</summary>
    private static readonly int MinStemLength = AllStems.Min(static x => x.Length);

    /// <summary>For each pair of ASCII letters (lower case, 26 * first + second), the indexes in <see cref="AllStems"/> of the stems starting with it.</summary>
    private static readonly int[]?[] StemsByPair = BuildStemsByPair();

    private static int[]?[] BuildStemsByPair()
    {
        if (AllStems.Any(static x => x.Length < 2 || !x.All(char.IsAsciiLetter)))
        {
            throw new InvalidOperationException("Stems must be ASCII letters, at least two.");
        }

        var pairs = new int[]?[26 * 26];
        for (int i = 0; i < AllStems.Length; i++)
        {
            int key = ((AllStems[i][0] | 0x20) - 'a') * 26 + ((AllStems[i][1] | 0x20) - 'a');
            pairs[key] = [.. pairs[key] ?? [], i];
        }

        return pairs;
    }

    /// <summary>Every index in <see cref="AllStems"/>: for a match starting with a letter outside ASCII that ignore-case still equates with one.</summary>
    private static readonly int[] AllStemIndexes = [.. Enumerable.Range(0, AllStems.Length)];

    private static uint[] BuildStemRules()
    {
        if (Rules.Length > 32)
        {
            throw new InvalidOperationException("Rule bit sets hold at most 32 rules.");
        }

        var bits = new uint[AllStems.Length];
        for (int r = 0; r < Rules.Length; r++)
        {
            foreach (string stem in Rules[r].Stems)
            {
                for (int i = 0; i < AllStems.Length; i++)
                {
                    if (string.Equals(AllStems[i], stem, StringComparison.OrdinalIgnoreCase))
                    {
                        bits[i] |= 1u << r;
                    }
                }
            }
        }

        return bits;
    }

    private static string[] Stems(params string[] stems) => stems;

    /// <summary>
    /// The words every alternative of <see cref="BlockerPattern"/> starts with (a superset: "cyber" for "cyberattack"); a blocker
    /// match can only begin where one of them begins, so <see cref="FindBlocked"/> tries the anchored pattern only there.
    /// </summary>
    private static readonly SearchValues<string> BlockerStarts = SearchValues.Create(
        ["cease", "fire", "strike", "attack", "cyber", "assault", "raid", "offensive", "bomb", "blast", "explosion", "shot", "shoot", "stab",
         "battl", "fighting", "clash", "execut", "flood", "storm", "earthquake", "quake", "tremor", "landslide", "crash"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Words used as metaphors or in non-incident senses; a trigger overlapping a match is dropped.</summary>
    private const string BlockerPattern =
        // fire: ceasefire, under fire, line of fire, drew fire (criticism), hold fire, friendly fire, fire and fury,
        // playing with fire, and the compounds in which "fire" names a service, not a fire.
        @"\bcease[-\s]?fires?\b" +
        @"|\bfire\b(?<=\b(?:under|of|drew|draw|draws|drawing|hold|holds|held|holding|friendly|with|cross|rapid|quick)[-\s]+fire)" +
        @"|\bfire(?=\s+(?:and\s+fury|departments?|dept\b|fighters?|brigades?|chiefs?|stations?|crews?|officials?|marshals?|trucks?|engines?|services?|alarms?|extinguishers?|hydrants?|escapes?|exits?|safety|codes?|doors?|rescue|captains?|inspectors?|sales?|drills?|insurance|season|ants?|hazards?|risk|danger|warnings?|ban))" +
        @"|\bfire(?=\s+(?:him|her|them|me|you|us|the\s+(?:coach|manager|director|chief|ceo|employee|staff|workers?))\b)" +
        // strike: labour strikes and strike action are not air strikes.
        @"|\bstrikes?\b(?<=\b(?:general|hunger|labou?r|workers['’]?|teachers['’]?|nurses['’]?|doctors['’]?|rail|transport|national|nationwide|postal|indefinite|wildcat|sit-down|students?['’]?|miners['’]?|union|on)\s+strikes?)|\bstrikes?(?=\s+(?:action|ballot|pay)\b)" +
        // attack: medical, animal, cyber and verbal attacks.
        @"|attacks?\b(?<=\b(?:heart|panic|asthma|anxiety|cyber|verbal|personal|political|rhetorical|shark|dog|bear|snake|animal|ransomware|hacker|phishing|DDoS|denial[-\s]of[-\s]service|malware|bee|wasp)[-\s]?attacks?)" +
        @"|\bcyberattacks?\b|\battack(?=\s+(?:ads?|dogs?|helicopters?|submarines?|surface|vector)\b)" +
        // assault: weapons, sexual assault (outside this taxonomy), charges.
        @"|\bassault(?=\s+(?:rifles?|weapons?|charges?|course|vehicles?)\b)|\bassault(?:s|ed)?\b(?<=\b(?:sexual(?:ly)?|indecent|aggravated|simple|domestic)\s+assault(?:s|ed)?)" +
        // raid: police, immigration and drug raids are law enforcement.
        @"|\braids?\b(?<=\b(?:police|FBI|immigration|ICE|dawn|drug|DEA|SWAT|tax)\s+raids?)|\braid(?:ed|ing)?(?=\s+(?:the\s+)?(?:fridge|refrigerator|pension|piggy\s+bank|wardrobe|closet))" +
        // offensive as an adjective.
        @"|\boffensive\b(?<=\b(?:deeply|highly|very|so|extremely|most|more|less|grossly|racially|is|was|be|are|were|found\s+it|as|charm|diplomatic|too)\s+offensive)" +
        @"|\boffensive(?=\s+(?:remarks?|comments?|language|words?|content|material|jokes?|tweets?|posts?|behaviou?r|slurs?|terms?|messages?|line(?:man|men)?|coordinator|players?|rebounds?|tackles?|ends?|guards?|images?|statements?|gestures?|names?|chants?|songs?|to)\b)" +
        // bomb: threats, scares, squads, nuclear weapons.
        @"|\bbomb(?=[-\s]+(?:threats?|scares?|squads?|hoax(?:es)?|sniffing|disposal|shelters?|technicians?|detect\w*|unit)\b)|bombs?\b(?<=\b(?:nuclear|atomic|hydrogen|H|photo|sex|box[-\s]office|calorie|time|stink|bath|cherry)[-\s]?bombs?)" +
        @"|\b(?:bomber|bombers)(?=\s+jackets?\b)" +
        // blast and explosion as metaphors.
        @"|\bblast\b(?<=\b(?:had|have|having|has)\s+a\s+blast)|\bblast(?=\s+(?:from\s+the\s+past|furnaces?|off)\b)|\bblast\b(?<=\bfull\s+blast)" +
        @"|\bexplosion\b(?<=\b(?:population|data|information|price|baby|cost)\s+explosion)|\bexplosion(?=\s+(?:of|in)\s+(?:interest|growth|popularity|demand|prices|sales|creativity|colou?r)\b)" +
        // shot: a shot at the title, photo shot, flu shot, big shot, shot of whisky, shot a film.
        @"|\bshots?\b(?<=\b(?:a|another|one|more|his|her|their|its|best|good|fair|real|first|only|final|big|long|parting|cheap|mug|flu|booster|vaccine|vaccination|photo|screen|slap|moon|jump|drop|tee|trick|hot|group|pot|chip|camera|insulin|tetanus|penalty)[-\s]+shots?)(?!\s+(?:dead|and\s+killed|rang|fired|to\s+death|in\s+the\s+(?:head|chest|back|leg|arm|neck|stomach|abdomen)))" +
        @"|\bshots?(?=\s+(?:of\s+(?:whisk(?:e)?y|vodka|tequila|espresso|rum|gin|the)|glass(?:es)?|put|clock|list|caller|on\s+goal)\b)" +
        @"|\bshot(?=\s+(?:a|the|an|his|her|their)\s+(?:film|movie|video|scene|photo|picture|footage|documentary|commercial|ad|episode|pilot|music)\b)" +
        @"|\bshot(?=\s+(?:to|into)\s+(?:fame|prominence|the\s+top|number|stardom)\b)|\bshots\b(?<=\bcall(?:s|ed|ing)?\s+the\s+shots)" +
        @"|\bshooting(?=\s+(?:(?:a|the|an|his|her|their)\s+)?(?:film|movie|video|scenes?|photos?|pictures?|footage|documentary|commercial|hoops|the\s+breeze|stars?|guard|range|gallery|percentage|season|schedule|location)\b)" +
        @"|\bshooters?\b(?<=\b(?:first[-\s]person|three[-\s]point|sharp|straight|trouble)[-\s]+shooters?)" +
        // stab: a stab at, stabbed in the back.
        @"|\bstab\b(?<=\ba\s+stab)|\bstab(?:bed|bing)?(?=\s+(?:him|her|them|me)?\s*in\s+the\s+back\b)" +
        // battle, fighting and clash as metaphors.
        @"|\bbattles?\b(?<=\b(?:legal|court|courtroom|custody|political|uphill|electoral|budget|bidding|PR|ratings|turf|ideological|election|lawsuit|patent|copyright|trademark|boardroom|takeover|inner)\s+battles?)" +
        @"|\bbattl(?:e|es|ed|ing)(?=\s+(?:with\s+|against\s+)?(?:(?:his|her|their|a|the)\s+)?(?:cancer|illness|disease|addiction|depression|leukemia|obesity|blaze|fire|flames|bulge|virus|flames|blazes|fires|wildfires?|covid|elements|injur(?:y|ies)|bands|sexes|wits|traffic)\b)" +
        @"|\bbattle\s+(?:of\s+the\s+(?:bands|sexes|wits|bulge))\b" +
        @"|\bfighting(?=\s+(?:for\s+(?:his|her|their)\s+lives?|for\s+(?:his|her|their)\s+life|cancer|fires?|the\s+(?:blaze|fire|flames|virus|disease)|the\s+flames|crime|corruption|poverty|chance|spirit|back\s+tears|fit|words|talk|fund|irish)\b)" +
        @"|\bclash(?:es|ed)?(?=\s+(?:of|over)\s+(?:cultures?|personalities|views|ideas|styles|civili[sz]ations|egos|titans|interests)\b)" +
        // execute a plan or a warrant.
        @"|\bexecut(?:ed|ing|ion|ions)(?=\s+(?:of\s+)?(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:search\s+)?(?:warrants?|plans?|orders?|strateg(?:y|ies)|trades?|contracts?|deals?|transactions?|programs?|programmes?|plays?|moves?|tasks?|commands?|queries|query|code|scripts?|will|duties|agreements?|documents?|policy|policies|vision|game\s+plan)\b)" +
        @"|\bexecution(?=[-\s]style\b)" +
        // flood, storm, quake, landslide, crash, collapse as metaphors.
        @"|\bflood(?<=\ba\s+flood)(?=\s+of\b)|\bflood(?:ed|s|ing)?(?=\s+with\s+(?!water|mud|sewage|rain|seawater)\w)" +
        @"|\bstorms?(?=\s+of\s+(?!rain|hail|snow|wind|sand|dust)\w)|\bstorms?\b(?<=\b(?:political|media|diplomatic|twitter|perfect|Desert|social\s+media|PR|public\s+relations)\s+storms?)" +
        @"|\b(?:earthquake|quake|tremors?)\b(?<=\b(?:political|electoral|financial|cultural|diplomatic)\s+(?:earthquake|quake|tremors?))|\btremors?(?=\s+(?:in|of)\s+(?:his|her|their|the)\s+(?:hands?|voice|body|arms?|legs?|fingers?)\b)" +
        @"|\blandslides?(?=\s+(?:victory|victories|win|wins|defeat|election|majority|re-?election|vote|mandate|margin)\b)|\blandslide\b(?<=\b(?:by|in|won)\s+a\s+landslide)" +
        @"|\bcrash(?:es|ed)?\b(?<=\b(?:stock\s+market|market|stock|price|prices|currency|share|housing|financial|economic|server|system|computer|website|app|software|oil[-\s]price|crypto|bitcoin|sugar)\s+crash(?:es|ed)?)" +
        @"|\bcrash(?=\s+(?:course|diet|pad|test|helmets?)\b)|\bcrash(?:ed|ing)?(?=\s+(?:the|a)\s+(?:party|wedding|market)\b)";

    /// <summary>Adds the spans (offset by <paramref name="offset"/>) of the metaphor blockers in <paramref name="s"/>: the same matches as
    /// <see cref="Blockers"/> enumerates, found by trying the anchored pattern only where a blocker word starts; with a
    /// <paramref name="limit"/> (in <paramref name="s"/>), only the matches starting before it.</summary>
    internal static void FindBlocked(ReadOnlySpan<char> s, int offset, List<TextSpan> blocked, int limit = int.MaxValue)
    {
        List<(int Index, int Length)> matches = t_matches ??= [];
        matches.Clear();
        AnchoredScan.FindAll(s, BlockerStarts, AnchoredBlockers(), Blockers(), matches, limit);
        foreach ((int index, int length) in matches)
        {
            blocked.Add(new TextSpan(offset + index, offset + index + length));
        }
    }

    /// <summary>Words used as metaphors or in non-incident senses (<see cref="BlockerPattern"/>); a trigger overlapping a match is dropped.</summary>
    [GeneratedRegex(BlockerPattern, Options)]
    internal static partial Regex Blockers();

    /// <summary><see cref="BlockerPattern"/> anchored at the start position.</summary>
    [GeneratedRegex(@"\G(?:" + BlockerPattern + ")", Options)]
    private static partial Regex AnchoredBlockers();

    [GeneratedRegex(
        @"\bsuicide[-\s]+(?:(?:car|truck|lorry|vehicle)[-\s]+)?(?:bomb(?:s|ings?|ers?)?|attacks?|attackers?|blasts?|explosions?|vests?|belts?|operations?|missions?)\b" +
        @"|(?-i:\bSVBIEDs?\b)|\bblew\s+(?:him|her|them)sel(?:f|ves)\s+up\b" +
        @"|\bdetonated\s+(?:his|her|their|an?)\s+(?:suicide\s+|explosive\s+)?(?:vests?|belts?)\b|\bexplosive\s+(?:vests?|belts?)\b", Options)]
    private static partial Regex SuicideBombing();

    [GeneratedRegex(
        @"\b(?:car|truck|lorry|vehicle|motorcycle|motorbike|van|bus|tanker)[-\s]?bomb(?:s|ings?|ers?|ed)?\b" +
        @"|\bvehicle[-\s]borne(?:\s+(?:improvised\s+)?explosive\s+devices?)?\b|(?-i:\bVBIEDs?\b)" +
        @"|\b(?:booby[-\s]trapped|bomb[-\s]laden|explosives?[-\s](?:laden|packed)|rigged)\s+(?:car|truck|lorry|vehicle|van|motorcycle|motorbike|tanker)s?\b", Options)]
    private static partial Regex CarBombing();

    [GeneratedRegex(
        @"\bair[-\s]?(?:strikes?|raids?|attacks?|bombardments?|campaign)\b|\baerial\s+(?:bombardments?|bombings?|attacks?|strikes?|assaults?)\b" +
        @"|\bbomb(?:ed|ing|ings)\s+(?:from\s+the\s+air|raids?)\b|\bdrone[-\s]+(?:strikes?|attacks?)\b|\bbarrel[-\s]+bomb(?:s|ings?|ed)?\b" +
        @"|\b(?:war[-\s]?planes?|fighter[-\s]+jets?|jets|aircraft|planes|helicopters|drones)\s+(?:\w+\s+){0,2}?(?:bombed|struck|hit|targeted|pounded|attacked|strafed)\b" +
        @"|\bwar[-\s]?planes?\b|\bfighter[-\s]+(?:jets?|planes?|bombers?)\b|\b(?:helicopter\s+)?gunships?\b" +
        @"|\b(?:carried\s+out|carrying\s+out|carries\s+out|launched|launching|launches|conducted|conducting)\s+(?:(?:a|an|the|several|multiple|new|more|further|dozens\s+of|hundreds\s+of)\s+)?(?:\w+\s+)?strikes?\b" +
        @"|\bstrikes?(?<=\b(?:the|a|this|that|latest|deadly|overnight)\s+strikes?)(?=\s+(?:on|against|in|hit|hits|killed|kills|targeted|was|were|that|which|near|struck)\b)", Options)]
    private static partial Regex AirStrike();

    [GeneratedRegex(
        @"\bshell(?:ing|ings|ed)\b(?!\s+out\b)|\b(?:artillery|mortar|tank)\s+(?:shells?|fire|rounds?|attacks?|strikes?|barrages?|bombardments?)\b" +
        @"|\bmortars?\b|\bartillery\b|\brocket(?:s|\s+(?:fire|attacks?|strikes?|barrages?|launchers?)|[-\s]propelled\s+grenades?)\b" +
        @"|\bfir(?:e|ed|es|ing)\s+(?:(?:a|an|the|one|two|three|four|five|six|several|multiple|more|his|her|their|its|\d+|about|at\s+least|warning|single|fatal|deadly|lethal)\s+){0,3}?(?:rockets?|missiles?|mortars?|shells?|artillery)\b" +
        @"|\bmissiles?(?:\s+(?:strikes?|attacks?))?\b(?!\s+(?:tests?|testing|programs?|programmes?|defen[cs]es?|systems?|shields?|launch\s+tests?)\b)" +
        @"|\b(?:shells|rockets|missiles)\s+(?:fell|landed|hit|struck|slammed)\b|\bbombardments?\b|(?-i:\b(?:Grad|Katyusha)\b)", Options)]
    private static partial Regex Shelling();

    [GeneratedRegex(
        @"\bshoot(?:ings?|outs?|[-\s]outs?)\b|\bshot\s+(?:dead|and\s+killed|to\s+death|and\s+wounded|and\s+injured)\b" +
        @"|\b(?:fatally|critically|seriously|mortally)\s+shot\b|\bshot\b|\bshots\s+(?:fired|rang\s+out)\b|\bshots\b" +
        @"|\bgun(?:fire|shots?|man|men)\b|\bopen(?:ed|s|ing)?\s+fire\b|\breturn(?:ed|ing|s)?\s+fire\b|\bsniper(?:\s+fire|s)?\b" +
        @"|\bdrive[-\s]by(?:\s+shootings?)?\b|\bgunned\s+down\b|\bshooters?\b|\bmachine[-\s]?gunn?(?:ed|\s+fire)\b" +
        @"|\bfir(?:e|ed|es|ing)\s+(?:(?:a|an|the|one|two|three|four|five|six|several|multiple|more|his|her|their|its|\d+|about|at\s+least|warning|single|fatal|deadly|lethal)\s+){0,3}?(?:shots?|rounds?|bullets?|gun|weapon|rifle|pistol|handgun|shotgun)\b" +
        @"|\bfir(?:ed|es|ing)\s+(?:shots\s+)?(?:at|on|into|toward|towards)\b", Options)]
    private static partial Regex Shooting();

    [GeneratedRegex(
        @"\bstab(?:bing|bings|bed|s)?\b|\b(?:knife|machete|axe|sword)[-\s]?(?:attacks?|wielding|m[ae]n)\b|\bknifed\b|\bhacked\s+to\s+death\b", Options)]
    private static partial Regex Stabbing();

    [GeneratedRegex(
        @"\bexecut(?:ed|ions?|ing)\b|\bbehead(?:ed|ing|ings)?\b|\bmassacr(?:e|es|ed)\b|\bdecapitated\b|\bfiring\s+squads?\b", Options)]
    private static partial Regex Execution();

    [GeneratedRegex(
        @"\bkidnap(?:p?ed|p?ings?|s|pers?)?\b|\babduct(?:ed|ions?|ing|s)?\b|\btaken\s+hostages?\b|\bhostage[-\s]taking\b|\bheld\s+hostages?\b" +
        @"|\b(?:took|seized|taking|take)\s+(?:\w+\s+){0,3}?hostages?\b", Options)]
    private static partial Regex Abduction();

    [GeneratedRegex(
        @"\barson(?:ists?)?\b|\bset\s+fire\b|\bsetting\s+fire\b|\bset\s+(?:\w+\s+){1,3}?(?:on\s+fire|ablaze|alight)\b|\btorch(?:ed|ing)\b" +
        @"|\bfire[-\s]?bomb(?:s|ed|ings?)?\b|\bpetrol[-\s]bombs?\b|\bmolotov\s+cocktails?\b", Options)]
    private static partial Regex Arson();

    [GeneratedRegex(
        @"\bclash(?:es|ed|ing)?\b|\bfighting\b|\bgun[-\s]?battles?\b|\bbattl(?:e|es|ed|ing)\b|\bfire[-\s]?fights?\b|\bskirmish(?:es)?\b" +
        @"|\bexchang(?:e|es|ed|ing)\s+(?:of\s+)?(?:gun)?fire\b", Options)]
    private static partial Regex ArmedClash();

    [GeneratedRegex(
        @"\b(?:roadside|road-side|nail|pipe|parcel|letter|mail|remote[-\s]controlled|sticky|magnetic)\s+bombs?\b|\bbomb(?:s|ings?|ers?|ed)?\b" +
        @"|\bexplosions?\b|\bblasts?\b|(?-i:\bIEDs?\b)|\bimprovised\s+explosive(?:\s+devices?)?\b|\bexplosive\s+devices?\b" +
        @"|\b(?:land[-\s]?mines?|grenades?)\b", Options)]
    private static partial Regex Bombing();

    [GeneratedRegex(@"\b(?:earth)?quakes?\b|\btremors?\b|\baftershocks?\b", Options)]
    private static partial Regex Earthquake();

    [GeneratedRegex(@"\bflash[-\s]?floods?(?:ing)?\b|\bfloods?\b|\bflooding\b|\bflooded\b|\bfloodwaters?\b", Options)]
    private static partial Regex Flood();

    [GeneratedRegex(
        @"\b(?:hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|twisters?|blizzards?)\b" +
        @"|\b(?:snow|hail|sand|dust|thunder|rain|wind)?storms?\b", Options)]
    private static partial Regex Storm();

    [GeneratedRegex(@"\b(?:land|mud|rock)[-\s]?slides?\b|\bavalanches?\b", Options)]
    private static partial Regex Landslide();

    [GeneratedRegex(
        @"\bcrash(?:es|ed|ing)?\b|\bcollisions?\b|\bcollided\b" +
        @"|\bderail(?:ed|ments?)\b|\b(?:plane|aircraft|airliner|jet|helicopter|chopper)\s+(?:went|came)\s+down\b|\bcapsiz(?:ed|ing)\b|\bran\s+aground\b" +
        @"|\bhit\s*-?\s*(?:and|&)\s*-?\s*run\b|\b(?:struck|hit|run\s+over|mowed\s+down)\s+by\s+an?\s+(?:\w+\s+){0,2}(?:car|vehicle|truck|van|suv|bus|train|motorist|driver)\b", Options)]
    private static partial Regex Crash();

    [GeneratedRegex(
        @"\bstampedes?\b|\b(?:crowd|human|deadly|fatal)\s+crush(?:es)?\b|\bcrush\s+of\s+(?:people|crowds?|pilgrims|fans|spectators|worshipp?ers|shoppers)\b|\btrampled\b", Options)]
    private static partial Regex Stampede();

    [GeneratedRegex(
        @"\b(?:collaps(?:ed|es|ing)|caved\s+in|gave\s+way)\b(?<=\b(?:building|bridge|roof|wall|mine|dam|tunnel|house|home|stand|stage|tower|ceiling|structure|block|school|factory|hotel|floor|scaffolding|crane|mall|mosque|church|temple|stadium|apartment|flyover|overpass|walkway|balcony|shaft)s?\b(?:\s+\w+){0,3}?\s+(?:collaps(?:ed|es|ing)|caved\s+in|gave\s+way))" +
        @"|\bcollaps(?:e|es|ed|ing)\s+(?:of\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:building|bridge|roof|wall|mine|dam|tunnel|house|home|stand|stage|tower|ceiling|structure|school|factory|hotel|floor|scaffolding|crane|mall|mosque|church|temple|stadium|apartment|flyover|overpass|walkway|balcony|shaft)s?\b", Options)]
    private static partial Regex Collapse();

    [GeneratedRegex(
        @"\b(?:wild|bush|brush)?fires?\b|\bblaze[sd]?\b(?!\s+(?:a|the)\s+trail)|\binfernos?\b|\bcaught\s+fire\b" +
        @"|\bengulfed\s+(?:in|by)\s+(?:flames|fire)\b|\bburn(?:ed|t)\s+(?:down|to\s+the\s+ground)\b", Options)]
    private static partial Regex Fire();

    [GeneratedRegex(
        @"\battack(?:s|ed|ing)?\b|\bassault(?:s|ed|ing)?\b|\braid(?:s|ed|ing)?\b|\boffensives?\b|\bincursions?\b|\bambush(?:es|ed)?\b" +
        @"|\bstorm(?:ed|ing)\b|\bonslaught\b" +
        // Killings whose means is not said: murder, homicide, slaying ("charged in the 1967 slayings", "a double homicide").
        @"|\bmurder(?:s|ed)?\b|\bhomicides?\b|\bslayings?\b|\bslain\b|\bkillings\b|\bkilling\b(?<=\b(?:the|a|double|triple)\s+killing)", Options)]
    private static partial Regex Attack();
}
