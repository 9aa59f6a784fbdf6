namespace Reconcile.Extraction.Lexicon;

/// <summary>What a word can do in a casualty sentence; a word may have several roles.</summary>
[Flags]
internal enum LexRole : uint
{
    /// <summary>No role: an unknown word.</summary>
    None = 0,

    /// <summary>A preposition, conjunction or adverb that may follow a bare count ("killed 3 in", "killed 3 and").</summary>
    Function = 1u << 0,

    /// <summary>A word allowed between a counted noun phrase and its predicate ("were", "had", "reportedly", "also").</summary>
    Aux = 1u << 1,

    /// <summary>A passive auxiliary ("was", "were", "been"): the following participle has no object.</summary>
    Passive = 1u << 2,

    /// <summary>A negation ("no", "not", "never"): "no one was hurt" is not a count.</summary>
    Negation = 1u << 3,

    /// <summary>An article that counts one ("a", "an", "another", "the") before a singular person noun.</summary>
    Article = 1u << 4,

    /// <summary>A determiner or possessive ("the", "its", "their", "his").</summary>
    Determiner = 1u << 5,

    /// <summary>An object pronoun ("him", "them", "himself").</summary>
    Pronoun = 1u << 6,

    /// <summary>A unit that makes the number a measurement, not a head count ("kilometres", "years", "percent").</summary>
    Unit = 1u << 7,

    /// <summary>A month name: a number next to it is a date.</summary>
    Month = 1u << 8,

    /// <summary>A day name ("Saturday").</summary>
    Weekday = 1u << 9,

    /// <summary>"more", "other", "others", "additional": allowed right after a count ("dozens more").</summary>
    MoreOther = 1u << 10,

    /// <summary>A noun for people (or bodies) that can head a counted phrase; see <see cref="LexEntry.Person"/>.</summary>
    PersonHead = 1u << 11,

    /// <summary>A word before a number that makes it a label, age or measure ("aged", "magnitude", "route", "No.").</summary>
    BlocksNumberAfter = 1u << 12,

    /// <summary>"toll".</summary>
    Toll = 1u << 13,

    /// <summary>A word allowed between "toll" and its figure ("rose", "climbed", "to", "at").</summary>
    TollLinker = 1u << 14,

    /// <summary>"fatally", "mortally": the next "shot", "wounded" or "injured" counts a death.</summary>
    Fatally = 1u << 15,

    /// <summary>"including", "among", "mostly": starts an aside that does not change the counted group.</summary>
    Including = 1u << 16,

    /// <summary>A preposition that may start a phrase between the counted noun and its predicate ("3 people in the car were hurt").</summary>
    Preposition = 1u << 17,

    /// <summary>A clock suffix ("am", "pm", "GMT").</summary>
    TimeSuffix = 1u << 18,

    /// <summary>A word that turns the next "many" into a question or comparison ("how many", "so many").</summary>
    BlocksMany = 1u << 19,

    /// <summary>The first word of a hedge phrase in <see cref="QuantityHedges"/> ("at", "more", "nearly").</summary>
    HedgeStart = 1u << 20,

    /// <summary>The first word of a vague amount in <see cref="VagueQuantities"/> ("dozens", "a", "several").</summary>
    VagueStart = 1u << 21,

    /// <summary>A number word in <see cref="NumberWords"/> ("seven", "hundred", "dozen").</summary>
    NumberWord = 1u << 22,
}

/// <summary>Which kind of person noun heads a counted phrase; <see cref="Casualties.VictimGroupResolver"/> turns it and the modifiers into a <see cref="Model.VictimGroup"/>.</summary>
internal enum PersonClass : byte
{
    /// <summary>Not a person noun.</summary>
    None = 0,

    /// <summary>People of no stated kind ("people", "men", "victims", "others").</summary>
    People,

    /// <summary>Civilians and civilian roles ("residents", "worshippers", "students").</summary>
    Civilians,

    /// <summary>Children ("children", "boys", "infants").</summary>
    Children,

    /// <summary>Displaced people ("refugees", "the displaced").</summary>
    Displaced,

    /// <summary>Police ("policemen", "officers").</summary>
    Police,

    /// <summary>State armed forces ("soldiers", "troops", "forces"), government unless a modifier says otherwise.</summary>
    Forces,

    /// <summary>Militias, counted as pro-government forces unless a modifier says otherwise.</summary>
    Militia,

    /// <summary>Non-state fighters ("militants", "rebels", "jihadists").</summary>
    Militants,

    /// <summary>"fighters", "combatants": the side comes from a modifier ("pro-regime fighters", "IS fighters").</summary>
    Fighters,

    /// <summary>The attackers themselves ("suicide bombers", "the gunman", "the shooter").</summary>
    Perpetrators,

    /// <summary>"bodies", "corpses": counts the dead.</summary>
    Bodies,
}

/// <summary>What a modifier says about the counted people ("displaced civilians", "pro-regime fighters").</summary>
[Flags]
internal enum GroupHint : byte
{
    /// <summary>No hint.</summary>
    None = 0,

    /// <summary>"displaced", "fleeing".</summary>
    Displaced = 1,

    /// <summary>"civilian", "innocent", "unarmed".</summary>
    Civilian = 2,

    /// <summary>"child", "schoolchildren".</summary>
    Child = 4,

    /// <summary>"government", "pro-regime", "allied", "army", "security".</summary>
    Government = 8,

    /// <summary>"IS", "jihadist", "rebel", "opposition".</summary>
    Militant = 16,

    /// <summary>"suicide" ("suicide attackers").</summary>
    Perpetrator = 32,

    /// <summary>"police".</summary>
    Police = 64,
}

/// <summary>A word of the casualty lexicon: its roles, and the person class, hint, number value or trigger phrases it carries.</summary>
/// <remarks>Built once by <see cref="CasualtyLexicon"/> and read-only afterwards.</remarks>
internal sealed class LexEntry
{
    /// <summary>Gets the roles of the word.</summary>
    public LexRole Roles { get; internal set; }

    /// <summary>Gets the person class when the word heads a counted phrase.</summary>
    public PersonClass Person { get; internal set; }

    /// <summary>Gets whether the person noun is singular ("man", "gunman"): "a man" counts one.</summary>
    public bool Singular { get; internal set; }

    /// <summary>Gets what the word says about the counted group, as a modifier or head.</summary>
    public GroupHint Hint { get; internal set; }

    /// <summary>Gets the trigger phrases that start with this word, longest first, or <see langword="null"/>.</summary>
    public TriggerPhrase[]? Triggers { get; internal set; }
}
