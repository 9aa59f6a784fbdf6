using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using Reconcile.Extraction.Lexicon;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Groups one report's per-sentence findings into incident mentions: the lead incident and background ones.</summary>
/// <remarks>
/// <para>A sentence is an <em>event frame</em> when it holds a casualty figure or names an incident type. Frames are read in text order
/// and each joins the mention the discourse is about, or opens a new one:</para>
/// <list type="number">
/// <item>A frame with nothing that identifies an incident (no incident date, place or specific type: "Dozens were wounded, he said.")
/// continues the current mention.</item>
/// <item>A frame that says "another" or "in a separate ..." opens a new mention.</item>
/// <item>Otherwise it joins the current mention if compatible (dates overlap, places contain one another, types subsume one another),
/// else the most recent earlier mention that is compatible and shares a date, a place below country level or a specific type
/// (the article returning to its lead after a background paragraph), else it opens a new mention.</item>
/// </list>
/// <para>Only mentions with casualty figures are kept, plus, when none has figures, the first with a specific type as the lead.
/// Dates of a later step of the story ("was indicted Tuesday", "funeral services on Saturday") never date the incident, and a day
/// that modifies the incident noun ("the March 18th shooting", "Saturday's attack") outranks a sentence's other days.
/// Dates said of a statement ("a monitor said Sunday", "reported Saturday that") are not incident dates: they give the claim's
/// <see cref="CasualtyClaim.AsOf"/>, and the incident's date only when nothing else does. A publication stamp at the top of the text
/// (an absolute date equal to the publication date in the first sentences) is not an incident date. Places before a dateline dash
/// ("BEIRUT, Lebanon –", "Beirut:") are where the reporter was: used only when the text gives no other place.</para>
/// <para>"Attack" and "fighting" are the backdrop of conflict news and agent nouns ("suicide bombers", "a gunman") name a means rather
/// than the event: they vote weakly on the type and do not identify an incident on their own. Month and year dates count only in sentences
/// with figures, and dates after "since", "until" or "before" bound something else. A sentence that makes an actor the perpetrator is an
/// event ("IS had Sunday launched an operation on villages ..."). Places after "from" are origins. A sentence saying the toll is rising
/// marks the mention's death figures as rising. The perpetrator comes only from sentences that state it without doubt
/// ("it was not immediately clear if", "accusing", "thought to have been carried out by").</para>
/// </remarks>
internal static partial class MentionAssembler
{
    /// <summary>How many days before publication a day told outside the lead's own sentences may be (<see cref="Draft"/>'s fallback).</summary>
    internal const int FollowUpDays = 14;

    /// <summary>Place findings below this confidence (loose fuzzy matches) are not used to place an incident.</summary>
    internal const double MinPlaceConfidence = 0.65;

    /// <summary>How many weak findings of one place make it a place the report is about.</summary>
    internal const int RepeatedPlaceCount = 3;

    /// <summary>The least confidence of a finding that counts towards <see cref="RepeatedPlaceCount"/>.</summary>
    internal const double MinRepeatedPlaceConfidence = 0.45;

    /// <summary>How many sentences open a report (a title and the lead sentence): figures of a past time there are the report's subject.</summary>
    internal const int LeadSentences = 2;

    /// <summary>How many days before publication a dated incident counts as recent news, beside which a past year is another time.</summary>
    internal const int RecentDays = 365;

    /// <summary>How many days before a statement an incident dated only by that statement may have happened.</summary>
    internal const int StatementWindowDays = 3;

    /// <summary>How many times larger one death toll must be than another for an undated mention to refuse a dated sentence
    /// with it: tolls of one incident grow, but rarely threefold within one report without saying so.</summary>
    internal const int DistantTollRatio = 3;

    /// <summary>The weight of a vote for a town named as someone's home or a hospital's ("a Riverside man"), against 1 for a town
    /// named as such: the scene ("went to a school in San Bernardino") outweighs it, and it still places a mention that names no other.</summary>
    internal const double HomeWeight = 0.5;

    /// <summary>An empty list of place findings, shared.</summary>
    private static readonly IReadOnlyList<PlaceFinding> NoFindings = [];

