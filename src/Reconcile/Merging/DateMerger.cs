using System.Globalization;
using NodaTime;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Merges the mentions' dates to the most specific interval consistent with all of them, keeping real conflicts.</summary>
/// <remarks>
/// <para>Only resolved dates (both bounds known) set the record's date; a mention from an undated report takes its date from the others.
/// When every pair of resolved dates overlaps, the record's date is their intersection (a day inside a month is that day).</para>
/// <para>When two do not overlap (two different days), each narrowest date (one that contains no other) is scored by the mentions whose date overlaps it (then lead mentions,
/// then the narrower, then the earlier); the winner and the dates that overlap it give the record's date, and every date that disagrees
/// with another is listed in a <see cref="FieldConflict"/>. A date that starts after the earliest publication day of the record's lead
/// mentions' reports cannot win while one that does not can: a report cannot tell of an event that had not yet happened, so a later
/// day comes from a follow-up's misread step (an arrest, a vigil) or from another incident. Background mentions bound nothing. A weekday-only mention ("on Saturday") whose weekday differs from a
/// day-precise record date is listed too.</para>
/// <para>When no mention has a resolved date nor names a weekday (the reports tell what happened but never when), the record is
/// dated to the earliest publication day of its lead mentions' reports: local news reports an incident on the day it happens or the
/// next, and the publication day is the most likely of those. The date then has <see cref="DateRange.Weekday"/> left empty, since
/// no text names one, and the record's mentions keep their own undated dates (clustering never compares publication days).</para>
/// </remarks>
internal static class DateMerger
{
    /// <summary>The field name used in conflicts.</summary>
    public const string Field = "date";

    /// <summary>Merges the dates of the mentions.</summary>
    /// <param name="mentions">The mentions, in stable order.</param>
    /// <returns>The merged date and the conflict, when there is one.</returns>
    public static (DateRange Date, FieldConflict? Conflict) Merge(IReadOnlyList<IncidentMention> mentions)
    {
        var groups = mentions
            .Where(m => m.Date.IsResolved && m.Date.Earliest <= m.Date.Latest)
            .GroupBy(m => (m.Date.Earliest!.Value, m.Date.Latest!.Value))
            .Select(g => new DateGroup(
                g.Key.Item1,
                g.Key.Item2,
                g.Max(m => m.Date.Precision),
                [.. g.Select(m => m.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                g.Count(m => m.IsLead)))
            .OrderBy(g => g.Earliest).ThenBy(g => g.Latest)
            .ToList();

        var conflictValues = new List<ConflictingValue>();
        DateRange date;
        if (groups.Count == 0)
        {
            IsoDayOfWeek[] weekdays = [.. mentions.Where(m => m.Date.Weekday is not null).Select(m => m.Date.Weekday!.Value).Distinct()];
            date = weekdays.Length == 1 ? new DateRange(null, null, DatePrecision.Unknown, weekdays[0])
                : PublicationDay(mentions) is { } published ? new DateRange(published, published, DatePrecision.Day) : default;
        }
        else if (PairwiseOverlap(groups))
        {
            date = Intersect(groups);
        }
        else
        {
            LocalDate? bound = PublicationDay(mentions);
            bool possible(DateGroup v) => bound is not { } b || v.Earliest <= b;
            bool anyPossible = groups.Exists(possible);
            DateGroup winner = groups
                .Where(v => !groups.Exists(w => !ReferenceEquals(v, w) && v.Contains(w)))
                .Where(v => !anyPossible || possible(v))
                .OrderByDescending(v => groups.Where(w => v.Overlaps(w)).Sum(w => w.MentionIds.Count))
                .ThenByDescending(v => groups.Where(w => v.Overlaps(w)).Sum(w => w.Leads))
                .ThenBy(v => Period.DaysBetween(v.Earliest, v.Latest))
                .ThenBy(v => v.Earliest)
                .First();
            List<DateGroup> agreeing = [.. groups.Where(winner.Overlaps)];
            date = PairwiseOverlap(agreeing) ? Intersect(agreeing) : winner.ToRange();
            conflictValues.AddRange(groups
                .Where(v => groups.Exists(w => !v.Overlaps(w)))
                .Select(v => new ConflictingValue { Value = v.Display(), MentionIds = v.MentionIds }));
        }

        if (date.Precision == DatePrecision.Day && date.Earliest is { } day)
        {
            string[] clashing = [.. mentions
                .Where(m => !m.Date.IsResolved && m.Date.Weekday is { } w && w != day.DayOfWeek)
                .Select(m => m.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            if (clashing.Length > 0)
            {
                if (conflictValues.Count == 0)
                {
                    conflictValues.Add(new ConflictingValue { Value = Iso(day), MentionIds = [.. groups.SelectMany(g => g.MentionIds).Order(StringComparer.Ordinal)] });
                }

                foreach (IGrouping<IsoDayOfWeek, IncidentMention> byDay in mentions.Where(m => clashing.Contains(m.Id)).GroupBy(m => m.Date.Weekday!.Value).OrderBy(g => g.Key))
                {
                    conflictValues.Add(new ConflictingValue
                    {
                        Value = byDay.Key.ToString() + " (weekday only)",
                        MentionIds = [.. byDay.Select(m => m.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                    });
                }
            }
        }

        FieldConflict? conflict = conflictValues.Count == 0 ? null : new FieldConflict
        {
            Field = Field,
            Values = [.. conflictValues.OrderBy(v => v.Value, StringComparer.Ordinal)],
        };
        return (date, conflict);
    }

    /// <summary>The earliest publication day of the reports of the lead mentions (bounded by an archive capture, as relative dates are); none when no lead's report is dated.</summary>
    private static LocalDate? PublicationDay(IReadOnlyList<IncidentMention> mentions)
    {
        LocalDate? earliest = null;
        foreach (IncidentMention m in mentions)
        {
            if (m.IsLead && IncidentExtractor.ReferenceDate(m.Report) is { } day && (earliest is null || day < earliest))
            {
                earliest = day;
            }
        }

        return earliest;
    }

    private static bool PairwiseOverlap(List<DateGroup> groups) => groups.TrueForAll(a => groups.TrueForAll(a.Overlaps));

    private static DateRange Intersect(List<DateGroup> groups)
    {
        LocalDate earliest = groups.Max(g => g.Earliest);
        LocalDate latest = groups.Min(g => g.Latest);
        if (earliest == latest)
        {
            return DateRange.OnDay(earliest);
        }

        DateGroup? same = groups.Find(g => g.Earliest == earliest && g.Latest == latest);
        int days = Period.DaysBetween(earliest, latest) + 1;
        DatePrecision precision = same?.Precision ?? (days <= 7 ? DatePrecision.Week : days <= 31 ? DatePrecision.Month : DatePrecision.Year);
        return new DateRange(earliest, latest, precision);
    }

    private static string Iso(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private sealed record DateGroup(LocalDate Earliest, LocalDate Latest, DatePrecision Precision, IReadOnlyList<string> MentionIds, int Leads)
    {
        public bool Overlaps(DateGroup other) => Earliest <= other.Latest && other.Earliest <= Latest;

        public bool Contains(DateGroup other) => Earliest <= other.Earliest && other.Latest <= Latest;

        public DateRange ToRange() => Earliest == Latest ? DateRange.OnDay(Earliest) : new DateRange(Earliest, Latest, Precision);

        public string Display() => Earliest == Latest ? Iso(Earliest) : Iso(Earliest) + "/" + Iso(Latest);
    }
}
