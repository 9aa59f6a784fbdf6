using System.Buffers;
using System.Text.RegularExpressions;
using Reconcile.Extraction.Casualties;
using Reconcile.Extraction.Lexicon;
using Reconcile.Extraction.Quantities;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds casualty figures (killed, wounded, casualties, missing, abducted) with their quantity, hedge and victim group.</summary>
/// <remarks>
/// <para>
/// Finding a number and resolving it is <see cref="QuantityRecognizer"/>'s job; this class decides which numbers are
/// casualty figures, of what measure and of whom. A count (a number expression, or "a"/"the" before a singular person
/// noun) becomes a figure in one of these shapes:
/// </para>
/// <list type="bullet">
/// <item><description>a death-toll phrase before it: "the death toll rose to 51", "the toll climbed to 12", "the number of dead reached 9";</description></item>
/// <item><description>a trigger verb before it: "killed 28 civilians", "killing at least 75 displaced civilians", "wounded 140", "shot and killed a 23-year-old man";</description></item>
/// <item><description>a predicate after its noun phrase: "28 civilians were killed", "dozens had died", "dozens more were wounded", "3 dead, 4 hurt",
/// "dozens of pro-regime fighters dead", "at least 18 militants, including the suicide attackers, were also killed", "a man was fatally shot";</description></item>
/// <item><description>a second object of the same verb: "killed 3 soldiers and 2 civilians".</description></item>
/// </list>
/// <para>
/// "Shot" alone counts as wounded (as the Gun Violence Archive counts injuries); a fatal word ("fatally", "shot dead",
/// "and died") makes it killed, and when a later figure in the sentence counts deaths among the shot ("five people were
/// shot, two fatally") the shot figure becomes <see cref="CasualtyMeasure.Casualties"/>. "Casualties" is never read as deaths.
/// The span covers the count, its noun phrase and the trigger, so the quote reads on its own.
/// </para>
/// <para>
/// <see cref="CasualtyFinding.Rising"/> is set on every figure of a sentence that says the toll is rising or may rise; a later
/// sentence that says so is the mention assembler's business (it sees the whole mention).
/// </para>
/// <para>Thread-safe: each thread keeps its own buffers (pooled arrays); no allocation per token.</para>
/// </remarks>
internal sealed partial class CasualtyRecognizer
{
    private const int MaxNounWindow = 7;
    private const int MaxAux = 5;

    private readonly VagueQuantityConvention _convention;

    /// <summary>Creates a recognizer.</summary>
    /// <param name="convention">The table that turns vague amounts into numbers.</param>
    public CasualtyRecognizer(VagueQuantityConvention convention)
    {
        _convention = convention;
    }

    /// <summary>Adds the casualty figures of one sentence to <paramref name="results"/>, in text order.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="sentence">The sentence's span in <paramref name="text"/>.</param>
    /// <param name="results">The list to add to.</param>
    public void Find(string text, TextSpan sentence, List<CasualtyFinding> results) => Find(text, sentence, results, headline: false);

    /// <summary>Adds the casualty figures of one sentence, or of a headline, to <paramref name="results"/>, in text order.</summary>
    /// <param name="text">The report text, or its title.</param>
    /// <param name="sentence">The sentence's span in <paramref name="text"/>.</param>
    /// <param name="results">The list to add to.</param>
    /// <param name="headline">Whether the span is a headline, whose clauses drop their articles: a bare singular person noun that opens
    /// one of its clauses counts one person ("Teen shot to death in ...", "Man, woman killed ...", "Toddler killed, adult hurt").</param>
    public void Find(string text, TextSpan sentence, List<CasualtyFinding> results, bool headline)
    {
        // One set of buffers per thread, kept between sentences: no pool round trips (nor clearing) per sentence.
        Scratch scratch = t_scratch ??= new Scratch();
        int n = TextTokenizer.Tokenize(text, sentence, ref scratch.Tokens);
        if (n == 0)
        {
            return;
        }

        ReadOnlySpan<TextToken> tokens = scratch.Tokens.AsSpan(0, n);
        int matches = QuantityRecognizer.Find(text, tokens, _convention, ref scratch.Matches);
        if (scratch.Starts.Length < n + 1)
        {
            ArrayPool<int>.Shared.Return(scratch.Starts);
            scratch.Starts = ArrayPool<int>.Shared.Rent(n + 1);
        }

        Span<int> starts = scratch.Starts.AsSpan(0, n + 1);
        starts.Fill(-1);
        for (int m = 0; m < matches; m++)
        {
            starts[scratch.Matches[m].FirstToken] = m;
        }

        var scan = new Scan(text, tokens, scratch.Matches.AsSpan(0, matches), starts) { Headline = headline };
        int first = results.Count;
        FindAll(ref scan, results);
        FindMultipleKillings(text, sentence, results, first);
        FindMultipleShooting(text, sentence, results, first);
        Finish(text, sentence, results, first, scan.ShotMask, scan.SelfMask);
    }

