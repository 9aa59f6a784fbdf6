using NodaTime;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>What clustering needs of one mention, computed once: its lexical vector, its dates as day numbers, its place, type and figures.</summary>
internal sealed class MentionProfile
{
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    /// <summary>The weekday mask that excludes nothing.</summary>
    public const int AnyWeekday = 0x7F;

    /// <summary>Profiles a mention whose report still has its text; the digest (<see cref="ReportDigest"/>) is taken when the
    /// profiles are indexed (<see cref="ReportDigest.Ensure"/>).</summary>
    public MentionProfile(int index, int reportIndex, IncidentMention mention)
        : this(index, reportIndex, mention, StreetNames.Find(mention), FollowUpCues.IsFollowUp(mention.Report), FollowUpCues.MayTellLaterNews(mention.Report))
    {
    }

    /// <summary>Profiles a mention from its digest, taken while its report had its text (the report may have none now).</summary>
    public MentionProfile(int index, int reportIndex, IncidentMention mention, ReportDigest report, MentionDigest digest, TermTable terms)
        : this(index, reportIndex, mention, digest.Streets, report.IsFollowUp, report.MayTellLaterNews) => SetDigest(report, digest, terms);

    private MentionProfile(int index, int reportIndex, IncidentMention mention, string[] streets, bool isFollowUp, bool mayTellLaterNews)
    {
        Index = index;
        ReportIndex = reportIndex;
        Mention = mention;
        DateRange d = mention.Date;
        if (d.IsResolved)
        {
            DayLow = DayNumber(d.Earliest!.Value);
            DayHigh = DayNumber(d.Latest!.Value);
            if (DayHigh < DayLow)
            {
                (DayLow, DayHigh) = (DayHigh, DayLow);
            }

            IsDayPrecise = DayLow == DayHigh;
        }

        WeekdayMask = ComputeWeekdayMask(d, DayLow, DayHigh);
        // Only a country or first-level division named outright is sure enough to forbid a link: a town name often exists in
        // several countries (Vancouver, Perth, Richmond), and the gazetteer may have picked the wrong one.
        CountryCode = mention.Place is { Kind: PlaceKind.Country or PlaceKind.Admin1 } sure ? Sovereign(sure.CountryCode) : null;
        Groups = VictimGroups(mention.Claims);
        Streets = streets;
        IsFollowUp = mention.IsLead && isFollowUp;
        TellsIncidentDay = mention.IsLead && IsDayPrecise && mention.Report.Published is { } published
            && DayNumber(published) - DayLow!.Value is >= 0 and <= FreshDays && !mayTellLaterNews;
        HeadlineOnlyPublished = mention.IsLead && mention.Sentences.Count == 0 && mention.Report.Published is { } day ? DayNumber(day) : null;
        HasWeakPlace = mention.Place is not null && !PlaceInOwnSentences(mention);
    }

    /// <summary>Whether the mention's place was not found in the mention's own sentences: inferred from the rest of the report (the town it
    /// names most, a dateline), so it is less sure to be where this incident happened.</summary>
    public bool HasWeakPlace { get; }

    /// <summary>Whether this is the lead mention of a follow-up report (<see cref="FollowUpCues"/>): its date is more likely the date of
    /// the later step the report tells than of the incident, so a later date counts little against and sets no day window.</summary>
    public bool IsFollowUp { get; }

    /// <summary>How many days after its lead's day a report telling the incident itself is published (the same day or the next).</summary>
    private const int FreshDays = 1;

    /// <summary>Whether this is a day-precise lead mention dated the day its report was published or the day before, of a report whose
    /// headline tells no later news (<see cref="FollowUpCues.MayTellLaterNews"/>): a report of the day's incident, dated by it, so a gap
    /// to another such date is surer evidence of two incidents than a date read from an older or follow-up report.</summary>
    public bool TellsIncidentDay { get; }

    /// <summary>For a lead read from its report's headline alone (the text told no incident), the report's publication day: the
    /// headline tells news of the days before it, so the lead may only join incidents of up to <see cref="ClusteringOptions.DayToleranceDays"/>
    /// days before publication (a window of candidate days). <see langword="null"/> for other mentions or an undated report.</summary>
    public int? HeadlineOnlyPublished { get; }

    public int Index { get; }

    public int ReportIndex { get; }

    public IncidentMention Mention { get; }

    public string Id => Mention.Id;

    /// <summary>The first possible day as days since 2000-01-01, when the date is resolved.</summary>
    public int? DayLow { get; }

    /// <summary>The last possible day, when the date is resolved.</summary>
    public int? DayHigh { get; }

    /// <summary>Whether the date is a single known day.</summary>
    public bool IsDayPrecise { get; }

    /// <summary>The weekdays the date allows, bit <c>(int)IsoDayOfWeek - 1</c>; <see cref="AnyWeekday"/> when unconstrained.</summary>
    public int WeekdayMask { get; }

    /// <summary>The sovereign country of the mention's place when the place is a country or first-level division, for the
    /// different-country cannot-link; <see langword="null"/> for towns and unplaced mentions.</summary>
    public string? CountryCode { get; }

    /// <summary>Maps a territory's GeoNames country code to its sovereign state's (Puerto Rico and Guam are in the United States),
    /// so that a territory is not "another country".</summary>
    public static string? Sovereign(string? code) => code switch
    {
        "PR" or "GU" or "VI" or "AS" or "MP" or "UM" => "US",
        "GF" or "GP" or "MQ" or "RE" or "YT" or "PM" or "BL" or "MF" or "NC" or "PF" or "WF" => "FR",
        "GI" or "IM" or "JE" or "GG" or "BM" or "KY" or "VG" or "TC" or "MS" or "AI" or "FK" => "GB",
        _ => code,
    };

