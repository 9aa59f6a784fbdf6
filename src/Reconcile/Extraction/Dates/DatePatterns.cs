using System.Text.RegularExpressions;

namespace Reconcile.Extraction;

/// <summary>The source-generated patterns that recognise date expressions, one per form; <see cref="DateRecognizer"/> resolves what they find.</summary>
/// <remarks>
/// Each pattern is anchored (<c>\G</c>) at the position the recognizer tries: only where a date can start (a number, a
/// month or weekday word, or a lead word such as "last"), never at every character. The recognizer tries the forms in
/// <see cref="DateRecognizer"/>'s order, so longer forms come first where two can start at the same word
/// ("Saturday, November 4" before "Saturday"). Prepositions are not part of a match (they are lookbehinds); modifiers
/// that change the meaning ("late", "last", "overnight", "ago") are.
/// Performance notes: no backreferences and no group name used twice within one pattern; either made every attempt
/// cost time proportional to the input with .NET 10's engines (measured: microseconds per attempt instead of tens of nanoseconds).
/// </remarks>
internal static partial class DatePatterns
{
    // A full weekday name, not a plural ("on Sundays" is a habit, not a date).
    private const string Wd = @"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z])";

    // "Sat", "Thurs." and the like, accepted only in front of a calendar date ("Sat, 04 Nov 2017").
    private const string WdAbbr = @"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?![a-z])\.?";

    // Month words must be capitalised in the text, which keeps the verbs "may" and "march" out.
    private const string Cap = @"(?-i:(?=[A-Z]))";

    private const string FullMonth = @"\b" + Cap + @"(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])";

    private const string AnyMonth = @"\b" + Cap
        + @"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)(?![a-z])";

    // A day of the month: not part of a time ("9:09"), a decimal, a thousands group or a measurement.
    private const string DayBody = @"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![a-z\d:%]|[.,][0-9])";

    private const string Day = @"(?<![\d:.,/])(?<d>" + DayBody + ")";

    private const string Day2 = @"(?<![\d:.,/])(?<d2>" + DayBody + ")";

    // A year from 1800 to 2099; not a decade ("1990s"), a season ("2017-18") or part of a longer number.
    private const string Year = @"(?<![\d.,])(?<y>(?:1[89]|20)[0-9][0-9])(?![\d%]|['’]?s\b|[-–][0-9]|[.,][0-9])";

    // "On November 4, 2000 people fled" has a count, not a year, after the comma.
    private const string YearInDate = Year
        + @"(?!\s+(?:people|persons|civilians|residents|families|fighters|troops|soldiers|militants|refugees|children|others|more|were|have|had|are|of)\b)";

    private const string Number = @"(?<n>[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple\s+of|(?:a\s+)?few|several)";

    // 2017-11-04, 2017/11/04, 2017.11.04; the recognizer checks that both separators agree.
    private const string Iso = @"(?<![\d/.-])(?<y>(?:19|20)[0-9][0-9])(?<s1>[-/.])(?<mn>1[0-2]|0?[1-9])(?<s2>[-/.])(?<d>3[01]|[12][0-9]|0?[1-9])(?![\d]|[-/.][0-9])";

    // 11/04/2017 (US month/day) and 04.11.2017 (day.month); the recognizer checks that both separators agree.
    private const string Numeric = @"(?<![\d/.-])(?<a>[0-9]{1,2})(?<s1>[/.])(?<b>[0-9]{1,2})(?<s2>[/.])(?<y>(?:19|20)[0-9][0-9])(?![\d]|[-/.][0-9])";

    // [Saturday,] [the] 4[th][-5] [of] November[, 2017[ Friday]].
    private const string DayMonth = @"(?:(?<wd>" + Wd + "|" + WdAbbr + @"),?\s+)?(?:the\s+)?" + Day
        + @"(?:\s*(?:-|–|\bto\b|\band\b)\s*" + Day2 + @")?(?:\s+of)?\s+(?<m>" + AnyMonth + @")(?:,?\s+" + YearInDate + @"(?:,?\s+(?<wd2>" + Wd + @"))?)?";

    // [Saturday,] November [the] 4[th][-5][, 2017[ Friday]].
    private const string MonthDay = @"(?:(?<wd>" + Wd + "|" + WdAbbr + @"),?\s+)?(?<m>" + AnyMonth + @")\s+(?:the\s+)?" + Day
        + @"(?:\s*[-–]\s*" + Day2 + @")?(?:,?\s+" + YearInDate + @"(?:,?\s+(?<wd2>" + Wd + @"))?)?";