    /// <summary>The token, match and start buffers of the sentence being read on this thread (pooled arrays, grown in place).</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public TextToken[] Tokens = ArrayPool<TextToken>.Shared.Rent(64);
        public QuantityMatch[] Matches = ArrayPool<QuantityMatch>.Shared.Rent(16);
        public int[] Starts = ArrayPool<int>.Shared.Rent(64);
    }

    /// <summary>Adds "a double murder", "the triple homicide": a killing noun whose multiplier is the count, when no figure of the
    /// sentence already covers it.</summary>
    private static void FindMultipleKillings(string text, TextSpan sentence, List<CasualtyFinding> results, int first)
    {
        ReadOnlySpan<char> span = text.AsSpan(sentence.Start, sentence.Length);
        foreach (ValueMatch match in MultipleKillingPattern().EnumerateMatches(span))
        {
            var at = new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
            bool covered = false;
            for (int i = first; i < results.Count && !covered; i++)
            {
                covered = results[i].Measure == CasualtyMeasure.Killed && results[i].Span.Overlaps(at);
            }

            if (covered)
            {
                continue;
            }

            ReadOnlySpan<char> multiplier = span.Slice(match.Index, 6);
            int n = multiplier.StartsWith("double", StringComparison.OrdinalIgnoreCase) ? 2
                : multiplier.StartsWith("triple", StringComparison.OrdinalIgnoreCase) ? 3
                : multiplier.StartsWith("quadru", StringComparison.OrdinalIgnoreCase) ? 4 : 5;
            results.Add(new CasualtyFinding(at, CasualtyMeasure.Killed, VictimGroup.Unspecified, Quantity.Exactly(n)));
        }
    }

    [GeneratedRegex(@"\b(?:double|triple|quadruple|quintuple)[-\s]+(?:murders?|homicides?|killings?|slayings?)\b(?![-\s]+suicide)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultipleKillingPattern();

    /// <summary>"a double shooting", "the triple shooting on Elm Street": the multiplier counts the people shot, when the sentence
    /// counts no one else (a sentence that does, "1 dead, 1 hurt in double shooting", has said it better). Read as "shot": wounded,
    /// and the mention assembler makes it everyone hit when the text counts deaths ("a double shooting ... one man died": one
    /// killed, one wounded). Never the plural ("two triple shootings" are several incidents).</summary>
    private static void FindMultipleShooting(string text, TextSpan sentence, List<CasualtyFinding> results, int first)
    {
        if (results.Count > first)
        {
            return;
        }

        ReadOnlySpan<char> span = text.AsSpan(sentence.Start, sentence.Length);
        foreach (ValueMatch match in MultipleShootingPattern().EnumerateMatches(span))
        {
            var at = new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
            ReadOnlySpan<char> multiplier = span.Slice(match.Index, 6);
            int n = multiplier.StartsWith("double", StringComparison.OrdinalIgnoreCase) ? 2
                : multiplier.StartsWith("triple", StringComparison.OrdinalIgnoreCase) ? 3
                : multiplier.StartsWith("quadru", StringComparison.OrdinalIgnoreCase) ? 4 : 5;
            results.Add(new CasualtyFinding(at, CasualtyMeasure.Wounded, VictimGroup.Unspecified, Quantity.Exactly(n)));
            return;
        }
    }

    [GeneratedRegex(@"\b(?:double|triple|quadruple|quintuple)[-\s]+shooting\b(?!s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MultipleShootingPattern();

    /// <summary>Returns whether a sentence says a toll is still rising ("the toll is expected to rise", "the toll was rising").</summary>
    /// <remarks>The single definition of the cue: the mention assembler also uses it for sentences without figures.</remarks>
    /// <param name="text">The report text.</param>
    /// <param name="sentence">The sentence's span.</param>
    /// <returns><see langword="true"/> when the sentence says the count may still grow.</returns>
    public static bool SaysTollRising(string text, TextSpan sentence)
    {
        ReadOnlySpan<char> span = text.AsSpan(sentence.Start, sentence.Length);
        foreach (ValueMatch match in RisingPattern().EnumerateMatches(span))
        {
            // "the death toll was not expected to rise".
            ReadOnlySpan<char> words = span.Slice(match.Index, match.Length);
            if (words.Contains(" not ", StringComparison.OrdinalIgnoreCase) || words.Contains("n't ", StringComparison.OrdinalIgnoreCase) || words.Contains("n\u2019t ", StringComparison.OrdinalIgnoreCase)
                || words.Contains(" never ", StringComparison.OrdinalIgnoreCase) || words.Contains(" no longer ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:rising|mounting|climbing|growing)\s+(?:death\s+)?toll\b|\b(?:toll|number\s+of\s+(?:dead|deaths|victims|casualties|people\s+killed)|death\s+count|casualties|figures?|dead)\b[^.;]{0,60}?\b(?:(?:is|was|are|were|been|keeps?|kept|continues?|continued|still)\s+(?:still\s+)?(?:rising|climbing|increasing|mounting|growing)|(?:expected|likely|feared|set|bound|certain|set|poised)\s+to\s+(?:rise|climb|increase|grow|mount|go\s+up)|(?:could|may|might|will|would|can)\s+(?:still\s+|further\s+|well\s+)?(?:rise|climb|increase|grow|mount|go\s+up|be\s+higher)|continues?\s+to\s+(?:rise|climb|increase|grow|mount))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RisingPattern();

    private static void Finish(string text, TextSpan sentence, List<CasualtyFinding> results, int first, ulong shotMask, ulong selfMask)
    {
        int count = results.Count - first;
        if (count == 0)
        {
            return;
        }

        // A "shot" figure followed by a death count in the same sentence counted the dead too: it is casualties.
        for (int i = 0; i < count && i < 64; i++)
        {
            if ((shotMask & (1UL << i)) == 0)
            {
                continue;
            }

            for (int j = i + 1; j < count; j++)
            {
                CasualtyFinding later = results[first + j];
                if (later.Measure == CasualtyMeasure.Killed && (selfMask & (1UL << j)) == 0 && OnlyCommaBetween(text, results[first + i].Span.End, later.Span.Start))
                {
                    results[first + i] = results[first + i] with { Measure = CasualtyMeasure.Casualties };
                    break;
                }
            }
        }

        bool rising = SaysTollRising(text, sentence);

        // Insertion sort by start: the list is nearly sorted and short.
        for (int i = first + 1; i < results.Count; i++)
        {
            CasualtyFinding item = results[i];
            int j = i - 1;
            while (j >= first && results[j].Span.Start > item.Span.Start)
            {
                results[j + 1] = results[j];
                j--;
            }

            results[j + 1] = item;
        }

        if (rising)
        {
            for (int i = first; i < results.Count; i++)
            {
                results[i] = results[i] with { Rising = true };
            }
        }
    }

    /// <summary>Whether only a comma (and perhaps "and") separates two figures: "shot three people, killing one", "five were shot, two fatally".</summary>
    private static bool OnlyCommaBetween(string text, int from, int to)
    {
        if (to < from)
        {
            return false;
        }

        ReadOnlySpan<char> between = text.AsSpan(from, to - from).Trim();
        if (between.EndsWith("and", StringComparison.OrdinalIgnoreCase))
        {
            between = between[..^3].TrimEnd();
        }

        return between is "," or "";
    }

    private static void FindAll(ref Scan s, List<CasualtyFinding> results)
    {
        int lastATrigger = -1;
        int lastAEnd = -1;
        CasualtyMeasure lastAMeasure = default;
        bool lastAShot = false;
        int consumed = 0;
        int firstResult = results.Count;
        int lastQuantityStart = -1, lastQuantityEnd = -1;
        Quantity lastQuantity = default;
        Span<Pending> pending = stackalloc Pending[8];
        int pendingCount = 0;

        for (int t = 0; t < s.Tokens.Length; t++)
        {
            if (t < consumed)
            {
                continue;
            }

            Count count;
            int m = s.Starts[t];
            if (m >= 0)
            {
                QuantityMatch q = s.Matches[m];
                count = new Count(q.FirstToken, q.EndToken, q.Quantity, q.YearLike, Singular: false);
                if (m > 0)
                {
                    lastQuantityStart = s.Matches[m - 1].FirstToken;
                    lastQuantityEnd = s.Matches[m - 1].EndToken;
                    lastQuantity = s.Matches[m - 1].Quantity;
                }
            }
            else if (TryPronounDeath(ref s, t, out CasualtyFinding told, out int toldEnd))
            {
                // "He later died", "she was shot", "killing him": one victim told of a pronoun (anaphoric: the mention assembler
                // keeps it only when nothing else counts the mention's victims).
                Add(results, firstResult, told, shot: false, ref s);
                consumed = toldEnd;
                pendingCount = 0;
                continue;
            }
            else if (TryReflexive(ref s, t, results, firstResult, out CasualtyFinding self, out bool selfShot))
            {
                // "the 15-year-old shot himself": one person, hurt or killed by their own hand.
                if (results.Count - firstResult < 64)
                {
                    s.SelfMask |= 1UL << (results.Count - firstResult);
                }

                Add(results, firstResult, self, selfShot, ref s);
                pendingCount = 0;
                continue;
            }
            else if (s.Tokens[t].Has(LexRole.Article) && !(t > 0 && s.Tokens[t - 1].Has(LexRole.Negation)))
            {
                count = new Count(t, t + 1, Quantity.Exactly(1), false, Singular: true);
            }
            else if (IsBothSubject(ref s, t))
            {
                // "Both were taken to the hospital", "Both victims died": a pair already told of.
                count = new Count(t, t + 1, Quantity.Exactly(2), false, Singular: false);
            }
            else if (s.Headline && OpensHeadlineClause(ref s, t))
            {
                // "Teen shot to death", "Man, woman killed": a headline drops the article, the noun alone counts one.
                count = new Count(t, t, Quantity.Exactly(1), false, Singular: true);
            }
            else if (TryNamedObjects(ref s, t, out CasualtyFinding objects, out int objectsEnd, out bool objectsShot))
            {
                // "injuring Marcus Tillman and Renee Ocasio", "killed Tom Ruiz": named people as the object of a casualty verb.
                Add(results, firstResult, objects, objectsShot, ref s);
                lastATrigger = -1;
                consumed = objectsEnd;
                pendingCount = 0;
                continue;
            }
            else if (TryNamedPerson(ref s, t, out CasualtyFinding named, out int namedEnd, out bool namedShot))
            {
                // "Senquez Jackson was pronounced dead", "Perkins, 24, was found dead".
                Add(results, firstResult, named, namedShot, ref s);
                consumed = namedEnd;
                pendingCount = 0;
                continue;
            }
            else
            {
                continue;
            }

            // "a mother of two died": the number belongs to the person before "of".
            if (!count.Singular && count.Start >= 2 && s.IsWord(count.Start - 1, "of") && s.Tokens[count.Start - 2].Entry is { Singular: true } owner && (owner.Roles & LexRole.PersonHead) != 0)
            {
                continue;
            }

            NounPhrase np = ParseNounPhrase(ref s, count.End, count.Singular);

            // "the shooting death of 16-year-old Javon Reilly", "17-year-old Sam Kenser died": a bare age before a name is one person.
            if (count.Singular && !np.Found && ReferenceEquals(s.Tokens[count.Start].Entry, CasualtyLexicon.Age) && count.End < s.Tokens.Length && IsNameWord(ref s, count.End))
            {
                int nameEnd = count.End + 1;
                while (nameEnd < s.Tokens.Length && nameEnd < count.End + 4 && IsNameWord(ref s, nameEnd))
                {
                    nameEnd++;
                }

                np = new NounPhrase(true, nameEnd, PersonClass.People, VictimGroup.Unspecified);
            }

            // "the bodies of two more victims were found": the count is of bodies.
            if (!count.Singular && np.Found && count.Start >= 2 && s.IsWord(count.Start - 1, "of") && s.Tokens[count.Start - 2].Entry is { Person: PersonClass.Bodies, Singular: false })
            {
                np = np with { Head = PersonClass.Bodies };
            }
            if (count.Singular && !np.Found)
            {
                continue;
            }

            if (count.YearLike && !np.Found)
            {
                continue;
            }

            // 1. "the death toll rose to 51".
            if (!count.Singular && TryToll(ref s, count, np, out CasualtyFinding toll, out int tollEnd))
            {
                Add(results, firstResult, toll, shot: false, ref s);
                consumed = tollEnd;
                pendingCount = 0;
                continue;
            }

            // 2. "killed 28 civilians", "wounded 140".
            if (TryTriggerBefore(ref s, count, np, out CasualtyFinding before, out int triggerStart, out int beforeEnd, out bool beforeShot))
            {
                Add(results, firstResult, before, beforeShot, ref s);
                lastATrigger = triggerStart;
                lastAEnd = beforeEnd;
                lastAMeasure = before.Measure;
                lastAShot = beforeShot;
                consumed = beforeEnd;
                pendingCount = 0;
                continue;
            }

            // 3. "28 civilians were killed", "dozens had died", "3 dead".
            if (TryPredicateAfter(ref s, count, np, out CasualtyFinding after, out int afterEnd, out bool afterShot, out VerbNumber verbNumber)
                && !(verbNumber == VerbNumber.Singular && IsPlural(count.Quantity)))
            {
                // "A man, two women and a child were killed": the listed counts add up.
                int listStart = ListStart(ref s, pending[..pendingCount], count.Start);
                if (listStart >= 0 && verbNumber == VerbNumber.Singular)
                {
                    // "a deputy interviewing a woman and a man ... was shot": the list is not the subject.
                    pendingCount = 0;
                    continue;
                }

                if (listStart >= 0)
                {
                    after = SumList(ref s, pending[listStart..pendingCount], after, count.Quantity, np.Group);
                }
                else if (verbNumber == VerbNumber.Plural && count.Singular)
                {
                    // "a father of two children were ..." is not one person; leave it.
                    pendingCount = 0;
                    continue;
                }

                // "two of the three victims died": the first number counts.
                if (verbNumber != VerbNumber.None && lastQuantityEnd >= 0 && (lastQuantityEnd == count.Start - 1 || lastQuantityEnd == count.Start - 2) && s.IsWord(lastQuantityEnd, "of")
                    && (lastQuantityEnd == count.Start - 1 || s.Tokens[count.Start - 1].Has(LexRole.Determiner)))
                {
                    after = after with { Span = new TextSpan(s.Tokens[lastQuantityStart].Start, after.Span.End), Quantity = lastQuantity };
                }

                // "Three of the men suffered minor injuries": some of the wounded, so at least that many (the whole may be counted elsewhere).
                // Not "one of the victims" (one person), not a death, not a bare "shot" (some of the shot may be the dead).
                if (np.Partitive && !afterShot && after.Measure == CasualtyMeasure.Wounded && after.Quantity == count.Quantity && count.Quantity is { Hedge: HedgeKind.Exact, Low: int some and >= 2 })
                {
                    after = after with { Quantity = new Quantity(some, null, HedgeKind.AtLeast, some) };
                }

                pendingCount = 0;
                Add(results, firstResult, after, afterShot, ref s);
                consumed = afterEnd;
                lastATrigger = -1;

                // "five people were shot, two fatally".
                if (TryFatallyFollowUp(ref s, afterEnd, out CasualtyFinding fatal, out int fatalEnd))
                {
                    Add(results, firstResult, fatal, shot: false, ref s);
                    consumed = fatalEnd;
                }

                continue;
            }

            // 4. "killed 3 soldiers and 2 civilians": a second object of the last verb.
            if (lastATrigger >= 0 && np.Found && IsCoordinated(ref s, lastAEnd, count.Start, np.End))
            {
                var span = new TextSpan(s.Tokens[count.Start].Start, s.Tokens[np.End - 1].End);
                Add(results, firstResult, new CasualtyFinding(span, lastAMeasure, np.Group, count.Quantity), lastAShot, ref s);
                lastAEnd = np.End;
                consumed = np.End;
                continue;
            }

            // A counted person with no predicate yet may be the start of a listed subject.
            if (np.Found)
            {
                if (pendingCount == pending.Length)
                {
                    pending[..^1].CopyTo(pending);
                    pendingCount--;
                }

                pending[pendingCount++] = new Pending(count.Start, np.End, count.Quantity, np.Group);
                consumed = np.End;
            }
        }
    }

    /// <summary>
    /// "the 15-year-old shot himself", "killed his wife before killing himself", "then took his own life": one person hurt or killed
    /// by their own hand. A death by one's own hand after the same sentence counts other victims ("shot and killed his two sons
    /// before taking his own life") is the killer's: its group is <see cref="VictimGroup.Perpetrators"/>, counted beside the victims
    /// (as the Gun Violence Archive counts a murder-suicide), not as one of them. Never a death that did not happen ("threatened to
    /// kill himself", "tried to take his own life").
    /// </summary>
    private static bool TryReflexive(ref Scan s, int t, List<CasualtyFinding> results, int firstResult, out CasualtyFinding finding, out bool shot)
    {
        finding = default;
        shot = false;
        int start, end;
        CasualtyMeasure measure;
        if (TryOwnLife(ref s, t, out start, out end) || TryTurnedOnSelf(ref s, t, out start, out end))
        {
            measure = CasualtyMeasure.Killed;
        }
        else
        {
            if (t == 0 || !(s.IsWord(t, "himself") || s.IsWord(t, "herself")) || !FindTriggerEndingAt(ref s, t - 1, out start, out TriggerPhrase? phrase) || phrase is null
                || (phrase.Use & TriggerUse.BodiesOnly) != 0)
            {
                return false;
            }

            measure = phrase.Measure;
            end = t + 1;
            shot = (phrase.Use & TriggerUse.Shot) != 0 && measure == CasualtyMeasure.Wounded;
            if (shot && FollowedByDeath(ref s, t + 1, out int deathEnd))
            {
                measure = CasualtyMeasure.Killed;
                shot = false;
                end = deathEnd;
            }

            if (measure == CasualtyMeasure.Killed && (IsBaseForm(ref s, start, t) || UnrealBetween(ref s, Math.Max(0, start - 2), start)))
            {
                return false;
            }
        }

        VictimGroup group = measure == CasualtyMeasure.Killed && CountsOthersBefore(results, firstResult) ? VictimGroup.Perpetrators : VictimGroup.Unspecified;
        finding = new CasualtyFinding(new TextSpan(s.Tokens[start].Start, s.Tokens[end - 1].End), measure, group, Quantity.Exactly(1), Self: true);
        return true;
    }

    /// <summary>"took his own life", "taking her own life", "had taken his own life" at <paramref name="t"/> (the possessive), not after
    /// a word that says it did not happen ("tried to take his own life": the base form is never read).</summary>
    private static bool TryOwnLife(ref Scan s, int t, out int start, out int end)
    {
        start = end = 0;
        if (t == 0 || t + 2 >= s.Tokens.Length || !(s.IsWord(t, "his") || s.IsWord(t, "her")) || !s.IsWord(t + 1, "own") || !s.IsWord(t + 2, "life")
            || !(s.IsWord(t - 1, "took") || s.IsWord(t - 1, "taking") || s.IsWord(t - 1, "taken"))
            || UnrealBetween(ref s, Math.Max(0, t - 3), t - 1))
        {
            return false;
        }

        start = t - 1;
        end = t + 3;
        return true;
    }

    /// <summary>
    /// "then turned the gun on himself", "turning the weapon on herself" at <paramref name="t"/> (the reflexive): a shooter's death by
    /// their own hand, as the Gun Violence Archive counts it, unless the sentence goes on to tell of a survivor ("... and was taken to a
    /// hospital in critical condition", "... but survived") or the turn did not happen ("threatened to turn the gun on himself").
    /// </summary>
    private static bool TryTurnedOnSelf(ref Scan s, int t, out int start, out int end)
    {
        start = end = 0;
        if (t < 4 || !(s.IsWord(t, "himself") || s.IsWord(t, "herself")) || !s.IsWord(t - 1, "on")
            || !(s.IsWord(t - 2, "gun") || s.IsWord(t - 2, "weapon") || s.IsWord(t - 2, "firearm") || s.IsWord(t - 2, "rifle") || s.IsWord(t - 2, "handgun")
                || s.IsWord(t - 2, "shotgun") || s.IsWord(t - 2, "pistol"))
            || !(s.IsWord(t - 3, "the") || s.IsWord(t - 3, "his") || s.IsWord(t - 3, "her") || s.IsWord(t - 3, "a"))
            || !(s.IsWord(t - 4, "turned") || s.IsWord(t - 4, "turning"))
            || UnrealBetween(ref s, Math.Max(0, t - 7), t - 4))
        {
            return false;
        }

        for (int k = t + 1; k < s.Tokens.Length; k++)
        {
            if (s.IsWord(k, "survived") || s.IsWord(k, "surviving") || s.IsWord(k, "critical") || s.IsWord(k, "hospital") || s.IsWord(k, "hospitalized")
                || s.IsWord(k, "wounded") || s.IsWord(k, "injured") || s.IsWord(k, "injuries") || s.IsWord(k, "recovering") || s.IsWord(k, "stable")
                || s.IsWord(k, "missed") || s.IsWord(k, "misfired"))
            {
                return false;
            }
        }

        start = t - 4;
        end = t + 1;
        return true;
    }

    /// <summary>Whether the sentence already counted someone other than a person by their own hand: a killing or wounding of others.</summary>
    private static bool CountsOthersBefore(List<CasualtyFinding> results, int firstResult)
    {
        for (int i = firstResult; i < results.Count; i++)
        {
            if (!results[i].Self && results[i].Relevance == ClaimRelevance.Incident
                && results[i].Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded or CasualtyMeasure.Casualties)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A death or wound told of a personal pronoun: "he later died", "she was pronounced dead", "he was shot" (subject), or
    /// "killing him", "shot and killed her", "wounding him" (object of the verb). Never a death or wound that did not happen ("he could
    /// have died", "threatened to kill her", "she nearly died"), never "her" before a noun. The pronoun may be someone already counted:
    /// the finding is anaphoric, weighed by the mention assembler.</summary>
    private static bool TryPronounDeath(ref Scan s, int t, out CasualtyFinding finding, out int end)
    {
        finding = default;
        end = 0;
        if (s.IsWord(t, "he") || s.IsWord(t, "she"))
        {
            var count = new Count(t, t + 1, Quantity.Exactly(1), false, Singular: true);
            var np = new NounPhrase(true, t + 1, PersonClass.People, VictimGroup.Unspecified);
            if (!TryPredicateAfter(ref s, count, np, out CasualtyFinding said, out end, out _, out VerbNumber number)
                || said.Measure is not (CasualtyMeasure.Killed or CasualtyMeasure.Wounded) || number == VerbNumber.Plural || UnrealBetween(ref s, t + 1, end))
            {
                return false;
            }

            finding = said with { Anaphoric = true };
            return true;
        }

        // "medics pronounced him dead", "officers found her dead": a verb of finding or declaring, the pronoun, then "dead".
        if (t > 0 && (s.IsWord(t, "him") || s.IsWord(t, "her")) && s.IsWord(t + 1, "dead") && (s.IsWord(t - 1, "pronounced") || s.IsWord(t - 1, "declared") || s.IsWord(t - 1, "found") || s.IsWord(t - 1, "left"))
            && !UnrealBetween(ref s, Math.Max(0, t - 3), t - 1))
        {
            end = t + 2;
            finding = new CasualtyFinding(new TextSpan(s.Tokens[t - 1].Start, s.Tokens[t + 1].End), CasualtyMeasure.Killed, VictimGroup.Unspecified, Quantity.Exactly(1), Anaphoric: true);
            return true;
        }

        if (t == 0 || !(s.IsWord(t, "him") || (s.IsWord(t, "her") && EndsObject(ref s, t + 1))))
        {
            return false;
        }

        if (!FindTriggerEndingAt(ref s, t - 1, out int start, out TriggerPhrase? phrase) || phrase is null || phrase.Measure is not (CasualtyMeasure.Killed or CasualtyMeasure.Wounded)
            || (phrase.Use & TriggerUse.BodiesOnly) != 0 || IsBaseForm(ref s, start, t) || UnrealBetween(ref s, Math.Max(0, start - 2), start))
        {
            return false;
        }

        end = t + 1;
        finding = new CasualtyFinding(new TextSpan(s.Tokens[start].Start, s.Tokens[t].End), phrase.Measure, VictimGroup.Unspecified, Quantity.Exactly(1), Anaphoric: true);
        return true;
    }

    /// <summary>Whether "her" ends its phrase here (a pronoun, "killing her."), rather than owning a noun ("killing her husband").</summary>
    private static bool EndsObject(ref Scan s, int k) =>
        k >= s.Tokens.Length || s.Tokens[k].IsPunct || s.Tokens[k].Has(LexRole.Preposition | LexRole.Function) || s.IsWord(k, "and")
        || s.IsWord(k, "before") || s.IsWord(k, "after") || s.IsWord(k, "then") || s.IsWord(k, "inside") || s.IsWord(k, "outside")
        || s.IsWord(k, "through") || s.IsWord(k, "twice") || s.IsWord(k, "once") || s.IsWord(k, "repeatedly") || s.IsWord(k, "again")
        || s.IsWord(k, "several") || s.IsWord(k, "multiple");

    /// <summary>"kill", "kills": the killing verb in its base or present form ("threatened to kill him", "he kills her" in a plot
    /// summary) tells of no death that happened.</summary>
    private static bool IsBaseForm(ref Scan s, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (s.IsWord(k, "kill") || s.IsWord(k, "kills") || s.IsWord(k, "murder") || s.IsWord(k, "shoot"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word between a pronoun and its death predicate makes the death unreal or uncertain ("could have died",
    /// "nearly died", "was feared dead", "would be killed").</summary>
    private static bool UnrealBetween(ref Scan s, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsUnreal(ref s, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnreal(ref Scan s, int k) =>
        s.IsWord(k, "to") || s.IsWord(k, "would") || s.IsWord(k, "could") || s.IsWord(k, "might") || s.IsWord(k, "may") || s.IsWord(k, "will")
        || s.IsWord(k, "should") || s.IsWord(k, "can") || s.IsWord(k, "nearly") || s.IsWord(k, "almost") || s.IsWord(k, "feared") || s.IsWord(k, "presumed")
        || s.IsWord(k, "believed") || s.IsWord(k, "thought") || s.IsWord(k, "likely") || s.IsWord(k, "probably") || s.IsWord(k, "if") || s.IsWord(k, "tried")
        || s.IsWord(k, "trying") || s.IsWord(k, "wanted") || s.IsWord(k, "threatened") || s.IsWord(k, "attempted") || s.IsWord(k, "not") || s.IsWord(k, "never");

    private static bool TryNamedPerson(ref Scan s, int t, out CasualtyFinding finding, out int end, out bool shot)
    {
        finding = default;
        end = 0;
        shot = false;
        // A name starts a clause: not inside a longer name, and not the object of a preposition ("home for Thanksgiving was killed").
        if (!IsNameWord(ref s, t) || (t > 0 && s.Tokens[t - 1].IsWord && (s.Tokens[t - 1].IsCapitalized || s.Tokens[t - 1].Has(LexRole.Preposition) || s.IsWord(t - 1, "for") || s.IsWord(t - 1, "by")
            || s.IsWord(t - 1, "with") || s.IsWord(t - 1, "to") || s.IsWord(t - 1, "during") || s.IsWord(t - 1, "since") || s.IsWord(t - 1, "into"))))
        {
            return false;
        }

        int nameEnd = t + 1;
        while (nameEnd < s.Tokens.Length && nameEnd < t + 4 && IsNameWord(ref s, nameEnd))
        {
            nameEnd++;
        }

        var count = new Count(t, nameEnd, Quantity.Exactly(1), false, Singular: true);
        var np = new NounPhrase(true, nameEnd, PersonClass.People, VictimGroup.Unspecified);
        if (!TryPredicateAfter(ref s, count, np, out finding, out end, out shot, out VerbNumber verbNumber))
        {
            return false;
        }

        // A name takes "was/is/has ..." or an intransitive death verb ("Melody died"), never "Riot Deaths" or "Orozco be executed".
        if (verbNumber == VerbNumber.Singular)
        {
            return true;
        }

        for (int k = nameEnd; k < end; k++)
        {
            if (s.IsWord(k, "died") || s.IsWord(k, "dies") || s.IsWord(k, "perished") || s.IsWord(k, "succumbed") || s.IsWord(k, "drowned"))
            {
                return verbNumber == VerbNumber.Unknown;
            }
        }

        return false;
    }

    /// <summary>
    /// "wounding Marcus Tillman and Renee Ocasio", "killed Tom Ruiz, Ann Lee and Bo Park": one or more names (each one to four
    /// capitalised words the lexicon does not know) listed right after a lower-case casualty verb, one person each. Not a name
    /// that owns something ("killing Tom Ruiz's dog"), not after an article ("a shooting Jefferson ..." is a noun), and only
    /// what <see cref="TryTriggerBefore"/> accepts as the verb's object.
    /// </summary>
    private static bool TryNamedObjects(ref Scan s, int t, out CasualtyFinding finding, out int end, out bool shot)
    {
        finding = default;
        end = 0;
        shot = false;
        if (t < 1 || !IsNameWord(ref s, t) || !s.Tokens[t - 1].IsWord || s.Tokens[t - 1].IsCapitalized || s.Tokens[t - 1].Entry?.Triggers is null
            || (t >= 2 && s.Tokens[t - 2].Has(LexRole.Article)))
        {
            return false;
        }

        int names = 0;
        int k = t;
        int listEnd = t;
        while (names < 8)
        {
            int nameEnd = k;
            while (nameEnd < s.Tokens.Length && nameEnd < k + 4 && IsNameWord(ref s, nameEnd))
            {
                nameEnd++;
            }

            // One word alone after the first name is too weak ("and Smith" may be a company); a first name may be a surname.
            if (nameEnd == k || (names > 0 && nameEnd - k < 2))
            {
                break;
            }

            // "Tom Ruiz's dog": the name owns the object.
            if ((nameEnd < s.Tokens.Length && s.Text[s.Tokens[nameEnd].Start] is '\'' or '\u2019') || s.Word(nameEnd - 1) is [.., '\'' or '\u2019', 's' or 'S'])
            {
                return false;
            }

            names++;
            listEnd = nameEnd;

            // ", 24," an age apposition after a name.
            int next = nameEnd;
            if (next + 2 < s.Tokens.Length && s.Text[s.Tokens[next].Start] == ',' && s.Tokens[next + 1].IsNumber && s.Text[s.Tokens[next + 2].Start] == ',')
            {
                next += 3;
                if (!s.IsWord(next, "and"))
                {
                    next--;
                }
            }

            int sep = next;
            while (sep < s.Tokens.Length && sep < next + 2 && (s.IsWord(sep, "and") || (s.Tokens[sep].IsPunct && s.Text[s.Tokens[sep].Start] == ',')))
            {
                sep++;
            }

            if (sep == next || sep >= s.Tokens.Length || !IsNameWord(ref s, sep))
            {
                break;
            }

            k = sep;
        }

        if (names == 0)
        {
            return false;
        }

        // A name list that goes on with a capitalised word ("killing Tom Ruiz Jr") or a verb of its own is left to the other rules,
        // and so is a capitalised word before a person noun: a town or a force, not a person ("injuring Dallas police officers",
        // "shot Chicago police Officer Dan Ruiz").
        if (listEnd < s.Tokens.Length && s.Tokens[listEnd].IsWord && (s.Tokens[listEnd].IsCapitalized || s.Tokens[listEnd].Has(LexRole.PersonHead)))
        {
            return false;
        }

        var count = new Count(t, listEnd, Quantity.Exactly(names), false, Singular: names == 1);
        var np = new NounPhrase(true, listEnd, PersonClass.People, VictimGroup.Unspecified);
        // "nearly killed Vance Orrin", "threatened to shoot Tom Ruiz": not a casualty.
        return TryTriggerBefore(ref s, count, np, out finding, out int verb, out end, out shot) && !IsUnreal(ref s, verb - 1) && !IsUnreal(ref s, verb - 2);
    }

    /// <summary>
    /// Whether a headline clause opens at <paramref name="t"/> with a bare singular person noun, perhaps after one or two modifiers
    /// ("Teen", "Chicago man", "Elderly woman"): at the headline's start or after a clause break (a comma, semicolon, colon, dash,
    /// bar or "and"). Never a word the lexicon gives a grammatical role or a trigger ("The", "Shooting victim", "His son"), and never
    /// a noun that owns something ("Man's body found").
    /// </summary>
    private static bool OpensHeadlineClause(ref Scan s, int t)
    {
        if (!s.Tokens[t].IsWord)
        {
            return false;
        }

        if (t > 0)
        {
            TextToken before = s.Tokens[t - 1];
            bool clauseBreak = s.IsWord(t - 1, "and")
                || (before.IsPunct && s.Text[before.Start] is ',' or ';' or ':' or '|' or '-' or '\u2013' or '\u2014');
            if (!clauseBreak)
            {
                return false;
            }
        }

        for (int k = t; k < Math.Min(s.Tokens.Length, t + 3); k++)
        {
            TextToken token = s.Tokens[k];
            if (!token.IsWord || token.IsNumber || token.Has(LexRole.Function | LexRole.Aux | LexRole.Negation | LexRole.Pronoun | LexRole.Determiner | LexRole.Article)
                || token.Entry?.Triggers is not null || IsOrdinalOrOther(s.Word(k)))
            {
                // "Third victim dies", "Another man dies": one more of a toll told elsewhere, not the toll.
                return false;
            }

            if (token.Entry is { Singular: true } head && (head.Roles & LexRole.PersonHead) != 0)
            {
                // Not "Man's body found": the noun heads its own phrase.
                return !(k + 1 < s.Tokens.Length && s.Tokens[k + 1].IsPunct && s.Text[s.Tokens[k + 1].Start] is '\'' or '\u2019');
            }
        }

        return false;
    }

    /// <summary>
    /// "Both" opening a subject: at the sentence's start or after a clause break, followed by a verb ("Both were shot") or by a plural
    /// person noun ("Both victims were taken to the hospital", "Both of them died"). Not "both men and women" (a coordination), not
    /// "were both shot" (after its verb), not "both sides".
    /// </summary>
    private static bool IsBothSubject(ref Scan s, int t)
    {
        if (!s.IsWord(t, "both") || t + 1 >= s.Tokens.Length || (t > 0 && !(s.Tokens[t - 1].IsPunct && s.Text[s.Tokens[t - 1].Start] is ',' or ';' or ':' or '"' or '\u201c')))
        {
            return false;
        }

        TextToken next = s.Tokens[t + 1];
        if (next.Has(LexRole.Aux))
        {
            return true;
        }

        int k = t + 1;
        if (s.IsWord(k, "of") && (s.IsWord(k + 1, "them") || s.IsWord(k + 1, "the")))
        {
            k += s.IsWord(k + 1, "the") ? 2 : 1;
            if (s.IsWord(k, "them"))
            {
                // "Both of them died": the predicate decides.
                return true;
            }
        }

        // The plural person noun must be followed by its verb ("Both victims were", "Both men died"), not by "and" ("Both men and
        // women ...") nor by "of" ("..., both victims of gunshot wounds" is an apposition).
        for (int j = k; j < Math.Min(s.Tokens.Length, k + 3); j++)
        {
            if (s.Tokens[j].Entry is { Singular: false } e && (e.Roles & LexRole.PersonHead) != 0)
            {
                return j + 1 < s.Tokens.Length && (s.Tokens[j + 1].Has(LexRole.Aux) || s.Tokens[j + 1].Entry?.Triggers is not null);
            }

            if (!s.Tokens[j].IsWord || s.Tokens[j].Has(LexRole.Function | LexRole.Aux))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"second", "third", "2nd", "another", "other", "last", "latest": a word that places one person in a series.</summary>
    private static bool IsOrdinalOrOther(ReadOnlySpan<char> word)
    {
        foreach (string w in (ReadOnlySpan<string>)["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "another", "other", "last", "latest", "next", "final"])
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.Length >= 3 && char.IsAsciiDigit(word[0]) && (word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A capitalised word that is not in the lexicon, so may be part of a person's name.</summary>
    private static bool IsNameWord(ref Scan s, int k)
    {
        TextToken t = s.Tokens[k];
        return t.IsWord && t.IsCapitalized && t.Entry is null && (t.Shape & TokenShape.AllCaps) == 0 && s.Starts[k] < 0;
    }

    private static bool IsPlural(Quantity q) => q.Hedge == HedgeKind.Vague || (q.Low ?? 0) >= 2;

    /// <summary>Finds where a list of counts ending just before <paramref name="start"/> begins ("a man, two women and"), or -1.</summary>
    private static int ListStart(ref Scan s, scoped ReadOnlySpan<Pending> pending, int start)
    {
        // A headline lists with commas alone ("Man, woman killed").
        if (pending.Length == 0 || !(s.IsWord(start - 1, "and") || (s.Headline && start > 0 && s.Tokens[start - 1].IsPunct && s.Text[s.Tokens[start - 1].Start] == ',')))
        {
            return -1;
        }

        int next = start;
        int first = -1;
        for (int i = pending.Length - 1; i >= 0; i--)
        {
            if (!OnlySeparators(ref s, pending[i].End, next))
            {
                break;
            }

            first = i;
            next = pending[i].Start;
        }

        return first;
    }

    private static bool OnlySeparators(ref Scan s, int from, int to)
    {
        if (to - from is < 1 or > 2)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (!s.IsWord(k, "and") && !(s.Tokens[k].IsPunct && s.Text[s.Tokens[k].Start] == ','))
            {
                return false;
            }
        }

        return true;
    }

    private static CasualtyFinding SumList(ref Scan s, scoped ReadOnlySpan<Pending> items, CasualtyFinding last, Quantity lastQuantity, VictimGroup lastGroup)
    {
        long low = lastQuantity.Low ?? 0;
        long? high = lastQuantity.High;
        long nominal = lastQuantity.Nominal ?? 0;
        bool exact = lastQuantity.Hedge == HedgeKind.Exact;
        VictimGroup group = lastGroup;
        bool mixed = false;
        foreach (Pending item in items)
        {
            low += item.Quantity.Low ?? 0;
            high = high is { } h && item.Quantity.High is { } ih ? h + ih : null;
            nominal += item.Quantity.Nominal ?? 0;
            exact &= item.Quantity.Hedge == HedgeKind.Exact;
            mixed |= item.Group != group;
        }

        var quantity = new Quantity(Clamp(low), high is { } hh ? Clamp(hh) : null, exact ? HedgeKind.Exact : HedgeKind.Approximately, Clamp(nominal));
        var span = new TextSpan(s.Tokens[items[0].Start].Start, last.Span.End);
        return last with { Span = span, Quantity = quantity, Group = mixed ? VictimGroup.Unspecified : group };
    }

    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;

    private static void Add(List<CasualtyFinding> results, int firstResult, CasualtyFinding finding, bool shot, ref Scan s)
    {
        int index = results.Count - firstResult;
        if (shot && index < 64)
        {
            s.ShotMask |= 1UL << index;
        }

        results.Add(finding);
    }

    private static bool IsCoordinated(ref Scan s, int previousEnd, int start, int npEnd)
    {
        if (!OnlySeparators(ref s, previousEnd, start))
        {
            return false;
        }

        // "killed 28 civilians, 5 of them children" counts a subset, not more victims.
        return !(npEnd >= 1 && s.IsWord(npEnd - 1, "them")) && !s.IsWord(npEnd, "among") && !(s.IsWord(npEnd, "of") && (s.IsWord(npEnd + 1, "them") || s.IsWord(npEnd + 1, "whom")));
    }

    private static bool TryToll(ref Scan s, in Count count, in NounPhrase np, out CasualtyFinding finding, out int end)
    {
        finding = default;
        end = 0;
        int k = count.Start - 1;
        if (k < 0)
        {
            return false;
        }

        TextToken link = s.Tokens[k];
        bool colon = link.IsPunct && s.Text[link.Start] == ':';
        if (!colon && !link.Has(LexRole.TollLinker))
        {
            return false;
        }

        int stop = Math.Max(0, count.Start - 10);
        for (k = count.Start - 1; k >= stop; k--)
        {
            TextToken t = s.Tokens[k];
            if (t.Has(LexRole.Toll))
            {
                CasualtyMeasure measure = CasualtyMeasure.Killed;
                int start = k;
                if (k > 0 && s.Tokens[k - 1].IsWord)
                {
                    if (s.IsWord(k - 1, "casualty"))
                    {
                        measure = CasualtyMeasure.Casualties;
                        start = k - 1;
                    }
                    else if (s.IsWord(k - 1, "injury"))
                    {
                        measure = CasualtyMeasure.Wounded;
                        start = k - 1;
                    }
                    else if (s.IsWord(k - 1, "death") || s.IsWord(k - 1, "fatality") || s.IsWord(k - 1, "civilian") || s.IsWord(k - 1, "official"))
                    {
                        start = k - 1;
                    }
                }

                return TollWordsLink(ref s, k + 1, count.Start) && MakeToll(ref s, count, np, start, measure, out finding, out end);
            }

            if (s.IsWord(k, "number") && k + 2 < count.Start && s.IsWord(k + 1, "of"))
            {
                int w = k + 2;
                if (s.IsWord(w, "people") && w + 1 < count.Start)
                {
                    w++;
                }

                CasualtyMeasure? measure = s.IsWord(w, "dead") || s.IsWord(w, "deaths") || s.IsWord(w, "killed") || s.IsWord(w, "fatalities") || s.IsWord(w, "victims") ? CasualtyMeasure.Killed
                    : s.IsWord(w, "injured") || s.IsWord(w, "wounded") || s.IsWord(w, "injuries") ? CasualtyMeasure.Wounded
                    : s.IsWord(w, "casualties") ? CasualtyMeasure.Casualties
                    : s.IsWord(w, "missing") ? CasualtyMeasure.Missing
                    : null;
                if (measure is { } found)
                {
                    return MakeToll(ref s, count, np, k, found, out finding, out end);
                }

                return false;
            }

            if ((t.IsPunct && !(s.Text[t.Start] == ':' && k == count.Start - 1)) || s.Starts[k] >= 0 || s.IsWord(k, "said") || t.IsNumber)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the words between "toll" and its figure only link them: "rose to", "has climbed to at least", "from the attack rose to".</summary>
    private static bool TollWordsLink(ref Scan s, int from, int to)
    {
        int k = from;
        if (k < to && (s.IsWord(k, "from") || s.IsWord(k, "in")))
        {
            // A short phrase naming the event ("the toll from the attack rose to 12").
            int limit = Math.Min(to, k + 8);
            k++;
            while (k < limit && !(s.Tokens[k].Has(LexRole.TollLinker) && s.Tokens[k].Entry?.Triggers is null && !s.IsWord(k, "of") && !s.IsWord(k, "at") && !s.IsWord(k, "to")))
            {
                k++;
            }
        }

        for (; k < to; k++)
        {
            TextToken t = s.Tokens[k];
            if (!t.Has(LexRole.TollLinker) && !(t.IsPunct && s.Text[t.Start] == ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MakeToll(ref Scan s, in Count count, in NounPhrase np, int start, CasualtyMeasure measure, out CasualtyFinding finding, out int end)
    {
        end = np.Found ? np.End : count.End;
        var span = new TextSpan(s.Tokens[start].Start, s.Tokens[end - 1].End);
        finding = new CasualtyFinding(span, measure, np.Found ? np.Group : VictimGroup.Unspecified, count.Quantity);
        return true;
    }

    private static bool TryTriggerBefore(ref Scan s, in Count count, in NounPhrase np, out CasualtyFinding finding, out int triggerStart, out int end, out bool shot)
    {
        finding = default;
        triggerStart = -1;
        end = 0;
        shot = false;

        // Skip an opening quote, an adverb or a possessive between the verb and its object ("killing \"at least 75", "killed his two children").
        int k = count.Start - 1;
        for (int skipped = 0; k >= 0 && skipped < 2; skipped++)
        {
            TextToken t = s.Tokens[k];
            if ((t.IsPunct && s.Text[t.Start] is '"' or '\u201c' or '\u201d' or '\'' or '\u2018')
                || s.IsWord(k, "reportedly") || s.IsWord(k, "allegedly") || s.IsWord(k, "also") || s.IsWord(k, "instantly")
                || (t.Has(LexRole.Determiner) && count.Singular is false && !s.IsWord(k, "the") && !s.IsWord(k, "that") && !s.IsWord(k, "this")))
            {
                k--;
                continue;
            }

            break;
        }

        if (k < 0 || !FindTriggerEndingAt(ref s, k, out int start, out TriggerPhrase? phrase) || phrase is null)
        {
            return false;
        }

        if ((phrase.Use & TriggerUse.BodiesOnly) != 0 && np.Head != PersonClass.Bodies)
        {
            return false;
        }

        // "threatened to kill three people", "accused of trying to kill 2 officers", "could harm or kill another person", "the attempted
        // murders of five teenagers": an act intended, feared or attempted, not done.
        if (IsIntendedOnly(ref s, start, k + 1))
        {
            return false;
        }

        CasualtyMeasure measure = phrase.Measure;

        // "killed or wounded 30", "killed and injured 12": casualties.
        if (start >= 2 && (s.IsWord(start - 1, "or") || s.IsWord(start - 1, "and")) && FindTriggerEndingAt(ref s, start - 2, out int otherStart, out TriggerPhrase? other)
            && other is not null && other.Before && other.Measure != measure && (other.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded) && (measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded))
        {
            measure = CasualtyMeasure.Casualties;
            start = otherStart;
        }

        shot = (phrase.Use & TriggerUse.Shot) != 0;
        if (!np.Found && (shot || !IsBareCountEnd(ref s, count.End)))
        {
            // "shooting 1 / 3" in a photo caption: a bare number after "shot"/"shooting" is not a count of people.
            return false;
        }

        end = np.Found ? np.End : count.End;

        // "shot one person dead", "shot one man fatally".
        if (measure == CasualtyMeasure.Wounded && end < s.Tokens.Length && (s.IsWord(end, "dead") || s.Tokens[end].Has(LexRole.Fatally)))
        {
            measure = CasualtyMeasure.Killed;
            shot = false;
            end++;
        }

        if (shot && measure == CasualtyMeasure.Wounded && FollowedByDeath(ref s, np.Found ? np.End : count.End, out _))
        {
            measure = CasualtyMeasure.Killed;
            shot = false;
        }

        triggerStart = start;
        var span = new TextSpan(s.Tokens[start].Start, s.Tokens[end - 1].End);
        finding = new CasualtyFinding(span, measure, np.Found ? np.Group : VictimGroup.Unspecified, count.Quantity);
        return true;
    }

    /// <summary>
    /// Whether the casualty verb from <paramref name="start"/> to <paramref name="end"/> tells of an act only intended, feared or attempted:
    /// a base form ("kill", "shoot", "wound", "injure", "hurt", "harm", "murder") after a modal, a negation or "to" following a verb of
    /// intent within four words ("threatened to kill", "was trying to shoot", "could harm or kill", "did not kill"), or "attempted"
    /// right before it ("attempted murders of"). A purpose after a done act ("used a rifle to kill", "went on to kill") is real.
    /// </summary>
    private static bool IsIntendedOnly(ref Scan s, int start, int end)
    {
        if (start > 0 && (s.IsWord(start - 1, "attempted") || s.IsWord(start - 1, "attempt") || s.IsWord(start - 1, "attempting")))
        {
            return true;
        }

        bool baseForm = false;
        for (int k = start; k < end && !baseForm; k++)
        {
            baseForm = s.IsWord(k, "kill") || s.IsWord(k, "shoot") || s.IsWord(k, "wound") || s.IsWord(k, "injure") || s.IsWord(k, "hurt")
                || s.IsWord(k, "harm") || s.IsWord(k, "murder");
        }

        if (!baseForm)
        {
            return false;
        }

        for (int k = start - 1; k >= 0 && k >= start - 4; k--)
        {
            if (s.IsWord(k, "could") || s.IsWord(k, "would") || s.IsWord(k, "might") || s.IsWord(k, "may") || s.IsWord(k, "will") || s.IsWord(k, "should")
                || s.IsWord(k, "can") || s.IsWord(k, "cannot") || s.IsWord(k, "not") || s.IsWord(k, "never") || s.IsWord(k, "didn't") || s.IsWord(k, "didn\u2019t"))
            {
                return true;
            }

            if (s.IsWord(k, "to") && k > 0)
            {
                ReadOnlySpan<char> before = s.Word(k - 1);
                foreach (string stem in (ReadOnlySpan<string>)["tr", "attempt", "threat", "plan", "plot", "want", "intend", "intent", "mean", "meant", "sought", "seek", "vow", "conspir", "hop", "aim", "prepar", "hire", "paid", "offer", "wish"])
                {
                    if (before.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (stem != "tr" || before is "tried" or "tries" or "try" or "trying" or "Tried" or "Trying"))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s.Tokens[k].IsPunct)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds a trigger phrase usable before a count whose last token is <paramref name="last"/>; the longest wins.</summary>
    private static bool FindTriggerEndingAt(ref Scan s, int last, out int start, out TriggerPhrase? phrase)
    {
        start = -1;
        phrase = null;
        for (int first = Math.Max(0, last - 4); first <= last; first++)
        {
            TriggerPhrase[]? candidates = s.Tokens[first].Entry?.Triggers;
            if (candidates is null)
            {
                continue;
            }

            foreach (TriggerPhrase p in candidates)
            {
                if (p.Before && p.Words.Length == last - first + 1 && QuantityRecognizer.MatchWords(s.Text, s.Tokens, first, p.Words))
                {
                    start = first;
                    phrase = p;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a count with no noun ("killed 3", "wounding dozens") ends where a bare count may end.</summary>
    private static bool IsBareCountEnd(ref Scan s, int k)
    {
        if (k >= s.Tokens.Length)
        {
            return true;
        }

        TextToken t = s.Tokens[k];
        if (t.IsPunct)
        {
            return true;
        }

        if (t.Has(LexRole.Function | LexRole.Weekday | LexRole.MoreOther | LexRole.Aux) || t.Entry?.Triggers is not null)
        {
            return true;
        }

        return t.IsCapitalized && t.Has(LexRole.Month);
    }

    private static bool TryPredicateAfter(ref Scan s, in Count count, in NounPhrase np, out CasualtyFinding finding, out int end, out bool shot, out VerbNumber verbNumber)
    {
        finding = default;
        end = 0;
        shot = false;
        verbNumber = VerbNumber.Unknown;
        int p = np.End;
        int n = s.Tokens.Length;

        // An aside that does not change the group: ", including the suicide attackers," / "(mostly soldiers)".
        if (np.Found && p + 1 < n && s.Tokens[p].IsPunct && s.Text[s.Tokens[p].Start] is ',' or '(' && s.Tokens[p + 1].Has(LexRole.Including))
        {
            char close = s.Text[s.Tokens[p].Start] == '(' ? ')' : ',';
            for (int k = p + 2; k < Math.Min(n, p + 14); k++)
            {
                if (s.Tokens[k].IsPunct && s.Text[s.Tokens[k].Start] == close)
                {
                    p = k + 1;
                    break;
                }
            }
        }

        // An apposition after one person: "The victim, 17-year-old Dalon Williams, was found dead", "Erica Rodriguez, 21, was killed".
        if (count.Quantity.High == 1 && p == np.End && p + 2 < n && s.Tokens[p].IsPunct && s.Text[s.Tokens[p].Start] == ',')
        {
            for (int k = p + 1; k < Math.Min(n, p + 8); k++)
            {
                if (s.Tokens[k].IsPunct && s.Text[s.Tokens[k].Start] == ',')
                {
                    if (k > p + 1)
                    {
                        p = k + 1;
                    }

                    break;
                }

                if (s.Tokens[k].IsPunct || s.Tokens[k].Has(LexRole.Aux) || s.Tokens[k].Entry?.Triggers is not null)
                {
                    break;
                }
            }
        }

        PersonClass head = np.Found ? np.Head : PersonClass.None;
        int chainStart = p;
        if (!TryPredicateChain(ref s, p, head, count.Quantity == Quantity.Exactly(1), out int triggerEnd, out CasualtyMeasure measure, out shot))
        {
            // "3 people in the car were hurt", "two men from Chicago were shot": a short phrase before the predicate.
            if (!np.Found || p >= n || !s.Tokens[p].Has(LexRole.Preposition))
            {
                return false;
            }

            bool found = false;
            for (int k = p + 1; k < Math.Min(n, p + 10); k++)
            {
                TextToken t = s.Tokens[k];

                // "a mother of two died": a number right after "of" belongs to the phrase.
                bool ofNumber = k == p + 1 && s.IsWord(p, "of") && count.Quantity.High == 1;
                if (t.IsPunct || ((t.IsNumber || s.Starts[k] >= 0) && !ofNumber))
                {
                    break;
                }

                bool isAux = t.Has(LexRole.Aux);
                bool isTrigger = t.Entry?.Triggers is not null && !s.Tokens[k - 1].Has(LexRole.Article | LexRole.Determiner);
                if (!isAux && !isTrigger)
                {
                    continue;
                }

                if (TryPredicateChain(ref s, k, head, count.Quantity == Quantity.Exactly(1), out triggerEnd, out measure, out shot))
                {
                    chainStart = k;
                    found = true;
                    break;
                }

                // The phrase's verb came and was not a casualty predicate ("... of Greece has accused ...").
                if (isAux)
                {
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        if (s.IsWord(chainStart, "who") || s.IsWord(chainStart, "that"))
        {
            chainStart++;
        }

        verbNumber = s.IsWord(chainStart, "was") || s.IsWord(chainStart, "is") || s.IsWord(chainStart, "has") ? VerbNumber.Singular
            : s.IsWord(chainStart, "were") || s.IsWord(chainStart, "are") || s.IsWord(chainStart, "have") ? VerbNumber.Plural
            : chainStart < n && (s.Tokens[chainStart].Has(LexRole.Aux) || s.IsWord(chainStart, "died") || s.IsWord(chainStart, "dies") || s.IsWord(chainStart, "perished")) ? VerbNumber.Unknown
            : VerbNumber.None;
        end = triggerEnd;
        bool relative = s.IsWord(chainStart - 1, "who") || s.IsWord(chainStart - 1, "that");

        // "was shot ... and died"; "a boy who was critically wounded on Friday died on Saturday".
        if ((shot || (relative && measure == CasualtyMeasure.Wounded)) && FollowedByDeath(ref s, triggerEnd, out int deathEnd, relative ? 16 : 12))
        {
            measure = CasualtyMeasure.Killed;
            shot = false;
            end = deathEnd;
        }

        // "was taken to the hospital as a precaution", "... for evaluation": no wound.
        if (measure == CasualtyMeasure.Wounded && IsHospitalOnly(ref s, chainStart, triggerEnd))
        {
            return false;
        }

        var span = new TextSpan(s.Tokens[count.Start].Start, s.Tokens[end - 1].End);
        finding = new CasualtyFinding(span, measure, np.Found ? np.Group : VictimGroup.Unspecified, count.Quantity);
        return true;
    }

    /// <summary>Whether a wound predicate is only a hospital visit that says it was no wound: "taken to the hospital as a precaution",
    /// "for evaluation", "for observation", "to be checked".</summary>
    private static bool IsHospitalOnly(ref Scan s, int from, int triggerEnd)
    {
        bool hospital = false;
        for (int k = from; k < triggerEnd && !hospital; k++)
        {
            hospital = s.IsWord(k, "hospital") || s.IsWord(k, "hospitals");
        }

        if (!hospital)
        {
            return false;
        }

        for (int k = triggerEnd; k < Math.Min(s.Tokens.Length, triggerEnd + 6); k++)
        {
            if (s.IsWord(k, "precaution") || s.IsWord(k, "evaluation") || s.IsWord(k, "observation") || s.IsWord(k, "checked") || s.IsWord(k, "checkup")
                || s.IsWord(k, "shock") || s.IsWord(k, "anxiety") || s.IsWord(k, "evaluated"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads auxiliaries then a trigger from <paramref name="p"/>: "were also killed", "had died", "dead", "are still missing".</summary>
    private static bool TryPredicateChain(ref Scan s, int p, PersonClass head, bool onePerson, out int end, out CasualtyMeasure measure, out bool shot)
    {
        end = 0;
        measure = default;
        shot = false;
        bool passive = false, fatally = false;
        int n = s.Tokens.Length;
        int aux = 0;
        for (int k = p; k < n; k++)
        {
            TextToken t = s.Tokens[k];
            if (t.Entry?.Triggers is { } candidates)
            {
                foreach (TriggerPhrase phrase in candidates)
                {
                    if (!phrase.After || !QuantityRecognizer.MatchWords(s.Text, s.Tokens, k, phrase.Words))
                    {
                        continue;
                    }

                    if (((phrase.Use & TriggerUse.BodiesOnly) != 0 && head != PersonClass.Bodies) || ((phrase.Use & TriggerUse.OnePersonOnly) != 0 && !onePerson))
                    {
                        continue;
                    }

                    int e = k + phrase.Words.Length;
                    CasualtyMeasure m = phrase.Measure;

                    // "killed or wounded", "killed and injured": casualties.
                    if (e + 1 < n && (s.IsWord(e, "or") || s.IsWord(e, "and")) && s.Tokens[e + 1].Entry?.Triggers is { } more && s.Starts[e + 1] < 0)
                    {
                        foreach (TriggerPhrase second in more)
                        {
                            if (second.After && second.Measure != m && (second.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded) && (m is CasualtyMeasure.Killed or CasualtyMeasure.Wounded)
                                && QuantityRecognizer.MatchWords(s.Text, s.Tokens, e + 1, second.Words))
                            {
                                m = CasualtyMeasure.Casualties;
                                e = e + 1 + second.Words.Length;
                                break;
                            }
                        }
                    }

                    // "gunmen killed three": active voice, the count is the subject, not the victims.
                    if ((phrase.Use & TriggerUse.Transitive) != 0 && !passive && TakesObject(ref s, e))
                    {
                        return false;
                    }

                    if (fatally && m == CasualtyMeasure.Wounded)
                    {
                        m = CasualtyMeasure.Killed;
                    }

                    bool isShot = (phrase.Use & TriggerUse.Shot) != 0 && m == CasualtyMeasure.Wounded;

                    // "fired one shot", "there was one shot": with no noun and no auxiliary, "shot" is the noun.
                    if (isShot && head == PersonClass.None && aux == 0)
                    {
                        return false;
                    }

                    // A count of bodies counts the dead, whatever happened to them before.
                    end = e;
                    measure = head == PersonClass.Bodies ? CasualtyMeasure.Killed : m;
                    shot = isShot && head != PersonClass.Bodies;
                    return true;
                }
            }

            if (t.Has(LexRole.Negation) || IsNegatedContraction(ref s, k))
            {
                return false;
            }

            if (aux < MaxAux && t.Has(LexRole.Aux))
            {
                // "is thought to have killed his children": "to have" starts a new verb, so "is" does not make it passive.
                passive = t.Has(LexRole.Passive) || (passive && !s.IsWord(k, "to") && !s.IsWord(k, "have") && !s.IsWord(k, "has") && !s.IsWord(k, "had"));
                fatally |= t.Has(LexRole.Fatally);
                aux++;
                continue;
            }

            return false;
        }

        return false;
    }

    private static bool IsNegatedContraction(ref Scan s, int k)
    {
        ReadOnlySpan<char> w = s.Word(k);
        return w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the word after a past-tense trigger is its object ("killed three", "killed the driver", "killed him").</summary>
    private static bool TakesObject(ref Scan s, int k)
    {
        if (k >= s.Tokens.Length)
        {
            return false;
        }

        TextToken t = s.Tokens[k];
        if (t.IsNumber || s.Starts[k] >= 0)
        {
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        if (t.Has(LexRole.Article | LexRole.Determiner | LexRole.Pronoun | LexRole.PersonHead) && !s.IsWord(k, "that") && !s.IsWord(k, "this"))
        {
            return true;
        }

        return t.IsCapitalized && !t.Has(LexRole.Weekday | LexRole.Month | LexRole.Function);
    }

    /// <summary>Whether a death follows a shooting in the same clause ("was shot multiple times and died at the hospital").</summary>
    private static bool FollowedByDeath(ref Scan s, int from, out int end, int window = 12)
    {
        end = from;
        int limit = Math.Min(s.Tokens.Length, from + window);
        for (int k = from; k < limit; k++)
        {
            TextToken t = s.Tokens[k];
            if (s.Starts[k] >= 0 || (t.IsPunct && s.Text[t.Start] is ';' or ':') || (t.Has(LexRole.Article) && k + 1 < limit && s.Tokens[k + 1].Has(LexRole.PersonHead)))
            {
                return false;
            }

            if (s.IsWord(k, "died") || s.IsWord(k, "succumbed") || s.IsWord(k, "dead") || (s.IsWord(k, "death") && s.IsWord(k - 1, "to")) || (s.IsWord(k, "killed") && s.IsWord(k - 1, "and")))
            {
                end = k + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>"..., two fatally", "..., one of them fatally": a death count among those just counted.</summary>
    private static bool TryFatallyFollowUp(ref Scan s, int k, out CasualtyFinding finding, out int end)
    {
        finding = default;
        end = 0;
        int n = s.Tokens.Length;
        if (k + 2 >= n || !s.Tokens[k].IsPunct || s.Text[s.Tokens[k].Start] != ',')
        {
            return false;
        }

        int m = s.Starts[k + 1];
        if (m < 0)
        {
            return false;
        }

        QuantityMatch q = s.Matches[m];
        int f = q.EndToken;
        if (f + 1 < n && s.IsWord(f, "of") && (s.IsWord(f + 1, "them") || s.IsWord(f + 1, "whom")))
        {
            f += 2;
        }

        if (f >= n || !s.Tokens[f].Has(LexRole.Fatally))
        {
            return false;
        }

        end = f + 1;
        finding = new CasualtyFinding(new TextSpan(s.Tokens[k + 1].Start, s.Tokens[f].End), CasualtyMeasure.Killed, VictimGroup.Unspecified, q.Quantity);
        return true;
    }

    /// <summary>Reads the noun phrase after a count: "displaced civilians", "of pro-regime fighters", "more", "people displaced", "members of the security forces".</summary>
    private static NounPhrase ParseNounPhrase(ref Scan s, int start, bool singular)
    {
        int n = s.Tokens.Length;
        int k = start;
        int end = start;

        // "dozens more", "two others", "dozens of", "one of the".
        while (k < n && s.Tokens[k].Has(LexRole.MoreOther) && !s.Tokens[k].Has(LexRole.PersonHead))
        {
            k++;
            end = k;
        }

        bool partitive = false;
        if (!singular && k < n && s.IsWord(k, "of"))
        {
            k++;
            if (k < n && s.Tokens[k].Has(LexRole.Determiner))
            {
                // "three of the men", "two of those victims": some of a group already known (not "dozens of people").
                partitive = true;
                k++;
            }

            if (k < n && s.IsWord(k, "them"))
            {
                return new NounPhrase(true, k + 1, PersonClass.People, VictimGroup.Unspecified, Partitive: true);
            }
        }

        GroupHint hints = GroupHint.None;
        int limit = Math.Min(n, k + MaxNounWindow);
        int capitalHead = -1;
        int ageHead = -1;
        for (; k < limit; k++)
        {
            TextToken t = s.Tokens[k];
            if (t.IsPunct || t.IsNumber || (k > start && s.Starts[k] >= 0))
            {
                break;
            }

            LexEntry? e = t.Entry;

            // "a 23-year-old Sun Valley woman": the age heads the phrase only when no noun follows.
            if (ReferenceEquals(e, CasualtyLexicon.Age))
            {
                ageHead = k;
                continue;
            }

            if (e is not null && (e.Roles & LexRole.PersonHead) != 0 && (!singular || e.Singular || NextIsSingularHead(ref s, k)))
            {
                PersonClass head = e.Person;
                hints |= e.Hint;
                int headEnd = k + 1;
                while (headEnd < n && s.Tokens[headEnd].Entry is { } more && (more.Roles & LexRole.PersonHead) != 0 && (!singular || more.Singular))
                {
                    head = more.Person;
                    hints |= more.Hint;
                    headEnd++;
                }

                if (singular && !s.Tokens[headEnd - 1].Entry!.Singular)
                {
                    return default;
                }

                // "members of the security forces": a generic head takes the group of the phrase after "of".
                if (head == PersonClass.People && headEnd + 1 < n && s.IsWord(headEnd, "of"))
                {
                    int j = headEnd + 1;
                    if (j < n && s.Tokens[j].Has(LexRole.Determiner))
                    {
                        j++;
                    }

                    for (int jj = j; jj < Math.Min(n, j + 4); jj++)
                    {
                        TextToken u = s.Tokens[jj];
                        if (!u.IsWord || u.Has(LexRole.Function | LexRole.Aux))
                        {
                            break;
                        }

                        if (u.Has(LexRole.PersonHead) && !u.Entry!.Singular)
                        {
                            GroupHint inner = GroupHint.None;
                            for (int h = j; h <= jj; h++)
                            {
                                inner |= s.Tokens[h].Entry?.Hint ?? GroupHint.None;
                            }

                            head = u.Entry.Person;
                            hints |= inner;
                            headEnd = jj + 1;
                            break;
                        }
                    }
                }

                return new NounPhrase(true, headEnd, head, VictimGroupResolver.Resolve(head, hints), partitive);
            }

            if (t.Has(LexRole.Function | LexRole.Aux | LexRole.Negation | LexRole.Pronoun | LexRole.Weekday) && !s.IsWord(k, "and"))
            {
                break;
            }

            if (e?.Triggers is not null || (t.IsCapitalized && t.Has(LexRole.Month)) || t.Has(LexRole.Article))
            {
                break;
            }

            if (s.IsWord(k, "and") && (k == start || (k + 1 < n && s.Tokens[k + 1].Entry?.Triggers is not null)))
            {
                break;
            }

            hints |= e?.Hint ?? GroupHint.None;

            // "killed 3 Palestinians": an unknown capitalised plural names people.
            if (e is null && !singular && t.IsCapitalized && (t.Shape & TokenShape.AllCaps) == 0 && s.Word(k) is [.., 's'])
            {
                capitalHead = k;
            }
        }

        if (ageHead >= 0)
        {
            return new NounPhrase(true, ageHead + 1, PersonClass.People, VictimGroupResolver.Resolve(PersonClass.People, GroupHint.None));
        }

        if (capitalHead >= 0)
        {
            return new NounPhrase(true, capitalHead + 1, PersonClass.People, VictimGroupResolver.Resolve(PersonClass.People, hints));
        }

        return new NounPhrase(false, end, PersonClass.None, VictimGroup.Unspecified);
    }

    private static bool NextIsSingularHead(ref Scan s, int k)
        => k + 1 < s.Tokens.Length && s.Tokens[k + 1].Entry is { Singular: true } next && (next.Roles & LexRole.PersonHead) != 0;

    /// <summary>Whether a predicate's first auxiliary is singular ("was") or plural ("were").</summary>
    private enum VerbNumber
    {
        /// <summary>No verb: the trigger follows the noun directly ("80 wounded", "3 dead").</summary>
        None,
        Unknown,
        Singular,
        Plural,
    }

    /// <summary>A counted person phrase still waiting for its predicate ("A man," in "A man, two women and a child were killed").</summary>
    private readonly record struct Pending(int Start, int End, Quantity Quantity, VictimGroup Group);

    /// <summary>A count: a number expression, or an article before a singular person noun (one).</summary>
    private readonly record struct Count(int Start, int End, Quantity Quantity, bool YearLike, bool Singular);

    /// <summary>The noun phrase after a count.</summary>
    /// <param name="Found">Whether a person noun heads it.</param>
    /// <param name="End">The token after the phrase (after "more"/"others" even when no head was found).</param>
    /// <param name="Head">The head noun's class.</param>
    /// <param name="Group">The resolved group.</param>
    /// <param name="Partitive">Whether the count picks some out of a known group ("three of the men", "two of them").</param>
    private readonly record struct NounPhrase(bool Found, int End, PersonClass Head, VictimGroup Group, bool Partitive = false);

    /// <summary>The state of one sentence's scan.</summary>
    private ref struct Scan
    {
        public readonly string Text;
        public readonly ReadOnlySpan<TextToken> Tokens;
        public readonly ReadOnlySpan<QuantityMatch> Matches;
        public readonly ReadOnlySpan<int> Starts;
        public ulong ShotMask;
        public ulong SelfMask;

        /// <summary>Whether the span read is a headline (articles dropped).</summary>
        public bool Headline;

        public Scan(string text, ReadOnlySpan<TextToken> tokens, ReadOnlySpan<QuantityMatch> matches, ReadOnlySpan<int> starts)
        {
            Text = text;
            Tokens = tokens;
            Matches = matches;
            Starts = starts;
            ShotMask = 0;
            SelfMask = 0;
            Headline = false;
        }

        public readonly ReadOnlySpan<char> Word(int k) => QuantityRecognizer.Word(Text, Tokens[k]);

        public readonly bool IsWord(int k, string word) => k >= 0 && k < Tokens.Length && QuantityRecognizer.IsWord(Text, Tokens[k], word);
    }
}
