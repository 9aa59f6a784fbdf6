using System.Globalization;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Scores a pair of mentions as a sum of named log-odds evidence (Fellegi–Sunter style).</summary>
/// <remarks>Thread-safe. With a <see langword="null"/> sink it allocates nothing; with a sink it also explains each weight.</remarks>
internal sealed class PairScorer
{
    private const double EarthRadiusKm = 6371.0;
    private const double MinCosine = 0.01;
    private const double MaxLexical = 8;
    private readonly ClusteringOptions _w;

    /// <param name="options">The weights; a snapshot is taken, so later changes to <paramref name="options"/> do not apply.</param>
    public PairScorer(ClusteringOptions options)
    {
        _w = options.Snapshot();
    }

    /// <summary>Scores the pair, adding each piece of evidence to <paramref name="sink"/> when one is given.</summary>
    public double Score(MentionProfile a, MentionProfile b, List<Evidence>? sink = null)
    {
        double score = 0;
        score += Lexical(a, b, sink);
        score += DatesComparable(a, b) ? Dates(a, b, sink) : Published(a, b, sink);

        score += Places(a, b, sink);
        score += Streets(a.Streets, b.Streets, sink);
        score += Types(a.Mention.Type, b.Mention.Type, sink);
        score += Perpetrators(a.Mention.Perpetrator, b.Mention.Perpetrator, sink);
        score += Victims(a, b, sink);
        score += Figures(a.Mention, b.Mention, sink);
        score += Sources(a.Mention, b.Mention, sink);
        score += Names(a, b, sink);
        score += Ages(a.Ages, b.Ages, sink);
        return score;
    }

    private static double Add(List<Evidence>? sink, string name, double weight, string? detail)
    {
        if (weight != 0 && sink is not null)
        {
            sink.Add(new Evidence(name, weight, detail ?? string.Empty));
        }

        return weight;
    }

