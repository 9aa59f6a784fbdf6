using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Resolves speakers' phrases to canonical source names within one report, remembering the people it has met and whom they speak for.</summary>
/// <remarks>One instance per report; not thread-safe (the recognizer creates one per call). Rules in <see cref="AttributionRecognizer"/>.</remarks>
internal sealed partial class SpeakerResolver
{
    private static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly AliasTrie SourceMatcher = BuildSourceMatcher();

    private static readonly FrozenSet<string> CommonNouns = FrozenSet.ToFrozenSet(
    [
        "officials", "official", "authorities", "witnesses", "witness", "residents", "resident", "neighbors", "neighbours", "neighbor",
        "neighbour", "investigators", "activists", "sources", "source", "medics", "doctors", "paramedics", "rescuers", "firefighters",
        "analysts", "prosecutors", "relatives", "family", "friends", "observers", "experts", "survivors", "students", "teachers", "locals",
        "villagers", "protesters", "staff", "workers", "hospital", "military", "army", "ministry", "government", "state", "media", "television",
        "agency", "spokesman", "spokeswoman", "spokesperson", "officers", "several", "many", "some", "both", "others", "one", "another",
        "his", "her", "their", "local", "security", "medical", "health", "hospital", "emergency", "civil", "rescue", "aid", "un", "us",
        "regional", "provincial", "district", "city", "county", "federal", "news", "eyewitnesses", "parents", "mother", "father", "victims",
        "victim's", "a", "an", "the",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Head nouns of organisations' names ("Council", "Ministry").</summary>
    internal static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "Department", "Office", "Ministry", "Agency", "Police", "Brigade", "Brigades", "Forces", "Army", "Council", "Committee",
        "Organization", "Organisation", "Group", "Center", "Centre", "Hospital", "University", "Party", "Movement", "Front", "Coalition",
        "Authority", "Service", "Services", "Bureau", "Commission", "Network", "Observatory", "Union", "Association", "Institute",
        "Foundation", "Church", "School", "College", "News", "Press", "Times", "Post", "Television", "Radio", "Company", "Corporation",
        "Hezbollah", "Crescent", "Cross", "Fund", "Programme", "Program", "Mission", "Administration", "Court", "Division", "Unit",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DocumentWords = FrozenSet.ToFrozenSet(
        ["report", "reports", "statement", "statements", "release", "releases", "charges"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PoliceTitles = FrozenSet.ToFrozenSet(
        ["Sgt", "Sgt.", "Sergeant", "Lt", "Lt.", "Lieutenant", "Capt", "Capt.", "Captain", "Officer", "Detective", "Detectives", "Det", "Det.", "Cpl", "Cpl.",
         "Corporal", "Trooper", "Patrolman", "Inspector", "Insp.", "Superintendent", "Supt.", "Commissioner", "Constable"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
        ["Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Rev", "Rev.", "Gov", "Gov.", "Governor", "Mayor", "President", "Minister",
         "General", "Gen.", "Colonel", "Col.", "Major", "Maj.", "Sen.", "Senator", "Rep.", "Prof.", "Professor", "spokesman", "spokeswoman",
         "spokesperson", "Spokesman", "Spokeswoman", "Chief", "Prime", "Attorney", "District", "Judge", "Brig.", "Lt.Col", "Sheikh",
         "Attendee", "Executive", "County", "Neighbor", "Neighbour", "Witness", "Resident", "Pastor", "Coach", "Principal", "Councilman",
         "Councilwoman", "Alderman", "Prosecutor", "Assistant", "Special", "Agent", "Director", "Superintendent", "Lieutenant", "Secretary",
         "Chairman", "Chairwoman", "Deputy", "Sheriff", "Undersheriff", "Coroner", "Officer", "Spokesperson", "Commander", "Head"],
        StringComparer.Ordinal);

    private readonly string _text;
    private string? _monitor;
    private bool _monitorKnown;
    private readonly List<(string[] Tokens, string Source)> _people = [];
    private string? _lastPersonSource;
    private string? _lastSource;
    private string? _lastOrgSource;
    private bool _lastWasOrganisation;

    /// <summary>Creates a resolver for one report.</summary>
    public SpeakerResolver(string text)
    {
        _text = text;
    }

    /// <summary>Gets the monitor the report names first, if any (looked for on first use: most reports never need it).</summary>
    private string? Monitor
    {
        get
        {
            if (!_monitorKnown)
            {
                _monitor = FindMonitor(_text);
                _monitorKnown = true;
            }

            return _monitor;
        }
    }

    private static string? FindMonitor(string text) =>
        SourceMatcher.FindFirst(text, static hit => SourceAliases.Entries[hit.Value].Kind == SourceKind.Monitor) is { } monitor
            ? SourceAliases.Entries[monitor.Value].Canonical
            : null;

    /// <summary>Resolves a speaker phrase of the sentence starting at <paramref name="offset"/>; <see langword="null"/> when it cannot be a source.</summary>
    public string? Resolve(Phrase speaker, int offset)
    {
        ReadOnlySpan<char> np = StripDeterminer(_text.AsSpan(offset + speaker.Start, speaker.End - speaker.Start));
        if (np.Length == 0)
        {
            return null;
        }

        if (Phrases.IsPronoun(np))
        {
            string? resolved = np.Equals("it", StringComparison.OrdinalIgnoreCase) ? _lastOrgSource
                : np.Equals("they", StringComparison.OrdinalIgnoreCase) ? _lastSource
                : _lastPersonSource;
            if (resolved is not null)
            {
                _lastSource = resolved;
            }

            return resolved;
        }

        ReadOnlySpan<char> appositive = speaker.AppositiveEnd > 0
            ? _text.AsSpan(offset + speaker.AppositiveStart, speaker.AppositiveEnd - speaker.AppositiveStart)
            : default;
        ReadOnlySpan<char> name = speaker.NameEnd > 0
            ? _text.AsSpan(offset + speaker.NameStart, speaker.NameEnd - speaker.NameStart)
            : default;

        // A person with a role: "X, head of the Observatory", "Observatory head X", "X, spokesman for Kataeb Hezbollah".
        if (appositive.Length > 0 || Phrases.HasRole(np))
        {
            ReadOnlySpan<char> person = appositive.Length > 0 ? np : name.Length > 0 ? name : TrailingName(np);

            // "Chief of Department Steven Skrynecki": the organisation is looked for in the role words, not in the name.
            ReadOnlySpan<char> roleText = appositive.Length > 0 ? appositive
                : name.Length == 0 && person.Length > 0 ? np[..(np.Length - person.Length)] : np;
            string roleLower = roleText.ToString().ToLowerInvariant();
            string? org = LawEnforcement(roleText, roleLower)
                ?? (appositive.Length == 0 ? LawEnforcement(np, np.ToString().ToLowerInvariant()) : null)
                ?? OrganisationIn(roleText, offset + (appositive.Length > 0 ? speaker.AppositiveStart : speaker.Start));
            if (org is null && IsSpokesperson(roleText) && _lastWasOrganisation)
            {
                org = _lastOrgSource;
            }

            if (org is not null)
            {
                Remember(person, org);
                return Set(org, organisation: true);
            }

            if (person.Length > 0)
            {
                string who = CleanName(person);
                Remember(person, who);
                return SetPerson(who);
            }
        }

        if (IsDocument(np))
        {
            return null;
        }

        int alias = FirstAlias(np, out int aliasEnd);
        if (alias >= 0)
        {
            SourceAlias entry = SourceAliases.Entries[alias];
            ReadOnlySpan<char> rest = TrailingName(np[aliasEnd..]);
            if (rest.Length > 0)
            {
                Remember(rest, entry.Canonical);
            }

            return Set(entry.Canonical, organisation: entry.Kind == SourceKind.Organisation);
        }

        string lower = np.ToString().ToLowerInvariant();
        foreach (string word in SourceAliases.MonitorWords)
        {
            if (ContainsWord(lower, word))
            {
                return Set(Monitor ?? SourceAliases.UnnamedMonitor, organisation: false);
            }
        }

        string? law = LawEnforcement(np, lower);
        if (law is not null)
        {
            ReadOnlySpan<char> officer = TrailingName(np);
            if (officer.Length > 0)
            {
                Remember(officer, law);
            }

            return Set(law, organisation: false);
        }

        if (IsPersonName(np))
        {
            string? known = KnownPerson(np);
            if (known is not null)
            {
                return SetPerson(known);
            }

            string who = CleanName(np);
            Remember(np, who);
            return SetPerson(who);
        }

        if (IsGeneric(np))
        {
            return Set(lower, organisation: false);
        }

        string? actor = ActorRecognizer.Canonicalize(np.ToString());
        return Set(actor ?? np.ToString().TrimEnd('’', '\''), organisation: true);
    }

    private string Set(string source, bool organisation)
    {
        _lastSource = source;
        _lastOrgSource = source;
        _lastWasOrganisation = organisation;
        return source;
    }

    private string SetPerson(string source)
    {
        _lastSource = source;
        _lastPersonSource = source;
        _lastWasOrganisation = false;
        return source;
    }

    private void Remember(ReadOnlySpan<char> person, string source)
    {
        string[] tokens = NameTokens(person);
        if (tokens.Length > 0)
        {
            _people.Add((tokens, source));
        }

        _lastPersonSource = source;
    }

    /// <summary>A person met before, by their full name or its last words ("Abdel Rahman" for "Rami Abdel Rahman"); known heads of sources.</summary>
    private string? KnownPerson(ReadOnlySpan<char> np)
    {
        string key = AliasPattern.Key(StripTitles(np));
        foreach ((string nameKey, string source) in SourceAliases.KnownPeople)
        {
            if (string.Equals(key, nameKey, StringComparison.Ordinal))
            {
                return source;
            }
        }

        string[] query = NameTokens(np);
        if (query.Length == 0)
        {
            return null;
        }

        for (int p = _people.Count - 1; p >= 0; p--)
        {
            string[] tokens = _people[p].Tokens;
            if (query.Length > tokens.Length)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < query.Length; i++)
            {
                if (!string.Equals(tokens[tokens.Length - query.Length + i], query[i], StringComparison.Ordinal))
                {
                    match = false;
                    break;
                }
            }

            if (match)
            {
                return _people[p].Source;
            }
        }

        return null;
    }

    private string? OrganisationIn(ReadOnlySpan<char> roleText, int absoluteStart)
    {
        int alias = FirstAlias(roleText, out _);
        if (alias >= 0)
        {
            return SourceAliases.Entries[alias].Canonical;
        }

        string lower = roleText.ToString().ToLowerInvariant();
        foreach (string word in SourceAliases.MonitorWords)
        {
            if (ContainsWord(lower, word))
            {
                return Monitor ?? SourceAliases.UnnamedMonitor;
            }
        }

        var actors = new List<ActorFinding>();
        ActorRecognizer.Find(_text, new TextSpan(absoluteStart, absoluteStart + roleText.Length), actors);
        if (actors.Count > 0)
        {
            return actors[0].Name;
        }

        // "spokesman for the Foo Brigade", "a statement from KCRG": the capitalised words after of/for/at/from, when they name an organisation.
        Match m = OrgAfterPreposition().Match(roleText.ToString());
        if (!m.Success)
        {
            return null;
        }

        string candidate = m.Groups["org"].Value.TrimEnd('.', ' ');
        foreach (Range r in candidate.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> w = candidate.AsSpan()[r];
            if (Has(OrganisationWords, w) || IsAllUpper(w))
            {
                return candidate.Contains(' ', StringComparison.Ordinal) || IsAllUpper(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>A bare document ("the report", "a statement") is not a primary source; "a statement from Gary police" resolves through its affiliation.</summary>
    private static bool IsDocument(ReadOnlySpan<char> np)
    {
        int space = np.LastIndexOf(' ');
        return Has(DocumentWords, space < 0 ? np : np[(space + 1)..]);
    }

    private static bool IsSpokesperson(ReadOnlySpan<char> roleText) =>
        roleText.Contains("spokes", StringComparison.OrdinalIgnoreCase);

    private static string? LawEnforcement(ReadOnlySpan<char> np, string lower)
    {
        if (ContainsWord(lower, "sheriff") || ContainsWord(lower, "undersheriff") || ContainsWord(lower, "sheriff's") || ContainsWord(lower, "sheriff’s")
            || ContainsWord(lower, "deputies") || ContainsWord(lower, "deputy"))
        {
            return "sheriff's office";
        }

        if (ContainsWord(lower, "police") || ContainsWord(lower, "officers") || ContainsWord(lower, "detectives")
            || ContainsWord(lower, "troopers") || ContainsWord(lower, "patrol"))
        {
            return "police";
        }

        if (ContainsWord(lower, "medical examiner") || ContainsWord(lower, "medical examiner's"))
        {
            return "medical examiner";
        }

        if (ContainsWord(lower, "coroner") || ContainsWord(lower, "coroner's"))
        {
            return "coroner";
        }

        int space = np.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? np : np[..space];
        return space > 0 && Has(PoliceTitles, first) ? "police" : null;
    }

    private static bool IsPersonName(ReadOnlySpan<char> np)
    {
        ReadOnlySpan<char> name = StripTitles(np);
        int words = 0;
        foreach (Range r in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[r];
            if (w.Length == 0)
            {
                continue;
            }

            words++;
            bool particle = w is "al" or "el" or "bin" or "ibn" or "de" or "van" or "von" or "abu" or "da" or "di" or "le";
            if (!particle && (!char.IsUpper(w[0]) || IsAllUpper(w) || Has(CommonNouns, w)))
            {
                return false;
            }
        }

        return words is >= 1 and <= 4 && FirstAlias(np, out _) < 0 && ActorRecognizer.Canonicalize(np.ToString()) is null;
    }

    /// <summary>A common-noun phrase ("officials", "Local officials", "witnesses"): every word after the first in lower case, the first too or a common noun.</summary>
    private static bool IsGeneric(ReadOnlySpan<char> np)
    {
        bool first = true;
        foreach (Range r in np.Split(' '))
        {
            ReadOnlySpan<char> w = np[r];
            if (w.Length == 0)
            {
                continue;
            }

            if (char.IsUpper(w[0]) && !(first && Has(CommonNouns, w)))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        if (w.Length < 2)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The run of capitalised words at the end of a phrase ("Rami Abdul Rahman" in "Observatory head Rami Abdul Rahman").</summary>
    private static ReadOnlySpan<char> TrailingName(ReadOnlySpan<char> np)
    {
        int end = np.Length;
        int start = end;
        int i = end;
        while (i > 0)
        {
            int wordEnd = i;
            while (i > 0 && np[i - 1] != ' ')
            {
                i--;
            }

            ReadOnlySpan<char> w = np[i..wordEnd];
            bool particle = w is "al" or "el" or "bin" or "ibn" or "de" or "abu";
            if (w.Length == 0 || (!particle && (!char.IsUpper(w[0]) || IsAllUpper(w) || Has(PersonTitles, w)
                || Has(PoliceTitles, w) || Has(OrganisationWords, w) || FirstAlias(w, out _) >= 0 || Has(CommonNouns, w))))
            {
                break;
            }

            start = i;
            while (i > 0 && np[i - 1] == ' ')
            {
                i--;
            }
        }

        ReadOnlySpan<char> run = np[start..end];
        return run.IndexOf(' ') > 0 ? run : default;
    }

    private static ReadOnlySpan<char> StripTitles(ReadOnlySpan<char> np)
    {
        while (true)
        {
            int space = np.IndexOf(' ');
            if (space < 0)
            {
                return np;
            }

            string first = np[..space].ToString();
            if (!PersonTitles.Contains(first) && !PoliceTitles.Contains(first))
            {
                return np;
            }

            np = np[(space + 1)..].TrimStart();
        }
    }

    private static string CleanName(ReadOnlySpan<char> person) => StripTitles(person).ToString();

    private static string[] NameTokens(ReadOnlySpan<char> person)
    {
        ReadOnlySpan<char> name = StripTitles(person);
        var tokens = new List<string>();
        foreach (Range r in name.SplitAny(" -‐"))
        {
            string key = AliasPattern.Key(name[r]);
            if (key.Length > 0)
            {
                tokens.Add(key);
            }
        }

        return [.. tokens];
    }

    private static ReadOnlySpan<char> StripDeterminer(ReadOnlySpan<char> np)
    {
        np = np.Trim();
        foreach (string d in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (np.StartsWith(d, StringComparison.OrdinalIgnoreCase))
            {
                return np[d.Length..].TrimStart();
            }
        }

        return np;
    }

    private static bool ContainsWord(string haystack, string word) => WholeWords.Contains(haystack, word, StringComparison.Ordinal);

    private static int FirstAlias(ReadOnlySpan<char> text, out int end)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
                && SourceMatcher.LongestAt(text, i) is { } hit)
            {
                end = hit.End;
                return hit.Value;
            }
        }

        end = 0;
        return -1;
    }

    private static AliasTrie BuildSourceMatcher()
    {
        var trie = new AliasTrie();
        for (int i = 0; i < SourceAliases.Entries.Length; i++)
        {
            SourceAlias e = SourceAliases.Entries[i];
            foreach (string a in e.Aliases)
            {
                trie.Add(a, i);
            }

            foreach (string a in e.Acronyms ?? [])
            {
                trie.Add(a, i, caseSensitive: true);
            }
        }

        return trie;
    }

    [GeneratedRegex(@"\b(?:of|for|at|with|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?(?<org>[A-Z][\w’'.-]*(?:\s+(?:of|for|the|al|el|[A-Z][\w’'.-]*))*)", RegexOptions.CultureInvariant)]
    private static partial Regex OrgAfterPreposition();
}