    // [early|mid-|late] November[,| of] 2017.
    private const string MonthYear = @"(?:\b(?<mod>early|late|mid)(?:-|\s+))?(?<m>" + AnyMonth + @")(?:,?\s+|\s+of\s+)" + YearInDate;

    // A month alone, only after a preposition or a modifier: "in May", "this November", "last March", "mid-June"; not before a
    // capitalised word, where it is more likely a first name ("of June Smith").
    private const string MonthOnly = @"(?:\b(?<mod>early|late|last|mid)(?:-|\s+)|(?<=\b(?:in|during|throughout|from|since|of|this)\s+))(?<m>" + FullMonth + @")(?!\s+(?-i:[A-Z][a-z]))";

    // A year alone, only after "in"/"during"/"since"/"throughout" or a modifier: "in 2014", "mid-2014".
    private const string YearOnly = @"(?:\b(?<mod>early|late|mid)(?:-|\s+)|(?<=\b(?:in|during|since|throughout)\s+))" + Year;

    // "on the 4th", "Saturday the 4th": an ordinal day alone, only where nothing follows that would make it "the 4th floor".
    private const string Nth = @"(?:(?<wd>" + Wd + @"),?\s+|(?<=\bon\s+))the\s+(?<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)"
        + @"(?=\s*(?:[,.;:)!?""”]|$)|\s+(?:and|in|at|when|while|after|before|as|but|or)\b)";

    // "Friday last week", "Friday of last week", "last week on Friday".
    private const string WeekdayLastWeek = @"(?<wd>" + Wd + @")(?:\s+of)?\s+last\s+week\b|\blast\s+week\s+on\s+(?<wd2>" + Wd + ")";

    // "Wednesday-Thursday", "overnight Wednesday to Thursday", "Friday night into Saturday", "Friday and Saturday".
    private const string WeekdayRange = @"(?:\bovernight\s+(?:(?:on|from|between)\s+)?)?(?<wd>" + Wd + @")(?:\s+night)?\s*(?:[-–/]|\b(?:to|into|through|until|till|and)\b)\s*(?:(?:early\s+)?on\s+)?(?<wd2>" + Wd + ")";

    // "overnight Wednesday", "overnight into Thursday", "Wednesday overnight".
    private const string Overnight = @"\bovernight\s+(?:on\s+)?(?<wd>" + Wd + @")(?:\s+night)?|\bovernight\s+into\s+(?<wd2>" + Wd + @")|(?<wd3>" + Wd + @")\s+overnight\b";

    // "last Friday" (strictly before publication).
    private const string LastWeekday = @"\blast\s+(?<wd>" + Wd + @")(?:\s+(?:morning|afternoon|evening|night))?";

    // The future ("next Friday", "tomorrow"): consumed so its words are not read as a past date, then dropped.
    private const string Future = @"\b(?:next|this\s+coming|coming)\s+(?:" + Wd + @"|week(?:end)?\b|month\b|year\b)|\blater\s+this\s+(?:week|month|year)\b|\btomorrow\b";

    // "last weekend", "over the weekend".
    private const string Weekend = @"\b(?<lwe>last)\s+weekend\b|(?<=\b(?:over|at|during|on)\s+)the\s+weekend\b";

    // "last week", "this month", "earlier this year".
    private const string Period = @"\b(?<pq>last|this|earlier\s+this)\s+(?<unit>week|month|year)\b";

    // Days named relative to publication.
    private const string Relative = @"(?<today>\b(?:(?:earlier|later)\s+)?today\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b)"
        + @"|(?<dby>\bthe\s+day\s+before\s+yesterday\b)"
        + @"|(?<yday>\byesterday\b(?:\s+(?:morning|afternoon|evening))?|\blast\s+night\b)"
        + @"|(?<ovn>\bovernight\b)";

    // "two days ago", "a week ago", "three years ago", "a few days ago".
    private const string Ago = @"\b" + Number + @"\s+(?<unit>day|week|month|year)s?\s+ago\b";

    // Days counted from another date: the latest one in the sentence, else publication (backwards only).
    // "the previous day", "the next day", "that same day"; "the day before", "the day after" (not "the day before the vote");
    // "two days earlier", "a day later"; "a day after" / "two days after" followed by the event they date ("a day after he was shot").
    private const string Anchored = @"\b(?:the|that)\s+(?<dir>previous|preceding|next|following|same)\s+day\b"
        + @"|\bthe\s+day\s+(?<dir2>before|after)(?!\s+[a-z])"
        + @"|\b" + Number + @"\s+days?\s+(?<dir3>earlier|later|before|after)(?!\s+[a-z])"
        + @"|\b(?:the\s+day|" + Number + @"\s+days?)\s+after(?<cl>)(?=\s+[a-z])";

