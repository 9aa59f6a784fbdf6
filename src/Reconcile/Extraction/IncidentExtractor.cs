using System.Diagnostics;
using System.Text.RegularExpressions;
using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>The default extractor: rule-based recognizers for English news text, combined into incident mentions.</summary>
/// <remarks>
/// <para>The text is split into sentences; each recognizer (casualty figures, dates, places, incident types, actors, attribution)
/// finds spans and resolves their values; the findings of each sentence are then grouped into one mention per incident the report
/// describes, lead first (see the README's Extraction section for the rules).</para>
/// <para>Thread-safe: one instance may extract many reports in parallel. Never throws on messy text: what cannot be used is returned
/// in <see cref="ExtractionResult.Issues"/>.</para>
/// </remarks>
public sealed class IncidentExtractor : IIncidentExtractor
{
    private const int MinReferenceYear = 1;
    private const int MaxReferenceYear = 9000;

    private readonly CasualtyRecognizer _casualties;
    private readonly PlaceRecognizer _places;
    private readonly TimeSpan _maxReportTime;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><see cref="ExtractionOptions.MaxReportTime"/> is neither positive nor
    /// <see cref="Timeout.InfiniteTimeSpan"/>.</exception>
    public IncidentExtractor(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        if (options.MaxReportTime <= TimeSpan.Zero && options.MaxReportTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException(ErrorMessages.MaxReportTimeOutOfRange(options.MaxReportTime), nameof(options));
        }

        _casualties = new CasualtyRecognizer(options.VagueQuantities);
        _places = PlaceRecognizer.Default;
        _maxReportTime = options.MaxReportTime;
    }

    /// <summary>The day relative dates are resolved against: the publication date, only where calendar arithmetic around it
    /// stays inside NodaTime's range (a report built in code "published" in year 9999 or -9998 gets none), and no later than a
    /// web archive's capture of the page (<see cref="PublicationBound"/>).</summary>
    internal static LocalDate? ReferenceDate(Report report) =>
        report.Published is { Year: >= MinReferenceYear and <= MaxReferenceYear } given ? PublicationBound.Apply(given, report.Url) : null;

    /// <inheritdoc />
    /// <remarks>A report whose extraction takes longer than <see cref="ExtractionOptions.MaxReportTime"/> (or in which a pattern match
    /// exceeds a process-wide regex time limit the host set) is returned without mentions and with the issue <see cref="ProblemCodes.OverBudget"/>.</remarks>
    public ExtractionResult Extract(Report report) => Extract(report, CancellationToken.None);

    /// <summary>Extracts a report, checking <paramref name="cancellationToken"/> and the time budget between sentences.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    internal ExtractionResult Extract(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrWhiteSpace(report.Text))
        {
            return new ExtractionResult { Report = report };
        }

