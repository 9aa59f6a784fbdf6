using System.Buffers;
using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds who each sentence's statements are attributed to, resolving "a monitor" and "the Britain-based monitor" to the source named elsewhere in the report.</summary>
/// <remarks>
/// <para>Per sentence it looks for a speech verb ("said", "told", "reported", ...) outside quotation marks, or
/// "according to"/"citing", and takes the speaker: the noun phrase before the verb ("a monitor said"), after it
/// ("said Rami Abdel Rahman, head of the ..."), or after "according to". The speaker is then resolved within the report:</para>
/// <list type="bullet">
/// <item>a named source or one of its aliases ("the Observatory", "State news agency SANA") becomes its canonical name;</item>
/// <item>a person whose role speaks for an organisation ("head of", "who heads", "spokesman for", "Observatory head X")
/// becomes that organisation, and so does the same person later ("Abdel Rahman said", "he said");</item>
/// <item>"a monitor", "the war monitor", "the activist group" become the monitor the report names anywhere, else
/// <see cref="Lexicon.SourceAliases.UnnamedMonitor"/>;</item>
/// <item>police titles and phrases become "police", sheriffs and deputies "sheriff's office"; other generic speakers
/// ("officials", "witnesses") are kept in lower case; outlets are the source only when they report themselves ("Reuters reported"),
/// never when told ("told AFP": the speaker is the source).</item>
/// </list>
/// <para>A quoted sentence with no attribution of its own takes the attribution of the sentence that closes its quotation,
/// or of the attributed quote just before it in the same paragraph. Deterministic and thread-safe.</para>
/// </remarks>
internal static partial class AttributionRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Returns one finding per attributed sentence, in text order.</summary>
    public static IReadOnlyList<SourceFinding> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var state = new SpeakerResolver(text);
        var found = new SourceFinding?[sentences.Count];
        var quotedAtStart = new bool[sentences.Count];
        var quoteOpenAtEnd = new bool[sentences.Count];
        var newParagraph = new bool[sentences.Count];
        bool inQuote = false;
        int pos = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            TextSpan sentence = sentences[i];
            newParagraph[i] = i == 0 || text.AsSpan(pos, Math.Max(0, sentence.Start - pos)).Contains('\n');
            inQuote = Scan(text, pos, sentence.Start, inQuote);
            quotedAtStart[i] = inQuote || StartsWithQuote(text, sentence);
            found[i] = FindInSentence(text, sentence, i, inQuote, state);
            inQuote = Scan(text, sentence.Start, sentence.End, inQuote);
            quoteOpenAtEnd[i] = inQuote;
            pos = Math.Max(pos, sentence.End);
        }

        // Quoted sentences without an attribution of their own: the sentence that closes the quotation, else the attributed quote before.
        for (int i = 0; i < sentences.Count; i++)
        {
            if (found[i] is not null || !quotedAtStart[i])
            {
                continue;
            }

            if (quoteOpenAtEnd[i])
            {
                for (int j = i + 1; j < sentences.Count && j <= i + 4 && !newParagraph[j]; j++)
                {
                    if (found[j] is { } next && !quoteOpenAtEnd[j])
                    {
                        found[i] = next with { SentenceIndex = i };
                        break;
                    }

                    if (!quoteOpenAtEnd[j])
                    {
                        break;
                    }
                }
            }
            else if (i > 0 && !newParagraph[i] && found[i - 1] is { } previous && quotedAtStart[i - 1])
            {
                found[i] = previous with { SentenceIndex = i };
            }
        }

        var results = new List<SourceFinding>();
        foreach (SourceFinding? f in found)
        {
            if (f is { } finding)
            {
                results.Add(finding);
            }
        }

        return results;
    }

    private static SourceFinding? FindInSentence(string text, TextSpan sentence, int index, bool quotedAtStart, SpeakerResolver state)
    {
        ReadOnlySpan<char> s = text.AsSpan(sentence.Start, sentence.Length);
        Candidate? best = null;

        foreach (ValueMatch m in AccordingTo().EnumerateMatches(s))
        {
            if (InQuote(s, m.Index, quotedAtStart))
            {
                continue;
            }

            Phrase np = Phrases.Forward(s, m.Index + m.Length);
            if (np.IsEmpty)
            {
                continue;
            }

            Consider(ref best, new Candidate(m.Index, np.AppositiveEnd > 0 ? np.AppositiveEnd : np.End, np, Inverted: true), s);
        }

        List<(int Index, int Length)> verbs = t_verbs ??= [];
        verbs.Clear();
        AnchoredScan.FindAll(s, SpeechVerbWords, AnchoredSpeechVerb(), SpeechVerb(), verbs);
        foreach ((int Index, int Length) m in verbs)
        {
            if (InQuote(s, m.Index, quotedAtStart) || NotSpeech().IsMatch(NotSpeechTail(s[..m.Index])))
            {
                continue;
            }

            int verbEnd = m.Index + m.Length;
            ReadOnlySpan<char> before = s[..m.Index].TrimEnd();
            // Inverted order ("..., said Rami Abdel Rahman, head of ..."): the phrase after the verb must end the clause.
            if ((before.Length == 0 || before[^1] is ',' or '"' or '”' or '’' or '\'') && !IsTold(s[m.Index..verbEnd]))
            {
                Phrase inverted = Phrases.Forward(s, verbEnd);
                int after = inverted.AppositiveEnd > 0 ? inverted.AppositiveEnd : inverted.End;
                if (!inverted.IsEmpty && !Phrases.IsFiller(s[inverted.Start..inverted.End])
                    && (TrailingOnly().IsMatch(s[after..]) || s[after..].TrimStart().StartsWith(',') || RelativeAfter().IsMatch(s[after..])))
                {
                    Consider(ref best, new Candidate(m.Index, inverted.AppositiveEnd > 0 ? inverted.AppositiveEnd : inverted.End, inverted, Inverted: true), s);
                    continue;
                }
            }

            Phrase subject = Phrases.Backward(s, m.Index);
            if (!subject.IsEmpty)
            {
                Consider(ref best, new Candidate(subject.Start, verbEnd, subject, Inverted: false), s);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        string? source = state.Resolve(chosen.Speaker, sentence.Start);
        if (source is null)
        {
            return null;
        }

        return new SourceFinding(new TextSpan(sentence.Start + chosen.Start, sentence.Start + chosen.End), source, index);
    }

    /// <summary>Keeps the first candidate, unless a later one is the main clause ("Police said ...", "..., police said.") and the kept one is not.</summary>
    private static void Consider(ref Candidate? best, Candidate candidate, ReadOnlySpan<char> s)
    {
        bool main = IsMain(candidate, s);
        if (best is not { } current)
        {
            best = candidate with { Main = main };
        }
        else if (main && !current.Main)
        {
            best = candidate with { Main = true };
        }
        else if (main == current.Main && candidate.Start < current.Start)
        {
            best = candidate with { Main = main };
        }
    }

    private static bool IsMain(Candidate c, ReadOnlySpan<char> s) =>
        LeadingOnly().IsMatch(s[..c.Start]) || TrailingOnly().IsMatch(s[c.End..]);

    /// <summary>
    /// The end of <paramref name="before"/> on which <see cref="NotSpeech"/> gives the same answer as on all of it: a match is one of its
    /// words (at most five letters) followed only by white space, so starting six characters before the last non-blank one loses no match
    /// and adds none (no word of six letters can start at the cut).
    /// </summary>
    private static ReadOnlySpan<char> NotSpeechTail(ReadOnlySpan<char> before)
    {
        int end = before.TrimEnd().Length;
        return before[Math.Max(0, end - 6)..];
    }

    private static bool IsTold(ReadOnlySpan<char> verb) =>
        verb.Equals("told", StringComparison.OrdinalIgnoreCase) || verb.Equals("tells", StringComparison.OrdinalIgnoreCase);

    private static bool InQuote(ReadOnlySpan<char> s, int position, bool quotedAtStart)
    {
        bool inQuote = quotedAtStart;
        int i = 0;
        while (i < position)
        {
            // Only a quote mark can change the state: jump to the next one (vectorised) instead of stepping every character.
            int k = s[i..position].IndexOfAny(QuoteMarkValues);
            if (k < 0)
            {
                break;
            }

            i += k;
            inQuote = Toggle(s[i], inQuote, i > 0 ? s[i - 1] : ' ', i + 1 < s.Length ? s[i + 1] : ' ');
            i++;
        }

        return inQuote;
    }

    private static bool Scan(string text, int from, int to, bool inQuote)
    {
        int i = from;
        while (i < to)
        {
            // Only a quote mark or a line break can change the state: jump to the next one.
            int k = text.AsSpan(i, to - i).IndexOfAny(QuoteMarkOrLineBreakValues);
            if (k < 0)
            {
                break;
            }

            i += k;
            char c = text[i];
            inQuote = c != '\n' && Toggle(c, inQuote, i > 0 ? text[i - 1] : ' ', i + 1 < text.Length ? text[i + 1] : ' ');
            i++;
        }

        return inQuote;
    }

    /// <summary>The characters <see cref="Toggle"/> acts on; every other character leaves the quote state as it is.</summary>
    internal const string QuoteMarks = "“”’\"";

    private static readonly SearchValues<char> QuoteMarkValues = SearchValues.Create(QuoteMarks);

    private static readonly SearchValues<char> QuoteMarkOrLineBreakValues = SearchValues.Create(QuoteMarks + "\n");

    /// <summary>Curly quotes open and close; a straight double quote opens after a space and closes before one (else toggles); "’’" closes.</summary>
    /// <remarks>Acts only on the characters of <see cref="QuoteMarks"/> (a test checks every other character leaves the state unchanged).</remarks>
    internal static bool Toggle(char c, bool inQuote, char previous, char next) => c switch
    {
        '“' => true,
        '”' => false,
        '’' when next == '’' => false,
        '"' when (char.IsWhiteSpace(previous) || previous is '(' or '[' or '—') && !char.IsWhiteSpace(next) => true,
        '"' when char.IsWhiteSpace(next) || next is '.' or ',' or ';' or ':' or '!' or '?' or ')' => false,
        '"' => !inQuote,
        _ => inQuote,
    };

    private static bool StartsWithQuote(string text, TextSpan sentence)
    {
        ReadOnlySpan<char> s = text.AsSpan(sentence.Start, sentence.Length).TrimStart();
        return s.Length > 0 && s[0] is '“' or '"';
    }

    private readonly record struct Candidate(int Start, int End, Phrase Speaker, bool Inverted, bool Main = false);

    [GeneratedRegex(@"\b(?:according\s+to|citing|quoting)\s+", Options)]
    private static partial Regex AccordingTo();

    private const string SpeechVerbPattern =
        @"\b(?:said|says|say|told|tells|reported|reports|added|adds|stated|states|announced|confirmed|confirms|estimated|estimates|noted|explained|wrote|tweeted|warned|indicated|claimed|claims)\b";

    /// <summary>The words every <see cref="SpeechVerb"/> match starts with.</summary>
    private static readonly SearchValues<string> SpeechVerbWords = SearchValues.Create(
        ["said", "say", "told", "tells", "report", "add", "stated", "states", "announced", "confirm", "estimate", "noted", "explained", "wrote",
         "tweeted", "warned", "indicated", "claim"],
        StringComparison.OrdinalIgnoreCase);

    [ThreadStatic]
    private static List<(int Index, int Length)>? t_verbs;

    [GeneratedRegex(SpeechVerbPattern, Options)]
    private static partial Regex SpeechVerb();

    [GeneratedRegex(@"\G" + SpeechVerbPattern, Options)]
    private static partial Regex AnchoredSpeechVerb();

    // "was reported", "the reported toll", "it is said", "who say" (relative clause without a subject).
    [GeneratedRegex(@"(?:\b(?:was|were|been|is|are|be|being|the|a|an|its|their|his|her)\s*)$", Options)]
    private static partial Regex NotSpeech();

    [GeneratedRegex(@"^[\s""“‘'(]*(?:(?:But|And|Earlier|Later|Meanwhile|However|Also|Separately|Yet|So)\b,?\s*)?$", Options)]
    private static partial Regex LeadingOnly();

    [GeneratedRegex(@"^\s+(?:who|whose|as|while)\b", Options)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"^(?:[\s,]+|\bat\s+an?\s+(?:[\w-]+\s+){0,3}?(?:news|press)\s+(?:conference|briefing)|\bin\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|e-?mail|release|briefing)|\b(?:on|late|early|last|this|in\s+a\s+(?:statement|news\s+release|press\s+release|release|briefing)|yesterday|today|tonight|night|morning|afternoon|evening|overnight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2})\b)*[\s.!?""”’)]*$", Options)]
    private static partial Regex TrailingOnly();
}
