using NodaTime;
using Reconcile.Merging;
using Reconcile.Model;

namespace Reconcile.Tests.Merging;

public class DateMergerTests
{
    private static readonly LocalDate Sat = new(2017, 11, 4);

    [Fact] // a day inside a month is that day
    public void Merge_DayInsideMonth_Day()
    {
        var (date, conflict) = DateMerger.Merge([Mention("a", Month(2017, 11)), Mention("b", DateRange.OnDay(Sat))]);
        (date, conflict).Should().Be((DateRange.OnDay(Sat), (FieldConflict?)null));
    }

    [Fact] // an undated report's "on Saturday" takes the date from the others, and agrees with it
    public void Merge_WeekdayOnlyMention_TakesOthersDate()
    {
        var (date, conflict) = DateMerger.Merge([Mention("a", Weekday(IsoDayOfWeek.Saturday)), Mention("b", DateRange.OnDay(Sat))]);
        date.Should().Be(DateRange.OnDay(Sat));
        conflict.Should().BeNull();
    }

    [Fact] // a weekday that does not match the day is a conflict worth showing
    public void Merge_WeekdayClash_Conflict()
    {
        var (date, conflict) = DateMerger.Merge([Mention("a", Weekday(IsoDayOfWeek.Tuesday)), Mention("b", DateRange.OnDay(Sat))]);
        date.Should().Be(DateRange.OnDay(Sat));
        conflict!.Values.Select(v => v.Value).Should().Equal("2017-11-04", "Tuesday (weekday only)");
    }

    [Fact] // two different days: the majority day wins, both are listed
    public void Merge_TwoDays_MajorityAndConflict()
    {
        var (date, conflict) = DateMerger.Merge([
            Mention("a", DateRange.OnDay(Sat)), Mention("b", DateRange.OnDay(Sat.PlusDays(1))), Mention("c", Month(2017, 11)), Mention("d", DateRange.OnDay(Sat.PlusDays(1))),
        ]);
        date.Should().Be(DateRange.OnDay(Sat.PlusDays(1)));
        conflict!.Field.Should().Be("date");
        conflict.Values.Select(v => v.Value).Should().Equal("2017-11-04", "2017-11-05");
        conflict.Values[1].MentionIds.Should().Equal("b", "d");
    }

    [Fact] // overlapping ranges that do not nest: their intersection
    public void Merge_OverlappingWeeks_Intersection()
    {
        var (date, _) = DateMerger.Merge([
            Mention("a", new DateRange(new LocalDate(2018, 6, 3), new LocalDate(2018, 6, 9), DatePrecision.Week)),
            Mention("b", new DateRange(new LocalDate(2018, 6, 1), new LocalDate(2018, 6, 5), DatePrecision.Week)),
        ]);
        (date.Earliest, date.Latest, date.Precision).Should().Be((new LocalDate(2018, 6, 3), new LocalDate(2018, 6, 5), DatePrecision.Week));
    }

    [Fact] // nothing dated at all: unknown, keeping a weekday all mentions agree on
    public void Merge_NoResolvedDates_WeekdayOnly()
    {
        var (date, conflict) = DateMerger.Merge([Mention("a", Weekday(IsoDayOfWeek.Friday)), Mention("b", default)]);
        (date.IsResolved, date.Weekday, conflict).Should().Be((false, IsoDayOfWeek.Friday, (FieldConflict?)null));
    }

    [Fact] // reports that never say when: the earliest publication day of a lead's report, with no weekday claimed from the text
    public void Merge_NoDateInText_EarliestLeadPublicationDay()
    {
        IncidentMention later = new TestReport("a", published: Sat.PlusDays(1)).Mention([]);
        IncidentMention earlier = new TestReport("b", published: Sat).Mention([]);
        var (date, conflict) = DateMerger.Merge([later, earlier]);
        (date.Earliest, date.Latest, date.Precision, date.Weekday, conflict).Should().Be((Sat, Sat, DatePrecision.Day, (IsoDayOfWeek?)null, (FieldConflict?)null));
    }

    [Fact] // a background mention's report was published about something else: its day does not date the record
    public void Merge_NoDateInText_IgnoresBackgroundMentionsPublication()
    {
        IncidentMention lead = new TestReport("a", published: Sat.PlusDays(3)).Mention([]);
        IncidentMention background = new TestReport("b", published: Sat).Mention([], ordinal: 1);
        var (date, _) = DateMerger.Merge([lead, background]);
        date.Earliest.Should().Be(Sat.PlusDays(3));
    }

