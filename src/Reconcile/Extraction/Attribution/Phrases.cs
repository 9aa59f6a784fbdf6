using System.Collections.Frozen;

namespace Reconcile.Extraction;

/// <summary>A speaker's noun phrase found around a speech verb, with an appositive that gives the speaker's role and a name the role belongs to.</summary>
/// <param name="Start">Offset of the phrase in the sentence.</param>
/// <param name="End">Offset one past the phrase.</param>
/// <param name="AppositiveStart">Offset of a role appositive (", head of the ...", ", who heads the ..."), when any.</param>
/// <param name="AppositiveEnd">Offset one past the appositive; 0 when none.</param>
/// <param name="NameStart">Offset of the person a role phrase belongs to ("Jaafar Al Hussaini" in "Jaafar Al Hussaini, spokesman for ..."), when any.</param>
/// <param name="NameEnd">Offset one past the name; 0 when none.</param>
internal readonly record struct Phrase(int Start, int End, int AppositiveStart = 0, int AppositiveEnd = 0, int NameStart = 0, int NameEnd = 0)
{
    /// <summary>Gets whether no phrase was found.</summary>
    public bool IsEmpty => End <= Start;
}

/// <summary>Scans speakers' noun phrases backward from a speech verb ("a monitor said") or forward from it ("said Rami Abdel Rahman, head of ...").</summary>
/// <remarks>Works on the sentence as a span, by characters and words; allocates nothing.</remarks>
internal static class Phrases
{
    private static bool Has(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private const int MaxWords = 10;

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "that", "and", "but", "or", "nor", "as", "when", "which", "who", "whom", "whose", "while", "because", "since", "after", "before",
        "if", "though", "although", "where", "so", "than", "what", "how", "why", "said", "says", "say", "told", "tells", "reported",
        "is", "was", "were", "are", "has", "have", "had", "been", "be", "not", "also", "there", "here", "then", "now", "only", "just",
        "even", "still", "to", "in", "on", "with", "by", "from", "into", "about", "over", "under", "during", "near", "across", "against",
        "between", "killed", "wounded", "died", "injured", "it's", "would", "will", "could", "may", "might", "can", "did", "do", "does",
        "earlier", "later", "yesterday", "today", "meanwhile", "however", "separately", "added", "adding", "saying", "i",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "also", "further", "later", "earlier", "previously", "initially", "first", "then", "again", "had", "has", "have", "would", "will",
        "could", "may", "might", "on", "late", "early", "last", "yesterday", "today", "tonight", "night", "morning", "afternoon", "evening",
        "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "previously", "subsequently", "separately", "reportedly",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    // Words through which a phrase continues past a determiner: "head of the Syrian Observatory", "a coalition supporting the military effort".
    private static readonly FrozenSet<string> Linkers = FrozenSet.ToFrozenSet(
        ["of", "for", "at", "supporting", "backing", "leading", "representing"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["who", "which", "whose", "whom", "that"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["Sgt", "Lt", "Dr", "Mr", "Mrs", "Ms", "Capt", "Det", "Cpl", "Gov", "Rev", "Gen", "Col", "Maj", "Sen", "Rep", "St", "Jr", "Sr", "Insp", "Supt", "Cmdr", "Lt.Col"],
        StringComparer.Ordinal);

    /// <summary>Gets the role words that make a person speak for an organisation.</summary>
    internal static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(Lexicon.SourceAliases.SpeakingRoles, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word is a filler (a day, a month, an auxiliary) that may sit between a speaker and the verb.</summary>
    public static bool IsFiller(ReadOnlySpan<char> words)
    {
        foreach (Range r in words.Split(' '))
        {
            ReadOnlySpan<char> w = words[r].Trim(",. ");
            if (w.Length > 0 && !IsFillerWord(w))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds the subject of the speech verb at <paramref name="verb"/>, skipping appositives and relative clauses set off by commas.</summary>
    public static Phrase Backward(ReadOnlySpan<char> s, int verb)
    {
        int floor = HardBoundaryBefore(s, verb);
        int end = StripFillerBackward(s, verb, floor);
        if (end <= floor)
        {
            return default;
        }

        if (s[end - 1] != ',')
        {
            Phrase np = Scan(s, end, floor);
            return WithName(s, np, floor);
        }

        // "X, <appositive>, said" / "X, which ..., reported": walk the comma segments leftwards to the head.
        int appStart = 0, appEnd = 0;
        end--;
        for (int guard = 0; guard < 6; guard++)
        {
            int comma = LastComma(s, floor, end);
            int segStart = comma < 0 ? floor : comma + 1;
            if (comma >= 0 && IsAppositiveLike(s[segStart..end], out bool role))
            {
                if (role && appEnd == 0)
                {
                    (appStart, appEnd) = Trimmed(s, segStart, end);
                }

                end = StripFillerBackward(s, comma, floor);
                continue;
            }

            Phrase head = Scan(s, end, segStart);
            if (head.IsEmpty)
            {
                return default;
            }

            head = WithName(s, head, floor);
            return appEnd > 0 ? head with { AppositiveStart = appStart, AppositiveEnd = appEnd } : head;
        }

        return default;
    }

    /// <summary>Finds the phrase after a speech verb or "according to" ("said Rami Abdel Rahman, head of the ...", "according to the observatory").</summary>
    public static Phrase Forward(ReadOnlySpan<char> s, int position)
    {
        int i = position;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        int start = i, end = i, words = 0;
        while (i < s.Length && words < MaxWords)
        {
            int wordEnd = WordEnd(s, i);
            if (wordEnd == i)
            {
                break;
            }

            ReadOnlySpan<char> w = s[i..wordEnd];
            bool first = words == 0;
            if (ContainsDigit(w) || (!first && (Has(StopWords, w) || IsFillerWord(w))) || (first && Has(StopWords, w) && !IsPronoun(w)))
            {
                break;
            }

            if (!first && !Has(Determiners, w) && !Has(Linkers, w) && IsFillerWord(w))
            {
                break;
            }

            end = wordEnd;
            words++;
            i = wordEnd;
            int next = i;
            while (next < s.Length && s[next] == ' ')
            {
                next++;
            }

            if (next >= s.Length || !IsWordChar(s[next]))
            {
                break;
            }

            i = next;
        }

        if (end <= start)
        {
            return default;
        }

        // An affiliation: "Detective X with the Houston Police Department", "a statement from Gary police".
        int j = end;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        int afterWord = WordEnd(s, j);
        if (afterWord > j && (s[j..afterWord].Equals("with", StringComparison.OrdinalIgnoreCase) || s[j..afterWord].Equals("from", StringComparison.OrdinalIgnoreCase)))
        {
            int k = afterWord;
            while (k < s.Length && s[k] == ' ')
            {
                k++;
            }

            if (k < s.Length && (char.IsUpper(s[k]) || s[k..].StartsWith("the ", StringComparison.OrdinalIgnoreCase)))
            {
                int segEnd = k;
                while (segEnd < s.Length && s[segEnd] is not (',' or ';' or '(' or '"' or '“' or '”'))
                {
                    segEnd++;
                }

                while (segEnd > j && s[segEnd - 1] is '.' or '!' or '?' or ' ')
                {
                    segEnd--;
                }

                return new Phrase(start, end, j, segEnd);
            }
        }

        // A role appositive: ", head of the Syrian Observatory for Human Rights", ", who heads the Britain-based monitor".

        if (j < s.Length && s[j] == ',')
        {
            int segStart = j + 1;
            int segEnd = segStart;
            while (segEnd < s.Length && s[segEnd] is not (',' or ';' or '(' or '"' or '“' or '”'))
            {
                segEnd++;
            }

            if (IsAppositiveLike(s[segStart..segEnd], out bool role) && role)
            {
                (int a, int b) = Trimmed(s, segStart, segEnd);
                while (b > a && s[b - 1] is '.' or '!' or '?')
                {
                    b--;
                }

                return new Phrase(start, end, a, b);
            }
        }

        return new Phrase(start, end);
    }

    /// <summary>Whether a phrase contains a role word ("spokesman", "head") in its first words.</summary>
    public static bool HasRole(ReadOnlySpan<char> phrase)
    {
        int words = 0;
        foreach (Range r in phrase.Split(' '))
        {
            ReadOnlySpan<char> w = phrase[r].Trim(",.’'");
            if (w.Length == 0)
            {
                continue;
            }

            if (Has(Roles, w))
            {
                return true;
            }

            if (++words >= 4)
            {
                break;
            }
        }

        return false;
    }

    private static Phrase WithName(ReadOnlySpan<char> s, Phrase np, int floor)
    {
        if (np.IsEmpty || !HasRole(s[np.Start..np.End]))
        {
            return np;
        }

        // "Jaafar Al Hussaini, spokesman for ...": the name before the comma the role phrase follows.
        int k = np.Start;
        while (k > floor && s[k - 1] == ' ')
        {
            k--;
        }

        if (k <= floor || s[k - 1] != ',')
        {
            return np;
        }

        int comma = k - 1;
        int prev = LastComma(s, floor, comma);
        Phrase name = Scan(s, comma, prev < 0 ? floor : prev + 1);
        return name.IsEmpty ? np : np with { NameStart = name.Start, NameEnd = name.End };
    }

    /// <summary>Scans words backward from <paramref name="end"/> while they can belong to a noun phrase.</summary>
    private static Phrase Scan(ReadOnlySpan<char> s, int end, int floor)
    {
        while (end > floor && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        int start = end, words = 0;
        int i = end;
        while (i > floor && words < MaxWords)
        {
            while (i > floor && s[i - 1] == ' ')
            {
                i--;
            }

            if (i <= floor || !IsWordChar(s[i - 1]))
            {
                break;
            }

            int k = i;
            while (k > floor && IsWordChar(s[k - 1]))
            {
                k--;
            }

            ReadOnlySpan<char> w = s[k..i].TrimEnd('.');
            if (w.Length == 0 || ContainsDigit(w) || (Has(StopWords, w) && !(words == 0 && IsPronoun(w)) && !JoinsName(s, w, k, start, end, floor)))
            {
                break;
            }

            start = k;
            words++;
            i = k;
            if (Has(Determiners, w) && !LinkerBefore(s, k, floor))
            {
                break;
            }

            if (IsPronoun(w))
            {
                break;
            }
        }

        return words == 0 ? default : new Phrase(start, end);
    }

    /// <summary>Whether "and" at <paramref name="k"/> joins two capitalised parts of one organisation's name ("the National Disaster Risk
    /// Reduction and Management Council", "the Department of Health and Human Services"): a capitalised word after it and one before it,
    /// and the phrase ends with an organisation's head noun.</summary>
    private static bool JoinsName(ReadOnlySpan<char> s, ReadOnlySpan<char> w, int k, int next, int end, int floor)
    {
        if (!w.Equals("and", StringComparison.Ordinal) || next >= s.Length || !char.IsUpper(s[next]))
        {
            return false;
        }

        // The phrase ends with an organisation's head noun: "... and Management Council", not "Smith and Jones".
        int h = end;
        while (h > next && IsWordChar(s[h - 1]))
        {
            h--;
        }

        if (!Has(SpeakerResolver.OrganisationWords, s[h..end].TrimEnd('.')))
        {
            return false;
        }

        ReadOnlySpan<char> before = WordBefore(s, k, floor);
        return !before.IsEmpty && char.IsUpper(before[0]) && !Has(Determiners, before);
    }

    private static bool LinkerBefore(ReadOnlySpan<char> s, int k, int floor)
    {
        ReadOnlySpan<char> before = WordBefore(s, k, floor);
        return !before.IsEmpty && Has(Linkers, before);
    }

    /// <summary>The word that ends before position <paramref name="k"/> (spaces between skipped), not reaching before
    /// <paramref name="floor"/>; empty when there is none.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> s, int k, int floor)
    {
        int i = k;
        while (i > floor && s[i - 1] == ' ')
        {
            i--;
        }

        int j = i;
        while (j > floor && IsWordChar(s[j - 1]))
        {
            j--;
        }

        return s[j..i];
    }

    private static bool IsAppositiveLike(ReadOnlySpan<char> segment, out bool role)
    {
        ReadOnlySpan<char> t = segment.Trim();
        role = false;
        if (t.Length == 0)
        {
            return false;
        }

        role = HasRole(t);
        int space = t.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? t : t[..space];
        return role || Has(Relatives, first) || Has(Determiners, first) || IsAllDigits(first);
    }

    private static int StripFillerBackward(ReadOnlySpan<char> s, int end, int floor)
    {
        while (true)
        {
            while (end > floor && char.IsWhiteSpace(s[end - 1]))
            {
                end--;
            }

            int probe = end;
            if (probe > floor && s[probe - 1] == ',')
            {
                probe--;
                while (probe > floor && s[probe - 1] == ' ')
                {
                    probe--;
                }
            }

            int k = probe;
            while (k > floor && IsWordChar(s[k - 1]))
            {
                k--;
            }

            if (k < probe && IsFillerWord(s[k..probe]))
            {
                end = k;
                continue;
            }

            return end;
        }
    }

    private static int HardBoundaryBefore(ReadOnlySpan<char> s, int verb)
    {
        for (int i = verb - 1; i >= 0; i--)
        {
            if (s[i] is ';' or ':' or '(' or ')' or '“' or '”' or '"' or '—' or '–' or '[' or ']')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int LastComma(ReadOnlySpan<char> s, int floor, int end)
    {
        int i = s[floor..end].LastIndexOf(',');
        return i < 0 ? -1 : floor + i;
    }

    private static (int Start, int End) Trimmed(ReadOnlySpan<char> s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int WordEnd(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length)
        {
            char c = s[j];
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '&')
            {
                j++;
            }
            else if (c == '.' && j > i && (j + 1 < s.Length && char.IsLetter(s[j + 1]) || Has(Abbreviations, s[i..j])))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '&' or '.';

    private static bool IsFillerWord(ReadOnlySpan<char> w) =>
        (w.Length <= 4 && IsAllDigits(w)) || Has(Fillers, w);

    private static bool IsAllDigits(ReadOnlySpan<char> w)
    {
        if (w.Length == 0)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word is a personal pronoun that can stand for a speaker.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> w) =>
        w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
        || w.Equals("they", StringComparison.OrdinalIgnoreCase) || w.Equals("it", StringComparison.OrdinalIgnoreCase);
}
