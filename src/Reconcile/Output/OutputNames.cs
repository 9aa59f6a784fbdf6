using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>The stable kebab-case names and date forms every output format uses.</summary>
internal static class OutputNames
{
    private static readonly LocalDatePattern HumanDate = LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture);

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Iso(LocalDate? date) => date is { } d ? Iso(d) : null;

    /// <summary>"5 Nov 2017".</summary>
    public static string Human(LocalDate date) => HumanDate.Format(date);

    public static string Measure(CasualtyMeasure measure) => measure switch
    {
        CasualtyMeasure.Killed => "killed",
        CasualtyMeasure.Wounded => "wounded",
        CasualtyMeasure.Casualties => "casualties",
        CasualtyMeasure.Missing => "missing",
        CasualtyMeasure.Abducted => "abducted",
        _ => Unknown(measure),
    };

    /// <summary>The group's name, or <see langword="null"/> for <see cref="VictimGroup.Unspecified"/>.</summary>
    public static string? Group(VictimGroup group) => group switch
    {
        VictimGroup.Unspecified => null,
        VictimGroup.Civilians => "civilians",
        VictimGroup.Children => "children",
        VictimGroup.Displaced => "displaced",
        VictimGroup.Police => "police",
        VictimGroup.GovernmentForces => "government-forces",
        VictimGroup.Militants => "militants",
        VictimGroup.Perpetrators => "perpetrators",
        _ => Unknown(group),
    };

    public static string Grade(Grade grade) => grade switch
    {
        Model.Grade.SingleSource => "single-source",
        Model.Grade.Corroborated => "corroborated",
        Model.Grade.Contested => "contested",
        _ => Unknown(grade),
    };

    public static string Hedge(HedgeKind hedge) => hedge switch
    {
        HedgeKind.Exact => "exact",
        HedgeKind.AtLeast => "at-least",
        HedgeKind.MoreThan => "more-than",
        HedgeKind.AtMost => "at-most",
        HedgeKind.Approximately => "approximately",
        HedgeKind.Vague => "vague",
        _ => Unknown(hedge),
    };

    public static string Status(ClaimStatus status) => status switch
    {
        ClaimStatus.Current => "current",
        ClaimStatus.Superseded => "superseded",
        ClaimStatus.Context => "context",
        _ => Unknown(status),
    };

    public static string Relevance(ClaimRelevance relevance) => relevance switch
    {
        ClaimRelevance.Incident => "incident",
        ClaimRelevance.OtherEvent => "other-event",
        ClaimRelevance.Cumulative => "cumulative",
        _ => Unknown(relevance),
    };

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Unknown => "unknown",
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => Unknown(precision),
    };

    public static string PlaceKind(PlaceKind kind) => kind switch
    {
        Model.PlaceKind.Locality => "locality",
        Model.PlaceKind.Admin1 => "admin1",
        Model.PlaceKind.Country => "country",
        _ => Unknown(kind),
    };

    public static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "monday",
        IsoDayOfWeek.Tuesday => "tuesday",
        IsoDayOfWeek.Wednesday => "wednesday",
        IsoDayOfWeek.Thursday => "thursday",
        IsoDayOfWeek.Friday => "friday",
        IsoDayOfWeek.Saturday => "saturday",
        IsoDayOfWeek.Sunday => "sunday",
        _ => "unknown",
    };

    /// <summary>Values added to an enum later still print deterministically, as their number.</summary>
    private static string Unknown<T>(T value)
        where T : struct, Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
