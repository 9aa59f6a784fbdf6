using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>
/// Days a sentence gives that are not when anything happened: a status day, when a state held ("remained in critical condition
/// Sunday", "was still at large Monday", "Police on Saturday had yet to name him", "died Thursday after being shot", "were searching
/// Tuesday for the gunman"), which bounds
/// the incident like a statement's day (it came on or before it); and a future day ("will be arraigned Monday", "is scheduled to
/// appear Friday"), which says nothing of when the incident was.
/// </summary>
internal static class DayCues
{
    /// <summary>How many words before a day a "remained" or a future auxiliary may stand and still govern it.</summary>
    private const int ClauseWords = 5;

    /// <summary>
    /// Whether the day at <paramref name="date"/> is a status day: right after a word of a lasting state ("in critical condition
    /// Sunday", "at large Monday", "in stable condition late Friday"); after "remained", "remains" or "still" within a few words of
    /// the same clause ("remained hospitalized Sunday"); right before "had yet to", "still", "continued" or "remained" ("Police on
    /// Saturday had yet to identify him"); right after "unclear" or "unknown" ("It was unclear Friday whether ..."); right after the
    /// progressive verb of an inquiry ("were searching Tuesday", "are investigating Sunday"); or the day of a death told as coming after the wound ("died Thursday after he was shot",
    /// "died Sunday from his wounds").
    /// </summary>
    public static bool IsStatus(string text, TextSpan sentence, TextSpan date)
    {
        ReadOnlySpan<char> after = NextWord(text, sentence.End, date.End, out int next);
        if (after is "still" or "continued" or "remained" or "remains")
        {
            return true;
        }

        if (after is "had" && NextWord(text, sentence.End, next, out _) is "yet")
        {
            return true;
        }

        int i = date.Start;
        for (int words = 0; words < ClauseWords; words++)
        {
            ReadOnlySpan<char> before = PreviousWord(text, sentence.Start, i, out i);
            if (before.IsEmpty)
            {
                return false;
            }

            if (words == 0 && before is "on" or "late" or "early" or "this" or "last")
            {
                words--; // "in critical condition on Sunday": the preposition or modifier does not count
                continue;
            }

            if (words == 0 && (before is "condition" or "large" or "stable" or "critical" or "unclear" or "unknown")
                || (before is "died" or "dies" && words == 0 && after is "after" or "from"))
            {
                return true;
            }

            if (before is "remained" or "remains" or "still")
            {
                return true;
            }

            if (words == 0 && IsInquiry(before) && PreviousWord(text, sentence.Start, i, out _) is "was" or "were" or "is" or "are")
            {
                return true; // "police were searching Tuesday for the gunman": the inquiry went on that day, after the incident
            }

            if (IsClauseBreak(before))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the day at <paramref name="date"/> is a future one: "will", "scheduled" or "expected" within a few words before it in
    /// the same clause ("will be arraigned Monday", "is scheduled to appear in court Friday", "is expected to be released Tuesday").
    /// </summary>
    public static bool IsFuture(string text, TextSpan sentence, TextSpan date)
    {
        int i = date.Start;
        for (int words = 0; words < ClauseWords; words++)
        {
            ReadOnlySpan<char> before = PreviousWord(text, sentence.Start, i, out i);
            if (before.IsEmpty || IsClauseBreak(before))
            {
                return false;
            }

            if (before is "will" or "scheduled" or "expected")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The progressive verbs of an inquiry under way ("were searching", "are investigating"), which follows the incident.</summary>
    private static bool IsInquiry(ReadOnlySpan<char> word) =>
        word is "searching" or "investigating" or "looking" or "hunting" or "seeking" or "canvassing" or "interviewing" or "questioning";

    /// <summary>Words that start another clause, past which a cue before the day no longer governs it.</summary>
    private static bool IsClauseBreak(ReadOnlySpan<char> word) =>
        word is "after" or "when" or "and" or "but" or "before" or "while" or "because" or "said" or "says" or "that";

    /// <summary>The word ending before <paramref name="i"/> as written (the cues are lower-case, so a capitalised word, which opens
    /// a sentence or names something, never matches), empty at the sentence's start or past a comma, full stop, semicolon or quote.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int floor, int i, out int start)
    {
        int end = i;
        while (end > floor && !char.IsLetter(text[end - 1]))
        {
            if (text[end - 1] is ',' or '.' or ';' or ':' or '"' or '“' or '”')
            {
                start = end;
                return [];
            }

            end--;
        }

        start = end;
        while (start > floor && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The word starting after <paramref name="j"/>, empty at the sentence's end or past a comma, full stop, semicolon or quote.</summary>
    private static ReadOnlySpan<char> NextWord(string text, int ceiling, int j, out int end)
    {
        int start = j;
        while (start < ceiling && !char.IsLetter(text[start]))
        {
            if (text[start] is ',' or '.' or ';' or ':' or '"' or '“' or '”')
            {
                end = start;
                return [];
            }

            start++;
        }

        end = start;
        while (end < ceiling && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }
}