        var budget = new Budget(_maxReportTime, cancellationToken);
        try
        {
            if (ExtractCore(report, budget) is { } result)
            {
                return result;
            }

            return OverBudget(report, ErrorMessages.OverBudget(report.Id, _maxReportTime, report.Text.Length));
        }
        catch (RegexMatchTimeoutException)
        {
            // The library's patterns have no timeout (a clock would make output depend on load); a host may set a process-wide
            // one (AppContext "REGEX_DEFAULT_MATCH_TIMEOUT"), and a match over it costs this report only.
            return OverBudget(report, ErrorMessages.PatternTimedOut(report.Id, report.Text.Length));
        }
    }

    private static ExtractionResult OverBudget(Report report, string message) =>
        new() { Report = report, Issues = [new ExtractionIssue(ProblemCodes.OverBudget, message)] };

    /// <summary>The extraction, or <see langword="null"/> when the budget ran out.</summary>
    private ExtractionResult? ExtractCore(Report report, Budget budget)
    {
        string text = report.Text;

        LocalDate? reference = ReferenceDate(report);
        IReadOnlyList<TextSpan> spans = SentenceSplitter.Split(text);
        SentenceFindings[] sentences = SentenceFindings.Rent(spans); // this thread's, reused by its next report

        // One recognizer over every sentence, then the next: each sentence's findings are the same either way, and a recognizer's
        // code and tables stay in the processor's caches for the whole report instead of being evicted by the others at each sentence.
        foreach (SentenceFindings s in sentences)
        {
            if (budget.Spent())
            {
                return null;
            }

            _casualties.Find(text, s.Span, s.Casualties);
        }

        foreach (SentenceFindings s in sentences)
        {
            if (budget.Spent())
            {
                return null;
            }

            DateRecognizer.Find(text, s.Span, reference, s.Dates);
        }

        foreach (SentenceFindings s in sentences)
        {
            if (budget.Spent())
            {
                return null;
            }

            if (s.Casualties.Count > 0)
            {
                ClaimRelevanceClassifier.Classify(text, s, reference);
            }
        }

        foreach (SentenceFindings s in sentences)
        {
            if (budget.Spent())
            {
                return null;
            }

            IncidentTypeRecognizer.Find(text, s.Span, s.Types);
        }

        foreach (SentenceFindings s in sentences)
        {
            if (budget.Spent())
            {
                return null;
            }

            ActorRecognizer.Find(text, s.Span, s.Actors);
        }

        ResolveActorCoreference(sentences);
        if (budget.Spent())
        {
            return null;
        }

        IReadOnlyList<PlaceFinding> places = _places.FindWithTitle(report.Title, text, spans, out IReadOnlyList<PlaceFinding> titlePlaces);
        foreach (PlaceFinding found in places)
        {
            PlaceFinding p = PreferNamedProvince(text, found, places);
            int i = IndexOf(spans, p.Span.Start);
            if (i >= 0)
            {
                sentences[i].Places.Add(p);
            }
        }

        foreach (SourceFinding source in AttributionRecognizer.Find(text, spans))
        {
            if ((uint)source.SentenceIndex < (uint)sentences.Length)
            {
                sentences[source.SentenceIndex].Source ??= source;
            }
        }

        if (budget.Spent())
        {
            return null;
        }

        var issues = new List<ExtractionIssue>();
        IReadOnlyList<IncidentMention> mentions = MentionAssembler.Assemble(report, sentences, issues);
        mentions = TitleLead(report, mentions, places, titlePlaces);
        mentions = TitleCasualties.Apply(mentions, TitleCasualties.Read(_casualties, report, reference));
        mentions = PlaceLeadByTitle(mentions, places, titlePlaces, titlePlaces.Count > 0 ? PlaceRecognizer.Headline(report.Title).ToString() : null);
        mentions = PlaceLeadByDateline(mentions, _places.DatelineTown(text));
        mentions = PlaceLeadByOutlet(mentions, places, _places.OutletTown(report.Title, MentionAssembler.MinRepeatedPlaceConfidence) ?? _places.HostTown(report.Url));
        if (budget.Spent())
        {
            return null;
        }

        return new ExtractionResult { Report = report, Mentions = mentions, Issues = issues };
    }

    /// <summary>
    /// A town that shares its name with its province ("Deir Ezzor", "Idlib", "Aleppo") is read as the province when the report names
    /// that province outright elsewhere ("the province of Deir Ezzor") and nothing marks this mention as the city ("Deir Ezzor city",
    /// "the city of Deir Ezzor").
    /// </summary>
    internal static PlaceFinding PreferNamedProvince(string text, PlaceFinding p, IReadOnlyList<PlaceFinding> all)
    {
        if (p.Place.Kind != PlaceKind.Locality || p.Place.Admin1 is null || !string.Equals(p.Place.Name, p.Place.Admin1, StringComparison.OrdinalIgnoreCase))
        {
            return p;
        }

        ReadOnlySpan<char> before = text.AsSpan(Math.Max(0, p.Span.Start - 12), Math.Min(12, p.Span.Start));
        ReadOnlySpan<char> after = text.AsSpan(p.Span.End, Math.Min(6, text.Length - p.Span.End));
        if (before.Contains("city of", StringComparison.OrdinalIgnoreCase) || after.TrimStart().StartsWith("city", StringComparison.OrdinalIgnoreCase))
        {
            return p;
        }

        foreach (PlaceFinding other in all)
        {
            if (other.Place.Kind == PlaceKind.Admin1 && string.Equals(other.Place.Admin1, p.Place.Admin1, StringComparison.Ordinal)
                && string.Equals(other.Place.CountryCode, p.Place.CountryCode, StringComparison.Ordinal))
            {
                return p with { Place = other.Place };
            }
        }

        return p;
    }

    /// <summary>
    /// The title names the incident's town when the text does not ("Four injured by gunfire in Sacramento" over a body that
    /// says only "police said"): a lead mention with no place, or placed only at a state or country that contains the title's
    /// town, is placed at the title's first town. A town abroad from every place the body names is not taken. A lead placed at
    /// another town of the same state takes the title's town (<see cref="RetitledTown"/>) only where the headline says the incident
    /// happened there ("shot in Dayton", "at Vicksburg gas station", "Valdosta shooting"), not where it names a person's home
    /// ("Dayton man charged").
    /// </summary>
    /// <param name="mentions">The report's mentions, lead first.</param>
    /// <param name="body">The places of the report's text.</param>
    /// <param name="title">The places of the title's headline (spans into <paramref name="headline"/>).</param>
    /// <param name="headline">The headline, when the title has places; without it a lead placed at a town is kept.</param>
    internal static IReadOnlyList<IncidentMention> PlaceLeadByTitle(IReadOnlyList<IncidentMention> mentions, IReadOnlyList<PlaceFinding> body, IReadOnlyList<PlaceFinding> title,
        string? headline = null)
    {
        if (mentions.Count == 0 || title.Count == 0 || (mentions[0].Place is { Kind: PlaceKind.Locality } && headline is null))
        {
            return mentions;
        }

        IncidentMention lead = mentions[0];
        foreach (PlaceFinding t in title)
        {
            if (t.Place.Kind != PlaceKind.Locality || t.Confidence < MentionAssembler.MinRepeatedPlaceConfidence)
            {
                continue;
            }

            bool fits = lead.Place is { Kind: PlaceKind.Locality } town
                ? RetitledTown(town, t.Place) && SaysWhere(headline!, t.Span)
                : lead.Place is { } wide
                ? wide.Contains(t.Place)
                : body.Count == 0 || body.Any(b => string.Equals(b.Place.CountryCode, t.Place.CountryCode, StringComparison.Ordinal));
            if (!fits)
            {
                continue;
            }

            IncidentMention[] placed = [.. mentions];
            placed[0] = lead with { Place = t.Place };
            return placed;
        }

        return mentions;
    }

    /// <summary>
    /// A report whose text tells no incident but whose headline does ("Copeland Street homicide victim identified" over a page whose
    /// text is the site's sign-up box, a memorial page, a listing) gets a lead of the headline's incident type, without date
    /// or evidence spans (the words are in the title, not the text; the headline's figures are added by <see cref="TitleCasualties"/>); <see cref="PlaceLeadByTitle"/> then places it at the headline's
    /// town. Its headline's words and names then let clustering join it to the incident's other reports.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="mentions">The mentions found in the text; the result differs only when there are none.</param>
    /// <param name="body">The places of the report's text.</param>
    /// <param name="title">The places of the title's headline.</param>
    internal static IReadOnlyList<IncidentMention> TitleLead(Report report, IReadOnlyList<IncidentMention> mentions, IReadOnlyList<PlaceFinding> body,
        IReadOnlyList<PlaceFinding> title)
    {
        string headline = PlaceRecognizer.Headline(report.Title).ToString();
        if (mentions.Count > 0 || headline.Length == 0)
        {
            return mentions;
        }

        var types = new List<TypeFinding>();
        IncidentTypeRecognizer.Find(headline, new TextSpan(0, headline.Length), types);
        if (types.Count == 0)
        {
            return mentions;
        }

        IncidentMention lead = new()
        {
            Id = report.Id + "#0",
            Report = report,
            Ordinal = 0,
            Type = types[0].Type,
        };
        return PlaceLeadByTitle([lead], body, title);
    }

    /// <summary>
    /// A lead with no town takes the town of the text's US dateline ("LETCHER, S.D. —", "TOWN OF CASSVILLE, Wis. -") when it has
    /// no place at all, only the dateline's state, or a country named like that state ("RHINE, Georgia —" over "Georgia"): the dateline says where the story was reported from, and a town the
    /// gazetteer lacks is still the incident's town (<see cref="DatelineTown"/>).
    /// </summary>
    internal static IReadOnlyList<IncidentMention> PlaceLeadByDateline(IReadOnlyList<IncidentMention> mentions, Place? datelineTown)
    {
        if (datelineTown is null || mentions.Count == 0
            || (mentions[0].Place is { } p && (p.Kind == PlaceKind.Locality || !(p.Contains(datelineTown) || NamedLikeItsState(p, datelineTown)))))
        {
            return mentions;
        }

        IncidentMention[] placed = [.. mentions];
        placed[0] = mentions[0] with { Place = datelineTown };
        return placed;
    }

    /// <summary>Whether <paramref name="wide"/> is a division or country named like the dateline town's state: "RHINE, Georgia —" says
    /// the body's "Georgia" is the state, not the country.</summary>
    private static bool NamedLikeItsState(Place wide, Place town) =>
        wide.Kind != PlaceKind.Locality && string.Equals(wide.Name, town.Admin1, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A lead that names no place at all takes the outlet's own town from the title's site part ("KTBS.com - Shreveport, LA") or, failing
    /// that, from its web address ("orlandosentinel.com", see <see cref="PlaceRecognizer.HostTown"/>): a
    /// local station's report that names no town the lead takes is most likely about its own. Only when the lead has no place of
    /// its own, however wide, and the body names nothing in another country (a wire story about abroad).
    /// </summary>
    /// <remarks>The site part also says which of a name's homonyms the body means: a lead placed at a town named like the outlet's
    /// town but elsewhere ("Birmingham police say" read as Birmingham, England, under "WBRC FOX6 News - Birmingham, AL") is moved to
    /// the outlet's town, and a body place so named does not count as abroad.</remarks>
    internal static IReadOnlyList<IncidentMention> PlaceLeadByOutlet(IReadOnlyList<IncidentMention> mentions, IReadOnlyList<PlaceFinding> body, Place? outletTown)
    {
        if (outletTown is null || mentions.Count == 0)
        {
            return mentions;
        }

        bool homonym = mentions[0].Place is { Kind: PlaceKind.Locality } lead && !lead.Equals(outletTown) && SameName(lead, outletTown);
        if ((mentions[0].Place is not null && !homonym)
            || body.Any(b => !string.Equals(b.Place.CountryCode, outletTown.CountryCode, StringComparison.Ordinal) && !SameName(b.Place, outletTown)))
        {
            return mentions;
        }

        IncidentMention[] placed = [.. mentions];
        placed[0] = mentions[0] with { Place = outletTown };
        return placed;
    }

    private static bool SameName(Place a, Place b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>How near a smaller town named by the headline may lie to the body's town and still be read as part of it
    /// (a neighbourhood or suburb: "Dorchester" for Boston, "Humble" for Houston).</summary>
    internal const double NearbyTownKm = 30;

    /// <summary>Whether the headline's town <paramref name="titled"/> replaces the body's town <paramref name="town"/>: another town
    /// of the same state or province, not a smaller one within <see cref="NearbyTownKm"/> of it (the headline names the body's
    /// city by its neighbourhood, "shooting in Dorchester" over a report about Boston).</summary>
    internal static bool RetitledTown(Place town, Place titled)
    {
        if (town.Equals(titled) || !string.Equals(town.CountryCode, titled.CountryCode, StringComparison.Ordinal)
            || !string.Equals(town.Admin1, titled.Admin1, StringComparison.Ordinal))
        {
            return false;
        }

        if (town.Latitude is not { } la || town.Longitude is not { } lo || titled.Latitude is not { } lb || titled.Longitude is not { } lt)
        {
            return true;
        }

        Gazetteer g = Gazetteer.Default;
        return Gazetteer.DistanceKm(la, lo, lb, lt) > NearbyTownKm || g.Population(titled) >= g.Population(town);
    }

    /// <summary>Whether the headline places the incident at the town of <paramref name="span"/>: a locative word before it ("in", "at",
    /// "near", "outside") or an incident noun right after it ("Dayton shooting", "Concord drive-by").</summary>
    internal static bool SaysWhere(string headline, TextSpan span)
    {
        int end = span.Start;
        while (end > 0 && headline[end - 1] == ' ')
        {
            end--;
        }

        int i = end;
        while (i > 0 && char.IsLetter(headline[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> before = headline.AsSpan(i, end - i);
        foreach (string cue in (ReadOnlySpan<string>)["in", "at", "near", "outside"])
        {
            if (before.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        int j = span.End;
        while (j < headline.Length && headline[j] == ' ')
        {
            j++;
        }

        int start = j;
        while (j < headline.Length && (char.IsLetter(headline[j]) || headline[j] == '-'))
        {
            j++;
        }

        ReadOnlySpan<char> after = headline.AsSpan(start, j - start);
        foreach (string noun in (ReadOnlySpan<string>)["shooting", "shootings", "drive-by", "homicide", "killing", "killings", "murder", "stabbing", "standoff", "gunfire"])
        {
            if (after.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the jihadists" is the one group the report names, resolved over the whole report.</summary>
    private static void ResolveActorCoreference(SentenceFindings[] sentences)
    {
        var all = new List<ActorFinding>();
        foreach (SentenceFindings s in sentences)
        {
            all.AddRange(s.Actors);
        }

        ActorRecognizer.ResolveCoreference(all);
        int k = 0;
        foreach (SentenceFindings s in sentences)
        {
            for (int j = 0; j < s.Actors.Count; j++)
            {
                s.Actors[j] = all[k++];
            }
        }
    }

    private static int IndexOf(IReadOnlyList<TextSpan> spans, int offset)
    {
        int lo = 0;
        int hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= spans[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>A report's time budget and the run's cancellation, checked between sentences.</summary>
    private readonly struct Budget(TimeSpan limit, CancellationToken cancellationToken)
    {
        private readonly long _deadline = limit == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)Math.Min(limit.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2);

        /// <summary>Whether the time is up.</summary>
        /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
        public bool Spent()
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Stopwatch.GetTimestamp() > _deadline;
        }
    }
}
