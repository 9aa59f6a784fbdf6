using System.Buffers;
using System.Collections.Frozen;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Splits text into sentences with offsets: handles abbreviations, quotations, dashes, headlines without full stops,
/// and a sentence broken by a blank line.</summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>A full stop, question or exclamation mark (with any closing quotes or brackets after it) ends a sentence when white space
/// and then an upper-case letter, digit, opening quote or bracket follow, unless the word before it is a known abbreviation
/// ("Dr.", "Gov.", "a.m.", "U.S.") or a single initial ("J."). A stop glued between a lower-case letter and a capitalised word
/// ("cookout.Durham", scraped text that lost its space) ends one too, with the same exceptions.</item>
/// <item>A line break ends a sentence when the line ends with terminal punctuation, or the next line starts with an upper-case
/// letter, digit, quote or bullet (a headline or a list item has no full stop). A line break followed by a lower-case letter
/// continues the sentence, even across a blank line ("... between Albu Kamal and" / "the provincial capital ...").</item>
/// </list>
/// Sentences are trimmed of surrounding white space; empty ones are dropped; a sentence longer than <see cref="MaxSentenceChars"/>
/// is cut at a space. Allocation: one list of spans.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>The longest sentence: a longer one is cut at the last space before this many characters (real sentences in news
    /// reports stay under 2,000).</summary>
    internal const int MaxSentenceChars = 3000;

    // Lower-cased, without the final dot. Titles, months, and common news abbreviations.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
        "cmdr", "det", "insp", "supt", "st", "mt", "ft", "rev", "fr", "hon", "pres", "sec", "atty", "jr", "sr", "no", "nos", "vs",
        "etc", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "ave", "blvd", "rd", "hwy", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
        "wash", "wis", "wyo", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "d.c", "n.y", "l.a");

    /// <summary>The only characters the split looks at (terminal punctuation and the line break): every other character is skipped
    /// by one vectorised search instead of one test each.</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create(".?!…\n");

    /// <summary>Returns the sentences of <paramref name="text"/>, in order, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>(Math.Max(4, text.Length / 100));
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            int skip = text.AsSpan(i).IndexOfAny(Stops);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            char c = text[i];
            if (c is '.' or '?' or '!' or '…')
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '.' or '?' or '!')
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (IsTerminal(text, start, i, end))
                {
                    Add(text, start, end, result);
                    start = end;
                }

                i = end;
                continue;
            }

            if (c == '\n')
            {
                int next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next >= text.Length)
                {
                    break;
                }

                // A lower-case continuation joins the sentence across a line break or a blank line.
                bool continues = char.IsLower(text[next]) && !EndsWithTerminal(text, start, i);
                if (!continues)
                {
                    Add(text, start, i, result);
                    start = next;
                }

                i = next;
                continue;
            }

            i++; // unreachable in practice: the search stops only at the characters handled above
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '“' or '‘' or '«' or '-' or '–' or '—' or '•' or '*';

    private static bool EndsWithTerminal(string text, int start, int end)
    {
        int j = end - 1;
        while (j >= start && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        while (j >= start && IsCloser(text[j]))
        {
            j--;
        }

        return j >= start && text[j] is '.' or '?' or '!' or ':' or '…';
    }

    private static bool IsTerminal(string text, int start, int punct, int end)
    {
        // Needs white space after, then an upper-case letter, digit or opener (or the end of the text); or, in scraped text that
        // lost the space, a lower-case letter before the stop and a capitalised word right after it ("at a cookout.Durham
        // investigators", "on Friday night.Police said"), which no domain ("WRAL.com"), decimal or initialism ("U.S.") is.
        int j = end;
        if (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            bool glued = end == punct + 1 && punct > start && char.IsLower(text[punct - 1])
                         && j + 1 < text.Length && char.IsUpper(text[j]) && char.IsLower(text[j + 1]);
            if (!glued)
            {
                return false;
            }
        }

        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= text.Length)
        {
            return true;
        }

        char next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || IsOpener(next)))
        {
            return false;
        }

        if (text[punct] != '.')
        {
            return true;
        }

        // The word before the dot: an abbreviation or a single initial does not end a sentence.
        int w = punct;
        while (w > start && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"' and not '“')
        {
            w--;
        }

        ReadOnlySpan<char> word = text.AsSpan(w, punct - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // "J. Smith", "U. S."
        }

        if (word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false; // "U.S. forces", "Gov. Smith", "10 a.m. Sunday"
        }

        return true;
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        // A byte order mark the text kept ("\uFEFF" at a .jsonl text's start) is no part of its first sentence.
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // A run-on text (no full stops, a scraped table, one enormous line) is cut into pieces at a space: no real sentence is
        // this long, and every later step reads a sentence as a unit, so the work per report stays in proportion to its length.
        while (end - start > MaxSentenceChars)
        {
            int limit = start + MaxSentenceChars;
            int cut = text.AsSpan(start + 1, MaxSentenceChars - 1).LastIndexOfAny(' ', '\t', '\n');
            cut = cut >= 0 ? start + 1 + cut : char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
            int pieceEnd = cut;
            while (pieceEnd > start && char.IsWhiteSpace(text[pieceEnd - 1]))
            {
                pieceEnd--;
            }

            result.Add(new TextSpan(start, pieceEnd));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