    // A weekday alone, with "early"/"late" and a part of the day; not "Good Friday" or "the Sunday Times".
    private const string Weekday = @"(?<!\b(?:bloody|black|good|palm|ash|cyber|super)\s+)(?:\b(?<mod>early|late)\s+(?:on\s+)?)?(?<wd>" + Wd + @")"
        + @"(?!\s+(?:times|telegraph|express|mirror|post|herald|mail|tribune|observer|independent)\b)(?:\s+(?:morning|afternoon|evening|night|midday|noon))?";

    // A holiday by name, with an optional year: fixed days (Christmas Day and Eve, New Year's Day and Eve, Halloween, Valentine's
    // Day, St. Patrick's Day, the Fourth of July) and the United States' floating ones (Mother's Day, Father's Day, Memorial Day,
    // Labor Day, Thanksgiving), plus Easter Sunday and Monday. "Christmas" and "Easter" alone name seasons, not days.
    private const string Holiday = @"(?:the\s+)?" + Cap + @"(?:(?<xmas>christmas)\s+(?<xpart>day|eve|night|morning)|new\s+year['’]?s\s+(?<nypart>day|eve)"
        + @"|(?<parent>father|mother)['’]?s\s+day|(?<tg>thanksgiving)(?:\s+(?:day|night|eve|morning))?|easter\s+(?<espart>sunday|monday)"
        + @"|(?<hw>halloween)|(?<vd>valentine)['’]?s\s+day|(?<j4>fourth\s+of\s+july|july\s+fourth)|(?<usmon>memorial|labor)\s+day"
        + @"|(?<sp>(?:st\.?|saint)\s+patrick)['’]?s\s+day)(?![a-z])(?:,?\s+" + YearInDate + ")?";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Matches the Holiday form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Holiday + ")", Options)]
    public static partial Regex HolidayForm();

    /// <summary>Matches the Iso form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Iso + ")", Options)]
    public static partial Regex IsoForm();

    /// <summary>Matches the Numeric form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Numeric + ")", Options)]
    public static partial Regex NumericForm();

    /// <summary>Matches the DayMonth form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + DayMonth + ")", Options)]
    public static partial Regex DayMonthForm();

    /// <summary>Matches the MonthDay form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + MonthDay + ")", Options)]
    public static partial Regex MonthDayForm();

    /// <summary>Matches the MonthYear form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + MonthYear + ")", Options)]
    public static partial Regex MonthYearForm();

    /// <summary>Matches the MonthOnly form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + MonthOnly + ")", Options)]
    public static partial Regex MonthOnlyForm();

    /// <summary>Matches the YearOnly form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + YearOnly + ")", Options)]
    public static partial Regex YearOnlyForm();

    /// <summary>Matches the Nth form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Nth + ")", Options)]
    public static partial Regex NthForm();

    /// <summary>Matches the WeekdayLastWeek form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + WeekdayLastWeek + ")", Options)]
    public static partial Regex WeekdayLastWeekForm();

    /// <summary>Matches the WeekdayRange form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + WeekdayRange + ")", Options)]
    public static partial Regex WeekdayRangeForm();

    /// <summary>Matches the Overnight form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Overnight + ")", Options)]
    public static partial Regex OvernightForm();

    /// <summary>Matches the LastWeekday form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + LastWeekday + ")", Options)]
    public static partial Regex LastWeekdayForm();

    /// <summary>Matches the Future form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Future + ")", Options)]
    public static partial Regex FutureForm();

    /// <summary>Matches the Weekend form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Weekend + ")", Options)]
    public static partial Regex WeekendForm();

    /// <summary>Matches the Period form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Period + ")", Options)]
    public static partial Regex PeriodForm();

    /// <summary>Matches the Relative form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Relative + ")", Options)]
    public static partial Regex RelativeForm();

    /// <summary>Matches the Ago form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Ago + ")", Options)]
    public static partial Regex AgoForm();

    /// <summary>Matches the Anchored form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Anchored + ")", Options)]
    public static partial Regex AnchoredForm();

    /// <summary>Matches the Weekday form at the search start (<c>\G</c>).</summary>
    [GeneratedRegex(@"\G(?:" + Weekday + ")", Options)]
    public static partial Regex WeekdayForm();
}
