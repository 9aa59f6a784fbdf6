using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds actors (armed groups, forces, "a gunman") by their aliases and decides whether a sentence makes them the perpetrator.</summary>
/// <remarks>
/// The matcher is one regular expression built once from <see cref="ActorAliases"/> (longest alias first), plus a
/// frozen table from each alias's letters to its entry, so a match is resolved without allocating. An actor is the
/// perpetrator when the sentence makes it the agent of an attack: "carried out by IS", "a car bombing by the Islamic
/// State group", "IS car bombing", "Daesh targeted ...", "a gunman opened fire", "attributed to ISIS", "accusing the
/// US-led coalition of carrying it out". Victims ("killed 18 IS fighters") and mere mentions ("fighting IS") are not.
/// A perpetrator named under a hedge ("thought to have been carried out by Russian jets", "accused", "not clear if")
/// is flagged <see cref="ActorFinding.Hedged"/>. Thread-safe.
/// </remarks>
internal static partial class ActorRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// For patterns asked only <see cref="Regex.IsMatch(ReadOnlySpan{char})"/> on the text before an actor: whether a match exists is the same
    /// in either direction, and from the end a pattern anchored there (<c>$</c>) is tried at one end position instead of at every start.
    /// </summary>
    private const RegexOptions BeforeOptions = Options | RegexOptions.RightToLeft;

    private const int ContextChars = 160;

    private const int ModifierTag = 1;

    private static readonly AliasTrie Matcher = BuildMatcher();

    /// <summary>The optional words <see cref="PerpetratorBefore"/> allows between "by"/"to"/"on" and the actor.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentCueFillers = FrozenSet.ToFrozenSet(
        ["one", "of", "the", "a", "an", "so", "called", "so-called", "suspected", "alleged", "presumed"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static List<AliasTrie.Hit>? t_hits;

    /// <summary>The first entry of <see cref="ActorAliases.Entries"/> with each canonical name.</summary>
    private static readonly FrozenDictionary<string, ActorAlias> EntryByCanonical = ActorAliases.Entries
        .Select((e, i) => (e, i))
        .GroupBy(x => x.e.Canonical, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.MinBy(x => x.i).e, StringComparer.Ordinal);

    /// <summary>Adds the actors of one sentence to <paramref name="results"/>, in text order.</summary>
    public static void Find(string text, TextSpan sentence, List<ActorFinding> results)
    {
        ReadOnlySpan<char> s = text.AsSpan(sentence.Start, sentence.Length);
        List<AliasTrie.Hit> hits = t_hits ??= [];
        hits.Clear();
        Matcher.FindAll(s, hits, AcceptHit);
        foreach (AliasTrie.Hit hit in hits)
        {
            var m = (Index: hit.Start, Length: hit.End - hit.Start);
            int entry = hit.Value;
            ReadOnlySpan<char> before = s[..m.Index];
            if (before.Length > ContextChars)
            {
                before = before[^ContextChars..];
            }

            ReadOnlySpan<char> after = s[(m.Index + m.Length)..];
            if (after.Length > ContextChars)
            {
                after = after[..ContextChars];
            }

            bool perpetrator = (MayEndWithAgentCue(before) && PerpetratorBefore().IsMatch(before))
                || SubjectOfAttack().IsMatch(after)
                || ModifierOfAttack().IsMatch(after)
                || (AccusedBefore().IsMatch(before) && AccusedOfAfter().IsMatch(after));
            bool hedged = perpetrator && (HedgeBefore().IsMatch(before) || AccusedBefore().IsMatch(before));
            var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
            results.Add(new ActorFinding(span, ActorAliases.Entries[entry].Canonical, perpetrator, hedged));
        }
    }

    /// <summary>Replaces weak descriptions ("the jihadists") by the one matching group the report names, when it names exactly one.</summary>
    /// <param name="findings">All actor findings of one report, in text order; rewritten in place.</param>
    public static void ResolveCoreference(List<ActorFinding> findings)
    {
        for (int i = 0; i < findings.Count; i++)
        {
            ActorAlias? weak = EntryOf(findings[i].Name);
            if (weak is null || !weak.Weak || weak.CorefersWith is null)
            {
                continue;
            }

            string? only = null;
            bool ambiguous = false;
            foreach (ActorFinding f in findings)
            {
                ActorAlias? e = EntryOf(f.Name);
                if (e is null || e.Weak || Array.IndexOf(weak.CorefersWith, e.Kind) < 0)
                {
                    continue;
                }

                if (only is null)
                {
                    only = e.Canonical;
                }
                else if (!string.Equals(only, e.Canonical, StringComparison.Ordinal))
                {
                    ambiguous = true;
                    break;
                }
            }

            if (only is not null && !ambiguous)
            {
                findings[i] = findings[i] with { Name = only };
            }
        }

        static ActorAlias? EntryOf(string canonical) => EntryByCanonical.TryGetValue(canonical, out ActorAlias? e) ? e : null;
    }

    /// <summary>Returns the canonical name for an alias as written, or <see langword="null"/> when the table has none.</summary>
    /// <param name="alias">A name as a report writes it ("Daesh", "the Islamic State group").</param>
    /// <returns>The canonical name ("Islamic State").</returns>
    public static string? Canonicalize(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ReadOnlySpan<char> a = alias.AsSpan().Trim();
        if (a.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            a = a[4..].TrimStart();
        }

        int entry = Matcher.LongestAt(a, 0, AcceptHit) is { } hit && hit.End == a.Length ? hit.Value : -1;
        return entry < 0 ? null : ActorAliases.Entries[entry].Canonical;
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="PerpetratorBefore"/>, whose every match ends the text with "by", "to" or "on" followed
    /// only by optional words ("by one of the so-called ", "attributed to the "): true when the last whitespace-separated word that is not
    /// one of those optional words is "by", "to" or "on" (or when the text holds a character the regex's case folding treats apart).
    /// </summary>
    internal static bool MayEndWithAgentCue(ReadOnlySpan<char> before)
    {
        if (before.ContainsAny(AnchoredScan.CaseOddities))
        {
            return true;
        }

        ReadOnlySpan<char> t = before.TrimEnd();
        while (t.Length > 0)
        {
            int k = t.Length - 1;
            while (k >= 0 && !char.IsWhiteSpace(t[k]))
            {
                k--;
            }

            ReadOnlySpan<char> word = t[(k + 1)..];
            if (word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase)
                || word.Equals("on", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (!AgentCueFillers.Contains(word))
            {
                return false;
            }

            t = t[..(k + 1)].TrimEnd();
        }

        return false;
    }

    /// <summary>A modifier ("Russian") names the actor only before a military or attack noun; acronyms are not matched inside all-capitals text.</summary>
    private static bool AcceptHit(ReadOnlySpan<char> s, AliasTrie.Hit hit) =>
        (hit.Tag != ModifierTag || MilitaryNounAfter().IsMatch(s[hit.End..]))
        && !(IsAcronymLike(s[hit.Start..hit.End]) && IsShouted(s, hit.Start, hit.End - hit.Start));

    private static bool IsAcronymLike(ReadOnlySpan<char> matched)
    {
        if (matched.Length > 6)
        {
            return false;
        }

        foreach (char c in matched)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a neighbouring word is in capitals too: "IS" in "WHAT IS" or "IS RETAKES" is not the group.</summary>
    private static bool IsShouted(ReadOnlySpan<char> s, int index, int length)
    {
        int i = index - 1;
        while (i >= 0 && !char.IsLetter(s[i]))
        {
            i--;
        }

        int caps = 0;
        while (i >= 0 && char.IsLetter(s[i]))
        {
            if (char.IsLower(s[i]))
            {
                caps = -1;
                break;
            }

            caps++;
            i--;
        }

        if (caps >= 2)
        {
            return true;
        }

        int j = index + length;
        while (j < s.Length && !char.IsLetter(s[j]) && s[j] != '.')
        {
            j++;
        }

        caps = 0;
        while (j < s.Length && char.IsLetter(s[j]))
        {
            if (char.IsLower(s[j]))
            {
                return false;
            }

            caps++;
            j++;
        }

        return caps >= 2;
    }

    private static AliasTrie BuildMatcher()
    {
        var trie = new AliasTrie();
        for (int i = 0; i < ActorAliases.Entries.Length; i++)
        {
            ActorAlias e = ActorAliases.Entries[i];
            foreach (string a in e.Aliases)
            {
                trie.Add(a, i);
            }

            foreach (string a in e.Acronyms ?? [])
            {
                trie.Add(a, i, caseSensitive: true);
            }

            foreach (string a in e.Modifiers ?? [])
            {
                // Capitalised adjectives ("Russian") must keep their capital; lower-case ones ("regime") may be capitalised.
                trie.Add(a, i, caseSensitive: char.IsUpper(a[0]), tag: ModifierTag);
            }
        }

        return trie;
    }

    [GeneratedRegex("^[\\s-]+(?:" + ActorAliases.MilitaryNouns + ")\\b", Options)]
    private static partial Regex MilitaryNounAfter();

    // The actor is the agent named after "by": "a car bombing by the Islamic State group", "carried out by IS",
    // "thought to have been carried out by Russian jets", "or by one of the US-led coalition", "blamed on", "attributed to", "claimed by".
    [GeneratedRegex(
        @"(?:\b(?:carried\s+out|claimed|perpetrated|conducted|launched|staged|committed|orchestrated|masterminded|mounted|planned|caused|set\s+off|detonated|fired|killed|wounded|injured|shot|targeted|hit|struck|attacked|bombed|shelled|ambushed|abducted|kidnapped|beheaded|executed|massacred|stabbed|bombings?|attacks?|strikes?|air\s*strikes?|air\s+raids?|raids?|assaults?|shelling|shootings?|massacres?|offensives?|incursions?|explosions?|blasts?|ambush(?:es)?)(?:\s+[\w,]+){0,2}?|\bor)\s+by\s+(?:one\s+of\s+)?(?:(?:the|a|an)\s+)?(?:(?:so[-\s]called|suspected|alleged|presumed)\s+)?$" +
        @"|\b(?:blamed\s+on|attributed\s+to|claimed\s+by|responsibility\s+(?:for\s+(?:the\s+)?\w+\s+)?(?:to|on))\s+(?:(?:the|a|an)\s+)?$", BeforeOptions)]
    internal static partial Regex PerpetratorBefore();

    // The actor is the subject of an attack verb: "IS used ... suicide bombers", "Daesh targeted", "a gunman opened fire",
    // "IS had Sunday launched an operation", "The SDF is attacking Daesh". Passives ("IS fighters were killed") do not match.
    [GeneratedRegex(
        @"^(?:['’]s)?(?:[\s-]+(?:group|organi[sz]ation|militants?|fighters?|jihadists?|gunmen|jets|war\s*planes|planes|aircraft|drones|forces|troops|soldiers|members|militiamen|militias?|suicide\s+bombers?|helicopters|artillery|units?|alliance|cells?)){0,2}(?:\s*,[^,]{1,80},)?" +
        @"(?:\s+(?:has|have|had|also|reportedly|allegedly|then|later|again|apparently|subsequently|earlier|first|on|late|early|last|\w+day|overnight|night))*" +
        @"\s+(?:opened\s+fire|carried\s+out|claimed|launched|launches|targeted|targets|attacked|attacks|bombed|shelled|shot|shoots|killed|kills|executed|beheaded|stormed|storms|ambushed|abducted|kidnapped|fired|fires|used|uses|detonated|struck|strikes|hit|hits|seized|seizes|retook|retakes|raided|stabbed|massacred|set\s+off|blew\s+up|staged|mounted|conducted|overran|pounded|bombarded|repelled|gunned\s+down)\b" +
        @"|^(?:['’]s)?(?:[\s-]+(?:group|militants?|fighters?|jihadists?|gunmen|jets|forces|troops))?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:attacking|targeting|shelling|bombing|firing|shooting|bombarding|pounding|raiding)\b", Options)]
    private static partial Regex SubjectOfAttack();

    // The actor modifies an attack noun: "IS car bombing", "an IS incursion", "Russian air strikes", "Houthi missile attack".
    [GeneratedRegex(
        @"^(?:['’]s)?[\s-]+(?:(?!(?:in|on|at|to|from|with|and|or|of|for|by|the|a|an|is|was|were|are|has|had|have|that|which|who)\b)[\w-]+\s+){0,2}?" +
        @"(?:car[-\s]bomb(?:ing)?s?|suicide\s+(?:bomb(?:ing|er)?s?|attacks?)|attacks?|assaults?|bombings?|bombs?|air\s*strikes?|air\s+raids?|strikes?|raids?|shelling|offensives?|incursions?|ambush(?:es)?|massacres?|rocket\s+attacks?|missile\s+(?:strikes?|attacks?)|drone\s+(?:strikes?|attacks?)|shootings?|executions?)\b", Options)]
    private static partial Regex ModifierOfAttack();

    // "accusing the US-led coalition of carrying it out", "blamed Hamas for the attack": an accusation names a perpetrator-as-claimed.
    [GeneratedRegex(@"\b(?:accus(?:ed|ing|es|e)|blam(?:ed|ing|es|e)|suspect(?:ed|ing|s)?|held)\s+(?:(?:the|a|an)\s+)?$", BeforeOptions)]
    internal static partial Regex AccusedBefore();

    [GeneratedRegex(@"^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:of|for)\b", Options)]
    private static partial Regex AccusedOfAfter();

    [GeneratedRegex(
        @"\b(?:thought|believed|suspected|alleged(?:ly)?|reportedly|apparently|possibly|probably|likely|presumably|unclear|whether|if|may\s+have|might\s+have|could\s+have|not\s+(?:immediately\s+|yet\s+)?(?:clear|known|confirmed))\b", BeforeOptions)]
    internal static partial Regex HedgeBefore();
}
