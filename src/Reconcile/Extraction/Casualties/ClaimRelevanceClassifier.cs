using System.Text.RegularExpressions;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Decides whether a casualty figure counts the incident being told, another event the sentence recalls, or a running total.</summary>
/// <remarks>
/// <para>A figure's cue must govern it: it is looked for in the figure's own clause (the text between the nearest commas,
/// semicolons, colons, dashes or brackets around it), in the clause before when the figure's clause is a relative one ("the
/// 2004 tsunami, which killed about 170,000"), and in a short fronted adverbial that opens the sentence ("In 2004, ...",
/// "Since the war began, ..."). So "12 people were killed, the deadliest attack since 2015" keeps its 12.</para>
/// <list type="bullet">
/// <item><description>After a superlative's "since" ("the deadliest attack since a truck bomb killed 150 people"): another event.</description></item>
/// <item><description>Cumulative: a period that runs to now ("since 2011", "since the war began", "so far this year", "year to date",
/// "in the past decade"), or a war that "has killed", or a toll "in the 21-year war", or a roundup of several incidents ("in separate
/// shootings", "in shootings across the city").</description></item>
/// <item><description>Another event: an earlier or similar event ("a previous attack", "a similar quake"), a past time ("last year",
/// "two years ago", "in the 1990s"), or a year before the report's own year that is not a recent day ("in 2004", "the 1994 genocide").</description></item>
/// </list>
/// <para>Whether the report describes that other event in its own right is the mention assembler's business.</para>
/// </remarks>
internal static partial class ClaimRelevanceClassifier
{
    /// <summary>How long before publication a date must end for its year to mark another time.</summary>
    private const int RecentDays = 365;

    /// <summary>The least count that reads as a tally beside a period ("13 people were shot this year"); one victim is this incident's.</summary>
    private const int TallyCount = 5;

    /// <summary>How many words a fronted adverbial ("In 2004,", "Since the war began in 2011,") may have.</summary>
    private const int FrontedWords = 8;

    /// <summary>Sets <see cref="CasualtyFinding.Relevance"/> and <see cref="CasualtyFinding.RelevanceCue"/> on each figure of a sentence.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="sentence">The sentence's findings (its casualties are updated in place; its dates are read).</param>
    /// <param name="published">The report's publication date, when known.</param>
    /// <remarks>Each pattern is matched once per sentence and each figure looks its clause up in those matches, so a sentence with
    /// many figures (a run-on text without full stops) costs time in proportion to its length, not its length times its figures.</remarks>
    public static void Classify(string text, SentenceFindings sentence, LocalDate? published)
    {
        List<CasualtyFinding> casualties = sentence.Casualties;
        if (casualties.Count == 0)
        {
            return;
        }

        var scan = new SentenceScan(text, sentence.Span);
        for (int i = 0; i < casualties.Count; i++)
        {
            CasualtyFinding c = casualties[i];
            (ClaimRelevance relevance, TextSpan? cue, bool byTime) = Classify(scan, c.Span, c.Quantity.Low ?? c.Quantity.Nominal ?? 0, sentence.Dates, published);
            if (relevance != ClaimRelevance.Incident)
            {
                casualties[i] = c with { Relevance = relevance, RelevanceCue = cue, RelevanceByTime = byTime };
            }
        }
    }

    /// <summary>Classifies one figure.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="sentence">The sentence's span.</param>
    /// <param name="claim">The figure's span.</param>
    /// <param name="count">The figure's lower bound (or nominal value).</param>
    /// <param name="dates">The sentence's dates.</param>
    /// <param name="published">The report's publication date, when known.</param>
    /// <returns>The relevance, the span of the words that decided it (none for the incident's own figures), and whether only a past
    /// time (not an event word) made it another event's.</returns>
    internal static (ClaimRelevance Relevance, TextSpan? Cue, bool ByTime) Classify(string text, TextSpan sentence, TextSpan claim, int count, IReadOnlyList<DateFinding> dates, LocalDate? published) =>
        Classify(new SentenceScan(text, sentence), claim, count, dates, published);