    /// <summary>No repeated places: a frame read only for its dates.</summary>
    private static readonly HashSet<Place> NoPlaces = [];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeads =
        PlaceLexicon.OrganisationHeads.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of the later steps of a story (justice, mourning) whose dates are not the incident's.</summary>
    private static readonly FrozenSet<string> FollowUpWords = new[]
    {
        "arrested", "arrest", "arrests", "charged", "indicted", "arraigned", "arraignment", "sentenced", "sentencing", "convicted",
        "acquitted", "pleaded", "plea", "court", "hearing", "trial", "jury", "testified", "appearance", "appeared", "extradited",
        "booked", "surrendered", "funeral", "funerals", "services", "vigil", "vigils", "memorial", "buried", "burial", "mourned",
        "remembered", "autopsy", "custody", "jailed", "detained", "apprehended",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The justice steps among <see cref="FollowUpWords"/>, which set a date a few words after them ("was charged with murder
    /// Thursday"); mourning and court nouns are left out, since an incident may happen at them ("shot at a funeral service Friday").</summary>
    private static readonly FrozenSet<string> JusticeWords = new[]
    {
        "arrested", "charged", "indicted", "arraigned", "sentenced", "convicted", "acquitted", "pleaded", "testified", "extradited",
        "booked", "surrendered", "custody", "jailed", "detained", "apprehended",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of the incident itself (its verbs and what it did), which a date after them dates ("was shot Tuesday", "the
    /// shooting happened late Friday"): walking back from a date, one of them before any later step's word ends the search
    /// (<see cref="Frame"/>'s <c>FollowsLaterStep</c>).</summary>
    private static readonly FrozenSet<string> IncidentVerbs = new[]
    {
        "shot", "shoot", "shoots", "killed", "kills", "kill", "wounded", "wounding", "injured", "injuring", "died", "dies", "fired",
        "firing", "stabbed", "struck", "hit", "happened", "occurred", "erupted", "exploded", "opened", "attacked", "gunned", "slain",
        "dead", "killing", "shooting",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The verbs of a later step, as the verb of a sentence opened by its day ("On Friday, police arrested ...").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FollowUpVerbs = new[]
    {
        "arrested", "charged", "indicted", "arraigned", "sentenced", "convicted", "acquitted", "pleaded", "testified", "extradited",
        "booked", "buried", "mourned", "remembered", "identified", "released", "named",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that make a whole sentence one of a later step (a day anywhere in it is not the incident's): the
    /// follow-up words, the people of a trial, and the release of names and videos.</summary>
    private static readonly FrozenSet<string> LaterStepWords = FollowUpWords.Concat(
    [
        "jurors", "juror", "judge", "prosecutor", "prosecutors", "testimony", "verdict", "released", "revealed", "identified",
    ]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of the incident itself, which a date before them dates ("the March 18th shooting").</summary>
    private static readonly FrozenSet<string> IncidentNouns = new[]
    {
        "shooting", "shootings", "killing", "killings", "murder", "murders", "slaying", "slayings", "homicide", "stabbing", "attack",
        "attacks", "bombing", "bombings", "blast", "explosion", "ambush", "raid", "massacre", "strike", "strikes", "airstrike", "airstrikes",
        "shelling", "clash", "clashes", "crash", "collision", "fire", "blaze", "earthquake", "quake", "flood", "flooding", "rampage",
        "incident", "accident", "assault",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives between a date and the incident noun it names ("Sunday night's fatal shooting", "the Friday double shooting").</summary>
    private static readonly FrozenSet<string> IncidentAdjectives = new[]
    {
        "fatal", "deadly", "double", "triple", "quadruple", "mass", "drive", "by", "accidental", "apparent", "overnight", "late", "early",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Places a sentence may say were hit again ("the same island was hit in September").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SamePlaceNouns = new[]
    {
        "island", "town", "city", "village", "area", "region", "province", "district", "neighborhood", "neighbourhood", "street",
        "block", "building", "school", "mosque", "church", "market", "bar", "club", "restaurant", "intersection", "spot", "location",
        "site", "community", "county", "state", "complex", "camp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words after "the same place" that make it this incident's place ("the same house where she was shot").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HereWords =
        new[] { "where", "from", "in", "at", "that", "which", "as" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="IncidentNouns"/> looked up by span, ignoring case.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IncidentNounsIgnoreCase =
        IncidentNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each place's vote path, built on first use (see <see cref="PlaceVotePath"/>).</summary>
    private static readonly ConditionalWeakTable<Place, PlaceVotePath> VotePaths = new();

    /// <summary>Adjectives that set an incident before or beside the one being told ("an earlier attack", "a similar bombing").</summary>
    private static readonly string[] EarlierAdjectives = ["earlier", "previous", "prior", "similar"];

    private static readonly string[] SpeechVerbs =
    [
        "said", "says", "say", "reported", "reports", "told", "announced", "stated", "added", "confirmed", "claimed",
        "tweeted", "wrote", "saying", "reporting", "announcing", "adding", "noted", "estimated", "estimates",
    ];

    public static IReadOnlyList<IncidentMention> Assemble(Report report, IReadOnlyList<SentenceFindings> sentences, List<ExtractionIssue> issues)
    {
        List<Draft> drafts = Read(report, sentences, lenient: false);
        Draft? host = ContextHost(drafts, IncidentExtractor.ReferenceDate(report));
        var kept = drafts.Where(d => d.Claims.Count > 0).ToList();
        if (host is not null)
        {
            if (!kept.Contains(host))
            {
                kept.Add(host);
            }
        }
        else if (kept.Count == 0)
        {
            // "Fighting" is the backdrop of most conflict news: prefer a concrete event as the lead.
            Draft? lead = drafts.FirstOrDefault(d => d.SpecificType is { } t && t != IncidentType.ArmedClash)
                ?? drafts.FirstOrDefault(d => d.HasSpecificType);
            if (lead is null)
            {
                // Nothing concrete: the report still describes some event; its first one is the lead.
                lead = Read(report, sentences, lenient: true).FirstOrDefault();
            }

            if (lead is not null)
            {
                kept.Add(lead);
            }
        }

        kept.Sort(static (a, b) => a.FirstSentence.CompareTo(b.FirstSentence));
        var mentions = new List<IncidentMention>(kept.Count);
        var tellsDeath = new ReportTellsDeath(report.Text);
        for (int i = 0; i < kept.Count; i++)
        {
            mentions.Add(kept[i].ToMention(report, i, sentences, issues, tellsDeath));
        }

        DateLeadFromSibling(report, mentions);
        return mentions;
    }

    /// <summary>A lead left with no day at all (none of its sentences, no other sentence of the report, no statement, no weekday)
    /// takes the day of the report's first other mention that has one within the <see cref="FollowUpDays"/> before publication: a
    /// report split into mentions tells one story more often than not ("An 11-year-old boy was fatally shot during a hunting trip.
    /// ... the boy was accidentally shot Sunday afternoon at the preserve in Cedar Hill."), and a day it tells is a better guess
    /// than the publication day the merger would fall back to.</summary>
    private static void DateLeadFromSibling(Report report, List<IncidentMention> mentions)
    {
        if (mentions.Count < 2 || mentions[0].Date is not { Earliest: null, Latest: null, Weekday: null }
            || IncidentExtractor.ReferenceDate(report) is not { } published)
        {
            return;
        }

        LocalDate since = published.PlusDays(-FollowUpDays);
        for (int i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Date is { Precision: DatePrecision.Day, Earliest: { } day } && day <= published && day >= since)
            {
                IReadOnlyList<FieldEvidence> evidence = mentions[0].Evidence;
                foreach (FieldEvidence e in mentions[i].Evidence)
                {
                    if (e.Field == "date")
                    {
                        evidence = [.. evidence, e];
                        break;
                    }
                }

                mentions[0] = mentions[0] with { Date = mentions[i].Date, Evidence = evidence };
                return;
            }
        }
    }

    /// <summary>
    /// Figures of another event or running totals (<see cref="ClaimRelevanceClassifier"/>) never make a mention of their own: a draft
    /// holding only such figures gives them to the report's first draft with figures of its own (else its first draft with a specific
    /// type), where they stay as context, so a recalled event can neither lead the report nor pull it into another incident. When no
    /// figure of the report is the incident's own, figures of another event are the report's subject (an anniversary, a trial) and
    /// count as its own; so are figures of a past year when none of the report's own incidents is dated within <see cref="RecentDays"/>
    /// of publication. Running totals never count; a report that opens with one keeps that draft as its lead (its figures context).
    /// </summary>
    /// <returns>The draft that received the context figures when no draft has figures of its own (it is the lead); else null.</returns>
    private static Draft? ContextHost(List<Draft> drafts, LocalDate? published)
    {
        // A past time is another time only beside something recent: a report whose own incidents are dated long ago (a trial, a
        // conviction) or not at all is about that past.
        bool any = drafts.Exists(d => d.HasOwnClaims);
        bool recent = drafts.Exists(d => d.HasOwnClaims && (d.Date?.Latest ?? d.StatedBy) is { } latest
            && (published is not { } p || Period.Between(latest, p, PeriodUnits.Days).Days <= RecentDays));
        if (!any || !recent)
        {
            foreach (Draft d in drafts)
            {
                d.AdoptOtherEvents(timeOnly: any);
            }
        }

        // A report opens with its subject: figures of a past time in its first sentences are that subject (a trial, a conviction,
        // an anniversary), not a recollection beside it.
        Draft? first = drafts.Find(d => d.Claims.Count > 0);
        if (first is not null && !first.HasOwnClaims && first.FirstSentence < LeadSentences)
        {
            first.AdoptOtherEvents(timeOnly: true);
        }

        if (!drafts.Exists(d => d.Claims.Count > 0 && !d.HasOwnClaims))
        {
            return null;
        }

        // A report that opens with a running total ("131 people have been shot in the city so far this year") is framed by it: that
        // draft stays the lead, its place and period the report's, its figures context.
        bool tallyLead = first is not null && first.Claims.TrueForAll(c => c.Finding.Relevance == ClaimRelevance.Cumulative);
        Draft? host = drafts.Find(d => d.HasOwnClaims)
            ?? drafts.Find(d => d.SpecificType is { } t && t != IncidentType.ArmedClash)
            ?? drafts.Find(d => d.HasSpecificType)
            ?? drafts.Find(d => d.Claims.Count > 0)!;
        foreach (Draft d in drafts)
        {
            if (!ReferenceEquals(d, host) && !(tallyLead && ReferenceEquals(d, first)) && d.Claims.Count > 0 && !d.HasOwnClaims)
            {
                host.Claims.AddRange(d.Claims);
                d.Claims.Clear();
            }
        }

        host.Claims.Sort(static (a, b) => a.Finding.Span.Start.CompareTo(b.Finding.Span.Start));
        return host.HasOwnClaims ? null : host;
    }

    /// <summary>Reads the event frames in text order into drafts; <paramref name="lenient"/> lets any event frame open one.</summary>
    private static List<Draft> Read(Report report, IReadOnlyList<SentenceFindings> sentences, bool lenient)
    {
        string text = report.Text;
        var drafts = new List<Draft>();
        Draft? current = null;
        int datelineEnd = FindDatelineEnd(text, sentences);
        HashSet<Place> repeated = RepeatedPlaces(sentences);

        foreach (SentenceFindings s in sentences)
        {
            if (!Frame.IsEvent(text, s, out bool tollRising))
            {
                // "Officers responded to the scene just after 4:30 p.m. Tuesday": a sentence that sets the scene of the mention being
                // read, without an incident word of its own, gives it the day it still lacks.
                if (current is { Date: null } && s.Dates.Count > 0 && SetsScene(text, s.Span))
                {
                    current.Fill(Frame.Build(report, s, datelineEnd, repeated, tollRising: false));
                }

                continue;
            }

            var frame = Frame.Build(report, s, datelineEnd, repeated, tollRising);

            Draft? target = null;
            if (!frame.HasIdentity)
            {
                target = current;
            }
            else if (!frame.SaysSeparate(text))
            {
                if (current is not null && current.IsCompatible(frame))
                {
                    target = current;
                }
                else
                {
                    for (int i = drafts.Count - 1; i >= 0 && target is null; i--)
                    {
                        if (!ReferenceEquals(drafts[i], current) && drafts[i].IsCompatible(frame) && drafts[i].SharesIdentity(frame))
                        {
                            target = drafts[i];
                        }
                    }
                }
            }

            if (target is null)
            {
                if (!frame.CanOpen && !lenient)
                {
                    continue;
                }

                target = new Draft();
                drafts.Add(target);
            }

            target.Add(frame);
            current = target;
        }

        return drafts;
    }

    /// <summary>The places a report names at least <see cref="RepeatedPlaceCount"/> times, each time with at least
    /// <see cref="MinRepeatedPlaceConfidence"/>: a name the report keeps coming back to is a place it is about ("Bastrop authorities",
    /// "a Bastrop apartment complex", "the fatal Bastrop shooting"), even when each use alone is a weak match.</summary>
    private static HashSet<Place> RepeatedPlaces(IReadOnlyList<SentenceFindings> sentences)
    {
        var counts = new Dictionary<Place, int>();
        foreach (SentenceFindings s in sentences)
        {
            foreach (PlaceFinding p in s.Places)
            {
                if (p.Confidence >= MinRepeatedPlaceConfidence && p.Confidence < MinPlaceConfidence)
                {
                    counts[p.Place] = counts.GetValueOrDefault(p.Place) + 1;
                }
            }
        }

        var repeated = new HashSet<Place>();
        foreach (KeyValuePair<Place, int> c in counts)
        {
            if (c.Value >= RepeatedPlaceCount)
            {
                repeated.Add(c.Key);
            }
        }

        return repeated;
    }

    /// <summary>The end offset of a dateline ("BEIRUT, Lebanon –", "GARY, Ind. (AP) —") in the first sentences, or -1.</summary>
    private static int FindDatelineEnd(string text, IReadOnlyList<SentenceFindings> sentences)
    {
        for (int i = 0; i < Math.Min(4, sentences.Count); i++)
        {
            TextSpan span = sentences[i].Span;
            int limit = Math.Min(span.End, span.Start + 60);
            for (int j = span.Start + 2; j < limit; j++)
            {
                char c = text[j];
                bool dash = c is '–' or '—' or ':' || (c == '-' && j > 0 && text[j - 1] == ' ' && j + 1 < text.Length && text[j + 1] == ' ');
                bool ap = c == '(' && j + 3 < text.Length && text.AsSpan(j, Math.Min(10, text.Length - j)).Contains(")", StringComparison.Ordinal)
                    && char.IsUpper(text[j + 1]);
                if (dash || ap)
                {
                    // The part before must start with an upper-case word and hold no verb-like lower-case run: "BEIRUT, Lebanon".
                    ReadOnlySpan<char> head = text.AsSpan(span.Start, j - span.Start).Trim();
                    if (head.Length >= 3 && char.IsUpper(head[0]) && IsDatelineHead(head))
                    {
                        return j;
                    }

                    break;
                }
            }
        }

        return -1;
    }

    private static bool IsDatelineHead(ReadOnlySpan<char> head)
    {
        // Every word starts upper-case or is a dotted abbreviation ("Ind.", "D.C."); at most six words.
        int words = 0;
        foreach (Range r in head.Split(' '))
        {
            ReadOnlySpan<char> w = head[r].Trim(",.");
            if (w.Length == 0)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(w[0]) || words > 6)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>What one event sentence says.</summary>
    private sealed class Frame
    {
        public required SentenceFindings Sentence { get; init; }

        public DateFinding? IncidentDate { get; init; }

        public LocalDate? StatementDate { get; init; }

        public TextSpan? StatementDateSpan { get; init; }

        /// <summary>Whether the statement of <see cref="StatementDate"/> comes before what it reports ("The UN on Thursday said the
        /// group had executed 741 civilians", "Police said Sunday that ..."), rather than trailing a told event ("A man was shot,
        /// police said Sunday."): such a finding may be of any time before the statement.</summary>
        public bool StatementLeads { get; init; }

        public required List<PlaceFinding> Places { get; init; }

        public required List<PlaceFinding> DatelinePlaces { get; init; }

        /// <summary>The towns of <see cref="Places"/> named as someone's home or a hospital's ("a Riverside man", "an Atlanta
        /// hospital", <see cref="AsidePlaces.NamesResident"/>): their votes for the mention's place weigh <see cref="HomeWeight"/>.</summary>
        public required IReadOnlyList<PlaceFinding> HomePlaces { get; init; }

        /// <summary>Whether <paramref name="p"/> is one of <see cref="HomePlaces"/>.</summary>
        public bool IsHome(PlaceFinding p)
        {
            foreach (PlaceFinding h in HomePlaces)
            {
                if (h.Span.Equals(p.Span))
                {
                    return true;
                }
            }

            return false;
        }

        public Place? MainPlace { get; init; }

        public IncidentType? SpecificType { get; init; }

        public bool TollRising { get; init; }

        /// <summary>Whether a sentence tells of an event (figures, an incident type, a perpetrator, or a toll still rising): only those make frames.</summary>
        /// <param name="text">The report's text.</param>
        /// <param name="s">The sentence's findings.</param>
        /// <param name="tollRising">Whether the sentence, having no figures of its own, says the death toll is rising.</param>
        public static bool IsEvent(string text, SentenceFindings s, out bool tollRising)
        {
            // A sentence with figures of its own marks only those (the recognizer does); one without marks the mention's deaths.
            tollRising = s.Casualties.Count == 0 && CasualtyRecognizer.SaysTollRising(text, s.Span);
            return s.Casualties.Count > 0 || s.Types.Count > 0 || s.Actors.Exists(a => a.IsPerpetrator) || tollRising;
        }

        public bool HasIdentity => IncidentDate is not null || MainPlace is not null || SpecificType is not null;


        /// <summary>A frame may open a mention when it has figures, a specific type, or a generic type with a date (a new offensive).</summary>
        public bool CanOpen => Sentence.Casualties.Count > 0 || SpecificType is not null
            || (IncidentDate is { Range.Precision: DatePrecision.Day or DatePrecision.Week } && (Sentence.Types.Count > 0 || Sentence.Actors.Exists(a => a.IsPerpetrator)));

        public static Frame Build(Report report, SentenceFindings s, int datelineEnd, HashSet<Place> repeated, bool tollRising)
        {
            string text = report.Text;
            DateFinding? incident = null;
            bool incidentNamed = false;
            LocalDate? statement = null;
            TextSpan? statementSpan = null;
            bool statementLeads = false;
            foreach (DateFinding d in s.Dates)
            {
                if (IsPublicationStamp(report, s, d))
                {
                    continue;
                }

                if (IsBackgroundDate(text, s.Span, d.Span)
                    || (s.Casualties.Count == 0 && d.Range.Precision is DatePrecision.Month or DatePrecision.Year))
                {
                    continue;
                }

                (string? before, string? after) = WordsAround(text, s.Span, d.Span);
                OpeningVerb opening = before is null ? Opens(text, s.Span, d.Span) : OpeningVerb.None;
                bool names = Rank(d.Range) >= 3 && NamesIncident(text, s.Span, d.Span, after);
                if (IsFollowUpDate(before, after) || opening == OpeningVerb.FollowUp || DayCues.IsFuture(text, s.Span, d.Span)
                    || (!names && FollowsLaterStep(text, s.Span, d.Span)))
                {
                    // The incident happened some time before its arrest or funeral: this date does not say when.
                    continue;
                }

                if (IsStatementDate(before, after) || opening == OpeningVerb.Speech || DayCues.IsStatus(text, s.Span, d.Span))
                {
                    if (statement is null && d.Range.Precision == DatePrecision.Day && d.Range.Earliest is { } day)
                    {
                        statement = day;
                        statementSpan = d.Span;
                        statementLeads = after is "that" ? before is not null && Array.IndexOf(SpeechVerbs, before) >= 0
                            : after is not null && Array.IndexOf(SpeechVerbs, after) >= 0;
                    }

                    continue;
                }

                // "the March 18th shooting", "Saturday's attack": a day that names the incident outranks the sentence's other days
                // ("police arrested the teen Tuesday ... in the March 18th shooting").
                if (incident is null || (names && !incidentNamed) || (names == incidentNamed && Rank(d.Range) > Rank(incident.Value.Range)))
                {
                    incident = d;
                    incidentNamed = names;
                }
            }

            var places = new List<PlaceFinding>();
            var dateline = new List<PlaceFinding>();
            List<PlaceFinding>? homes = null;
            PlaceFinding? previous = null;
            foreach (PlaceFinding p in s.Places)
            {
                int k = p.Span.Start;
                bool qualifier = previous is { } q && IsQualifier(text, q, p);
                previous = p;
                if (!qualifier && (p.Confidence >= MinPlaceConfidence || repeated.Contains(p.Place)) && PreviousWord(text, s.Span.Start, ref k) is not "from"
                    && !NamesOrganisation(text, p.Span, s.Span.End) && !AsidePlaces.IsAside(text, s.Span, p.Span))
                {
                    if (p.Span.End <= datelineEnd)
                    {
                        dateline.Add(p);
                    }
                    else
                    {
                        places.Add(p);
                        if (p.Place.Kind == PlaceKind.Locality && AsidePlaces.NamesResident(text, s.Span, p.Span))
                        {
                            (homes ??= []).Add(p);
                        }
                    }
                }
            }

            var tree = new ConsensusTree<Place>();
            foreach (PlaceFinding p in places)
            {
                AddPlaceVote(tree, p.Place, 1);
            }

            IncidentType? specific = null;
            foreach (TypeFinding t in s.Types)
            {
                if (!IsGeneric(t.Type) && !IsAgentNoun(text, t.Span) && (specific is null || specific.Value.Subsumes(t.Type)))
                {
                    specific = t.Type;
                }
            }

            return new Frame
            {
                Sentence = s,
                IncidentDate = incident,
                StatementDate = statement,
                StatementDateSpan = statementSpan,
                StatementLeads = statementLeads,
                Places = places,
                DatelinePlaces = dateline,
                HomePlaces = homes ?? NoFindings,
                MainPlace = tree.Resolve(),
                SpecificType = specific,
                TollRising = tollRising,
            };
        }

        /// <summary>"Attack" and "fighting" are the backdrop of conflict news: they do not identify an incident on their own.</summary>
        public static bool IsGeneric(IncidentType type) => type is IncidentType.Attack or IncidentType.ArmedClash;

        /// <summary>"Saint Paul, Minnesota", "Ariha, Idlib", "Mosul, Iraq": a province or country after a comma that contains the place
        /// before it says which place that is; it is not a second, vaguer vote that would pull the mention up to the province.</summary>
        private static bool IsQualifier(string text, PlaceFinding town, PlaceFinding next)
        {
            if (town.Place.Kind is PlaceKind.Country || next.Place.Kind is not (PlaceKind.Admin1 or PlaceKind.Country)
                || !string.Equals(town.Place.CountryCode, next.Place.CountryCode, StringComparison.Ordinal)
                || (next.Place.Kind == PlaceKind.Admin1 && (town.Place.Kind == PlaceKind.Admin1 || !string.Equals(town.Place.Admin1, next.Place.Admin1, StringComparison.Ordinal))))
            {
                return false;
            }

            ReadOnlySpan<char> between = text.AsSpan(town.Span.End, Math.Max(0, next.Span.Start - town.Span.End)).Trim();
            return between is ",";
        }

        /// <summary>"suicide bombers", "a gunman", "attackers": a person noun implies a type more weakly than an event noun.</summary>
        public static bool IsAgentNoun(string text, TextSpan span)
        {
            ReadOnlySpan<char> s = text.AsSpan(span.Start, span.Length).TrimEnd();
            int sp = s.LastIndexOf(' ');
            ReadOnlySpan<char> last = sp >= 0 ? s[(sp + 1)..] : s;
            return last.EndsWith("er", StringComparison.OrdinalIgnoreCase) || last.EndsWith("ers", StringComparison.OrdinalIgnoreCase)
                || last.EndsWith("man", StringComparison.OrdinalIgnoreCase) || last.EndsWith("men", StringComparison.OrdinalIgnoreCase)
                || last.EndsWith("ant", StringComparison.OrdinalIgnoreCase) || last.EndsWith("ants", StringComparison.OrdinalIgnoreCase);
        }

        public bool SaysSeparate(string text)
        {
            ReadOnlySpan<char> s = text.AsSpan(Sentence.Span.Start, Sentence.Span.Length);
            return IgnoreCase.Contains(s, "in a separate")
                || IgnoreCase.Contains(s, "in another")
                || (s.StartsWith("Another ", StringComparison.Ordinal) && !AnotherVictim(s))
                || IgnoreCase.Contains(s, "a separate attack")
                || IgnoreCase.Contains(s, "a separate incident")
                || RecallsEarlier(s);
        }

        /// <summary>"Another man was also shot", "Another 17-year-old was wounded": a sentence opening on another person (not another
        /// event: "Another car bomb exploded", "Another shooting happened") tells of one more victim, most often of the same incident,
        /// so it is not forced into a mention of its own; whether it joins is then decided as for any frame (dates, places, types).</summary>
        internal static bool AnotherVictim(ReadOnlySpan<char> sentence)
        {
            ReadOnlySpan<char> rest = sentence["Another ".Length..];
            int end = 0;
            while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] == '-'))
            {
                end++;
            }

            ReadOnlySpan<char> word = rest[..end];
            if (CasualtyLexicon.IsAge(word))
            {
                return true;
            }

            LexEntry? entry = CasualtyLexicon.Lookup(word, allCaps: false);
            return entry is not null && (entry.Roles & LexRole.PersonHead) != 0 && entry.Person != PersonClass.None;
        }

        /// <summary>"The same island was hit by a quake in September", "an earlier attack", "a similar bombing": the sentence
        /// recalls another incident at the same place, or one before this one.</summary>
        private static bool RecallsEarlier(ReadOnlySpan<char> s)
        {
            const string Same = "the same ";
            for (int at = IndexOf(s, Same, 0); at >= 0; at = IndexOf(s, Same, at + 1))
            {
                ReadOnlySpan<char> rest = s[(at + Same.Length)..];
                ReadOnlySpan<char> noun = FirstWord(rest);

                // "the same building from where the gunman fired", "the same house where she was shot": the place of this incident.
                if (SamePlaceNouns.Contains(noun) && !HereWords.Contains(WordAfter(rest, noun)))
                {
                    return true;
                }
            }

            foreach (string adjective in EarlierAdjectives)
            {
                for (int at = IndexOf(s, adjective, 0); at >= 0; at = IndexOf(s, adjective, at + 1))
                {
                    int end = at + adjective.Length;
                    if ((at > 0 && char.IsLetter(s[at - 1])) || end >= s.Length || s[end] != ' ' || !IsDeterminerBefore(s, at))
                    {
                        continue;
                    }

                    // The incident noun follows, perhaps after one more adjective ("an earlier deadly attack").
                    ReadOnlySpan<char> rest = s[(end + 1)..];
                    ReadOnlySpan<char> first = FirstWord(rest);
                    if (IncidentNounsIgnoreCase.Contains(first) || IncidentNounsIgnoreCase.Contains(WordAfter(rest, first)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static int IndexOf(ReadOnlySpan<char> s, string value, int from)
        {
            int i = IgnoreCase.IndexOf(s[from..], value);
            return i < 0 ? -1 : from + i;
        }

        private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
        {
            int i = 0;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                i++;
            }

            return s[..i];
        }

        /// <summary>The word after <paramref name="first"/> (the first word of <paramref name="s"/>) and the one character that follows it.</summary>
        private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> s, ReadOnlySpan<char> first) => FirstWord(s[Math.Min(s.Length, first.Length + 1)..]);

        private static bool IsDeterminerBefore(ReadOnlySpan<char> s, int at)
        {
            ReadOnlySpan<char> before = s[..at].TrimEnd();
            int sp = before.LastIndexOfAny(' ', '\n', '(');
            ReadOnlySpan<char> word = before[(sp + 1)..];
            return word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)
                || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase);
        }

        private static int Rank(DateRange r) => r.Precision switch
        {
            DatePrecision.Day => 4,
            DatePrecision.Week => 3,
            DatePrecision.Month => 2,
            DatePrecision.Year => 1,
            _ => r.Weekday is null ? 0 : 3,
        };

        private static bool IsPublicationStamp(Report report, SentenceFindings s, DateFinding d)
        {
            if (s.Index > 2 || report.Published is not { } published || d.Range.Earliest != published || d.Range.Latest != published)
            {
                return false;
            }

            foreach (char c in d.Span.Slice(report.Text))
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"since November 2017", "until Friday", "before 2014": a date that bounds something else, not the incident's day.</summary>
        private static bool IsBackgroundDate(string text, TextSpan sentence, TextSpan date)
        {
            int i = date.Start;
            string? w = PreviousWord(text, sentence.Start, ref i);
            if (w is "in" or "on" or "of")
            {
                w = PreviousWord(text, sentence.Start, ref i);
            }

            return w is "since" or "until" or "till" or "before" or "by" or "from";
        }

        /// <summary>The word before a date, past one time word ("said on Friday", "reported late Thursday", "indicted this
        /// morning"), and the word after it, lower-cased; <see langword="null"/> at the sentence's edge or a stop.</summary>
        private static (string? Before, string? After) WordsAround(string text, TextSpan sentence, TextSpan date)
        {
            int i = date.Start;
            string? before = PreviousWord(text, sentence.Start, ref i);
            if (before is "on" or "late" or "early" or "earlier" or "later" or "this" or "last")
            {
                before = PreviousWord(text, sentence.Start, ref i);
            }

            // "as of Thursday morning" is when a state held (a status, like a statement's day), not when anything happened;
            // "the shooting was reported Sunday" (passive) is when the incident was reported to the police, not a statement's day.
            int k = i;
            if (before is "of" && PreviousWord(text, sentence.Start, ref k) is "as")
            {
                before = AsOf;
            }
            else if (before is "reported" && PreviousWord(text, sentence.Start, ref k) is "was" or "were")
            {
                before = null;
            }

            int j = date.End;
            return (before, NextWord(text, sentence.End, ref j));
        }

        /// <summary>How many words after a sentence-opening date and its comma a speech verb may come ("On Monday, Lake County
        /// Sheriff Tom Jones said ...").</summary>
        private const int OpeningSubjectWords = 6;

        /// <summary>How many words after a sentence-opening date with no comma a speech verb may come ("Tuesday evening police said
        /// ..."): without the comma the subject is short, and a longer run may hold the event's own verb ("Monday gunmen killed three
        /// people, police said").</summary>
        private const int OpeningSubjectWordsWithoutComma = 2;

        /// <summary>What the verb of a sentence opened by a day says that day was.</summary>
        private enum OpeningVerb
        {
            /// <summary>Not a statement's nor a later step's: the day may be the incident's.</summary>
            None,

            /// <summary>A statement's day ("On Wednesday, the sheriff's office said ...").</summary>
            Speech,

            /// <summary>A later step's day ("Late Tuesday, the district attorney charged ...").</summary>
            FollowUp,
        }

        /// <summary>"On Wednesday, the sheriff's office said ...", "Monday, police told reporters ...", "Tuesday evening police said
        /// ...": a day that opens the sentence, then a subject of at most <see cref="OpeningSubjectWords"/> words after a comma (at most
        /// <see cref="OpeningSubjectWordsWithoutComma"/> without one) whose verb is a speech verb, is the statement's day; one whose verb
        /// is a later step's ("Late Tuesday afternoon, the district attorney charged ...", "On Friday, police arrested ...") is that
        /// step's day. A comma or a full stop before the verb, or another verb first ("was", "has", "and"), ends the subject ("On Sunday,
        /// a man was shot, police said" dates the shooting).</summary>
        private static OpeningVerb Opens(string text, TextSpan sentence, TextSpan date)
        {
            int j = date.End;
            while (j < sentence.End && text[j] == ' ')
            {
                j++;
            }

            if (j >= sentence.End)
            {
                return OpeningVerb.None;
            }

            int most = OpeningSubjectWordsWithoutComma;
            if (text[j] == ',')
            {
                most = OpeningSubjectWords;
                j++;
            }

            for (int words = 0; words <= most; words++)
            {
                while (j < sentence.End && !char.IsLetter(text[j]))
                {
                    if (text[j] is ',' or '.' or ';' or ':' or '"' or '“' or '”')
                    {
                        return OpeningVerb.None;
                    }

                    j++;
                }

                int start = j;
                while (j < sentence.End && (char.IsLetter(text[j]) || text[j] is '\'' or '’'))
                {
                    j++;
                }

                if (start == j)
                {
                    return OpeningVerb.None;
                }

                ReadOnlySpan<char> word = text.AsSpan(start, j - start);
                if (word is "was" or "were" or "is" or "are" or "had" or "has" or "have" or "and")
                {
                    return OpeningVerb.None; // the subject's verb is another ("On Sunday, a man was shot and police said ...")
                }

                foreach (string verb in SpeechVerbs)
                {
                    if (!verb.EndsWith("ing", StringComparison.Ordinal) && word.Equals(verb, StringComparison.OrdinalIgnoreCase))
                    {
                        return OpeningVerb.Speech;
                    }
                }

                if (word.Length > 0 && char.IsLower(word[0]) && FollowUpVerbs.Contains(word))
                {
                    return OpeningVerb.FollowUp;
                }
            }

            return OpeningVerb.None;
        }

        /// <summary>What <see cref="WordsAround"/> gives as the word before a date after "as of".</summary>
        private const string AsOf = "as of";

        /// <summary>Whether the date modifies an incident noun: "the March 18th shooting", "the Friday attack", "Saturday night's crash".</summary>
        private static bool NamesIncident(string text, TextSpan sentence, TextSpan date, string? after)
        {
            int j = date.End;
            if (after is "s")
            {
                // The possessive "Saturday's shooting": the word after the apostrophe-s.
                NextWord(text, sentence.End, ref j);
                after = NextWord(text, sentence.End, ref j);
            }
            else
            {
                NextWord(text, sentence.End, ref j);
            }

            // "Sunday night's fatal shooting", "the Friday double shooting": past the incident's adjectives.
            for (int k = 0; k < 2 && after is not null && IncidentAdjectives.Contains(after); k++)
            {
                after = NextWord(text, sentence.End, ref j);
            }

            return after is not null && IncidentNouns.Contains(after);
        }

        /// <summary>Whether the date is a statement's: "said Sunday", "reported late Thursday", "as of Friday morning" (a status), or
        /// "The United Nations on Thursday, November 2, said ...", but not a participle clause ("reported the strike late Thursday, saying ..." dates the strike).</summary>
        private static bool IsStatementDate(string? before, string? after) =>
            (before is not null && (before is AsOf || Array.IndexOf(SpeechVerbs, before) >= 0))
            || (after is not null && !after.EndsWith("ing", StringComparison.Ordinal) && Array.IndexOf(SpeechVerbs, after) >= 0);

        /// <summary>Whether the date is that of a later step in the story rather than of the incident: an arrest, a charge, a court
        /// date, a funeral ("was indicted Tuesday", "funeral services on Saturday", "police on Thursday arrested"). The incident came some
        /// time before, so such a date never dates it.</summary>
        private static bool IsFollowUpDate(string? before, string? after) =>
            (before is not null && FollowUpWords.Contains(before)) || (after is not null && FollowUpWords.Contains(after));

        /// <summary>How many words before a date a later step's word may still make it that step's day ("was charged with murder
        /// Thursday", "was taken into custody late Tuesday night").</summary>
        private const int LaterStepReach = 5;

        /// <summary>Whether a later step's word (<see cref="FollowUpWords"/>: "charged", "arrested", "custody") comes before the date
        /// within <see cref="LaterStepReach"/> words, with no word of the incident itself (<see cref="IncidentVerbs"/>, an incident noun)
        /// or of speech between: "was charged with murder Thursday in connection with a shooting on Tuesday" makes Thursday the charge's
        /// day, while "was arrested after he shot a man Tuesday" and "arrested in the shooting Tuesday" leave the day to the incident.
        /// An incident noun that names the charge ("charged with murder", "with attempted murder") is part of the later step.</summary>
        private static bool FollowsLaterStep(string text, TextSpan sentence, TextSpan date)
        {
            int i = date.Start;
            for (int n = 0; n < LaterStepReach; n++)
            {
                // A comma ends the clause: "was arrested Thursday, a day after police found ..." leaves "a day after" to the incident.
                int gap = i;
                while (gap > sentence.Start && !char.IsLetter(text[gap - 1]) && text[gap - 1] != ',')
                {
                    gap--;
                }

                string? w = gap > sentence.Start && text[gap - 1] == ',' ? null : PreviousWord(text, sentence.Start, ref i);
                if (w is null || IncidentVerbs.Contains(w) || Array.IndexOf(SpeechVerbs, w) >= 0)
                {
                    return false;
                }

                if (JusticeWords.Contains(w))
                {
                    return true;
                }

                if (IncidentNouns.Contains(w))
                {
                    int k = i;
                    string? charge = PreviousWord(text, sentence.Start, ref k);
                    if (charge is "attempted" or "first" or "second" or "degree")
                    {
                        charge = PreviousWord(text, sentence.Start, ref k);
                    }

                    if (charge is not "with")
                    {
                        return false;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether the place name starts an organisation's name ("Comer Children's Hospital", "West Coast Bank"): up to two more
        /// capitalised words, then a head noun of <see cref="PlaceLexicon.OrganisationHeads"/>.</summary>
        internal static bool NamesOrganisation(string text, TextSpan place, int ceiling)
        {
            int j = place.End;
            for (int words = 0; words < 3; words++)
            {
                while (j < ceiling && text[j] == ' ')
                {
                    j++;
                }

                int start = j;
                while (j < ceiling && (char.IsLetter(text[j]) || (text[j] is '\'' or '’' && j + 1 < ceiling && char.IsLetter(text[j + 1]))))
                {
                    j++;
                }

                if (j == start || !char.IsUpper(text[start]))
                {
                    return false;
                }

                if (OrganisationHeads.Contains(text.AsSpan(start, j - start)))
                {
                    return true;
                }
            }

            return false;
        }

        internal static string? PreviousWord(string text, int floor, ref int i)
        {
            int end = i;
            while (end > floor && !char.IsLetter(text[end - 1]))
            {
                if (text[end - 1] is '.' or ';' or '"' or '“' or '”')
                {
                    return null;
                }

                end--;
            }

            int start = end;
            while (start > floor && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            i = start;
            return start < end ? text[start..end].ToLowerInvariant() : null;
        }

        internal static string? NextWord(string text, int ceiling, ref int j)
        {
            int start = j;
            while (start < ceiling && !char.IsLetter(text[start]))
            {
                if (text[start] is '.' or ';' or '"' or '“' or '”')
                {
                    return null;
                }

                start++;
            }

            int end = start;
            while (end < ceiling && char.IsLetter(text[end]))
            {
                end++;
            }

            j = end;
            return start < end ? text[start..end].ToLowerInvariant() : null;
        }
    }

    /// <summary>Votes for <paramref name="p"/> and its containers (country → province → town) in <paramref name="tree"/>.</summary>
    internal static void AddPlaceVote(ConsensusTree<Place> tree, Place p, double weight)
    {
        PlaceVotePath path = VotePaths.GetValue(p, PlaceVotePath.Of);
        tree.Add(path.Keys, path.Values, weight);
    }

    /// <summary>The keys and values of one place's vote path. Built once per place: the gazetteer hands out one <see cref="Place"/>
    /// instance per entry, so the table (keyed by reference, thread-safe) stops growing at the places seen.</summary>
    private sealed class PlaceVotePath(string[] keys, Place[] values)
    {
        public string[] Keys { get; } = keys;

        public Place[] Values { get; } = values;

        public static PlaceVotePath Of(Place p)
        {
            string cc = p.CountryCode ?? p.Country ?? "?";
            Place country = new() { Name = p.Country ?? cc, Kind = PlaceKind.Country, Country = p.Country, CountryCode = p.CountryCode };
            switch (p.Kind)
            {
                case PlaceKind.Country:
                    return new([cc], [p]);
                case PlaceKind.Admin1:
                    return new([cc, cc + "/" + p.Admin1], [country, p]);
                default:
                    string townKey = cc + "/" + p.Admin1 + "/" + (p.GeoNameId?.ToString(CultureInfo.InvariantCulture) ?? p.Name);
                    if (p.Admin1 is null)
                    {
                        return new([cc, townKey], [country, p]);
                    }

                    Place admin1 = new()
                    {
                        Name = p.Admin1, Kind = PlaceKind.Admin1, Admin1 = p.Admin1, Country = p.Country, CountryCode = p.CountryCode,
                    };
                    return new([cc, cc + "/" + p.Admin1, townKey], [country, admin1, p]);
            }
        }
    }

    /// <summary>Whether a sentence tells where or when the incident being read happened without naming it: police "responded to" or
    /// "were called to" a place, "the scene", it "happened", "occurred" or "took place".</summary>
    private static bool SetsScene(string text, TextSpan sentence) => SceneWords().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:responded|called|dispatched|summoned|sent|rushed)\s+(?:out\s+)?to|the\s+scene|happened|occurred|took\s+place|unfolded)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SceneWords();

    /// <summary>A word that tells of a death anywhere in a report ("died", "fatal", "homicide", "killed").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:died|dies|dead|death|deaths|deadly|fatal|fatally|killed|killing|homicide|murder|murdered|slain|deceased)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeathWord();

    /// <summary>Whether the report names a death anywhere (<see cref="DeathWord"/>), searched at most once per report and only when a
    /// mention asks: each mention asking again would scan the whole text once per mention.</summary>
    private sealed class ReportTellsDeath(string text)
    {
        private bool? _found;
        private bool? _murderSuicide;

        public bool Found => _found ??= DeathWord().IsMatch(text);

        /// <summary>Whether the report calls the killing a murder-suicide (searched at most once, only when a mention has a death by
        /// one's own hand beside other deaths).</summary>
        public bool MurderSuicide => _murderSuicide ??= MurderSuicideWord().IsMatch(text);
    }

    /// <summary>"murder-suicide", "murder suicide", "murder/suicide", "homicide-suicide", "killings and suicide".</summary>
    /// <summary>A count picked out of a group of victims told before: "Two of them", "one of the victims", "One of the four", "3 of
    /// those", "one of the wounded"; not "one of the men killed" (a part of the dead).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+of\s+(?:them|those|these|the\s+(?:victims|wounded|injured|hurt|people|two|three|four|five|six|seven|eight|nine|ten|[0-9]+))\b(?!\s+(?:killed|dead|slain|who\s+died))",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PartitivePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:murders?|homicides?|killings?)(?:\s*[-/]\s*|\s+(?:and\s+|then\s+)?)suicides?\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MurderSuicideWord();

    /// <summary>A mention being assembled.</summary>
    private sealed class Draft
    {
        private readonly List<Frame> _frames = [];
        private readonly ConsensusTree<Place> _places = new();

        /// <summary>The same votes as <see cref="_places"/>, a person's town (<see cref="Frame.HomePlaces"/>) at <see cref="HomeWeight"/>:
        /// the mention's place. Which frames join the mention is still decided on the plain votes.</summary>
        private readonly ConsensusTree<Place> _scene = new();

        public int FirstSentence => _frames.Count == 0 ? int.MaxValue : _frames[0].Sentence.Index;

        public List<(CasualtyFinding Finding, Frame Frame)> Claims { get; } = [];

        /// <summary>Whether a figure of the draft counts its own incident (not another event, not a running total).</summary>
        public bool HasOwnClaims => Claims.Exists(c => c.Finding.Relevance == ClaimRelevance.Incident);

        /// <summary>Takes figures of another event (or, with <paramref name="timeOnly"/>, those only a past time made another's) as the
        /// draft's own: the report tells of nothing newer.</summary>
        public void AdoptOtherEvents(bool timeOnly)
        {
            for (int i = 0; i < Claims.Count; i++)
            {
                if (Claims[i].Finding.Relevance == ClaimRelevance.OtherEvent && (!timeOnly || Claims[i].Finding.RelevanceByTime))
                {
                    Claims[i] = (Claims[i].Finding with { Relevance = ClaimRelevance.Incident, RelevanceCue = null }, Claims[i].Frame);
                }
            }
        }

        public DateRange? Date { get; private set; }

        /// <summary>The earliest day a statement about the mention was made: the incident was on or before it.</summary>
        public LocalDate? StatedBy { get; private set; }

        public Place? Place => _places.Resolve();

        public IncidentType? SpecificType { get; private set; }

        public bool HasSpecificType => SpecificType is not null;

        /// <summary>Whether a sentence of the mention says the death toll is still rising.</summary>
        public bool TollRising { get; private set; }

        public void Add(Frame frame)
        {
            _frames.Add(frame);
            TollRising |= frame.TollRising;
            foreach (CasualtyFinding c in frame.Sentence.Casualties)
            {
                Claims.Add((c, frame));
            }

            if (frame.IncidentDate is { } d)
            {
                Date = Date is null ? d.Range : Narrow(Date.Value, d.Range);
            }

            if (frame.StatementDate is { } stated && (StatedBy is null || stated < StatedBy))
            {
                StatedBy = stated;
            }

            double weight = frame.Sentence.Casualties.Count > 0 ? 2 : 1;
            foreach (PlaceFinding p in frame.Places)
            {
                AddPlaceVote(_places, p.Place, weight);
                AddPlaceVote(_scene, p.Place, frame.IsHome(p) ? weight * HomeWeight : weight);
            }

            if (frame.SpecificType is { } t && (SpecificType is null || SpecificType.Value.Subsumes(t)))
            {
                SpecificType = t;
            }
        }

        /// <summary>Takes a scene frame's day when the draft has none and the frame agrees with the draft; the frame's sentence does
        /// not join the draft (it names no incident of its own). Its places are not taken: taking them too measured worse on gva-dev's
        /// tuning half (city 74.2 -> 74.0).</summary>
        public void Fill(Frame frame)
        {
            if (Date is null && frame.IncidentDate is { } d && IsCompatible(frame))
            {
                Date = d.Range;
            }
        }

        public bool IsCompatible(Frame frame)
        {
            // A mention dated only by statements ("a monitor said on Friday") happened in the few days up to that day.
            DateRange? mine = Date ?? (StatedBy is { } day ? new DateRange(day.PlusDays(-StatementWindowDays), day, DatePrecision.Week) : null);
            if (frame.IncidentDate is { } d && mine is { } m && !m.IsCompatibleWith(d.Range))
            {
                return false;
            }

            // An undated mention cannot check a dated sentence's date; a death toll far from its own tells the sentence is
            // about another incident ("killing at least 10 ... A quake killed more than 26,000 in Bam in December 2003").
            if (mine is null && frame.IncidentDate is { Range.IsResolved: true } && !TollRising && !frame.TollRising && HasDistantDeaths(frame))
            {
                return false;
            }

            if (frame.MainPlace is { } p && Place is { } here && !here.IsCompatibleWith(p))
            {
                return false;
            }

            return frame.SpecificType is not { } t || SpecificType is not { } own || own.IsCompatibleWith(t) || own.AreAlike(t);
        }

        /// <summary>Whether the frame's deaths and the mention's are both stated and at least <see cref="DistantTollRatio"/> times apart.</summary>
        private bool HasDistantDeaths(Frame frame)
        {
            bool any = false;
            foreach (CasualtyFinding c in frame.Sentence.Casualties)
            {
                if (c.Measure != CasualtyMeasure.Killed || c.Group == VictimGroup.Perpetrators || c.Rising || c.Relevance != ClaimRelevance.Incident)
                {
                    continue;
                }

                foreach ((CasualtyFinding own, _) in Claims)
                {
                    if (own.Measure != CasualtyMeasure.Killed || own.Group == VictimGroup.Perpetrators || own.Relevance != ClaimRelevance.Incident)
                    {
                        continue;
                    }

                    // A smaller figure of another group may count part of the dead ("10 killed ... 3 of them children").
                    bool partOf = own.Group != c.Group && (c.Quantity.High ?? int.MaxValue) < (own.Quantity.Low ?? 0);
                    if (partOf || !IsDistant(own.Quantity, c.Quantity))
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any;
        }

        private static bool IsDistant(Quantity a, Quantity b)
        {
            // An open end is read at the figure itself: "at least 10" is about 10, not any number above it.
            (long aLow, long aHigh) = Closed(a);
            (long bLow, long bHigh) = Closed(b);
            if (aLow <= bHigh && bLow <= aHigh)
            {
                return false;
            }

            // Disjoint: compare the nearer bounds ("10" against "more than 26,000": 26,001 / 10).
            (long hi, long lo) = aHigh < bLow ? (aHigh, bLow) : (bHigh, aLow);
            return lo >= DistantTollRatio * Math.Max(hi, 1);
        }

        private static (long Low, long High) Closed(Quantity q)
        {
            long v = q.Nominal ?? q.Low ?? q.High ?? 0;
            return (q.Low ?? v, q.High ?? Math.Max(v, q.Low ?? v));
        }

        public bool SharesIdentity(Frame frame)
        {
            if (frame.IncidentDate is { } d && Date is { } mine && mine.IsResolved && d.Range.IsResolved && mine.IsCompatibleWith(d.Range))
            {
                return true;
            }

            if (frame.MainPlace is { Kind: not PlaceKind.Country } p && Place is { Kind: not PlaceKind.Country } here && here.IsCompatibleWith(p))
            {
                return true;
            }

            return frame.SpecificType is { } t && SpecificType is { } own && own.IsCompatibleWith(t);
        }

        /// <summary>The town inside <paramref name="within"/> that the report's confident place names (organisation names included,
        /// home towns after "from" excluded) name most often, with its first span; none when two towns tie or the report names
        /// <paramref name="within"/> itself as often.</summary>
        private static PlaceFinding? ReportTown(string text, IReadOnlyList<SentenceFindings> sentences, Place within)
        {
            var counts = new List<(PlaceFinding First, int Count)>();
            int own = 0;
            foreach (SentenceFindings s in sentences)
            {
                foreach (PlaceFinding p in s.Places)
                {
                    int k = p.Span.Start;
                    if (p.Confidence >= MinPlaceConfidence && p.Place.Equals(within))
                    {
                        own++;
                    }

                    if (p.Confidence < MinPlaceConfidence || p.Place.Kind != PlaceKind.Locality || !within.Contains(p.Place)
                        || Frame.PreviousWord(text, s.Span.Start, ref k) is "from")
                    {
                        continue;
                    }

                    int i = counts.FindIndex(c => c.First.Place.Equals(p.Place));
                    if (i < 0)
                    {
                        counts.Add((p, 1));
                    }
                    else
                    {
                        counts[i] = (counts[i].First, counts[i].Count + 1);
                    }
                }
            }

            PlaceFinding? best = null;
            int bestCount = 0;
            bool tie = false;
            foreach ((PlaceFinding first, int count) in counts)
            {
                if (count > bestCount)
                {
                    (best, bestCount, tie) = (first, count, false);
                }
                else if (count == bestCount)
                {
                    tie = true;
                }
            }

            // A report that keeps naming the province itself ("in Deir Ezzor province") is about the province, whatever towns it lists.
            return tie || bestCount <= own ? null : best;
        }

        /// <summary>The one town the report names as the seat of a local force (<see cref="PlaceLexicon.AgencyWords"/> right after
        /// it: "Tifton Police", "Birmingham police say", "Waco PD", "Louisville Metro Police"), with its first span; none when it names two such towns or none.</summary>
        internal static PlaceFinding? AgencyTown(string text, IReadOnlyList<SentenceFindings> sentences)
        {
            PlaceFinding? found = null;
            foreach (SentenceFindings s in sentences)
            {
                foreach (PlaceFinding p in s.Places)
                {
                    if (p.Confidence < MinRepeatedPlaceConfidence || p.Place.Kind != PlaceKind.Locality || !PlaceRecognizer.ForceFollows(text, p.Span.End))
                    {
                        continue;
                    }

                    if (found is { } f && !f.Place.Equals(p.Place))
                    {
                        return null;
                    }

                    found ??= p;
                }
            }

            return found;
        }

        public IncidentMention ToMention(Report report, int ordinal, IReadOnlyList<SentenceFindings> sentences, List<ExtractionIssue> issues, ReportTellsDeath tellsDeath)
        {
            string text = report.Text;
            var evidence = new List<FieldEvidence>();

            // Type: the most specific type the frames support.
            var typeTree = new ConsensusTree<object>(minShare: 0.25, directVotesCompete: false);
            TextSpan? typeSpan = null;
            foreach (Frame f in _frames)
            {
                foreach (TypeFinding t in f.Sentence.Types)
                {
                    AddTypeVote(typeTree, t.Type, Frame.IsAgentNoun(text, t.Span) || t.Type == IncidentType.ArmedClash ? 0.3 : 1);
                    typeSpan ??= t.Span;
                }
            }

            IncidentType? type = typeTree.Resolve() is IncidentType resolved ? resolved : null;
            if (type is not null)
            {
                TextSpan best = typeSpan!.Value;
                foreach (Frame f in _frames)
                {
                    foreach (TypeFinding t in f.Sentence.Types)
                    {
                        if (t.Type == type)
                        {
                            best = t.Span;
                            goto found;
                        }
                    }
                }

            found:
                evidence.Add(new FieldEvidence("type", best));
            }

            // Date: the narrowed incident date, else the earliest statement date, else an unresolved weekday.
            DateRange date = Date ?? default;
            TextSpan? dateSpan = _frames.FirstOrDefault(f => f.IncidentDate is not null)?.IncidentDate?.Span;
            if (!date.IsResolved && ordinal == 0 && FirstToldDay(report, sentences) is { } told)
            {
                date = told.Range;
                dateSpan = told.Span;
            }

            if (!date.IsResolved)
            {
                Frame? stated = _frames.Where(f => f.StatementDate is not null).MinBy(f => f.StatementDate!.Value);
                if (stated is not null)
                {
                    // A statement that leads what it reports ("the UN said on Thursday that 741 people were executed") dates the
                    // finding's telling, not the deeds: they happened on or before that day, over the period the finding gives
                    // ("during its three-year rule"), else in the few days up to it.
                    // A statement trailing a told event ("a man was shot Friday night, police said Saturday.") gives its day.
                    LocalDate day = stated.StatementDate!.Value;
                    date = stated.StatementLeads
                        ? DayCues.LedFindingPeriod(text, stated.Sentence.Span, stated.StatementDateSpan!.Value, day, StatementWindowDays)
                        : DateRange.OnDay(day);
                    dateSpan = stated.StatementDateSpan;
                }
            }

            if (dateSpan is { } ds)
            {
                evidence.Add(new FieldEvidence("date", ds));
            }

            if (!date.IsResolved && date.Weekday is not null)
            {
                issues.Add(new ExtractionIssue(
                    "unresolved-date",
                    "The text gives only a weekday and the report has no publication date, so the day is left open.",
                    dateSpan));
            }

            // Place: the consensus of the frames' places, else the dateline.
            Place? place = _scene.Resolve();
            TextSpan? placeSpan = null;
            if (place is null)
            {
                PlaceFinding? dl = _frames.SelectMany(f => f.DatelinePlaces).Cast<PlaceFinding?>().FirstOrDefault();
                if (dl is { } first)
                {
                    place = first.Place;
                    placeSpan = first.Span;
                }
            }
            else
            {
                placeSpan = _frames.SelectMany(f => f.Places).Where(p => place.Contains(p.Place)).Select(p => (TextSpan?)p.Span).FirstOrDefault()
                    ?? _frames.SelectMany(f => f.Places).Select(p => (TextSpan?)p.Span).FirstOrDefault();

                // A dateline town inside the place the body names ("GARY, Ind. —" and "Indiana") is where it happened.
                foreach (PlaceFinding dl in _frames.SelectMany(f => f.DatelinePlaces))
                {
                    if (place.Kind != PlaceKind.Locality && dl.Place.Kind == PlaceKind.Locality && place.Contains(dl.Place))
                    {
                        place = dl.Place;
                        placeSpan = dl.Span;
                        break;
                    }
                }
            }

            // A lead placed only at a province or country is refined to the town the report names most inside it ("a Kentucky
            // man" in the lead, "Edmonton police" and "in Edmonton" further down). A lead with no place at all is left without:
            // the report's other places are too often a victim's home town or another country's capital (measured on ecbplus).
            if (ordinal == 0 && place is { Kind: not PlaceKind.Locality } && ReportTown(text, sentences, place) is { } wide)
            {
                place = wide.Place;
                placeSpan = wide.Span;
            }

            // A lead still without a town takes the town whose own force the report names ("Mobile Police Department", "Waco PD",
            // "Durham investigators"), when it names one such town only and it lies inside the lead's place: a local force
            // works where it is, unlike a victim's home town or a capital named in passing.
            if (ordinal == 0 && place is not { Kind: PlaceKind.Locality } && AgencyTown(text, sentences) is { } force
                && (place is null || place.Contains(force.Place)))
            {
                place = force.Place;
                placeSpan = force.Span;
            }

            if (placeSpan is { } ps)
            {
                evidence.Add(new FieldEvidence("place", ps));
            }

            // Perpetrator: the actor most often made the agent, where the text does not doubt it; ties go to the first named.
            string? perpetrator = null;
            int bestCount = 0;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            TextSpan? perpSpan = null;
            foreach (Frame f in _frames)
            {
                foreach (ActorFinding a in f.Sentence.Actors)
                {
                    if (!a.IsPerpetrator || a.Hedged)
                    {
                        continue;
                    }

                    int n = counts[a.Name] = counts.GetValueOrDefault(a.Name) + 1;
                    if (n > bestCount)
                    {
                        bestCount = n;
                        perpetrator = a.Name;
                        perpSpan = a.Span;
                    }
                }
            }

            if (perpSpan is { } pp)
            {
                evidence.Add(new FieldEvidence("perpetrator", pp));
            }

            var claims = BuildClaims(report, text, tellsDeath);
            var sentenceSpans = _frames.Select(f => f.Sentence.Span).Distinct().OrderBy(s => s.Start).ToList();
            return new IncidentMention
            {
                Id = report.Id + "#" + ordinal.ToString(CultureInfo.InvariantCulture),
                Report = report,
                Ordinal = ordinal,
                Type = type,
                Date = date,
                Place = place,
                Perpetrator = perpetrator,
                Claims = claims,
                Sentences = sentenceSpans,
                Evidence = evidence.OrderBy(e => e.Span.Start).ThenBy(e => e.Field, StringComparer.Ordinal).ToList(),
            };
        }

        /// <summary>
        /// A lead whose own sentences give no day takes the first day the report's other sentences give ("It happened Monday
        /// night in Williamsport.", "Officers were called to the house just after 11 p.m. Sunday."), read as its frames' days are:
        /// not a day said of a statement, an arrest or a funeral, not a page stamp, and within the fortnight before publication;
        /// and only in a report that names no day or week before that fortnight (a month before it, "In February, two men broke in", is
        /// background that does not make the report a follow-up).
        /// Sentences with figures or an incident of their own, or telling of a later step anywhere in them, are not read, nor are the
        /// sentences of a report with no publication date.
        /// </summary>
        private static DateFinding? FirstToldDay(Report report, IReadOnlyList<SentenceFindings> sentences)
        {
            if (IncidentExtractor.ReferenceDate(report) is not { } published)
            {
                return null; // an undated report's days may be any year's: nothing bounds them
            }

            // A report that names a day or week before the fortnight recalls an older incident (a trial, an anniversary): its
            // recent days are of the story's later steps.
            LocalDate since = published.PlusDays(-FollowUpDays);
            foreach (SentenceFindings s in sentences)
            {
                foreach (DateFinding d in s.Dates)
                {
                    if (d.Range.Latest is { } latest && latest < since && d.Range.Precision is DatePrecision.Day or DatePrecision.Week)
                    {
                        return null;
                    }
                }
            }

            foreach (SentenceFindings s in sentences)
            {
                if (s.Dates.Count == 0 || Frame.IsEvent(report.Text, s, out _) || TellsLaterStep(report.Text, s.Span) || IsStampLine(report.Text, s))
                {
                    continue; // a sentence with figures or an incident of its own dates that incident; one of a later step, that step
                }

                Frame f = Frame.Build(report, s, -1, NoPlaces, tollRising: false);
                if (f.IncidentDate is { Range: { Precision: DatePrecision.Day, Earliest: { } day } } d
                    && day <= published && day >= since)
                {
                    return d;
                }
            }

            return null;
        }

        /// <summary>Whether a sentence is only a time stamp ("WEDNESDAY, APRIL 24, 2013, 10:34 AM", "Apr 12, 2013"): no lower-case
        /// word of three letters or more outside its dates.</summary>
        private static bool IsStampLine(string text, SentenceFindings s)
        {
            int run = 0;
            for (int i = s.Span.Start; i < s.Span.End; i++)
            {
                if (InsideDate(s.Dates, i))
                {
                    run = 0;
                    continue;
                }

                run = char.IsLower(text[i]) ? run + 1 : 0;
                if (run >= 3)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool InsideDate(List<DateFinding> dates, int i)
        {
            foreach (DateFinding d in dates)
            {
                if (d.Span.Start <= i && i < d.Span.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a sentence tells of a later step of the story anywhere in it ("Prosecutors showed the video at the trial
        /// Thursday", "Services are planned for Saturday").</summary>
        private static bool TellsLaterStep(string text, TextSpan sentence)
        {
            FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words = LaterStepWords.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> lower = stackalloc char[24];
            int i = sentence.Start;
            while (i < sentence.End)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < sentence.End && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i - start <= lower.Length && words.Contains(lower[..text.AsSpan(start, i - start).ToLowerInvariant(lower)]))
                {
                    return true;
                }
            }

            return false;
        }

        private List<CasualtyClaim> BuildClaims(Report report, string text, ReportTellsDeath tellsDeath)
        {
            var claims = new List<CasualtyClaim>(Claims.Count);

            // "A 16-year-old was shot ... He later died": a death told of a pronoun counts one dead only when no other figure of the
            // mention counts its dead (then the pronoun is one of them), and only once (the pronouns may all be that one person).
            // A wound told of a pronoun ("she was shot") counts one wounded only when the mention counts no victim at all and the
            // report tells of no death (the one who died, counted in this report or another, may be the one shot).
            bool countsDead = Claims.Exists(c => !c.Finding.Anaphoric && c.Finding.Measure == CasualtyMeasure.Killed && c.Finding.Relevance == ClaimRelevance.Incident);
            bool countsAny = Claims.Exists(c => !c.Finding.Anaphoric && c.Finding.Relevance == ClaimRelevance.Incident
                && c.Finding.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded or CasualtyMeasure.Casualties);
            bool pronounDied = Claims.Exists(c => c.Finding.Anaphoric && c.Finding.Measure == CasualtyMeasure.Killed && c.Finding.Relevance == ClaimRelevance.Incident)
                || (Claims.Exists(c => c.Finding.Anaphoric && c.Finding.Measure == CasualtyMeasure.Wounded) && tellsDeath.Found);
            bool anaphoricTaken = false;
            bool anaphoricWoundTaken = false;

            // "Allen went home and killed himself" in a report of a murder-suicide whose victims the mention counts: the killer's own
            // death is counted beside theirs (the recognizer already does so when one sentence tells both).
            bool othersDead = Claims.Exists(c => !c.Finding.Self && !c.Finding.Anaphoric && c.Finding.Measure == CasualtyMeasure.Killed
                && c.Finding.Group != VictimGroup.Perpetrators && c.Finding.Relevance == ClaimRelevance.Incident);
            bool killerSelf = othersDead && Claims.Exists(c => c.Finding.Self && c.Finding.Measure == CasualtyMeasure.Killed && c.Finding.Group == VictimGroup.Unspecified)
                && tellsDeath.MurderSuicide;
            foreach ((CasualtyFinding found, Frame f) in Claims)
            {
                CasualtyFinding c = killerSelf && found.Self && found.Measure == CasualtyMeasure.Killed ? found with { Group = VictimGroup.Perpetrators } : found;
                if (c.Anaphoric)
                {
                    if (c.Relevance != ClaimRelevance.Incident)
                    {
                        continue;
                    }

                    if (c.Measure == CasualtyMeasure.Killed)
                    {
                        if (countsDead || anaphoricTaken)
                        {
                            continue;
                        }

                        anaphoricTaken = true;
                    }
                    else
                    {
                        if (countsAny || pronounDied || anaphoricWoundTaken)
                        {
                            continue;
                        }

                        anaphoricWoundTaken = true;
                    }
                }

                SourceFinding? source = f.Sentence.Source;
                var claim = new CasualtyClaim
                {
                    Measure = c.Measure,
                    Group = c.Group,
                    Quantity = c.Quantity,
                    Span = c.Span,
                    Quote = c.Span.Slice(text),
                    Source = source?.Source,
                    SourceSpan = source?.Span,
                    AsOf = f.StatementDate ?? report.Published,
                    Rising = c.Rising || (TollRising && c.Measure == CasualtyMeasure.Killed && c.Relevance == ClaimRelevance.Incident),
                    Relevance = c.Relevance,
                    RelevanceCue = c.RelevanceCue?.Slice(text),
                };

                int dup = claims.FindIndex(o => IsSameFigure(o, claim));
                if (dup < 0)
                {
                    claims.Add(claim);
                }
                else if (claims[dup].Source is null && claim.Source is not null)
                {
                    claims[dup] = claim; // the attributed copy carries more
                }
            }

            return DropOneOfMany(ReadPartitiveDead(ReadShotAsCasualties(claims, text, anaphoricTaken)));
        }

        /// <summary>
        /// "Four people were injured in the shooting ... Two of them died at the hospital": a death told as some of a group counted
        /// before it ("two of them", "one of the victims", "one of the four") is among that group, so the group is everyone hit
        /// (<see cref="CasualtyMeasure.Casualties"/>) and the wounded are the group less the dead, as the Gun Violence Archive counts
        /// them (the injured never include the dead). Only an exact wounded count larger than the dead, told in the text before the
        /// death, not of "others" ("two others were hurt"), and only when no wounded claim already counts the survivors.
        /// </summary>
        private static List<CasualtyClaim> ReadPartitiveDead(List<CasualtyClaim> claims)
        {
            int dead = 0;
            int deadStart = -1;
            foreach (CasualtyClaim c in claims)
            {
                if (c.Measure == CasualtyMeasure.Killed && c.Relevance == ClaimRelevance.Incident && !c.InTitle && !IsKillerSelf(c)
                    && c.Quantity is { Low: int low, High: int high } && low == high && low > dead && PartitivePattern().IsMatch(c.Quote))
                {
                    dead = low;
                    deadStart = c.Span.Start;
                }
            }

            if (dead == 0)
            {
                return claims;
            }

            int whole = -1;
            for (int i = 0; i < claims.Count; i++)
            {
                CasualtyClaim c = claims[i];
                if (c.Measure == CasualtyMeasure.Wounded && c.Relevance == ClaimRelevance.Incident && !c.InTitle && c.Span.End <= deadStart
                    && c.Quantity is { Low: int n, High: int top } && n == top && n > dead && !NamesOthers(c.Quote)
                    && !claims.Exists(o => o.Measure == CasualtyMeasure.Casualties && o.Span == c.Span)
                    && (whole < 0 || n > claims[whole].Quantity.Low))
                {
                    whole = i;
                }
            }

            if (whole < 0)
            {
                return claims;
            }

            CasualtyClaim group = claims[whole];
            int survivors = group.Quantity.Low!.Value - dead;
            if (claims.Exists(c => c.Measure == CasualtyMeasure.Wounded && c.Relevance == ClaimRelevance.Incident && c.Quantity == Quantity.Exactly(survivors)))
            {
                return claims;
            }

            claims[whole] = group with { Measure = CasualtyMeasure.Casualties };
            claims.Add(group with { Measure = CasualtyMeasure.Wounded, Quantity = Quantity.Exactly(survivors) });
            return claims;
        }

        /// <summary>
        /// "Five people were killed ... One man, 40, died at the scene, police said": a count of one where the mention counts more
        /// of the same measure and victims exactly names one of them, not a rival total (an attributed "one" would otherwise
        /// outrank the unattributed "five"). Only exact counts of two or more make a one a member.
        /// </summary>
        private static List<CasualtyClaim> DropOneOfMany(List<CasualtyClaim> claims)
        {
            claims.RemoveAll(one => one.Quantity == Quantity.Exactly(1) && one.Measure is CasualtyMeasure.Killed or CasualtyMeasure.Wounded
                && claims.Exists(many => many.Measure == one.Measure && many.Quantity.Low is >= 2 && many.Quantity.Low == many.Quantity.High
                    && AreSameVictims(one, many)));
            return claims;
        }

        /// <summary>
        /// "was shot" only says a person was hit: counted as wounded alone, but when the mention reports at least as many deaths
        /// the same victims may have died ("Williams was found shot" ... "a teenager was gunned down"), so the figure is
        /// unspecified casualties rather than wounded. When it counts more people than died ("four people were shot ... one
        /// of them died", "a man and a woman were shot; the man died") it counts the dead too: it is casualties, and, unless
        /// the mention counts its wounded in other words ("three others were hurt"), the wounded are the shot less the dead.
        /// A death told first in the same sentence ("one man was killed and two were shot") is not among them. A shot count the
        /// recognizer already read as casualties ("three people were shot, one fatally") gives its wounded the same way. When the only
        /// death is told of a pronoun ("a teenager was critically wounded ... she died Sunday"), a lone wounded person is that person.
        /// </summary>
        private static List<CasualtyClaim> ReadShotAsCasualties(List<CasualtyClaim> claims, string text, bool anaphoricDeath)
        {
            // The killer's own death ("then killed himself") is not among the victims a shot count counts.
            int killed = claims.Where(c => c.Measure == CasualtyMeasure.Killed && c.Relevance == ClaimRelevance.Incident && !IsKillerSelf(c))
                .Select(c => c.Quantity.Low ?? 0).DefaultIfEmpty(0).Max();
            if (killed == 0)
            {
                return claims;
            }

            if (anaphoricDeath)
            {
                List<int> wounded = [.. Enumerable.Range(0, claims.Count).Where(i => claims[i].Measure == CasualtyMeasure.Wounded && claims[i].Relevance == ClaimRelevance.Incident)];
                if (wounded.Count > 0 && wounded.TrueForAll(i => claims[i].Quantity == Quantity.Exactly(1)))
                {
                    foreach (int i in wounded)
                    {
                        claims[i] = claims[i] with { Measure = CasualtyMeasure.Casualties };
                    }

                    return claims;
                }
            }

            CasualtyClaim? whole = null;
            for (int i = 0; i < claims.Count; i++)
            {
                CasualtyClaim c = claims[i];
                if (c.Measure == CasualtyMeasure.Casualties && c.Relevance == ClaimRelevance.Incident && IsBareShot(c.Quote)
                    && c.Quantity is { Low: int total, High: int top } && total == top && total > killed && IsWholeShotCount(c, claims, killed, text))
                {
                    whole ??= c;
                    continue;
                }

                if (c.Measure != CasualtyMeasure.Wounded || !IsBareShot(c.Quote))
                {
                    continue;
                }

                // "Another man was also shot", "two others were shot": people besides the dead, so not the dead told again; but beside
                // a wounded count at least as large ("four wounded ... two women were also shot") they are some of those wounded.
                if ((c.Quantity.High ?? int.MaxValue) <= killed && (!NamesOthers(c.Quote) || HasLargerWounded(claims, c)))
                {
                    claims[i] = c with { Measure = CasualtyMeasure.Casualties };
                }
                else if (c.Quantity is { Low: int n, High: int high } && n == high && IsWholeShotCount(c, claims, killed, text))
                {
                    claims[i] = c with { Measure = CasualtyMeasure.Casualties };
                    whole ??= claims[i];
                }
            }

            // A single wounded person told apart ("a woman was in critical condition") is one of the derived wounded, not their count.
            int derived = whole is { } ww ? ww.Quantity.Low!.Value - killed : 0;
            if (whole is { } w && !claims.Exists(c => c.Measure == CasualtyMeasure.Wounded && (c.Quantity != Quantity.Exactly(1) || derived <= 1)))
            {
                claims.Add(w with { Measure = CasualtyMeasure.Wounded, Quantity = Quantity.Exactly(derived) });
            }

            return claims;
        }

        /// <summary>Whether another wounded claim of the incident counts at least as many as <paramref name="part"/>.</summary>
        private static bool HasLargerWounded(List<CasualtyClaim> claims, CasualtyClaim part) =>
            claims.Exists(c => !ReferenceEquals(c, part) && c.Measure == CasualtyMeasure.Wounded && c.Relevance == ClaimRelevance.Incident
                               && c.Quantity.Low >= (part.Quantity.High ?? int.MaxValue));

        /// <summary>Whether the claim's words count people besides others already told of: "two others", "another man", "also shot",
        /// "three more", "an additional victim", "someone else".</summary>
        private static bool NamesOthers(string quote)
        {
            foreach (string word in (ReadOnlySpan<string>)["other", "others", "more", "additional", "another", "also", "else"])
            {
                if (ContainsWord(quote, word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a "shot" count larger than the deaths counts the dead among the shot: not "two others were shot",
        /// and not after an exact death count earlier in its own sentence ("a man was killed and two were shot").</summary>
        private static bool IsWholeShotCount(CasualtyClaim shot, List<CasualtyClaim> claims, int killed, string text)
        {
            if (NamesOthers(shot.Quote))
            {
                return false;
            }

            foreach (CasualtyClaim c in claims)
            {
                if (c.Measure != CasualtyMeasure.Killed || c.Quantity.Low != c.Quantity.High || c.Span.End > shot.Span.Start)
                {
                    continue;
                }

                // "One person is dead after a gunman opened fire, shooting five people": the shooting the death came after holds it.
                if (c.Quantity.Low == killed && shot.Span.Start - c.Span.End < 120 && text.AsSpan(c.Span.End, shot.Span.Start - c.Span.End).IndexOfAny(SentenceEnds) < 0
                    && !ContainsWord(text[c.Span.End..shot.Span.Start], "after"))
                {
                    return false;
                }
            }

            return true;
        }

        private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?;\n");

        private static bool ContainsWord(string quote, string word) => WholeWords.Contains(quote, word, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether a count only says the people were hit, not that they lived: "shot", "suffering from gunshot wounds",
        /// "found with bullet wounds", "struck by gunfire". Not "wounded", "injured", "hurt", a hospital trip or a survivor's
        /// words ("non-life-threatening", "minor"), which tell of the living.</summary>
        private static bool IsBareShot(string quote) =>
            (((quote.Contains("shot", StringComparison.OrdinalIgnoreCase) || quote.Contains("shooting", StringComparison.OrdinalIgnoreCase))
                    && !quote.Contains("wound", StringComparison.OrdinalIgnoreCase))
                || IsBareHit(quote))
            && !quote.Contains("injur", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("hurt", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("hospital", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("survive", StringComparison.OrdinalIgnoreCase);

        /// <summary>A hit told as the wound's noun or the bullet's strike: "suffering from gunshot wounds", "with a bullet wound",
        /// "struck by gunfire"; never the adjective "wounded" nor a wound called slight ("non-life-threatening", "minor", "graze").</summary>
        private static bool IsBareHit(string quote) =>
            (quote.Contains("gunshot wound", StringComparison.OrdinalIgnoreCase) || quote.Contains("bullet wound", StringComparison.OrdinalIgnoreCase)
                || quote.Contains("gunfire", StringComparison.OrdinalIgnoreCase) || quote.Contains("by a bullet", StringComparison.OrdinalIgnoreCase)
                || quote.Contains("by bullets", StringComparison.OrdinalIgnoreCase))
            && !quote.Contains("wounded", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("non-life", StringComparison.OrdinalIgnoreCase) && !quote.Contains("non life", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("minor", StringComparison.OrdinalIgnoreCase) && !quote.Contains("graze", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("recover", StringComparison.OrdinalIgnoreCase) && !quote.Contains("stable", StringComparison.OrdinalIgnoreCase)
            && !quote.Contains("treated", StringComparison.OrdinalIgnoreCase) && !quote.Contains("condition", StringComparison.OrdinalIgnoreCase);

        private static bool IsSameFigure(CasualtyClaim a, CasualtyClaim b) =>
            a.Measure == b.Measure
            && a.Relevance == b.Relevance
            && a.Quantity == b.Quantity
            && (a.Source is null || b.Source is null || string.Equals(a.Source, b.Source, StringComparison.Ordinal))
            && (a.AsOf is null || b.AsOf is null || a.AsOf == b.AsOf)
            && AreSameVictims(a, b);

        private static bool AreSameVictims(VictimGroup a, VictimGroup b) =>
            a == b || a == VictimGroup.Unspecified || b == VictimGroup.Unspecified || (IsCivilian(a) && IsCivilian(b));

        /// <summary>Whether two claims may count the same people. A killer's death by their own hand ("then killed himself", counted as
        /// the perpetrators') is never one of the unspecified victims ("killed his wife"): two deaths.</summary>
        private static bool AreSameVictims(CasualtyClaim a, CasualtyClaim b) =>
            AreSameVictims(a.Group, b.Group) && !(a.Group != b.Group && (IsKillerSelf(a) || IsKillerSelf(b)));

        private static bool IsKillerSelf(CasualtyClaim c) =>
            c.Group == VictimGroup.Perpetrators && c.Measure == CasualtyMeasure.Killed
            && (ContainsWord(c.Quote, "himself") || ContainsWord(c.Quote, "herself") || c.Quote.Contains("own life", StringComparison.OrdinalIgnoreCase));

        private static bool IsCivilian(VictimGroup g) => g is VictimGroup.Civilians or VictimGroup.Children or VictimGroup.Displaced;

        private static DateRange Narrow(DateRange a, DateRange b)
        {
            if (!a.IsResolved)
            {
                return b.IsResolved || b.Weekday is not null ? b : a;
            }

            if (!b.IsResolved)
            {
                return a;
            }

            LocalDate lo = LocalDate.Max(a.Earliest!.Value, b.Earliest!.Value);
            LocalDate hi = LocalDate.Min(a.Latest!.Value, b.Latest!.Value);
            if (lo > hi)
            {
                return a;
            }

            DatePrecision p = lo == hi ? DatePrecision.Day : (a.Precision < b.Precision ? a.Precision : b.Precision);
            return new DateRange(lo, hi, p, lo == hi ? lo.DayOfWeek : a.Weekday ?? b.Weekday);
        }

        private static void AddTypeVote(ConsensusTree<object> tree, IncidentType type, double weight)
        {
            Span<IncidentType> chain = stackalloc IncidentType[4];
            int n = 0;
            for (IncidentType? t = type; t is not null && n < chain.Length; t = t.Value.Parent())
            {
                chain[n++] = t.Value;
            }

            var keys = new string[n];
            var values = new object[n];
            for (int i = 0; i < n; i++)
            {
                IncidentType t = chain[n - 1 - i];
                keys[i] = t.ToKebabCase();
                values[i] = t;
            }

            tree.Add(keys, values, weight);
        }

    }
}
