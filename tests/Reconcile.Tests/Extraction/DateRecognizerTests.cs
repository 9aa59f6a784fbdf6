using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction;

public class DateRecognizerTests
{
    // DateLexicon looks words up through packed ASCII tables built from its word lists: case variants, words outside ASCII and
    // near misses must get the kind the lists give.
    [Theory]
    [InlineData("november", "Month")] // lower case: kind by prefix (the patterns demand the capital)
    [InlineData("NOVEMBER", "Month")] // capitals
    [InlineData("Nov", "Month")] // abbreviation
    [InlineData("Thursday", "Weekday")] // title case, as at a sentence start
    [InlineData("THURS", "Weekday")] // abbreviation in capitals
    [InlineData("Monitor", "Weekday")] // the permissive prefix filter: the patterns decide
    [InlineData("YESTERDAY", "Modifier")] // a lead word in capitals
    [InlineData("The", "Article")] // an article at a sentence start
    [InlineData("Thanksgiving", "Holiday")] // a holiday's first word, longer than ten letters
    [InlineData("no", "None")] // too short for a prefix
    [InlineData("Novemberish", "None")] // longer than any month or weekday word
    [InlineData("Ｎovember", "None")] // a full-width letter is not an ASCII one
    [InlineData("\u017Fun", "None")] // a long s is not "s" ignoring case
    public void StartKind_Word_KindOfItsLists(string word, string expected) =>
        DateLexicon.StartKind(word).ToString().Should().Be(expected);

