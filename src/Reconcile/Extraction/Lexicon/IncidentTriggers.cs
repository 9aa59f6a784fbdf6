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

        // Every stem is ASCII letters: one pass of the stems' automaton over the sentence, each character one table step.
        uint rules = 0;
        (ushort[] next, uint[] output) = StemAutomaton;
        int state = 0;
        foreach (char c in s)
        {
            uint letter = (uint)((c | 0x20) - 'a');
            state = next[(state * StemClasses) + (int)Math.Min(letter, 26u)];
            rules |= output[state];
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

    /// <summary>Character classes of the stem automaton: the 26 ASCII letters (either case), then everything else.</summary>
    private const int StemClasses = 27;

    /// <summary>
    /// The stem automaton: transitions (Aho-Corasick, failure links folded in) at state * <see cref="StemClasses"/> + class, and for each
    /// state the rules of every stem that ends there (its own and its suffixes').
    /// </summary>
    private static readonly (ushort[] Next, uint[] Output) StemAutomaton = BuildStemAutomaton();

    /// <summary>
    /// Builds an Aho-Corasick automaton over <see cref="AllStems"/> (lower-cased ASCII letters): reading a text one character at a time,
    /// the state's output holds the rules of every stem that ends at that character, so one pass finds every stem occurrence.
    /// </summary>
    private static (ushort[] Next, uint[] Output) BuildStemAutomaton()
    {
        if (AllStems.Any(static x => x.Length == 0 || !x.All(char.IsAsciiLetter)))
        {
            throw new InvalidOperationException("Stems must be ASCII letters.");
        }

        // The trie of the stems.
        var children = new List<int[]> { NewNode() };
        var output = new List<uint> { 0 };
        for (int i = 0; i < AllStems.Length; i++)
        {
            int node = 0;
            foreach (char c in AllStems[i])
            {
                int k = (c | 0x20) - 'a';
                if (children[node][k] < 0)
                {
                    children[node][k] = children.Count;
                    children.Add(NewNode());
                    output.Add(0);
                }

                node = children[node][k];
            }

            output[node] |= StemRules[i];
        }

        if (children.Count > ushort.MaxValue)
        {
            throw new InvalidOperationException("Too many stem states.");
        }

        // Breadth first: each state's failure link is the longest proper suffix that is a trie state; missing transitions follow it.
        var next = new ushort[children.Count * StemClasses];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            for (int k = 0; k < StemClasses; k++)
            {
                int child = k < 26 ? children[state][k] : -1;
                if (child < 0)
                {
                    next[(state * StemClasses) + k] = state == 0 ? (ushort)0 : next[(fail[state] * StemClasses) + k];
                    continue;
                }

                fail[child] = state == 0 ? 0 : next[(fail[state] * StemClasses) + k];
                output[child] |= output[fail[child]];
                next[(state * StemClasses) + k] = (ushort)child;
                queue.Enqueue(child);
            }
        }

        return (next, [.. output]);

        static int[] NewNode()
        {
            var node = new int[26];
            Array.Fill(node, -1);
            return node;
        }
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
    /// The words every alternative of <see cref="BlockerPattern"/> starts with (a superset: "cyber" for "cyberattack"), each with the
    /// anchored pattern of the alternatives that start with it; a blocker match can only begin where one of them begins, so
    /// <see cref="FindBlocked"/> tries only that word's group there (a few alternatives instead of the whole alternation).
    /// </summary>
    private static readonly AnchoredScan.StartTable BlockerStarts = new(
        [("cease", AnchoredCeaseBlockers()), ("fire", AnchoredFireBlockers()), ("strike", AnchoredStrikeBlockers()),
         ("attack", AnchoredAttackBlockers()), ("cyber", AnchoredCyberBlockers()), ("assault", AnchoredAssaultBlockers()),
         ("raid", AnchoredRaidBlockers()), ("offensive", AnchoredOffensiveBlockers()), ("bomb", AnchoredBombBlockers()),
         ("blast", AnchoredBlastBlockers()), ("explosion", AnchoredExplosionBlockers()), ("shot", AnchoredShotBlockers()),
         ("shoot", AnchoredShootBlockers()), ("stab", AnchoredStabBlockers()), ("battl", AnchoredBattleBlockers()),
         ("fighting", AnchoredFightingBlockers()), ("clash", AnchoredClashBlockers()), ("execut", AnchoredExecuteBlockers()),
         ("flood", AnchoredFloodBlockers()), ("storm", AnchoredStormBlockers()), ("earthquake", AnchoredQuakeBlockers()),
         ("quake", AnchoredQuakeBlockers()), ("tremor", AnchoredQuakeBlockers()), ("landslide", AnchoredLandslideBlockers()),
         ("crash", AnchoredCrashBlockers())]);

    /// <summary>Blockers starting with "cease": a ceasefire is a truce, not a fire.</summary>
    private const string CeaseBlockers =
        @"\bcease[-\s]?fires?\b";

    /// <summary>Blockers starting with "fire": under fire, line of fire, drew fire (criticism), hold fire, friendly fire, fire and fury, playing with fire, and the compounds in which "fire" names a service, not a fire.</summary>
    private const string FireBlockers =
        @"\bfire\b(?<=\b(?:under|of|drew|draw|draws|drawing|hold|holds|held|holding|friendly|with|cross|rapid|quick)[-\s]+fire)" +
        @"|\bfire(?=\s+(?:and\s+fury|departments?|dept\b|fighters?|brigades?|chiefs?|stations?|crews?|officials?|marshals?|trucks?|engines?|services?|alarms?|extinguishers?|hydrants?|escapes?|exits?|safety|codes?|doors?|rescue|captains?|inspectors?|sales?|drills?|insurance|season|ants?|hazards?|risk|danger|warnings?|ban))" +
        @"|\bfire(?=\s+(?:him|her|them|me|you|us|the\s+(?:coach|manager|director|chief|ceo|employee|staff|workers?))\b)";

    /// <summary>Blockers starting with "strike": labour strikes and strike action are not air strikes.</summary>
    private const string StrikeBlockers =
        @"\bstrikes?\b(?<=\b(?:general|hunger|labou?r|workers['’]?|teachers['’]?|nurses['’]?|doctors['’]?|rail|transport|national|nationwide|postal|indefinite|wildcat|sit-down|students?['’]?|miners['’]?|union|on)\s+strikes?)|\bstrikes?(?=\s+(?:action|ballot|pay)\b)";

    /// <summary>Blockers starting with "attack": medical, animal, cyber and verbal attacks.</summary>
    private const string AttackBlockers =
        @"attacks?\b(?<=\b(?:heart|panic|asthma|anxiety|cyber|verbal|personal|political|rhetorical|shark|dog|bear|snake|animal|ransomware|hacker|phishing|DDoS|denial[-\s]of[-\s]service|malware|bee|wasp)[-\s]?attacks?)" +
        @"|\battack(?=\s+(?:ads?|dogs?|helicopters?|submarines?|surface|vector)\b)";

    /// <summary>Blockers starting with "cyber": cyberattacks.</summary>
    private const string CyberBlockers =
        @"\bcyberattacks?\b";

    /// <summary>Blockers starting with "assault": weapons, sexual assault (outside this taxonomy), charges.</summary>
    private const string AssaultBlockers =
        @"\bassault(?=\s+(?:rifles?|weapons?|charges?|course|vehicles?)\b)|\bassault(?:s|ed)?\b(?<=\b(?:sexual(?:ly)?|indecent|aggravated|simple|domestic)\s+assault(?:s|ed)?)";

    /// <summary>Blockers starting with "raid": police, immigration and drug raids are law enforcement.</summary>
    private const string RaidBlockers =
        @"\braids?\b(?<=\b(?:police|FBI|immigration|ICE|dawn|drug|DEA|SWAT|tax)\s+raids?)|\braid(?:ed|ing)?(?=\s+(?:the\s+)?(?:fridge|refrigerator|pension|piggy\s+bank|wardrobe|closet))";

    /// <summary>Blockers starting with "offensive": offensive as an adjective.</summary>
    private const string OffensiveBlockers =
        @"\boffensive\b(?<=\b(?:deeply|highly|very|so|extremely|most|more|less|grossly|racially|is|was|be|are|were|found\s+it|as|charm|diplomatic|too)\s+offensive)" +
        @"|\boffensive(?=\s+(?:remarks?|comments?|language|words?|content|material|jokes?|tweets?|posts?|behaviou?r|slurs?|terms?|messages?|line(?:man|men)?|coordinator|players?|rebounds?|tackles?|ends?|guards?|images?|statements?|gestures?|names?|chants?|songs?|to)\b)";

    /// <summary>Blockers starting with "bomb": threats, scares, squads, nuclear weapons.</summary>
    private const string BombBlockers =
        @"\bbomb(?=[-\s]+(?:threats?|scares?|squads?|hoax(?:es)?|sniffing|disposal|shelters?|technicians?|detect\w*|unit)\b)|bombs?\b(?<=\b(?:nuclear|atomic|hydrogen|H|photo|sex|box[-\s]office|calorie|time|stink|bath|cherry)[-\s]?bombs?)" +
        @"|\b(?:bomber|bombers)(?=\s+jackets?\b)";

    /// <summary>Blockers starting with "blast": blast as a metaphor.</summary>
    private const string BlastBlockers =
        @"\bblast\b(?<=\b(?:had|have|having|has)\s+a\s+blast)|\bblast(?=\s+(?:from\s+the\s+past|furnaces?|off)\b)|\bblast\b(?<=\bfull\s+blast)";

    /// <summary>Blockers starting with "explosion": explosion as a metaphor.</summary>
    private const string ExplosionBlockers =
        @"\bexplosion\b(?<=\b(?:population|data|information|price|baby|cost)\s+explosion)|\bexplosion(?=\s+(?:of|in)\s+(?:interest|growth|popularity|demand|prices|sales|creativity|colou?r)\b)";

    /// <summary>Blockers starting with "shot": a shot at the title, photo shot, flu shot, big shot, shot of whisky, shot a film.</summary>
    private const string ShotBlockers =
        @"\bshots?\b(?<=\b(?:a|another|one|more|his|her|their|its|best|good|fair|real|first|only|final|big|long|parting|cheap|mug|flu|booster|vaccine|vaccination|photo|screen|slap|moon|jump|drop|tee|trick|hot|group|pot|chip|camera|insulin|tetanus|penalty)[-\s]+shots?)(?!\s+(?:dead|and\s+killed|rang|fired|to\s+death|in\s+the\s+(?:head|chest|back|leg|arm|neck|stomach|abdomen)))" +
        @"|\bshots?(?=\s+(?:of\s+(?:whisk(?:e)?y|vodka|tequila|espresso|rum|gin|the)|glass(?:es)?|put|clock|list|caller|on\s+goal)\b)" +
        @"|\bshot(?=\s+(?:a|the|an|his|her|their)\s+(?:film|movie|video|scene|photo|picture|footage|documentary|commercial|ad|episode|pilot|music)\b)" +
        @"|\bshot(?=\s+(?:to|into)\s+(?:fame|prominence|the\s+top|number|stardom)\b)|\bshots\b(?<=\bcall(?:s|ed|ing)?\s+the\s+shots)";

    /// <summary>Blockers starting with "shoot": shooting a film, sharp shooters.</summary>
    private const string ShootBlockers =
        @"\bshooting(?=\s+(?:(?:a|the|an|his|her|their)\s+)?(?:film|movie|video|scenes?|photos?|pictures?|footage|documentary|commercial|hoops|the\s+breeze|stars?|guard|range|gallery|percentage|season|schedule|location)\b)" +
        @"|\bshooters?\b(?<=\b(?:first[-\s]person|three[-\s]point|sharp|straight|trouble)[-\s]+shooters?)";

    /// <summary>Blockers starting with "stab": a stab at, stabbed in the back.</summary>
    private const string StabBlockers =
        @"\bstab\b(?<=\ba\s+stab)|\bstab(?:bed|bing)?(?=\s+(?:him|her|them|me)?\s*in\s+the\s+back\b)";

    /// <summary>Blockers starting with "battl": battle as a metaphor.</summary>
    private const string BattleBlockers =
        @"\bbattles?\b(?<=\b(?:legal|court|courtroom|custody|political|uphill|electoral|budget|bidding|PR|ratings|turf|ideological|election|lawsuit|patent|copyright|trademark|boardroom|takeover|inner)\s+battles?)" +
        @"|\bbattl(?:e|es|ed|ing)(?=\s+(?:with\s+|against\s+)?(?:(?:his|her|their|a|the)\s+)?(?:cancer|illness|disease|addiction|depression|leukemia|obesity|blaze|fire|flames|bulge|virus|flames|blazes|fires|wildfires?|covid|elements|injur(?:y|ies)|bands|sexes|wits|traffic)\b)" +
        @"|\bbattle\s+(?:of\s+the\s+(?:bands|sexes|wits|bulge))\b";

    /// <summary>Blockers starting with "fighting": fighting as a metaphor.</summary>
    private const string FightingBlockers =
        @"\bfighting(?=\s+(?:for\s+(?:his|her|their)\s+lives?|for\s+(?:his|her|their)\s+life|cancer|fires?|the\s+(?:blaze|fire|flames|virus|disease)|the\s+flames|crime|corruption|poverty|chance|spirit|back\s+tears|fit|words|talk|fund|irish)\b)";

    /// <summary>Blockers starting with "clash": clash as a metaphor.</summary>
    private const string ClashBlockers =
        @"\bclash(?:es|ed)?(?=\s+(?:of|over)\s+(?:cultures?|personalities|views|ideas|styles|civili[sz]ations|egos|titans|interests)\b)";

    /// <summary>Blockers starting with "execut": execute a plan or a warrant.</summary>
    private const string ExecuteBlockers =
        @"\bexecut(?:ed|ing|ion|ions)(?=\s+(?:of\s+)?(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:search\s+)?(?:warrants?|plans?|orders?|strateg(?:y|ies)|trades?|contracts?|deals?|transactions?|programs?|programmes?|plays?|moves?|tasks?|commands?|queries|query|code|scripts?|will|duties|agreements?|documents?|policy|policies|vision|game\s+plan)\b)" +
        @"|\bexecution(?=[-\s]style\b)";

    /// <summary>Blockers starting with "flood": flood as a metaphor.</summary>
    private const string FloodBlockers =
        @"\bflood(?<=\ba\s+flood)(?=\s+of\b)|\bflood(?:ed|s|ing)?(?=\s+with\s+(?!water|mud|sewage|rain|seawater)\w)";

    /// <summary>Blockers starting with "storm": storm as a metaphor.</summary>
    private const string StormBlockers =
        @"\bstorms?(?=\s+of\s+(?!rain|hail|snow|wind|sand|dust)\w)|\bstorms?\b(?<=\b(?:political|media|diplomatic|twitter|perfect|Desert|social\s+media|PR|public\s+relations)\s+storms?)";

    /// <summary>Blockers starting with "earthquake", "quake", "tremor": quake and tremor as metaphors.</summary>
    private const string QuakeBlockers =
        @"\b(?:earthquake|quake|tremors?)\b(?<=\b(?:political|electoral|financial|cultural|diplomatic)\s+(?:earthquake|quake|tremors?))|\btremors?(?=\s+(?:in|of)\s+(?:his|her|their|the)\s+(?:hands?|voice|body|arms?|legs?|fingers?)\b)";

    /// <summary>Blockers starting with "landslide": landslide as a metaphor.</summary>
    private const string LandslideBlockers =
        @"\blandslides?(?=\s+(?:victory|victories|win|wins|defeat|election|majority|re-?election|vote|mandate|margin)\b)|\blandslide\b(?<=\b(?:by|in|won)\s+a\s+landslide)";

    /// <summary>Blockers starting with "crash": crash as a metaphor.</summary>
    private const string CrashBlockers =
        @"\bcrash(?:es|ed)?\b(?<=\b(?:stock\s+market|market|stock|price|prices|currency|share|housing|financial|economic|server|system|computer|website|app|software|oil[-\s]price|crypto|bitcoin|sugar)\s+crash(?:es|ed)?)" +
        @"|\bcrash(?=\s+(?:course|diet|pad|test|helmets?)\b)|\bcrash(?:ed|ing)?(?=\s+(?:the|a)\s+(?:party|wedding|market)\b)";

    /// <summary>Words used as metaphors or in non-incident senses; a trigger overlapping a match is dropped.</summary>
    /// <remarks>One group per start word: no start word begins another, so at any position only one group can match, and the groups
    /// in any order match exactly what the one alternation matches.</remarks>
    private const string BlockerPattern =
        CeaseBlockers +
        "|" + FireBlockers +
        "|" + StrikeBlockers +
        "|" + AttackBlockers +
        "|" + CyberBlockers +
        "|" + AssaultBlockers +
        "|" + RaidBlockers +
        "|" + OffensiveBlockers +
        "|" + BombBlockers +
        "|" + BlastBlockers +
        "|" + ExplosionBlockers +
        "|" + ShotBlockers +
        "|" + ShootBlockers +
        "|" + StabBlockers +
        "|" + BattleBlockers +
        "|" + FightingBlockers +
        "|" + ClashBlockers +
        "|" + ExecuteBlockers +
        "|" + FloodBlockers +
        "|" + StormBlockers +
        "|" + QuakeBlockers +
        "|" + LandslideBlockers +
        "|" + CrashBlockers;

    /// <summary>Adds the spans (offset by <paramref name="offset"/>) of the metaphor blockers in <paramref name="s"/>: the same matches as
    /// <see cref="Blockers"/> enumerates, found by trying the anchored pattern only where a blocker word starts; with a
    /// <paramref name="limit"/> (in <paramref name="s"/>), only the matches starting before it.</summary>
    internal static void FindBlocked(ReadOnlySpan<char> s, int offset, List<TextSpan> blocked, int limit = int.MaxValue)
    {
        List<(int Index, int Length)> matches = t_matches ??= [];
        matches.Clear();
        AnchoredScan.FindAll(s, BlockerStarts, Blockers(), matches, limit);
        foreach ((int index, int length) in matches)
        {
            blocked.Add(new TextSpan(offset + index, offset + index + length));
        }
    }

    /// <summary>Words used as metaphors or in non-incident senses (<see cref="BlockerPattern"/>); a trigger overlapping a match is dropped.</summary>
    [GeneratedRegex(BlockerPattern, Options)]
    internal static partial Regex Blockers();

    // Each group of blockers anchored at the start position (see BlockerStarts).
    [GeneratedRegex(@"\G(?:" + CeaseBlockers + ")", Options)]
    private static partial Regex AnchoredCeaseBlockers();

    [GeneratedRegex(@"\G(?:" + FireBlockers + ")", Options)]
    private static partial Regex AnchoredFireBlockers();

    [GeneratedRegex(@"\G(?:" + StrikeBlockers + ")", Options)]
    private static partial Regex AnchoredStrikeBlockers();

    [GeneratedRegex(@"\G(?:" + AttackBlockers + ")", Options)]
    private static partial Regex AnchoredAttackBlockers();

    [GeneratedRegex(@"\G(?:" + CyberBlockers + ")", Options)]
    private static partial Regex AnchoredCyberBlockers();

    [GeneratedRegex(@"\G(?:" + AssaultBlockers + ")", Options)]
    private static partial Regex AnchoredAssaultBlockers();

    [GeneratedRegex(@"\G(?:" + RaidBlockers + ")", Options)]
    private static partial Regex AnchoredRaidBlockers();

    [GeneratedRegex(@"\G(?:" + OffensiveBlockers + ")", Options)]
    private static partial Regex AnchoredOffensiveBlockers();

    [GeneratedRegex(@"\G(?:" + BombBlockers + ")", Options)]
    private static partial Regex AnchoredBombBlockers();

    [GeneratedRegex(@"\G(?:" + BlastBlockers + ")", Options)]
    private static partial Regex AnchoredBlastBlockers();

    [GeneratedRegex(@"\G(?:" + ExplosionBlockers + ")", Options)]
    private static partial Regex AnchoredExplosionBlockers();

    [GeneratedRegex(@"\G(?:" + ShotBlockers + ")", Options)]
    private static partial Regex AnchoredShotBlockers();

    [GeneratedRegex(@"\G(?:" + ShootBlockers + ")", Options)]
    private static partial Regex AnchoredShootBlockers();

    [GeneratedRegex(@"\G(?:" + StabBlockers + ")", Options)]
    private static partial Regex AnchoredStabBlockers();

    [GeneratedRegex(@"\G(?:" + BattleBlockers + ")", Options)]
    private static partial Regex AnchoredBattleBlockers();

    [GeneratedRegex(@"\G(?:" + FightingBlockers + ")", Options)]
    private static partial Regex AnchoredFightingBlockers();

    [GeneratedRegex(@"\G(?:" + ClashBlockers + ")", Options)]
    private static partial Regex AnchoredClashBlockers();

    [GeneratedRegex(@"\G(?:" + ExecuteBlockers + ")", Options)]
    private static partial Regex AnchoredExecuteBlockers();

    [GeneratedRegex(@"\G(?:" + FloodBlockers + ")", Options)]
    private static partial Regex AnchoredFloodBlockers();

    [GeneratedRegex(@"\G(?:" + StormBlockers + ")", Options)]
    private static partial Regex AnchoredStormBlockers();

    [GeneratedRegex(@"\G(?:" + QuakeBlockers + ")", Options)]
    private static partial Regex AnchoredQuakeBlockers();

    [GeneratedRegex(@"\G(?:" + LandslideBlockers + ")", Options)]
    private static partial Regex AnchoredLandslideBlockers();

    [GeneratedRegex(@"\G(?:" + CrashBlockers + ")", Options)]
    private static partial Regex AnchoredCrashBlockers();

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
