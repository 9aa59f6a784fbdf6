using Reconcile.Model;

namespace Reconcile.Extraction.Lexicon;

/// <summary>Where a trigger phrase may stand relative to its count, and what else it implies.</summary>
[Flags]
internal enum TriggerUse : byte
{
    /// <summary>No use.</summary>
    None = 0,

    /// <summary>Before the count, as a verb with the count as object: "killed 28 civilians", "wounding 140".</summary>
    Before = 1,

    /// <summary>After the counted phrase, as its predicate or noun: "28 civilians were killed", "3 dead", "12 fatalities".</summary>
    After = 2,

    /// <summary>A past form that can also be active ("gunmen killed ..."); after a count without a passive auxiliary it must not take an object.</summary>
    Transitive = 4,

    /// <summary>"shot" alone: wounded, unless "fatally", "dead" or a later death says otherwise.</summary>
    Shot = 8,

    /// <summary>Only counts when the head noun is "bodies" ("3 bodies were found", "recovered 12 bodies").</summary>
    BodiesOnly = 16,

    /// <summary>Only counts one person ("a 21-year-old woman was in critical condition"): said of several, the words usually pick out some
    /// of the victims already counted ("two of them were in critical condition").</summary>
    OnePersonOnly = 32,
}

/// <summary>A word or phrase that makes a nearby count a casualty figure ("killed", "lost their lives", "death toll" is handled apart).</summary>
/// <param name="Words">The lower-case words of the phrase, matched case-insensitively token by token.</param>
/// <param name="Measure">What the count counts.</param>
/// <param name="Use">Where the phrase may stand and what it implies.</param>
internal sealed record TriggerPhrase(string[] Words, CasualtyMeasure Measure, TriggerUse Use)
{
    /// <summary>Gets whether the phrase may stand before its count.</summary>
    public bool Before => (Use & TriggerUse.Before) != 0;

    /// <summary>Gets whether the phrase may stand after its count.</summary>
    public bool After => (Use & TriggerUse.After) != 0;
}
