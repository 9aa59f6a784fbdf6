using NodaTime;
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

    /// <summary>How many words after a period cue ("during", "over", "in") its length may come ("over the past two years").</summary>
    private const int PeriodCueWords = 3;

    /// <summary>
    /// When the deeds of a finding reported by a statement that leads it happened ("The UN said on Thursday that 741 people were
    /// executed"): the statement's day dates the telling, not the deeds, which came on or before it. A length the finding gives its
    /// period after "during", "over", "in", "throughout", "for" or "within" ("during its three-year rule", "over the past two years",
    /// "in the 21-year war", "within six months") reaches back that long before the statement, with the length's precision; otherwise
    /// the deeds get the <paramref name="windowDays"/> days up to the statement. Ages ("a 3-year-old") are not lengths.
    /// </summary>
    public static DateRange LedFindingPeriod(string text, TextSpan sentence, TextSpan date, LocalDate day, int windowDays)
    {
        int sinceCue = int.MaxValue;
        int j = date.End;
        while (j < sentence.End)
        {
            ReadOnlySpan<char> w = NextToken(text, sentence.End, ref j);
            if (w.IsEmpty)
            {
                break;
            }

            if (w is "during" or "over" or "in" or "throughout" or "for" or "within")
            {
                sinceCue = 0;
                continue;
            }

            if (sinceCue++ >= PeriodCueWords)
            {
                continue;
            }

            // "three-year", "21-year-long", or "two years": a count, then a unit of time.
            int dash = w.IndexOf('-');
            ReadOnlySpan<char> count = dash > 0 ? w[..dash] : w;
            ReadOnlySpan<char> unit = dash > 0 ? w[(dash + 1)..] : [];
            int k = j;
            if (dash < 0)
            {
                unit = NextToken(text, sentence.End, ref k);
            }

            if (unit.EndsWith("-old", StringComparison.Ordinal) || (dash < 0 && NextToken(text, sentence.End, ref k) is "old"))
            {
                continue;
            }

            int end = unit.IndexOf('-');
            unit = end > 0 ? unit[..end] : unit;
            if (Count(count) is { } n && n > 0 && n <= 100)
            {
                switch (unit)
                {
                    case "year" or "years":
                        return new DateRange(day.PlusYears(-n), day, DatePrecision.Year);
                    case "month" or "months":
                        return new DateRange(day.PlusMonths(-n), day, n >= 12 ? DatePrecision.Year : DatePrecision.Month);
                    case "week" or "weeks":
                        return new DateRange(day.PlusWeeks(-n), day, n == 1 ? DatePrecision.Week : DatePrecision.Month);
                    case "day" or "days":
                        return new DateRange(day.PlusDays(-n), day, n <= 7 ? DatePrecision.Week : DatePrecision.Month);
                }
            }
        }

        return new DateRange(day.PlusDays(-windowDays), day, DatePrecision.Week);
    }

    /// <summary>A count in digits ("21") or words ("three", "twenty").</summary>
    private static int? Count(ReadOnlySpan<char> word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
        {
            return n;
        }

        Span<char> lower = stackalloc char[16];
        if (word.Length > lower.Length)
        {
            return null;
        }

        word.ToLowerInvariant(lower);
        return Lexicon.NumberWords.Find(lower[..word.Length], out int value) is Lexicon.NumberWordKind.Unit or Lexicon.NumberWordKind.Teen or Lexicon.NumberWordKind.Ten
            ? value : null;
    }

    /// <summary>The next run of letters, digits and hyphens from <paramref name="j"/> (moved past it), as written; empty at the end.</summary>
    private static ReadOnlySpan<char> NextToken(string text, int ceiling, scoped ref int j)
    {
        while (j < ceiling && !char.IsLetterOrDigit(text[j]))
        {
            j++;
        }

        int start = j;
        while (j < ceiling && (char.IsLetterOrDigit(text[j]) || (text[j] == '-' && j + 1 < ceiling && char.IsLetterOrDigit(text[j + 1]))))
        {
            j++;
        }

        return text.AsSpan(start, j - start);
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