    private static (ClaimRelevance Relevance, TextSpan? Cue, bool ByTime) Classify(SentenceScan scan, TextSpan claim, int count, IReadOnlyList<DateFinding> dates, LocalDate? published)
    {
        TextSpan sentence = scan.Sentence;
        int length = sentence.Length;
        int claimStart = Math.Clamp(claim.Start - sentence.Start, 0, length);
        int claimEnd = Math.Clamp(claim.End - sentence.Start, claimStart, length);

        // 1. "the deadliest attack since a truck bomb killed 150 people": what follows a superlative's "since" is another event.
        (int superlative, int superlativeSince, int sinceLength) = scan.SuperlativeSince();
        if (superlativeSince >= 0 && claimStart >= superlativeSince + sinceLength)
        {
            return (ClaimRelevance.OtherEvent, Span(sentence, superlative, superlativeSince + sinceLength), false);
        }

        (int scopeStart, int scopeEnd, int frontedEnd) = scan.Scope(claimStart, claimEnd);

        // 2. Running totals: a war's toll; a period up to now when the figure reads as a tally (a perfect tense, or five or more),
        // unless an ordinal puts this incident's victim in the tally ("the 97th homicide this year").
        if (Find(scan.Matches(Pattern.War), scopeStart, scopeEnd, frontedEnd, superlativeSince) is { } war)
        {
            return (ClaimRelevance.Cumulative, Span(sentence, war.Start, war.End), false);
        }

        if (Find(scan.Matches(Pattern.Period), scopeStart, scopeEnd, frontedEnd, superlativeSince) is { } period
            && (count >= TallyCount || Find(scan.Matches(Pattern.Perfect), scopeStart, scopeEnd, 0, -1) is not null)
            && Find(scan.Matches(Pattern.Ordinal), scopeStart, scopeEnd, frontedEnd, -1) is null)
        {
            return (ClaimRelevance.Cumulative, Span(sentence, period.Start, period.End), false);
        }

        // A roundup of several incidents ("killed in separate shootings", "wounded in shootings across the city"): the figure sums
        // other incidents' victims, so it is a running total, whatever its size.
        if (Find(scan.Matches(Pattern.Aggregate), scopeStart, scopeEnd, frontedEnd, -1) is { } aggregate)
        {
            return (ClaimRelevance.Cumulative, Span(sentence, aggregate.Start, aggregate.End), false);
        }

        // 3. Another event, another time.
        if (Find(scan.Matches(Pattern.OtherEvent), scopeStart, scopeEnd, frontedEnd, -1) is { } other)
        {
            return (ClaimRelevance.OtherEvent, Span(sentence, other.Start, other.End), false);
        }

        if (Find(scan.Matches(Pattern.PastTime), scopeStart, scopeEnd, frontedEnd, -1) is { } past)
        {
            return (ClaimRelevance.OtherEvent, Span(sentence, past.Start, past.End), true);
        }

        if (published is { } day)
        {
            // The years in the fronted adverbial, then those in the clause, in text order (the same order as the whole sentence's).
            List<(int Index, int Length)> years = scan.Matches(Pattern.Year);
            ReadOnlySpan<char> s = scan.Text;
            int i = 0;
            while (i < years.Count && years[i].Index < frontedEnd)
            {
                i++;
            }

            int frontedCount = i;
            for (int k = LowerBound(years, Math.Max(frontedEnd, scopeStart)), n = 0; n < frontedCount || (k < years.Count && years[k].Index < scopeEnd); n++)
            {
                (int index, int len) = n < frontedCount ? years[n] : years[k++];
                if ((index >= claimStart && index < claimEnd) || index == superlativeSince)
                {
                    continue;
                }

                int year = (s[index] - '0') * 1000 + (s[index + 1] - '0') * 100 + (s[index + 2] - '0') * 10 + (s[index + 3] - '0');
                if (year >= day.Year || IsRecent(sentence.Start + index, year, dates, day))
                {
                    continue;
                }

                return (ClaimRelevance.OtherEvent, Span(sentence, index, index + len), true);
            }
        }

        return (ClaimRelevance.Incident, null, false);
    }