    [Fact] // a weekday the text names is kept rather than replaced by a publication day it may contradict
    public void Merge_WeekdayOnlyAndPublished_KeepsWeekdayUnresolved()
    {
        IncidentMention m = new TestReport("a", published: Sat).Mention([], date: Weekday(IsoDayOfWeek.Friday));
        var (date, _) = DateMerger.Merge([m]);
        (date.IsResolved, date.Weekday).Should().Be((false, IsoDayOfWeek.Friday));
    }

    [Fact] // one dated mention is enough: the publication day never overrides what a text says
    public void Merge_OneDatedMention_TextDateNotPublication()
    {
        IncidentMention undated = new TestReport("a", published: Sat.PlusDays(2)).Mention([]);
        IncidentMention dated = new TestReport("b", published: Sat.PlusDays(2)).Mention([], date: DateRange.OnDay(Sat));
        var (date, _) = DateMerger.Merge([undated, dated]);
        date.Should().Be(DateRange.OnDay(Sat));
    }

    [Fact] // a report published on Saturday cannot tell of a Sunday shooting: two later follow-ups' Sunday loses to the Saturday
    public void Merge_MajorityDayAfterEarliestLeadPublication_Impossible()
    {
        IncidentMention first = new TestReport("a", published: Sat).Mention([], date: DateRange.OnDay(Sat));
        IncidentMention second = new TestReport("b", published: Sat.PlusDays(8)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        IncidentMention third = new TestReport("c", published: Sat.PlusDays(9)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        var (date, conflict) = DateMerger.Merge([second, first, third]);
        date.Should().Be(DateRange.OnDay(Sat));
        conflict!.Values.Select(v => v.Value).Should().Equal("2017-11-04", "2017-11-05");
    }

    [Fact] // the event on the publication day itself is possible: "shot this morning" in an evening edition
    public void Merge_MajorityDayOnEarliestLeadPublication_Kept()
    {
        IncidentMention first = new TestReport("a", published: Sat.PlusDays(1)).Mention([], date: DateRange.OnDay(Sat));
        IncidentMention second = new TestReport("b", published: Sat.PlusDays(1)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        IncidentMention third = new TestReport("c", published: Sat.PlusDays(2)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        var (date, _) = DateMerger.Merge([first, second, third]);
        date.Should().Be(DateRange.OnDay(Sat.PlusDays(1)));
    }

    [Fact] // a background mention's report was published about something else: its day bounds nothing
    public void Merge_BackgroundMentionPublishedEarlier_DoesNotBound()
    {
        IncidentMention background = new TestReport("a", published: Sat).Mention([], date: DateRange.OnDay(Sat), ordinal: 1);
        IncidentMention second = new TestReport("b", published: Sat.PlusDays(2)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        IncidentMention third = new TestReport("c", published: Sat.PlusDays(3)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        var (date, _) = DateMerger.Merge([background, second, third]);
        date.Should().Be(DateRange.OnDay(Sat.PlusDays(1)));
    }

    [Fact] // every day told falls after the earliest publication (a misdated report): the bound cannot choose, the majority does
    public void Merge_EveryDayAfterEarliestPublication_MajorityWins()
    {
        IncidentMention early = new TestReport("a", published: Sat.PlusDays(-5)).Mention([], date: DateRange.OnDay(Sat.PlusDays(1)));
        IncidentMention second = new TestReport("b", published: Sat.PlusDays(2)).Mention([], date: DateRange.OnDay(Sat));
        IncidentMention third = new TestReport("c", published: Sat.PlusDays(3)).Mention([], date: DateRange.OnDay(Sat));
        var (date, _) = DateMerger.Merge([early, second, third]);
        date.Should().Be(DateRange.OnDay(Sat));
    }

    [Fact] // a month that starts before the earliest publication stays possible and wins by counting the days inside it
    public void Merge_MonthStartingBeforePublication_StillPossible()
    {
        IncidentMention month = new TestReport("a", published: new LocalDate(2017, 11, 3)).Mention([], date: Month(2017, 11));
        IncidentMention day = new TestReport("b", published: Sat.PlusDays(4)).Mention([], date: DateRange.OnDay(new LocalDate(2017, 11, 2)));
        IncidentMention late = new TestReport("c", published: Sat.PlusDays(4)).Mention([], date: DateRange.OnDay(new LocalDate(2017, 10, 20)));
        var (date, _) = DateMerger.Merge([month, day, late]);
        date.Should().Be(DateRange.OnDay(new LocalDate(2017, 11, 2)));
    }

    private static DateRange Month(int y, int m) => new(new LocalDate(y, m, 1), new LocalDate(y, m, 1).PlusMonths(1).PlusDays(-1), DatePrecision.Month);

    private static DateRange Weekday(IsoDayOfWeek d) => new(null, null, DatePrecision.Unknown, d);

    private static IncidentMention Mention(string id, DateRange date) =>
        new TestReport(id).Mention([], date: date) with { Id = id };
}