    /// <summary>The specific victim groups the mention's figures name, as a bit set of <see cref="VictimGroup"/>.</summary>
    public int Groups { get; }

    /// <summary>The sorted street keys of the mention's sentences.</summary>
    public string[] Streets { get; }

    /// <summary>For a lead mention, the sorted distinct days of its report's day-precise background mentions, other than its own day: a
    /// follow-up report dated by its own news (an arrest, a death in hospital) still names the day of the incident, and extraction keeps
    /// that day in a background mention.</summary>
    public int[] RecalledDays { get; set; } = [];

    /// <summary>The ages the mention's text gives its people, as a bit set (<see cref="AgeIndex"/>).</summary>
    public Bits128 Ages { get; set; }

    /// <summary>The sorted rare proper-name pairs of the mention's text (<see cref="NameIndex"/>).</summary>
    public string[] Names { get; set; } = [];

    /// <summary>What clustering reads from the report's text (<see cref="ReportDigest"/>); <see langword="null"/> until taken.</summary>
    public ReportDigest? ReportDigest { get; private set; }

    /// <summary>What clustering reads from the mention's text; <see langword="null"/> until taken.</summary>
    public MentionDigest? Digest { get; private set; }

    /// <summary>The table that numbers the words of <see cref="Digest"/>.</summary>
    public TermTable? Words { get; private set; }

    /// <summary>Which of the report's lines (<see cref="ReportDigest.LineKeys"/>) are outlet boilerplate, left out of the lexical vector and
    /// the name pairs; <see langword="null"/> for none (<see cref="OutletBoilerplate.Assign"/>).</summary>
    public bool[]? SkippedLines { get; set; }

    /// <summary>Whether <see cref="OutletBoilerplate.Assign"/> has set <see cref="SkippedLines"/> and <see cref="ReadTitle"/>.</summary>
    public bool Assigned { get; set; }

    /// <summary>Whether a piece of the given line (-1: none) is left out as boilerplate.</summary>
    public bool SkipsLine(int line) => line >= 0 && SkippedLines is { } skipped && skipped[line];

    /// <summary>Sets the digest.</summary>
    public void SetDigest(ReportDigest report, MentionDigest digest, TermTable terms)
    {
        ReportDigest = report;
        Digest = digest;
        Words = terms;
    }

    /// <summary>Lets go of what was read from the report's text (<see cref="ReportDigest"/>, <see cref="Digest"/>, <see cref="SkippedLines"/>,
    /// <see cref="ReadTitle"/>) once the lexical vector and the name pairs are built from it: scoring reads neither.</summary>
    public void ReleaseDigest()
    {
        ReportDigest = null;
        Digest = null;
        Words = null;
        SkippedLines = null;
        ReadTitle = null;
    }

    /// <summary>For a lead mention, its report's headline without outlet boilerplate segments (<see cref="OutletBoilerplate.Assign"/>).</summary>
    public string? ReadTitle { get; set; }

    /// <summary>The names of <see cref="Names"/> found in at most one in <see cref="NameIndex.IdentityShare"/> reports of the input:
    /// rare enough that several shared say two mentions are about the same people.</summary>
    public string[] IdentityNames { get; set; } = [];

    /// <summary>The sorted term ids of the lexical vector.</summary>
    public int[] Terms { get; set; } = [];

    /// <summary>The L2-normalised TF-IDF weights, parallel to <see cref="Terms"/>.</summary>
    public float[] Weights { get; set; } = [];

    /// <summary>The mid-point day, used to order mentions inside an oversized block; <see cref="int.MaxValue"/> when undated.</summary>
    public int SortDay => DayLow is { } lo ? lo + ((DayHigh!.Value - lo) / 2) : int.MaxValue;

    public static int DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    public static LocalDate FromDayNumber(int day) => Epoch.PlusDays(day);

    private static int ComputeWeekdayMask(DateRange d, int? low, int? high)
    {
        if (low is { } lo && high is { } hi)
        {
            if (hi - lo >= 6)
            {
                return AnyWeekday;
            }

            int mask = 0;
            for (int day = lo; day <= hi; day++)
            {
                mask |= 1 << ((int)FromDayNumber(day).DayOfWeek - 1);
            }

            return mask;
        }

        if (d.Weekday is { } w && w != IsoDayOfWeek.None && d.Precision is DatePrecision.Day or DatePrecision.Unknown)
        {
            return 1 << ((int)w - 1);
        }

        return AnyWeekday;
    }

    private static bool PlaceInOwnSentences(IncidentMention mention)
    {
        foreach (FieldEvidence e in mention.Evidence)
        {
            if (e.Field == "place")
            {
                foreach (TextSpan s in mention.Sentences)
                {
                    if (s.Start <= e.Span.Start && e.Span.End <= s.End)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static int VictimGroups(IReadOnlyList<CasualtyClaim> claims)
    {
        int set = 0;
        foreach (CasualtyClaim c in claims)
        {
            if (c.Group is not VictimGroup.Unspecified and not VictimGroup.Perpetrators)
            {
                set |= 1 << (int)c.Group;
            }
        }

        return set;
    }
}
