using System.Text.RegularExpressions;

namespace Reconcile.Extraction;

/// <summary>The one source-generated pattern that finds date expressions; <see cref="DateRecognizer"/> resolves what it finds.</summary>
/// <remarks>
/// The pattern is a single alternation, tried left to right at each position, so longer forms come first where two
/// forms can start at the same word ("Saturday, November 4" before "Saturday"). Each form is wrapped in a named group
/// that says which form matched; the parts (<c>d</c>, <c>m</c>, <c>y</c>, <c>wd</c>, ...) share names across forms.
/// Prepositions are not part of a match (they are lookbehinds); modifiers that change the meaning ("late", "last",
/// "overnight", "ago") are.
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
    private const string DayBody = @"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![a-z\d:%]|[.,]\d)";

    private const string Day = @"(?<![\d:.,/])(?<d>" + DayBody + ")";

    private const string Day2 = @"(?<![\d:.,/])(?<d2>" + DayBody + ")";

    // A year from 1800 to 2099; not a decade ("1990s"), a season ("2017-18") or part of a longer number.
    private const string Year = @"(?<![\d.,])(?<y>(?:1[89]|20)\d\d)(?![\d%]|['’]?s\b|[-–]\d|[.,]\d)";

    // "On November 4, 2000 people fled" has a count, not a year, after the comma.
    private const string YearInDate = Year
        + @"(?!\s+(?:people|persons|civilians|residents|families|fighters|troops|soldiers|militants|refugees|children|others|more|were|have|had|are|of)\b)";

    private const string Number = @"(?<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple\s+of|(?:a\s+)?few|several)";

    // 2017-11-04, 2017/11/04, 2017.11.04.
    private const string Iso = @"(?<![\d/.-])(?<iso>(?<y>(?:19|20)\d\d)(?<sep>[-/.])(?<mn>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12]\d|0?[1-9]))(?![\d]|[-/.]\d)";

    // 11/04/2017 (US month/day) and 04.11.2017 (day.month).
    private const string Numeric = @"(?<![\d/.-])(?<num>(?<a>\d{1,2})(?<nsep>[/.])(?<b>\d{1,2})\k<nsep>(?<y>(?:19|20)\d\d))(?![\d]|[-/.]\d)";

    // [Saturday,] [the] 4[th][-5] [of] November[, 2017[ Friday]].
    private const string DayMonth = @"(?<dm>(?:(?<wd>" + Wd + "|" + WdAbbr + @"),?\s+)?(?:the\s+)?" + Day
        + @"(?:\s*(?:-|–|\bto\b|\band\b)\s*" + Day2 + @")?(?:\s+of)?\s+(?<m>" + AnyMonth + @")(?:,?\s+" + YearInDate + @"(?:,?\s+(?<wd2>" + Wd + @"))?)?)";

    // [Saturday,] November [the] 4[th][-5][, 2017[ Friday]].
    private const string MonthDay = @"(?<md>(?:(?<wd>" + Wd + "|" + WdAbbr + @"),?\s+)?(?<m>" + AnyMonth + @")\s+(?:the\s+)?" + Day
        + @"(?:\s*[-–]\s*" + Day2 + @")?(?:,?\s+" + YearInDate + @"(?:,?\s+(?<wd2>" + Wd + @"))?)?)";

    // [early|mid-|late] November[,| of] 2017.
    private const string MonthYear = @"(?<my>(?:\b(?<mod>early|late)\s+|\b(?<mod>mid)-?\s*)?(?<m>" + AnyMonth + @")(?:,?\s+|\s+of\s+)" + YearInDate + ")";

    // A month alone, only after a preposition or a modifier: "in May", "last March", "mid-June"; not before a
    // capitalised word, where it is more likely a first name ("of June Smith").
    private const string MonthOnly = @"(?<mo>(?:\b(?<mod>early|late|last)\s+|\b(?<mod>mid)-?\s*|(?<=\b(?:in|during|throughout|from|since|of)\s+))(?<m>" + FullMonth + @"))(?!\s+(?-i:[A-Z][a-z]))";

    // A year alone, only after "in"/"during"/"since"/"throughout" or a modifier: "in 2014", "mid-2014".
    private const string YearOnly = @"(?<yr>(?:\b(?<mod>early|late)\s+|\b(?<mod>mid)-?\s*|(?<=\b(?:in|during|since|throughout)\s+))" + Year + ")";

    // "on the 4th", "Saturday the 4th": an ordinal day alone, only where nothing follows that would make it "the 4th floor".
    private const string Nth = @"(?<nth>(?:(?<wd>" + Wd + @"),?\s+|(?<=\bon\s+))the\s+(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        + @"(?=\s*(?:[,.;:)!?""”]|$)|\s+(?:and|in|at|when|while|after|before|as|but|or)\b))";

    // "Friday last week", "Friday of last week", "last week on Friday".
    private const string WeekdayLastWeek = @"(?<wlw>(?<wd>" + Wd + @")(?:\s+of)?\s+last\s+week\b|\blast\s+week\s+on\s+(?<wd>" + Wd + "))";

    // "Wednesday-Thursday", "overnight Wednesday to Thursday", "Friday night into Saturday", "Friday and Saturday".
    private const string WeekdayRange = @"(?<wdr>(?:\bovernight\s+(?:(?:on|from|between)\s+)?)?(?<wd>" + Wd + @")(?:\s+night)?\s*(?:[-–/]|\b(?:to|into|through|until|till|and)\b)\s*(?:(?:early\s+)?on\s+)?(?<wd2>" + Wd + "))";

    // "overnight Wednesday", "overnight into Thursday", "Wednesday overnight".
    private const string Overnight = @"(?<ov>\bovernight\s+(?:on\s+)?(?<wd>" + Wd + @")(?:\s+night)?|\bovernight\s+into\s+(?<wd2>" + Wd + @")|(?<wd>" + Wd + @")\s+overnight\b)";

    // "last Friday" (strictly before publication).
    private const string LastWeekday = @"(?<lwd>\blast\s+(?<wd>" + Wd + @")(?:\s+(?:morning|afternoon|evening|night))?)";

    // The future ("next Friday", "tomorrow"): consumed so its words are not read as a past date, then dropped.
    private const string Future = @"(?<nxt>\b(?:next|this\s+coming|coming)\s+(?:" + Wd + @"|week(?:end)?\b|month\b|year\b)|\blater\s+this\s+(?:week|month|year)\b|\btomorrow\b)";

    // "last weekend", "over the weekend".
    private const string Weekend = @"(?<wkend>\b(?<lwe>last)\s+weekend\b|(?<=\b(?:over|at|during|on)\s+)the\s+weekend\b)";

    // "last week", "this month", "earlier this year".
    private const string Period = @"(?<per>\b(?<pq>last|this|earlier\s+this)\s+(?<unit>week|month|year)\b)";

    // Days named relative to publication.
    private const string Relative = @"(?<today>\b(?:(?:earlier|later)\s+)?today\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b)"
        + @"|(?<dby>\bthe\s+day\s+before\s+yesterday\b)"
        + @"|(?<yday>\byesterday\b(?:\s+(?:morning|afternoon|evening))?|\blast\s+night\b)"
        + @"|(?<ovn>\bovernight\b)";

    // "two days ago", "a week ago", "three years ago", "a few days ago".
    private const string Ago = @"(?<ago>\b" + Number + @"\s+(?<unit>day|week|month|year)s?\s+ago\b)";

    // Days counted from another date: the latest one in the sentence, else publication (backwards only).
    private const string Anchored = @"(?<anch>\bthe\s+(?<back>previous|preceding)\s+day\b|\bthe\s+day\s+(?<back>before)(?!\s+[a-z])"
        + @"|\b" + Number + @"\s+days?\s+(?<back>earlier|before(?!\s+[a-z]))"
        + @"|\bthe\s+(?<fwd>next|following)\s+day\b|\bthe\s+day\s+(?<fwd>after)(?!\s+[a-z])"
        + @"|\b" + Number + @"\s+days?\s+(?<fwd>later|after(?!\s+[a-z]))"
        + @"|\b(?:that|the)\s+(?<same>same)\s+day\b)";

    // A weekday alone, with "early"/"late" and a part of the day; not "Good Friday" or "the Sunday Times".
    private const string Weekday = @"(?<wdx>(?<!\b(?:bloody|black|good|palm|ash|cyber|super)\s+)(?:\b(?<mod>early|late)\s+(?:on\s+)?)?(?<wd>" + Wd + @")"
        + @"(?!\s+(?:times|telegraph|express|mirror|post|herald|mail|tribune|observer|independent)\b)(?:\s+(?:morning|afternoon|evening|night|midday|noon))?)";

    private const string All = Iso + "|" + Numeric + "|" + DayMonth + "|" + MonthDay + "|" + MonthYear + "|" + MonthOnly + "|" + YearOnly + "|" + Nth
        + "|" + WeekdayLastWeek + "|" + WeekdayRange + "|" + Overnight + "|" + LastWeekday + "|" + Future + "|" + Weekend + "|" + Period
        + "|" + Relative + "|" + Ago + "|" + Anchored + "|" + Weekday;

    /// <summary>Gets the date-expression pattern.</summary>
    [GeneratedRegex(All, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Expression();
}