    private double Lexical(MentionProfile a, MentionProfile b, List<Evidence>? sink)
    {
        if (a.Terms.Length == 0 || b.Terms.Length == 0 || _w.LexicalWeight == 0)
        {
            return 0;
        }

        double cos = LexicalIndex.Cosine(a, b);
        // The log-odds of "same incident" grows with the logarithm of the cosine (fitted on ECB+ and GVC pair histograms).
        double weight = Math.Clamp(_w.LexicalWeight * Math.Log(Math.Max(cos, MinCosine) / _w.LexicalMidpoint), _w.LexicalFloor, MaxLexical);
        return Add(sink, EvidenceNames.Lexical, weight, sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"TF-IDF cosine {cos:0.000}"));
    }

    /// <summary>Whether the two mentions' dates say anything about each other: both resolved, or both constrained to weekdays.</summary>
    private static bool DatesComparable(MentionProfile a, MentionProfile b) =>
        (a.DayLow is not null && b.DayLow is not null)
        || (a.WeekdayMask != MentionProfile.AnyWeekday && b.WeekdayMask != MentionProfile.AnyWeekday);

    private double Dates(MentionProfile a, MentionProfile b, List<Evidence>? sink)
    {
        if (a.DayLow is { } aLo && a.DayHigh is { } aHi && b.DayLow is { } bLo && b.DayHigh is { } bHi)
        {
            if (a.IsDayPrecise && b.IsDayPrecise)
            {
                int gap = Math.Abs(aLo - bLo);
                return gap switch
                {
                    0 => Add(sink, EvidenceNames.SameDay, _w.SameDayWeight, sink is null ? null : "both " + Day(aLo)),
                    1 => Add(sink, EvidenceNames.AdjacentDay, _w.AdjacentDayWeight, sink is null ? null : Day(aLo) + " and " + Day(bLo)),
                    _ when Recalls(a, bLo) => Add(sink, EvidenceNames.DateRecalled, _w.RecalledDayWeight, sink is null ? null : Day(bLo) + " recalled by the report dated " + Day(aLo)),
                    _ when Recalls(b, aLo) => Add(sink, EvidenceNames.DateRecalled, _w.RecalledDayWeight, sink is null ? null : Day(aLo) + " recalled by the report dated " + Day(bLo)),
                    _ when FollowsUp(a, aLo, bLo) || FollowsUp(b, bLo, aLo) => Add(sink, EvidenceNames.DateFollowUp, Apart(gap) * _w.FollowUpDateFactor,
                        sink is null ? null : FollowUpDetail(a, b, Day(aLo), Day(bLo))),
                    _ when gap <= _w.DayToleranceDays && IncidentDays(a, b) => Add(sink, EvidenceNames.DateApart, Apart(gap) * _w.IncidentDayApartFactor,
                        sink is null ? null : Day(aLo) + " and " + Day(bLo) + ", the later in a report of the incident itself"),
                    _ => Add(sink, EvidenceNames.DateApart, Apart(gap), sink is null ? null : Day(aLo) + " and " + Day(bLo)),
                };
            }

            if (aLo <= bHi && bLo <= aHi)
            {
                return Add(sink, EvidenceNames.DateOverlap, _w.DateOverlapWeight, sink is null ? null : Interval(aLo, aHi) + " meets " + Interval(bLo, bHi));
            }

            int distance = aHi < bLo ? bLo - aHi : aLo - bHi;
            if (FollowsUp(a, aLo, bHi) || FollowsUp(b, bLo, aHi))
            {
                return Add(sink, EvidenceNames.DateFollowUp, Apart(distance) * _w.FollowUpDateFactor,
                    sink is null ? null : FollowUpDetail(a, b, Interval(aLo, aHi), Interval(bLo, bHi)));
            }

            return Add(sink, EvidenceNames.DateApart, Apart(distance), sink is null ? null : Interval(aLo, aHi) + " and " + Interval(bLo, bHi));
        }

        if (a.WeekdayMask != MentionProfile.AnyWeekday && b.WeekdayMask != MentionProfile.AnyWeekday)
        {
            return (a.WeekdayMask & b.WeekdayMask) != 0
                ? Add(sink, EvidenceNames.SameWeekday, _w.SameWeekdayWeight, sink is null ? null : "weekday " + Weekdays(a.WeekdayMask & b.WeekdayMask))
                : Add(sink, EvidenceNames.DifferentWeekday, _w.DifferentWeekdayWeight, sink is null ? null : Weekdays(a.WeekdayMask) + " vs " + Weekdays(b.WeekdayMask));
        }

        return 0;
    }

    /// <summary>Whether both mentions are leads of reports of the day's incident, each dated by it (<see cref="MentionProfile.TellsIncidentDay"/>):
    /// then different days are two incidents' days, not a date read from an older report or from a follow-up's later news.</summary>
    internal static bool IncidentDays(MentionProfile a, MentionProfile b) => a.TellsIncidentDay && b.TellsIncidentDay;

    /// <summary>Whether <paramref name="p"/> is a follow-up's lead dated after the other mention: its date is likely its later news.</summary>
    private static bool FollowsUp(MentionProfile p, int day, int otherDay) => p.IsFollowUp && day > otherDay;

    private static string FollowUpDetail(MentionProfile a, MentionProfile b, string da, string db) =>
        da + " and " + db + ", the later in a follow-up report (" + (a.IsFollowUp ? a : b).Mention.Report.Id + ")";

    /// <summary>Whether the report of <paramref name="p"/> names, for another mention, a day at most one day from <paramref name="day"/>.</summary>
    private static bool Recalls(MentionProfile p, int day)
    {
        foreach (int d in p.RecalledDays)
        {
            if (Math.Abs(d - day) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For two lead mentions without comparable dates, how far apart their reports were published: news is about recent events.</summary>
    private double Published(MentionProfile first, MentionProfile second, List<Evidence>? sink)
    {
        IncidentMention a = first.Mention, b = second.Mention;
        if (!a.IsLead || !b.IsLead || a.Report.Published is not { } pa || b.Report.Published is not { } pb)
        {
            return 0;
        }

        int gap = Math.Abs(MentionProfile.DayNumber(pa) - MentionProfile.DayNumber(pb));
        if (gap <= 7)
        {
            return Add(sink, EvidenceNames.PublishedNear, _w.PublishedNearWeight, sink is null ? null : "published " + Day(MentionProfile.DayNumber(pa)) + " and " + Day(MentionProfile.DayNumber(pb)));
        }

        if (gap <= 30)
        {
            return 0;
        }

        double weight = _w.PublishedApartWeight * (1.0 + Math.Min(1.0, (gap - 30) / 335.0));
        int da = MentionProfile.DayNumber(pa), db = MentionProfile.DayNumber(pb);
        if ((first.IsFollowUp && da > db) || (second.IsFollowUp && db > da))
        {
            return Add(sink, EvidenceNames.DateFollowUp, weight * _w.FollowUpDateFactor,
                sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"published {gap} days apart, the later a follow-up report"));
        }

        return Add(sink, EvidenceNames.PublishedApart, weight, sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"published {gap} days apart"));
    }

    /// <summary>The weight of a gap of some days: the base weight, growing to twice it over a month.</summary>
    private double Apart(int days) => _w.DateApartWeight * (1.0 + Math.Min(1.0, Math.Max(0, days - 1) / 30.0));

    /// <summary>Place evidence; disagreement is scaled by <see cref="ClusteringOptions.WeakPlaceFactor"/> for each place that was inferred
    /// from the rest of the report rather than found in the mention's own sentences.</summary>
    private double Places(MentionProfile pa, MentionProfile pb, List<Evidence>? sink)
    {
        double certainty = (pa.HasWeakPlace ? _w.WeakPlaceFactor : 1) * (pb.HasWeakPlace ? _w.WeakPlaceFactor : 1);
        return Places(pa.Mention.Place, pb.Mention.Place, certainty, certainty < 1 ? " (weak place)" : string.Empty, sink);
    }

    private double Places(Place? a, Place? b, double certainty, string weak, List<Evidence>? sink)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        if (a.CountryCode is not null && b.CountryCode is not null
            && !string.Equals(MentionProfile.Sovereign(a.CountryCode), MentionProfile.Sovereign(b.CountryCode), StringComparison.Ordinal))
        {
            if (a.Kind == PlaceKind.Locality && b.Kind == PlaceKind.Locality && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase))
            {
                // One town name resolved to two countries (Vancouver, Washington and Vancouver, Canada): ambiguity, not evidence.
                return 0;
            }

            return Add(sink, EvidenceNames.DifferentCountry, _w.DifferentCountryWeight * certainty, sink is null ? null : a.CountryCode + " vs " + b.CountryCode + weak);
        }

        if (a.IsCompatibleWith(b))
        {
            if (a.Kind == PlaceKind.Locality && b.Kind == PlaceKind.Locality)
            {
                return Add(sink, EvidenceNames.SameLocality, _w.SameLocalityWeight, sink is null ? null : "both " + a.Name);
            }

            if (a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country)
            {
                return 0;
            }

            return Add(sink, EvidenceNames.PlaceContains, _w.PlaceContainsWeight, sink is null ? null : a.Name + " / " + b.Name);
        }

        double? km = DistanceKm(a, b);
        if (a.Admin1 is not null && b.Admin1 is not null && !string.Equals(a.Admin1, b.Admin1, StringComparison.Ordinal)
            && !(km is < 25))
        {
            return Add(sink, EvidenceNames.DifferentAdmin1, _w.DifferentAdmin1Weight * certainty, sink is null ? null : a.Name + " (" + a.Admin1 + ") vs " + b.Name + " (" + b.Admin1 + ")" + weak);
        }

        if (km is { } d)
        {
            // Neighbouring places (a suburb and its city) are weak evidence against; far-apart towns strong.
            double factor = d < 5 ? 0 : Math.Min(2.0, d / 50.0);
            return Add(sink, EvidenceNames.DifferentLocality, _w.DifferentLocalityWeight * factor * certainty,
                sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"{a.Name} vs {b.Name}, {d:0} km apart{weak}"));
        }

        return Add(sink, EvidenceNames.DifferentLocality, _w.DifferentLocalityWeight * certainty, sink is null ? null : a.Name + " vs " + b.Name + weak);
    }

    private double Streets(string[] a, string[] b, List<Evidence>? sink)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        return StreetNames.Overlap(a, b)
            ? Add(sink, EvidenceNames.SameStreet, _w.SameStreetWeight, sink is null ? null : "both name " + string.Join(", ", a.Intersect(b, StringComparer.Ordinal)))
            : Add(sink, EvidenceNames.DifferentStreets, _w.DifferentStreetsWeight, sink is null ? null : string.Join(", ", a) + " vs " + string.Join(", ", b));
    }

    private double Types(IncidentType? a, IncidentType? b, List<Evidence>? sink)
    {
        if (a is not { } x || b is not { } y)
        {
            return 0;
        }

        if (x == y)
        {
            return Add(sink, EvidenceNames.SameType, _w.SameTypeWeight, sink is null ? null : "both " + x.ToKebabCase());
        }

        if (x.IsCompatibleWith(y))
        {
            return Add(sink, EvidenceNames.CompatibleType, _w.CompatibleTypeWeight, sink is null ? null : x.ToKebabCase() + " fits " + y.ToKebabCase());
        }

        // A fire and the arson that set it, a shooting and a clash: reports name one event either way, so neither for nor against.
        return x.AreAlike(y) ? 0 : Add(sink, EvidenceNames.IncompatibleType, _w.IncompatibleTypeWeight, sink is null ? null : x.ToKebabCase() + " vs " + y.ToKebabCase());
    }

    private double Perpetrators(string? a, string? b, List<Evidence>? sink)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return 0;
        }

        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
            ? Add(sink, EvidenceNames.SamePerpetrator, _w.SamePerpetratorWeight, sink is null ? null : "both " + a)
            : Add(sink, EvidenceNames.DifferentPerpetrator, _w.DifferentPerpetratorWeight, sink is null ? null : a + " vs " + b);
    }

    private double Victims(MentionProfile a, MentionProfile b, List<Evidence>? sink)
    {
        int shared = a.Groups & b.Groups;
        if (shared == 0)
        {
            return 0;
        }

        return Add(sink, EvidenceNames.SharedVictimGroup, _w.SharedVictimGroupWeight, sink is null ? null : GroupNames(shared));
    }

    private static string GroupNames(int shared)
    {
        var names = new List<string>();
        for (int g = 0; g < 32; g++)
        {
            if ((shared & (1 << g)) != 0)
            {
                names.Add(((VictimGroup)g).ToString());
            }
        }

        return "both count " + string.Join(", ", names);
    }

    private double Figures(IncidentMention a, IncidentMention b, List<Evidence>? sink)
    {
        if (a.Claims.Count == 0 || b.Claims.Count == 0)
        {
            return 0;
        }

        double total = UncountedDeaths(a, b, sink) + UncountedDeaths(b, a, sink);
        foreach (CasualtyMeasure measure in (ReadOnlySpan<CasualtyMeasure>)[CasualtyMeasure.Killed, CasualtyMeasure.Wounded, CasualtyMeasure.Casualties])
        {
            bool compared = false, overlap = false, explained = false;
            CasualtyClaim? same = null, conflictA = null, conflictB = null;
            foreach (CasualtyClaim x in a.Claims)
            {
                if (x.Measure != measure || x.Group == VictimGroup.Perpetrators || x.Relevance != ClaimRelevance.Incident)
                {
                    continue;
                }

                foreach (CasualtyClaim y in b.Claims)
                {
                    if (y.Measure != measure || y.Group == VictimGroup.Perpetrators || y.Relevance != ClaimRelevance.Incident
                        || (x.Group != y.Group && x.Group != VictimGroup.Unspecified && y.Group != VictimGroup.Unspecified))
                    {
                        continue;
                    }

                    compared = true;
                    if (x.Quantity.Overlaps(y.Quantity))
                    {
                        overlap = true;
                        if (x.Quantity.Hedge == HedgeKind.Exact && y.Quantity.Hedge == HedgeKind.Exact && x.Quantity.Low == y.Quantity.Low)
                        {
                            same ??= x;
                        }
                    }
                    else if (x.Quantity.Hedge == HedgeKind.Vague || y.Quantity.Hedge == HedgeKind.Vague || IsEarlierLowerCount(x, y) || IsEarlierLowerCount(y, x))
                    {
                        explained = true;
                    }
                    else
                    {
                        conflictA ??= x;
                        conflictB ??= y;
                    }
                }
            }

            if (!compared)
            {
                continue;
            }

            string label = measure.ToString().ToLowerInvariant();
            if (same is { } s)
            {
                double weight = _w.SameFigureWeight * Math.Min(1.0, Math.Log(1.0 + Math.Max(0, s.Quantity.Low ?? 0)) / Math.Log(21.0));
                total += Add(sink, EvidenceNames.SameFigure, weight, sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"both {s.Quantity.Low} {label}"));
            }
            else if (overlap)
            {
                total += Add(sink, EvidenceNames.CompatibleFigures, _w.CompatibleFiguresWeight, sink is null ? null : label + " figures overlap");
            }
            else if (!explained && conflictA is { } ca && conflictB is { } cb)
            {
                total += Add(sink, EvidenceNames.ConflictingFigures, _w.ConflictingFiguresWeight, sink is null ? null : label + " " + Describe(ca.Quantity) + " vs " + Describe(cb.Quantity));
            }
        }

        return total;
    }

    /// <summary>Evidence against when <paramref name="hurt"/> counts the injured but no dead while <paramref name="deadly"/> counts at least
    /// <see cref="ClusteringOptions.UncountedDeathsMinimum"/> dead: a report of a deadly incident leads with its deaths; one that counts
    /// only the hurt describes an incident without them (a later toll rising from zero to several is rare).</summary>
    private double UncountedDeaths(IncidentMention hurt, IncidentMention deadly, List<Evidence>? sink)
    {
        bool wounded = false;
        foreach (CasualtyClaim c in hurt.Claims)
        {
            if (c.Relevance != ClaimRelevance.Incident)
            {
                continue; // another event's figure or a running total says nothing of this incident
            }

            if (c.Measure == CasualtyMeasure.Killed)
            {
                return 0;
            }

            wounded |= c.Measure == CasualtyMeasure.Wounded && c.Group != VictimGroup.Perpetrators;
        }

        if (!wounded)
        {
            return 0;
        }

        foreach (CasualtyClaim c in deadly.Claims)
        {
            if (c.Measure == CasualtyMeasure.Killed && c.Group != VictimGroup.Perpetrators && c.Relevance == ClaimRelevance.Incident && c.Quantity.Low >= _w.UncountedDeathsMinimum)
            {
                return Add(sink, EvidenceNames.UncountedDeaths, _w.UncountedDeathsWeight,
                    sink is null ? null : string.Create(CultureInfo.InvariantCulture, $"{c.Quantity.Low}+ killed vs only injured"));
            }
        }

        return 0;
    }

    private static string Describe(Quantity q) => q.Hedge switch
    {
        HedgeKind.Exact => Invariant(q.Low),
        HedgeKind.AtLeast or HedgeKind.MoreThan => "at least " + Invariant(q.Low),
        HedgeKind.AtMost => "at most " + Invariant(q.High),
        _ => Invariant(q.Low) + "-" + (q.High is null ? "" : Invariant(q.High)),
    };

    private static string Invariant(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "?";

    /// <summary>Whether <paramref name="low"/> is a smaller figure that was still rising, or stated earlier than <paramref name="high"/>.</summary>
    private static bool IsEarlierLowerCount(CasualtyClaim low, CasualtyClaim high)
    {
        long lowTop = low.Quantity.High ?? long.MaxValue;
        long highBottom = high.Quantity.Low ?? 0;
        if (lowTop >= highBottom)
        {
            return false;
        }

        return low.Rising || (low.AsOf is { } l && high.AsOf is { } h && l < h);
    }

    /// <summary>Rare proper-name pairs (a victim's, a suspect's, a street's name): one shared is evidence for; two mentions that each name
    /// at least two and share none, evidence against.</summary>
    private double Names(MentionProfile a, MentionProfile b, List<Evidence>? sink)
    {
        if (a.Names.Length == 0 || b.Names.Length == 0)
        {
            return 0;
        }

        List<string>? shared = sink is null ? null : [];
        int n = NameIndex.Shared(a.Names, b.Names, shared);
        if (n > 0)
        {
            return Add(sink, EvidenceNames.SharedNames, _w.SharedNameWeight * (n > 1 ? 1.5 : 1), sink is null ? null : "both name " + string.Join(", ", shared!));
        }

        return a.Names.Length >= 2 && b.Names.Length >= 2
            ? Add(sink, EvidenceNames.DifferentNames, _w.DifferentNamesWeight, sink is null ? null : string.Join(", ", a.Names.Take(3)) + " vs " + string.Join(", ", b.Names.Take(3)))
            : 0;
    }

    /// <summary>People's ages: an age both texts give is evidence for; two texts that give ages, none in common, evidence against.</summary>
    private double Ages(Bits128 a, Bits128 b, List<Evidence>? sink)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        Bits128 shared = a.Intersect(b);
        return !shared.IsEmpty
            ? Add(sink, EvidenceNames.SharedAges, _w.SharedAgeWeight, sink is null ? null : "both give ages " + AgeList(shared))
            : Add(sink, EvidenceNames.DifferentAges, _w.DifferentAgesWeight, sink is null ? null : "ages " + AgeList(a) + " vs " + AgeList(b));
    }

    private static string AgeList(Bits128 ages)
    {
        var list = new List<string>();
        for (int i = 1; i < 100; i++)
        {
            if (ages.Contains(i))
            {
                list.Add(i.ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(", ", list);
    }

    private double Sources(IncidentMention a, IncidentMention b, List<Evidence>? sink)
    {
        foreach (CasualtyClaim x in a.Claims)
        {
            if (string.IsNullOrEmpty(x.Source))
            {
                continue;
            }

            foreach (CasualtyClaim y in b.Claims)
            {
                if (string.Equals(x.Source, y.Source, StringComparison.OrdinalIgnoreCase))
                {
                    return Add(sink, EvidenceNames.SharedSource, _w.SharedSourceWeight, sink is null ? null : "both cite " + x.Source);
                }
            }
        }

        return 0;
    }

    private static double? DistanceKm(Place a, Place b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2)
        {
            return null;
        }

        double p1 = lat1 * Math.PI / 180, p2 = lat2 * Math.PI / 180;
        double dp = p2 - p1, dl = (lon2 - lon1) * Math.PI / 180;
        double h = (Math.Sin(dp / 2) * Math.Sin(dp / 2)) + (Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static string Day(int day) => MentionProfile.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Interval(int lo, int hi) => lo == hi ? Day(lo) : Day(lo) + ".." + Day(hi);

    private static string Weekdays(int mask)
    {
        var names = new List<string>();
        for (int i = 0; i < 7; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                names.Add(((NodaTime.IsoDayOfWeek)(i + 1)).ToString());
            }
        }

        return string.Join("/", names);
    }
}