    // StartKind skips its lookups for words whose first three letters start no word of its lists: every list word, in any case and
    // with any ending a prefix allows, must pass the filter, and the filter must change no kind.
    [Fact]
    public void MayStart_EveryStartWordInAnyCase_Passes()
    {
        foreach (string word in DateLexicon.StartWords)
        {
            DateLexicon.MayStart(word).Should().BeTrue(word);
            string[] variants = [word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..], word + "day", word.ToUpperInvariant() + "EMBER"];
            foreach (string variant in variants)
            {
                if (DateLexicon.LookUpStartKind(variant) != DateWordKind.None)
                {
                    DateLexicon.MayStart(variant).Should().BeTrue(variant);
                }

                DateLexicon.StartKind(variant).Should().Be(DateLexicon.LookUpStartKind(variant), variant);
            }
        }
    }

    [Fact]
    public void StartKind_EveryShortAsciiWord_SameAsWithoutTheFilter()
    {
        // Every word of one to three ASCII letters (lower and upper case): the filter decides these alone.
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        foreach (char a in letters)
        {
            foreach (string word in new[] { a.ToString() }.Concat(letters.Select(b => $"{a}{b}")).Concat(letters.SelectMany(b => letters.Select(c => $"{a}{b}{c}"))))
            {
                DateLexicon.StartKind(word).Should().Be(DateLexicon.LookUpStartKind(word), word);
            }
        }
    }

    [Theory]
    [InlineData("people", false)] // a common word no date starts with
    [InlineData("in", false)] // a preposition: dates never start with it (it is a lookbehind)
    [InlineData("Thursdays", true)] // a weekday prefix: the filter passes, the lookup decides
    [InlineData("said", true)] // starts as "saint": the filter passes, the lookup says none
    [InlineData("Sat", true)] // an abbreviation at a sentence start
    [InlineData("Tha", true)] // the start of "thanksgiving"
    [InlineData("th\u0131s", true)] // a dotless i among the first three letters: left to the lookup
    [InlineData("\u017Fun", true)] // a long s first: left to the lookup
    [InlineData("a", true)] // a one-letter lead word
    [InlineData("I", false)] // a one-letter word that is none
    [InlineData("st", true)] // a two-letter lead word ("St. Patrick's Day")
    public void MayStart_Word_PassesOnlyPossibleStarts(string word, bool expected) =>
        DateLexicon.MayStart(word).Should().Be(expected);

    [Theory]
    [InlineData("November", true)] // a month in capitals
    [InlineData("NOV", true)] // an abbreviation in capitals
    [InlineData("november", false)] // lower case: the verb-like reading
    [InlineData("Novel", false)] // a month prefix, not a month word
    public void MayStartDate_MonthWord_NeedsAMonthNameInCapitals(string word, bool expected) =>
        DateLexicon.MayStartDate(word, 0, word.Length, word.Length, DateWordKind.Month).Should().Be(expected);

    [Theory]
    [InlineData("the WEEKEND", true)] // an article before a word of its list, in capitals
    [InlineData("the Previous day", true)] // title case
    [InlineData("the 4th", true)] // a number
    [InlineData("the attack", false)] // a word not in the list
    [InlineData("a DAYS", true)] // plural in capitals
    public void MayStartDate_Article_NeedsANextWordOfItsList(string text, bool expected)
    {
        int wordEnd = text.IndexOf(' ', StringComparison.Ordinal);
        DateLexicon.MayStartDate(text, 0, wordEnd, text.Length, DateWordKind.Article).Should().Be(expected);
    }

    private static List<DateFinding> Find(string text, string? published)
    {
        var results = new List<DateFinding>();
        DateRecognizer.Find(text, new TextSpan(0, text.Length), published is null ? null : Day(published), results);
        return results;
    }

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    private static void ShouldFindOne(string text, string? published, string span, string? earliest, string? latest, DatePrecision precision)
    {
        List<DateFinding> found = Find(text, published);
        found.Should().ContainSingle($"'{text}' holds one date expression");
        DateFinding f = found[0];
        f.Span.Slice(text).Should().Be(span);
        f.Range.Earliest.Should().Be(earliest is null ? null : Day(earliest));
        f.Range.Latest.Should().Be(latest is null ? null : Day(latest));
        f.Range.Precision.Should().Be(precision);
    }

    [Theory]
    [InlineData("The attack occurred on November 4, 2017 in the east.", null, "November 4, 2017", "2017-11-04")] // US month-day-year, undated report: the year is given
    [InlineData("Troops entered the city on 4 November 2017.", null, "4 November 2017", "2017-11-04")] // British day-month-year
    [InlineData("The ceasefire began on 13 July 2018, officials said.", "2018-07-20", "13 July 2018", "2018-07-13")] // explicit year wins over the publication year
    [InlineData("It was signed on the 4th of November, 2017.", null, "the 4th of November, 2017", "2017-11-04")] // "the Nth of Month" with comma before the year
    [InlineData("Records dated 2017-11-04 were released.", null, "2017-11-04", "2017-11-04")] // ISO date
    [InlineData("The form dated 11/04/2017 was found.", null, "11/04/2017", "2017-11-04")] // numeric dates are US month/day
    [InlineData("The form dated 13/07/2018 was found.", null, "13/07/2018", "2018-07-13")] // a first number above 12 can only be the day
    [InlineData("The form dated 04.11.2017 was found.", null, "04.11.2017", "2017-11-04")] // dotted numeric dates are day.month
    [InlineData("Clashes erupted Nov. 4 near the border.", "2017-11-05", "Nov. 4", "2017-11-04")] // abbreviated month, year from publication
    [InlineData("Clashes erupted Sept 30 near the border.", "2017-11-05", "Sept 30", "2017-09-30")] // four-letter abbreviation without a dot
    [InlineData("On October 12, a car bomb exploded in Hasakeh.", "2017-11-05", "October 12", "2017-10-12")] // month-day earlier in the publication year
    [InlineData("The group struck on November 5 at dawn.", "2017-11-05", "November 5", "2017-11-05")] // the publication day itself is "on or before"
    [InlineData("The group struck on November 6 at dawn.", "2017-11-05", "November 6", "2016-11-06")] // a later month-day belongs to the previous year
    [InlineData("The group struck on December 30 at dawn.", "2018-01-03", "December 30", "2017-12-30")] // year inference across the year boundary
    [InlineData("The siege ended on 30 December.", "2018-01-03", "30 December", "2017-12-30")] // same, day-month order
    [InlineData("Fighting resumed on February 29.", "2018-03-01", "February 29", "2016-02-29")] // a leap day goes back to the last leap year
    [InlineData("The attack occurred Saturday, November 4, in the province.", "2017-11-05", "Saturday, November 4", "2017-11-04")] // weekday + date that agree
    [InlineData("Aid arrived Sunday 5 November.", "2017-11-05", "Sunday 5 November", "2017-11-05")] // weekday + day-month without comma
    [InlineData("The United Nations on Thursday, November 2, said so.", "2017-11-05", "Thursday, November 2", "2017-11-02")] // weekday-prefixed date mid-sentence
    [InlineData("It happened on Saturday the 4th, police said.", "2017-11-05", "Saturday the 4th", "2017-11-04")] // weekday + bare ordinal
    [InlineData("It happened on the 4th, police said.", "2017-11-05", "the 4th", "2017-11-04")] // bare ordinal in the publication month
    [InlineData("It happened on the 30th, police said.", "2017-11-05", "the 30th", "2017-10-30")] // bare ordinal after publication day: the previous month
    [InlineData("It happened on the 31st, police said.", "2017-12-05", "the 31st", "2017-10-31")] // November has no 31st: back to October
    [InlineData("Sat, 04 Nov 2017 10:00:00 GMT", null, "Sat, 04 Nov 2017", "2017-11-04")] // RFC 1123 header with an abbreviated weekday
    [InlineData("Signed Thurs., Nov. 2, 2017 at noon", null, "Thurs., Nov. 2, 2017", "2017-11-02")] // dotted weekday and month abbreviations (after "Signed": a "Posted" page stamp is no date, see Find_PageStamp_IsNoDate)
    [InlineData("Stamped 2017-11-04T09:30:00Z by the server", null, "2017-11-04", "2017-11-04")] // ISO date-time: the date part
    [InlineData("The war began March 15, 2011, with protests.", null, "March 15, 2011", "2011-03-15")] // "March" with a day is a month
    [InlineData("Officials met May 9 to discuss aid.", "2018-06-01", "May 9", "2018-05-09")] // "May" with a day is a month
    public void Find_CalendarDate_ResolvesToDay(string text, string? published, string span, string day)
    {
        ShouldFindOne(text, published, span, day, day, DatePrecision.Day);
        Find(text, published)[0].Range.Weekday.Should().Be(Day(day).DayOfWeek);
    }

    [Theory]
    [InlineData("Published 9:09 PM, November 05, 2017", "November 05, 2017", "2017-11-05")] // time before the date is not a day
    [InlineData(" date 2017-11-05 The scale of the attack showed", "2017-11-05", "2017-11-05")] // dataset header line
    [InlineData("09 June, 2018", "09 June, 2018", "2018-06-09")] // day-month with a comma before the year
    [InlineData("12:26, 13 July 2018 Friday", "13 July 2018 Friday", "2018-07-13")] // time, date and a trailing weekday that agrees
    public void Find_HeaderLine_ResolvesWithoutPublication(string text, string span, string day)
    {
        ShouldFindOne(text, null, span, day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("Fighting resumed on 4-6 November.", "2017-11-10", "4-6 November", "2017-11-04", "2017-11-06", DatePrecision.Week)] // day range within a month
    [InlineData("Fighting raged November 4-5, 2017.", null, "November 4-5, 2017", "2017-11-04", "2017-11-05", DatePrecision.Week)] // month-day range with a year
    [InlineData("Voting ran 1 to 20 June 2018.", null, "1 to 20 June 2018", "2018-06-01", "2018-06-20", DatePrecision.Month)] // a long range is month-like
    [InlineData("It fell in November 2017, he said.", null, "November 2017", "2017-11-01", "2017-11-30", DatePrecision.Month)] // month-year
    [InlineData("It fell in Nov. 2017, he said.", null, "Nov. 2017", "2017-11-01", "2017-11-30", DatePrecision.Month)] // abbreviated month-year
    [InlineData("It fell in May of 2016.", null, "May of 2016", "2016-05-01", "2016-05-31", DatePrecision.Month)] // "Month of Year"
    [InlineData("It fell in early February 2016.", null, "early February 2016", "2016-02-01", "2016-02-29", DatePrecision.Month)] // modifier kept in the span, month bounds kept
    [InlineData("Rebels left in May, many for the desert.", "2018-07-13", "May", "2018-05-01", "2018-05-31", DatePrecision.Month)] // month alone after "in": most recent May
    [InlineData("Rebels left in August, many for the desert.", "2018-07-13", "August", "2017-08-01", "2017-08-31", DatePrecision.Month)] // a later month is last year's
    [InlineData("Rebels left in July, many for the desert.", "2018-07-13", "July", "2018-07-01", "2018-07-31", DatePrecision.Month)] // publication month itself
    [InlineData("Rebels left last July, many for the desert.", "2018-07-13", "last July", "2017-07-01", "2017-07-31", DatePrecision.Month)] // "last July" in July is a year back
    [InlineData("Two boys died this November in Arkansas.", "2015-12-01", "November", "2015-11-01", "2015-11-30", DatePrecision.Month)] // "this" before a month: the most recent one
    [InlineData("Rebels left at the end of May, many for the desert.", "2018-07-13", "May", "2018-05-01", "2018-05-31", DatePrecision.Month)] // "the end of May": month after "of"
    [InlineData("Rebels left in mid-March after talks.", "2018-07-13", "mid-March", "2018-03-01", "2018-03-31", DatePrecision.Month)] // "mid-" month
    [InlineData("IS swept across Iraq in 2014, declaring a caliphate.", null, "2014", "2014-01-01", "2014-12-31", DatePrecision.Year)] // year alone after "in"
    [InlineData("They declared a caliphate in 2014.", "2017-11-05", "2014", "2014-01-01", "2014-12-31", DatePrecision.Year)] // background year: still a finding, relevance is the assembler's call
    [InlineData("Talks collapsed in mid-2016.", null, "mid-2016", "2016-01-01", "2016-12-31", DatePrecision.Year)] // modifier on a year
    public void Find_CalendarInterval_ResolvesToInterval(string text, string? published, string span, string earliest, string latest, DatePrecision precision)
    {
        ShouldFindOne(text, published, span, earliest, latest, precision);
    }

    [Theory]
    [InlineData("The bombing happened on Saturday.", "2017-11-05", "Saturday", "2017-11-04")] // a Sunday report's Saturday is the day before
    [InlineData("The bombing happened Saturday in the east.", "2017-11-04", "Saturday", "2017-11-04")] // same weekday as publication: the publication day
    [InlineData("The bombing happened Sunday in the east.", "2017-11-04", "Sunday", "2017-10-29")] // a weekday after publication's weekday is last week's
    [InlineData("SANA reported the strike late Thursday.", "2018-07-13", "late Thursday", "2018-07-12")] // "late" kept in the span
    [InlineData("Shelling began early Sunday, residents said.", "2018-06-04", "early Sunday", "2018-06-03")] // "early" kept in the span
    [InlineData("Shelling began Thursday night near the town.", "2018-07-13", "Thursday night", "2018-07-12")] // part of day kept, still the day
    [InlineData("Shelling began late on Thursday, residents said.", "2018-07-13", "late on Thursday", "2018-07-12")] // "late on" form
    [InlineData("Saturday's bombing killed dozens.", "2017-11-05", "Saturday", "2017-11-04")] // possessive weekday
    [InlineData("Militants attacked last Friday, officials said.", "2018-07-13", "last Friday", "2018-07-06")] // "last Friday" on a Friday is a week back
    [InlineData("Militants attacked last Thursday, officials said.", "2018-07-13", "last Thursday", "2018-07-12")] // "last Thursday" on a Friday is yesterday
    [InlineData("Militants attacked on Friday last week.", "2018-07-13", "Friday last week", "2018-07-06")] // weekday of the previous Monday-Sunday week
    [InlineData("Militants attacked on Monday of last week.", "2018-07-15", "Monday of last week", "2018-07-02")] // "of last week" on a Sunday report
    [InlineData("Militants attacked yesterday, officials said.", "2018-07-13", "yesterday", "2018-07-12")] // yesterday
    [InlineData("Militants attacked yesterday morning.", "2018-07-13", "yesterday morning", "2018-07-12")] // part of day kept
    [InlineData("Militants attacked last night, officials said.", "2018-07-13", "last night", "2018-07-12")] // news "last night" is the evening before publication
    [InlineData("Militants attacked today, officials said.", "2018-07-13", "today", "2018-07-13")] // today
    [InlineData("Militants attacked earlier today.", "2018-07-13", "earlier today", "2018-07-13")] // "earlier today" kept whole
    [InlineData("Militants attacked this morning near Raqa.", "2018-07-13", "this morning", "2018-07-13")] // this morning
    [InlineData("Militants will be tried tonight.", "2018-07-13", "tonight", "2018-07-13")] // tonight
    [InlineData("They seized it overnight, a monitor said.", "2018-07-13", "overnight", "2018-07-13")] // bare overnight: the night that ended on the publication morning, dated to that day
    [InlineData("Two men were stabbed outside a pub overnight.", "2019-03-02", "overnight", "2019-03-02")] // bare overnight at the sentence end: the publication day
    [InlineData("It started the day before yesterday.", "2018-07-13", "the day before yesterday", "2018-07-11")] // two days back, not "yesterday"
    [InlineData("The raid took place two days ago.", "2018-07-13", "two days ago", "2018-07-11")] // number word
    [InlineData("The raid took place 3 days ago.", "2018-07-13", "3 days ago", "2018-07-10")] // digits
    [InlineData("The raid took place a day ago.", "2018-07-13", "a day ago", "2018-07-12")] // "a" counts one
    [InlineData("The raid took place a couple of days ago.", "2018-07-13", "a couple of days ago", "2018-07-11")] // "a couple of" counts two
    [InlineData("The raid took place couple of days ago.", "2018-07-13", "couple of days ago", "2018-07-11")] // without the article
    [InlineData("Officials said the previous day that talks failed.", "2018-07-13", "the previous day", "2018-07-12")] // no earlier date in the sentence: from publication
    [InlineData("The town fell; a day earlier, troops had massed.", "2018-07-13", "a day earlier", "2018-07-12")] // same limit
    public void Find_RelativeDay_ResolvesAgainstPublication(string text, string published, string span, string day)
    {
        ShouldFindOne(text, published, span, day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("Overnight Wednesday-Thursday, they seized the village.", "2018-07-13", "Overnight Wednesday-Thursday", "2018-07-11", "2018-07-12")] // two-day night span
    [InlineData("They seized it overnight Wednesday to Thursday.", "2018-07-13", "overnight Wednesday to Thursday", "2018-07-11", "2018-07-12")] // "to" form
    [InlineData("They seized it overnight from Wednesday to Thursday.", "2018-07-12", "overnight from Wednesday to Thursday", "2018-07-11", "2018-07-12")] // published on the second day
    [InlineData("They seized it Friday night into Saturday.", "2018-07-16", "Friday night into Saturday", "2018-07-13", "2018-07-14")] // night into the next day
    [InlineData("They seized it overnight Wednesday.", "2018-07-13", "overnight Wednesday", "2018-07-11", "2018-07-12")] // the night after Wednesday
    [InlineData("They seized it overnight into Thursday.", "2018-07-13", "overnight into Thursday", "2018-07-11", "2018-07-12")] // the night before Thursday
    [InlineData("Fighting raged from Friday to Sunday.", "2018-07-16", "Friday to Sunday", "2018-07-13", "2018-07-15")] // three-day weekday span
    [InlineData("The group attacked last week, officials said.", "2018-07-13", "last week", "2018-07-02", "2018-07-08")] // previous Monday-Sunday week
    [InlineData("The group attacked last week, officials said.", "2018-07-09", "last week", "2018-07-02", "2018-07-08")] // on a Monday, last week ended yesterday
    [InlineData("The group attacked earlier this week.", "2018-07-13", "earlier this week", "2018-07-09", "2018-07-12")] // Monday to the day before publication
    [InlineData("The group attacked this week.", "2018-07-13", "this week", "2018-07-09", "2018-07-13")] // Monday to publication
    [InlineData("The group attacked last weekend.", "2018-07-16", "last weekend", "2018-07-14", "2018-07-15")] // the weekend just before a Monday
    [InlineData("The group attacked over the weekend.", "2018-07-16", "the weekend", "2018-07-14", "2018-07-15")] // preposition not in the span
    [InlineData("The raid took place three weeks ago.", "2018-07-13", "three weeks ago", "2018-06-19", "2018-06-25")] // a week centred three weeks back
    [InlineData("The raid took place a few days ago.", "2018-07-13", "a few days ago", "2018-07-06", "2018-07-11")] // vague count: a span
    [InlineData("The raid took place several days ago.", "2018-07-13", "several days ago", "2018-07-06", "2018-07-11")] // "several" is vague too
    public void Find_RelativeSpan_ResolvesToWeekPrecision(string text, string published, string span, string earliest, string latest)
    {
        ShouldFindOne(text, published, span, earliest, latest, DatePrecision.Week);
    }

    [Theory]
    [InlineData("They were expelled last month.", "2017-11-05", "last month", "2017-10-01", "2017-10-31", DatePrecision.Month)] // previous calendar month
    [InlineData("They were expelled last month.", "2018-01-03", "last month", "2017-12-01", "2017-12-31", DatePrecision.Month)] // across the year boundary
    [InlineData("They were expelled earlier this month.", "2017-11-05", "earlier this month", "2017-11-01", "2017-11-04", DatePrecision.Month)] // first of month to the day before publication
    [InlineData("They were expelled this month.", "2017-11-05", "this month", "2017-11-01", "2017-11-05", DatePrecision.Month)] // first of month to publication
    [InlineData("They were expelled two months ago.", "2017-11-05", "two months ago", "2017-09-01", "2017-09-30", DatePrecision.Month)] // calendar month two back
    [InlineData("It collapsed last year.", "2018-06-09", "last year", "2017-01-01", "2017-12-31", DatePrecision.Year)] // previous calendar year
    [InlineData("It collapsed earlier this year.", "2018-06-09", "earlier this year", "2018-01-01", "2018-06-08", DatePrecision.Year)] // year to date
    [InlineData("A caliphate that three years ago spanned Iraq.", "2017-11-05", "three years ago", "2014-01-01", "2014-12-31", DatePrecision.Year)] // calendar year three back
    public void Find_RelativePeriod_ResolvesToCalendarUnit(string text, string published, string span, string earliest, string latest, DatePrecision precision)
    {
        ShouldFindOne(text, published, span, earliest, latest, precision);
    }

    [Theory]
    [InlineData("The bombing happened on Saturday.", "Saturday", IsoDayOfWeek.Saturday)] // weekday alone: a constraint only
    [InlineData("SANA reported the strike late Thursday.", "late Thursday", IsoDayOfWeek.Thursday)] // modifier does not change the weekday
    [InlineData("Militants attacked last Friday.", "last Friday", IsoDayOfWeek.Friday)] // "last" without publication
    [InlineData("Militants attacked on Friday last week.", "Friday last week", IsoDayOfWeek.Friday)] // weekday of last week without publication
    [InlineData("The attack occurred Saturday, November 4, in the east.", "Saturday, November 4", IsoDayOfWeek.Saturday)] // no year to put November 4 in: weekday kept
    [InlineData("It happened on Saturday the 4th, police said.", "Saturday the 4th", IsoDayOfWeek.Saturday)] // ordinal without publication
    [InlineData("They struck yesterday.", "yesterday", null)] // relative day: unresolved, no weekday
    [InlineData("They were expelled last month.", "last month", null)] // relative month: unresolved
    [InlineData("The clashes began on October 12.", "October 12", null)] // month-day without any year
    [InlineData("Overnight Wednesday-Thursday, they seized it.", "Overnight Wednesday-Thursday", null)] // a two-day span keeps no single weekday
    [InlineData("A caliphate that three years ago spanned Iraq.", "three years ago", null)] // ago without publication
    [InlineData("The previous day, they had retreated.", "The previous day", null)] // anchored, no anchor
    public void Find_Undated_ReturnsUnresolvedConstraint(string text, string span, IsoDayOfWeek? weekday)
    {
        ShouldFindOne(text, null, span, null, null, DatePrecision.Unknown);
        Find(text, null)[0].Range.Weekday.Should().Be(weekday);
    }

    [Theory]
    [InlineData("The attack occurred Friday, November 4, 2017, in the east.", "2017-11-03", "2017-11-04")] // Nov 4 2017 was a Saturday: the range spans both readings
    [InlineData("The attack occurred Sunday, November 4, 2017, in the east.", "2017-11-04", "2017-11-05")] // contradiction the other way
    [InlineData("The attack occurred on Thursday the 4th.", "2017-11-02", "2017-11-04")] // ordinal with a contradicting weekday
    public void Find_WeekdayContradictsDate_SpansBothReadings(string text, string earliest, string latest)
    {
        List<DateFinding> found = Find(text, "2017-11-05");
        found.Should().ContainSingle();
        found[0].Range.Should().Be(new DateRange(Day(earliest), Day(latest), DatePrecision.Week));
    }

    [Theory]
    [InlineData("The family was found dead on Father's Day.", "2015-06-22", "Father's Day", "2015-06-21")] // third Sunday of June, the day before publication
    [InlineData("Gunfire erupted at a cookout on the Fourth of July.", "2016-03-28", "the Fourth of July", "2015-07-04")] // months later: the most recent one before publication
    [InlineData("His July Fourth killing remains unsolved.", "2016-03-28", "July Fourth", "2015-07-04")] // the day written after the month as a word
    [InlineData("Three people were shot on New Year’s Eve.", "2016-01-02", "New Year’s Eve", "2015-12-31")] // curly apostrophe; the previous year
    [InlineData("Two men died in a house fire on Christmas Eve.", "2015-12-27", "Christmas Eve", "2015-12-24")] // fixed day
    [InlineData("A gunman opened fire at a mall on Thanksgiving Day.", "2014-12-01", "Thanksgiving Day", "2014-11-27")] // fourth Thursday of November
    [InlineData("Two men were killed on Easter Sunday, police said.", "2016-04-02", "Easter Sunday", "2016-03-27")] // Easter by the Gregorian computus
    [InlineData("The crash happened over Labor Day weekend.", "2016-09-10", "Labor Day", "2016-09-05")] // first Monday of September
    [InlineData("Two men were killed on Christmas Day 2014.", "2016-05-02", "Christmas Day 2014", "2014-12-25")] // an explicit year wins
    [InlineData("A bar fight broke out on St. Patrick's Day.", "2017-03-20", "St. Patrick's Day", "2017-03-17")] // abbreviated saint
    public void Find_Holiday_ResolvesToItsDay(string text, string published, string span, string day)
    {
        ShouldFindOne(text, published, span, day, day, DatePrecision.Day);
    }

    [Theory]
    [InlineData("On a rainy Friday afternoon in mid-July, a shot rang out.", "2016-08-25", "2016-07-01", "2016-07-29", DatePrecision.Month)] // five Fridays in July: a range that keeps the weekday, not the most recent Friday (19 August)
    [InlineData("He was shot on a Sunday in March 2016, police said.", "2016-08-25", "2016-03-06", "2016-03-27", DatePrecision.Month)] // a month with its year
    [InlineData("It happened on Friday in late August.", "2016-08-25", "2016-08-19", "2016-08-19", DatePrecision.Day)] // the most recent Friday is in that month: unchanged
    public void Find_WeekdayWithMonth_IsThatMonthsWeekday(string text, string published, string earliest, string latest, DatePrecision precision)
    {
        DateFinding weekday = Find(text, published)[0];

        weekday.Range.Earliest.Should().Be(Day(earliest));
        weekday.Range.Latest.Should().Be(Day(latest));
        weekday.Range.Precision.Should().Be(precision);
    }

    [Theory]
    [InlineData("Two men were killed on Thanksgiving.", "Thanksgiving", IsoDayOfWeek.Thursday)] // a floating holiday keeps its weekday
    [InlineData("Two men were killed on Christmas Day.", "Christmas Day", null)] // a fixed day, no year: nothing to constrain
    public void Find_HolidayUndated_KeepsWeekdayOnly(string text, string span, IsoDayOfWeek? weekday)
    {
        ShouldFindOne(text, null, span, null, null, DatePrecision.Unknown);
        Find(text, null)[0].Range.Weekday.Should().Be(weekday);
    }

    [Theory]
    [InlineData("Talks are set for Friday, January 12.", "2018-01-10", "2018-01-12")] // named weekday fits next year's date, two days ahead: the weekday decides
    [InlineData("Talks were held Thursday, January 12.", "2018-01-10", "2017-01-12")] // weekday fits last year's date: the normal rule
    public void Find_WeekdayPicksYear_ForNearFutureDate(string text, string published, string day)
    {
        Find(text, published).Should().ContainSingle().Which.Range.Should().Be(DateRange.OnDay(Day(day)));
    }

    [Theory]
    [InlineData("IS may attack again, officials warned.")] // modal "may"
    [InlineData("Protesters plan to march on the capital.")] // verb "march"
    [InlineData("They may 2 times a year renew the permit.")] // lowercase "may" before a number is still the verb
    [InlineData("IS May Attack Again, Officials Warn")] // title-case "May" with no day, year or preposition
    [InlineData("The attack was reported at 9:09 PM local time.")] // time of day alone
    [InlineData("A 13-year-old boy and a man aged 45 were killed.")] // ages
    [InlineData("The siege lasted for three days.")] // duration
    [InlineData("3 min read")] // reading-time label
    [InlineData("Unrest has simmered since the 1990s.")] // decade
    [InlineData("Unrest has simmered since the 1990's.")] // decade with apostrophe
    [InlineData("The 2017-18 offensive was costly.")] // season, not a year
    [InlineData("A total of 2000 fighters took part.")] // a count in the year range
    [InlineData("The vote is set for next Friday.")] // future weekday
    [InlineData("The vote is set for tomorrow.")] // future day
    [InlineData("Easter fell after Good Friday prayers.")] // "Easter" alone is a season and "Good Friday" is left out (the Good Friday Agreement)
    [InlineData("Shoppers crowded the Christmas market.")] // "Christmas" alone is a season, not a day
    [InlineData("The new Labor Party leader spoke.")] // holiday first words in other names
    [InlineData("He told the Sunday Times about it.")] // newspaper name
    [InlineData("They worship on Sundays.")] // plural weekday: a habit
    [InlineData("Deir Ezzor - Arab Today")] // outlet name containing "Today"
    [InlineData("Fighters reached the 4th floor.")] // ordinal that is not a day
    [InlineData("The 21st century has been violent.")] // ordinal century
    [InlineData("Strikes hit 5,000 homes and 12.5 percent of farms.")] // numbers with separators
    [InlineData("The 4th Armoured Division moved on the 2nd Brigade.")] // ordinals in unit names, even after "on"
    [InlineData("Troops pushed towards the city amid March protests.")] // "amid" is not "mid-"
    [InlineData("The Mayor of Raqa spoke to reporters.")] // month word inside a longer word
    [InlineData("The casualties of June Smith's unit were counted.")] // month name as a first name, no preposition
    public void Find_NotADate_FindsNothing(string text)
    {
        Find(text, "2018-07-13").Should().BeEmpty();
    }

    [Theory]
    [InlineData("On November 4, 2000 people fled the town.", "November 4")] // a count after the comma is not the year
    [InlineData("In May 5,000 people fled the town.", "May")] // a thousands-grouped count after a month alone
    [InlineData("Troops entered on 4 November, 1500 were detained.", "4 November")] // count followed by a verb
    public void Find_CountAfterDate_IsNotTheYear(string text, string span)
    {
        Find(text, "2018-07-13").Should().ContainSingle().Which.Span.Slice(text).Should().Be(span);
    }

    [Fact] // an anchored expression counts from the sentence's own earlier date, not from publication
    public void Find_ADayEarlierAfterDate_CountsFromThatDate()
    {
        const string text = "Troops entered the town on October 12; a day earlier, shelling had killed 5.";
        List<DateFinding> found = Find(text, "2017-11-05");
        found.Select(f => f.Span.Slice(text)).Should().Equal("October 12", "a day earlier");
        found[1].Range.Should().Be(DateRange.OnDay(new LocalDate(2017, 10, 11)));
    }

    [Fact] // forward counting needs a date in the sentence; relative to publication it would be the future
    public void Find_TheNextDayWithoutAnchor_IsUnresolved()
    {
        Find("The next day, troops withdrew.", "2017-11-05").Should().ContainSingle()
            .Which.Range.Should().Be(new DateRange(null, null, DatePrecision.Unknown));
        const string text = "Talks opened on 4 November and collapsed the next day.";
        Find(text, "2017-11-05")[1].Range.Should().Be(DateRange.OnDay(new LocalDate(2017, 11, 5)));
    }

    [Fact] // a sentence with several expressions yields them in text order with their own spans
    public void Find_SeveralExpressions_InTextOrder()
    {
        const string text = "A monitor said Sunday, November 5, that the clashes started late Friday and continued into Saturday, after IS lost it in 2017.";
        List<DateFinding> found = Find(text, "2017-11-05");
        found.Select(f => f.Span.Slice(text)).Should().Equal("Sunday, November 5", "late Friday", "Saturday", "2017");
        found.Select(f => f.Range.Earliest).Should().Equal(
            new LocalDate(2017, 11, 5), new LocalDate(2017, 11, 3), new LocalDate(2017, 11, 4), new LocalDate(2017, 1, 1));
    }

    [Fact] // only the given sentence is searched, and spans are absolute offsets into the report
    public void Find_SentenceSpan_SearchesOnlyThatSentenceWithAbsoluteOffsets()
    {
        const string text = "It began on Friday. It ended on Saturday.";
        var results = new List<DateFinding>();
        DateRecognizer.Find(text, new TextSpan(20, text.Length), new LocalDate(2017, 11, 5), results);
        results.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(32, 40));
    }

    [Fact] // appending: findings already in the list are kept
    public void Find_ExistingResults_AreKept()
    {
        var results = new List<DateFinding> { new(new TextSpan(0, 1), DateRange.OnDay(new LocalDate(2000, 1, 1))) };
        DateRecognizer.Find("On Friday.", new TextSpan(0, 10), null, results);
        results.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Talks opened on 4 November and collapsed the next day.", "the next day", "2017-11-05")] // forward from the sentence's own date
    [InlineData("Talks opened on 4 November and collapsed two days later.", "two days later", "2017-11-06")] // count forward
    [InlineData("Talks collapsed on 4 November; the previous day, shelling killed 5.", "the previous day", "2017-11-03")] // backward from the sentence's date, not publication
    [InlineData("Talks collapsed on Friday, and that same day a bomb exploded.", "that same day", "2017-11-03")] // same day as the sentence's weekday
    [InlineData("Talks collapsed on 4 November, three days before the vote.", "4 November", "2017-11-04")] // "days before the vote" takes an object: not anchored
    public void Find_AnchoredExpression_CountsFromSentenceDate(string text, string span, string day)
    {
        DateFinding last = Find(text, "2017-11-05")[^1];
        last.Span.Slice(text).Should().Be(span);
        last.Range.Should().Be(DateRange.OnDay(Day(day)));
    }

    [Theory]
    [InlineData("A man was arrested Thursday, a day after he shot his cousin.", "a day after", "2017-11-01")] // arrest's day minus one dates the shooting (Thursday = 2 Nov)
    [InlineData("She died on 3 November, two days after the crash on the interstate.", "two days after", "2017-11-01")] // a count in words, and a noun phrase instead of a clause
    [InlineData("The teen turned himself in Saturday, the day after police released his photo.", "the day after", "2017-11-03")] // "the day after" with what followed
    [InlineData("Charges were filed on 4 November, 3 days after the robbery.", "3 days after", "2017-11-01")] // digits
    [InlineData("He was booked Friday, one day after officers found the weapon.", "one day after", "2017-11-02")] // "one"
    public void Find_DaysAfterEvent_DatesTheEventBeforeTheSentenceDay(string text, string span, string day)
    {
        DateFinding last = Find(text, "2017-11-05")[^1];
        last.Span.Slice(text).Should().Be(span);
        last.Range.Should().Be(DateRange.OnDay(Day(day)));
    }

    [Theory]
    [InlineData("Police said a day after the shooting that no one was in custody.")] // no day-precise date before it: the publication day is not the narrative's day
    [InlineData("He was arrested Thursday, a few days after the robbery.")] // a vague count gives no day
    [InlineData("Talks collapsed on Friday, two days before the vote.")] // "before" an event looks ahead: not reported
    public void Find_DaysAfterEventWithoutDay_IsNotReported(string text)
    {
        Find(text, "2017-11-05").Should().NotContain(f => f.Span.Slice(text).Contains("day after", StringComparison.Ordinal)
            || f.Span.Slice(text).Contains("days after", StringComparison.Ordinal) || f.Span.Slice(text).Contains("days before", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The vote is set for next week.")] // future week
    [InlineData("Results are due later this month.")] // future part of the month
    [InlineData("The vote is set for this coming Sunday.")] // future weekday
    [InlineData("Aid will arrive in the coming year.")] // future year
    public void Find_FutureExpression_IsConsumedNotReported(string text)
    {
        Find(text, "2018-07-13").Should().BeEmpty();
    }

    [Fact] // a long match that would run into the next sentence is not taken; nothing outside the sentence is reported
    public void Find_MatchCrossingSentenceEnd_IsNotReported()
    {
        const string text = "Talks began on Saturday\nNovember 4 was calm.";
        var results = new List<DateFinding>();
        DateRecognizer.Find(text, new TextSpan(0, 23), new LocalDate(2017, 11, 5), results);
        results.Should().ContainSingle().Which.Span.Slice(text).Should().Be("Saturday");
    }

    [Fact] // every form must be compiled by the source generator: a fallback to the runtime engine (for example after adding a backreference) is a silent slowdown
    public void Patterns_AreSourceGenerated()
    {
        MethodInfo[] forms = typeof(DatePatterns).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Regex)).ToArray();
        forms.Should().HaveCountGreaterThan(10);
        foreach (MethodInfo form in forms)
        {
            ((Regex)form.Invoke(null, null)!).GetType().Should().NotBe<Regex>($"{form.Name} should be source-generated");
        }
    }

    [Fact] // extraction never throws on messy text: a deterministic soup of date words, digits and punctuation
    public void Find_DateWordSoup_NeverThrows()
    {
        string[] words =
        [
            "the", "4th", "31st", "of", "February", "Feb.", "30", "2017", "2017-02-30", "13/13/2017", "29", "-", "–", "to", "and", ",", ".",
            "Saturday", "Sat", "last", "week", "overnight", "into", "a", "few", "days", "ago", "ago", "earlier", "this", "month", "mid-",
            "late", "early", "on", "in", "May", "March", "yesterday", "Today", "the day before", "12", "99", "0", "1899", "2099", "s",
        ];
        var random = new Random(20171105);
        var results = new List<DateFinding>();
        for (int i = 0; i < 2000; i++)
        {
            string text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            LocalDate? published = random.Next(4) == 0 ? null : new LocalDate(2016, 1, 1).PlusDays(random.Next(800));
            var act = () => DateRecognizer.Find(text, new TextSpan(0, text.Length), published, results);
            act.Should().NotThrow(text);
        }

        results.Should().OnlyContain(f => f.Range.Earliest == null || f.Range.Earliest <= f.Range.Latest);
    }

    [Theory]
    [InlineData("Posted: Tuesday, April 4, 2017 8:10 AM EDT")] // a page's posting stamp with a colon
    [InlineData("Updated Wednesday, April 12, 2017 9:00 PM")] // an update stamp without one
    [InlineData("Last updated: 12 April 2017")] // "last updated" before a day-month date
    [InlineData("Published: Apr. 4, 2017")] // a publication stamp inside the text
    public void Find_PageStamp_IsNoDate(string text) =>
        Find(text, "2017-04-12").Should().BeEmpty();

    [Fact] // the same date after an ordinary word is a date
    public void Find_DateAfterOrdinaryWord_IsFound() =>
        ShouldFindOne("The store was robbed Tuesday, April 4, 2017 at night.", "2017-04-12", "Tuesday, April 4, 2017", "2017-04-04", "2017-04-04", DatePrecision.Day);
}