    /// <summary>Whether the year at <paramref name="offset"/> (or the month it is part of) ends within <see cref="RecentDays"/> of
    /// publication ("a Nov., 2016 shooting" in a report of January 2017 may be the incident itself, a follow-up), or is part of a
    /// day's date ("on June 24, 2005"): a dated event is its own mention, not a recollection inside another's.</summary>
    private static bool IsRecent(int offset, int year, IReadOnlyList<DateFinding> dates, LocalDate published)
    {
        LocalDate latest = new(year, 12, 31);
        foreach (DateFinding d in dates)
        {
            if (d.Span.Start <= offset && offset < d.Span.End && d.Range.Latest is { } l)
            {
                // "killed June 24, 2005": a day names an event of its own, which the mention assembler gives its own mention.
                if (d.Range.Precision is DatePrecision.Day or DatePrecision.Week)
                {
                    return true;
                }

                latest = l;
                break;
            }
        }

        return Period.Between(latest, published, PeriodUnits.Days).Days <= RecentDays;
    }

    private static bool StartsRelative(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimStart();
        foreach (string w in RelativeWords)
        {
            if (clause.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (clause.Length == w.Length || !char.IsLetter(clause[w.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] RelativeWords = ["which", "that", "who", "when", "where", "in which", "during which", "after which"];

    private static bool IsBoundary(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        return c is ',' or ';' or ':' or '(' or ')' or '—' or '–'
            || (c == '-' && i > 0 && i + 1 < s.Length && s[i - 1] == ' ' && s[i + 1] == ' ');
    }

    /// <summary>The first match (in text order) that lies in the scope or the fronted adverbial, skipping a match at
    /// <paramref name="skip"/> (a superlative's "since", which dates the superlative, not the figure).</summary>
    private static (int Start, int End)? Find(List<(int Index, int Length)> matches, int scopeStart, int scopeEnd, int frontedEnd, int skip)
    {
        // The first match wholly inside the fronted adverbial, and the first wholly inside the scope: the earlier of the two is the
        // first match in text order that lies in either.
        (int Start, int End)? fronted = null;
        for (int i = 0; i < matches.Count && matches[i].Index < frontedEnd; i++)
        {
            (int index, int length) = matches[i];
            if (index != skip && index + length <= frontedEnd)
            {
                fronted = (index, index + length);
                break;
            }
        }

        for (int i = LowerBound(matches, scopeStart); i < matches.Count && matches[i].Index < scopeEnd; i++)
        {
            (int index, int length) = matches[i];
            if (index != skip && index + length <= scopeEnd)
            {
                return fronted is { } f && f.Start < index ? f : (index, index + length);
            }
        }

        return fronted;
    }

    /// <summary>The position of the first match starting at or after <paramref name="index"/>.</summary>
    private static int LowerBound(List<(int Index, int Length)> matches, int index)
    {
        int lo = 0;
        int hi = matches.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (matches[mid].Index < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private enum Pattern
    {
        War,
        Period,
        Perfect,
        Ordinal,
        OtherEvent,
        PastTime,
        Year,
        Aggregate,
        Count,
    }

    /// <summary>One sentence's matches of each pattern (found on first use) and its clause boundaries, shared by its figures.</summary>
    private sealed class SentenceScan(string text, TextSpan sentence)
    {
        private readonly List<(int Index, int Length)>?[] _matches = new List<(int Index, int Length)>?[(int)Pattern.Count];
        private List<int>? _boundaries;
        private int _fronted = -1;
        private (int Superlative, int Since, int Length)? _superlativeSince;
        private int _relativeStart = -1;
        private bool _relative;

        public TextSpan Sentence => sentence;

        public ReadOnlySpan<char> Text => text.AsSpan(sentence.Start, sentence.Length);

        public List<(int Index, int Length)> Matches(Pattern pattern)
        {
            if (_matches[(int)pattern] is { } found)
            {
                return found;
            }

            Regex regex = pattern switch
            {
                Pattern.War => WarPattern(),
                Pattern.Period => PeriodPattern(),
                Pattern.Aggregate => AggregatePattern(),
                Pattern.Perfect => PerfectPattern(),
                Pattern.Ordinal => OrdinalPattern(),
                Pattern.OtherEvent => OtherEventPattern(),
                Pattern.PastTime => PastTimePattern(),
                _ => YearPattern(),
            };
            var list = new List<(int Index, int Length)>();
            foreach (ValueMatch m in regex.EnumerateMatches(Text))
            {
                list.Add((m.Index, m.Length));
            }

            return _matches[(int)pattern] = list;
        }

        /// <summary>The first superlative and the first "since" within 120 characters after it (-1 when none).</summary>
        public (int Superlative, int Since, int Length) SuperlativeSince()
        {
            if (_superlativeSince is { } known)
            {
                return known;
            }

            ReadOnlySpan<char> s = Text;
            int superlative = -1;
            foreach (ValueMatch m in SuperlativePattern().EnumerateMatches(s))
            {
                superlative = m.Index;
                break;
            }

            (int, int, int) result = (superlative, -1, 0);
            if (superlative >= 0)
            {
                foreach (ValueMatch m in SincePattern().EnumerateMatches(s, superlative + 1))
                {
                    if (m.Index - superlative <= 120)
                    {
                        result = (superlative, m.Index, m.Length);
                    }

                    break;
                }
            }

            _superlativeSince = result;
            return result;
        }

        /// <summary>Whether a clause opens with a count ("5 hurt", "three wounded", "dozens injured").</summary>
        private static bool StartsWithFigure(ReadOnlySpan<char> clause)
        {
            clause = clause.TrimStart();
            if (clause.Length > 0 && char.IsAsciiDigit(clause[0]))
            {
                return true;
            }

            int space = clause.IndexOf(' ');
            ReadOnlySpan<char> word = space > 0 ? clause[..space] : clause;
            foreach (string n in (ReadOnlySpan<string>)["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "several", "scores", "hundreds"])
            {
                if (word.Equals(n, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The figure's clause (sentence-relative, end exclusive), widened to the clause before a relative clause, and the end
        /// of a short fronted adverbial (0 when none).</summary>
        public (int Start, int End, int FrontedEnd) Scope(int claimStart, int claimEnd)
        {
            ReadOnlySpan<char> s = Text;
            List<int> boundaries = Boundaries(s);

            // The clause: from after the last boundary before the figure to the first boundary at or after its end.
            int before = LowerBound(boundaries, claimStart) - 1;
            int start = before >= 0 ? boundaries[before] + 1 : 0;
            int after = LowerBound(boundaries, claimEnd);
            int end = after < boundaries.Count ? boundaries[after] : s.Length;

            // "2 dead, 5 hurt in weekend shootings": a short figure that is its whole clause is an item of a list of figures, and the
            // list's closing phrase governs every item. Up to three more items.
            if (s[start..claimStart].IsWhiteSpace() && s[claimEnd..end].IsWhiteSpace() && s[claimStart..claimEnd].Count(' ') <= 3)
            {
                for (int items = 0; items < 3 && after < boundaries.Count && s[end] == ',' && StartsWithFigure(s[(end + 1)..]); items++)
                {
                    after++;
                    end = after < boundaries.Count ? boundaries[after] : s.Length;
                }
            }

            // "the 2004 tsunami, which killed about 170,000": the relative clause's antecedent is in the clause before.
            if (start > 0 && IsRelative(s, start))
            {
                start = before >= 1 ? boundaries[before - 1] + 1 : 0;
            }

            // "In 2004, ...", "Since the war began in 2011, ...": a short opening phrase before the first comma governs the sentence.
            if (_fronted < 0)
            {
                int comma = s.IndexOf(',');
                _fronted = 0;
                if (comma > 0)
                {
                    int words = 1;
                    foreach (char ch in s[..comma])
                    {
                        words += ch == ' ' ? 1 : 0;
                    }

                    _fronted = words <= FrontedWords ? comma : 0;
                }
            }

            return (start, end, _fronted > 0 && _fronted < claimStart ? _fronted : 0);
        }

        private bool IsRelative(ReadOnlySpan<char> s, int start)
        {
            if (start != _relativeStart)
            {
                _relativeStart = start;
                _relative = StartsRelative(s[start..]);
            }

            return _relative;
        }

        private List<int> Boundaries(ReadOnlySpan<char> s)
        {
            if (_boundaries is null)
            {
                _boundaries = [];
                for (int i = 0; i < s.Length; i++)
                {
                    if (IsBoundary(s, i))
                    {
                        _boundaries.Add(i);
                    }
                }
            }

            return _boundaries;
        }

        private static int LowerBound(List<int> values, int value)
        {
            int index = values.BinarySearch(value);
            return index >= 0 ? index : ~index;
        }
    }

    private static TextSpan Span(TextSpan sentence, int start, int end) => new(sentence.Start + start, sentence.Start + end);

    [GeneratedRegex(@"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+(?:deadly|lethal|violent|devastating|serious))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuperlativePattern();

    [GeneratedRegex(@"\bsince\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SincePattern();

    /// <summary>A year where a year is said ("in 2004", "the 1994 genocide", "June 2014", "the 1990s"), not a street number ("the 2000 block
    /// of", "1900 Main Street").</summary>
    [GeneratedRegex(
        @"(?<=(?i:\b(?:in|of|during|the|since|from|until|by|late|early|mid|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+|[0-9],\s))"
        + @"(?:19|20)[0-9][0-9](?:s\b|\b)(?![,.]?[0-9])(?!\s+(?i:block|hours)\b)(?!\s+(?:[NSEW]\.?\s|[A-Z][a-z]+\s+(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Blvd|Boulevard|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy)\b))",
        RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    /// <summary>A period that runs up to now: "since 2011", "since the war began", "so far this year", "in the past 17 months".</summary>
    [GeneratedRegex(
        @"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end|middle|outbreak|onset)\s+of)[\s-]+)?(?:(?:19|20)[0-9][0-9]\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|the\s+(?:start|beginning|outbreak|onset)\b|(?:the|its|a)\s+(?:\w+[\s-]+)?(?:war|conflict|uprising|insurgency|revolution|crisis|invasion|occupation|unrest|revolt|rebellion|campaign)\b|(?:the\s+)?(?:war|conflict|fighting|uprising|insurgency|violence|it|they)\s+(?:began|started|erupted|broke\s+out)\b|records\s+began|the\s+year\s+began|the\s+turn\s+of)"
        + @"|\b(?:so\s+far\s+(?:this|in)\s+(?:year|month|(?:19|20)[0-9][0-9])|(?:so\s+far|to\s+date)\s+this\s+year|(?<!earlier\s)this\s+year(?!'s)|year[\s-]+to[\s-]+date|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months)|in\s+recent\s+years|(?:of|for)\s+the\s+year\s+so\s+far)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    /// <summary>Several incidents told together: "in separate shootings", "in three unrelated incidents", "in shootings across the city",
    /// "in weekend violence around Chicago", "wounded across the city overnight", a count of shootings ("in two shootings", "in 3 incidents"),
    /// shootings named by their time or place without an article ("in Chicago shootings Tuesday", "in Sunday night shootings", "in city
    /// shootings"), "weekend violence", "overnight shootings". A plural event noun after an article ("killed in the shootings") may be one
    /// incident's and is no cue, nor "multiple" ("multiple shootings at the park" may be one gunman's; "suspected in multiple crimes" is a
    /// record, not a tally).</summary>
    [GeneratedRegex(
        @"\b(?:separate|unrelated|different|several)\s+(?:[\w-]+\s+)?(?:shootings|incidents|attacks|stabbings|killings|homicides)\b"
        + @"|\b(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+(?:separate\s+|different\s+|unrelated\s+)?(?:shootings|incidents)\b"
        + @"|\bin\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|multiple|two|both|twin)\b)(?:[\w'-]+\s+){0,3}?shootings\b"
        + @"|\b(?:weekend|weekend's|overnight|night's|holiday|citywide|city|city's)\s+(?:of\s+)?(?:shootings|violence|gunfire|bloodshed)\b"
        + @"|\b(?:across|around|throughout|all\s+over)\s+(?:the\s+)?city\b"
        + @"|\b(?:shootings|violence|gunfire|homicides|killings)\s+(?:[\w'-]+\s+){0,3}?(?:across|around|throughout|all\s+over)\s+(?:the\s+)?(?:city|town|county|state|region|area|(?-i:\p{Lu}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AggregatePattern();

    /// <summary>A war's toll: "the war has killed 350,000", "the conflict, which has claimed", "in the 21-year civil war".</summary>
    [GeneratedRegex(
        @"\b(?:war|wars|conflict|insurgency|uprising|revolution|genocide|epidemic)\b(?:[^.;:]{0,50}?)\b(?:has|have|had)\s+(?:(?:now|already|so\s+far|since|also)\s+)?(?:killed|claimed|left|taken|cost)\b"
        + @"|\b(?:in|during|throughout|over)\s+(?:the|a|its|their)\s+(?:[\w-]+[\s-]+){0,2}?(?:civil\s+war|war|conflict|insurgency|uprising|genocide)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WarPattern();

    /// <summary>A tally's verb: "have been shot", "has killed", "have died".</summary>
    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:(?:now|already|so\s+far|also)\s+)?(?:been\s+)?(?:killed|died|shot|wounded|injured|murdered|slain|gunned|lost|claimed|hurt)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerfectPattern();

    /// <summary>An ordinal that places the incident's victim in a tally ("the 97th homicide this year", "the second student killed this year").</summary>
    [GeneratedRegex(@"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPattern();

    /// <summary>Another event: "a previous attack", "a similar quake", "the earlier bombing".</summary>
    [GeneratedRegex(
        @"\b(?:a|an|the|that|this|its)\s+(?:(?:previous|earlier|prior|similar|former)\s+)(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|shootings?|quakes?|earthquakes?|tsunamis?|floods?|flooding|storms?|typhoons?|hurricanes?|cyclones?|disasters?|massacres?|strikes?|airstrikes?|raids?|incidents?|crash(?:es)?|fires?|eruptions?|ambush(?:es)?|killings?|riots?|clashes|tragedy|tragedies|outbreaks?|epidemics?|landslides?|mudslides?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherEventPattern();

    /// <summary>A past time: "last year", "two years ago", "earlier this year", "in the 1990s" ("over the last year" is a period up to now).</summary>
    [GeneratedRegex(
        @"(?<!\bthe\s)\b(?:last|previous|past)\s+(?:year|decade|century)\b|\bearlier\s+this\s+(?:year|decade)\b"
        + @"|\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|few|[0-9]+)\s+)?(?:years?|decades?|months|centuries)\s+(?:ago|earlier|before|prior)\b"
        + @"|\b(?:in|of|during|since)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)[0-9]0s\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTimePattern();
}
