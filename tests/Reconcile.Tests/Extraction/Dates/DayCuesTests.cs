using FluentAssertions;
using Reconcile.Extraction;
using Reconcile.Model;
using Xunit;

namespace Reconcile.Tests.Extraction.Dates;

public class DayCuesTests
{
    /// <summary>The sentence's span and the span of its one weekday <paramref name="day"/>.</summary>
    private static (TextSpan Sentence, TextSpan Day) Spans(string sentence, string day)
    {
        int at = sentence.IndexOf(day, StringComparison.Ordinal);
        return (new TextSpan(0, sentence.Length), new TextSpan(at, at + day.Length));
    }

    [Theory]
    [InlineData("The girl remained in critical condition Tuesday after the shooting.", "Tuesday")] // a state of health held that day
    [InlineData("The woman was in stable condition on Thursday, a nurse said.", "Thursday")] // "on" between the state and the day
    [InlineData("The gunman was still at large Wednesday.", "Wednesday")] // a suspect still free
    [InlineData("Officers on Friday had yet to identify the driver.", "Friday")] // "had yet to": nothing done that day
    [InlineData("Detectives on Monday still did not know who fired.", "Monday")] // "still" after the day
    [InlineData("The toddler remained hospitalized Saturday.", "Saturday")] // "remained" a word before
    [InlineData("The cook died Thursday after he was struck by a stray bullet.", "Thursday")] // a death told as after the wound
    [InlineData("A teenager died Sunday from his wounds.", "Sunday")] // the same with "from"
    [InlineData("It remained unclear Wednesday whether the guard had fired first.", "Wednesday")] // "unclear": what was not yet known that day
    [InlineData("The motive was unknown on Saturday, the sheriff's office said.", "Saturday")] // "unknown" with "on" between
    [InlineData("Deputies were searching Thursday for a man in a green hoodie.", "Thursday")] // an inquiry under way that day
    [InlineData("State agents are investigating late Monday whether the trooper's shot was justified.", "Monday")] // "are" + inquiry, "late" between
    public void IsStatus_StateHeldThatDay_True(string sentence, string day)
    {
        (TextSpan s, TextSpan d) = Spans(sentence, day);
        DayCues.IsStatus(sentence, s, d).Should().BeTrue();
    }

    [Theory]
    [InlineData("A man was shot Tuesday outside a bakery.", "Tuesday")] // control: the incident's own day
    [InlineData("The cook died Thursday at the scene.", "Thursday")] // control: a death with no wound before it
    [InlineData("A woman in critical condition was found, and on Friday a man was shot.", "Friday")] // control: the state is another clause's
    [InlineData("The man who remained in the car was shot, and Monday police searched.", "Monday")] // control: "and" ends the clause of "remained"
    [InlineData("Officers on Friday had arrested two men.", "Friday")] // control: "had" without "yet"
    [InlineData("The clerk was looking at her phone Saturday when the robber fired.", "Saturday")] // control: the inquiry verb is not right before the day
    [InlineData("Neighbors heard shots after a man started searching Friday through cars.", "Friday")] // control: "searching" without "was"/"were" before it
    [InlineData("An unclear number of shots were fired Sunday at the house.", "Sunday")] // control: "unclear" far from the day
    public void IsStatus_EventDay_False(string sentence, string day)
    {
        (TextSpan s, TextSpan d) = Spans(sentence, day);
        DayCues.IsStatus(sentence, s, d).Should().BeFalse();
    }

    [Theory]
    [InlineData("The suspect will be arraigned Monday.", "Monday")] // "will" two words before
    [InlineData("He is scheduled to appear in court Friday.", "Friday")] // "scheduled" four words before
    [InlineData("The boy is expected to go home Wednesday.", "Wednesday")] // "expected"
    public void IsFuture_DayAfterAFutureCue_True(string sentence, string day)
    {
        (TextSpan s, TextSpan d) = Spans(sentence, day);
        DayCues.IsFuture(sentence, s, d).Should().BeTrue();
    }

    [Theory]
    [InlineData("A man was shot Saturday in a parking lot.", "Saturday")] // control: no future cue
    [InlineData("Police said they will investigate, and a man was shot Saturday.", "Saturday")] // control: "will" in another clause
    [InlineData("It will be a long road for the family that lost a son when he was shot Saturday.", "Saturday")] // control: too far back, past "when"
    public void IsFuture_PastDay_False(string sentence, string day)
    {
        (TextSpan s, TextSpan d) = Spans(sentence, day);
        DayCues.IsFuture(sentence, s, d).Should().BeFalse();
    }

    [Theory]
    [InlineData("Monitors said on Friday that the group killed 300 people during its three-year rule of the city.", "2016-03-04", "Year")] // a length in words, hyphened
    [InlineData("The ministry said Friday that 212 soldiers had died over the past 2 years in the region.", "2017-03-04", "Year")] // digits, "the past" between
    [InlineData("Officials said Friday 40 villagers were killed in the 21-year-long insurgency.", "1998-03-04", "Year")] // "-long" after the unit
    [InlineData("An agency reported Friday that 90 migrants drowned within six months off the coast.", "2018-09-04", "Month")] // months
    [InlineData("Police said Friday that nine people were shot over two weeks in the district.", "2019-02-18", "Month")] // weeks
    [InlineData("A monitor said Friday that 17 fighters died in five days of clashes.", "2019-02-27", "Week")] // days
    public void LedFindingPeriod_FindingGivesItsLength_ReachesBackThatLong(string sentence, string earliest, string precision)
    {
        // why: "the UN said on Thursday that 741 people were executed during its three-year rule" dates the telling; the deeds span
        // the period the finding gives, up to the statement.
        (TextSpan s, TextSpan d) = Spans(sentence, "Friday");
        DateRange period = DayCues.LedFindingPeriod(sentence, s, d, new NodaTime.LocalDate(2019, 3, 4), 3);

        period.Earliest.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(earliest).Value);
        period.Latest.Should().Be(new NodaTime.LocalDate(2019, 3, 4));
        period.Precision.ToString().Should().Be(precision);
    }

    [Theory]
    [InlineData("The UN said on Friday that 741 people were executed in the battle for the city.")] // a period with no length
    [InlineData("Police said Friday that a 3-year-old boy was shot in the leg.")] // an age is no length
    [InlineData("Police said Friday that a boy, 3 years old, was shot in the leg over a dispute.")] // an age in words after a cue word
    [InlineData("The agency said Friday that 12 people were killed in attacks on three of the villages two years ago.")] // a length past the cue's reach (three words)
    public void LedFindingPeriod_NoLength_TheWindowBeforeTheStatement(string sentence)
    {
        // why: with no stated length the deeds came in the few days before the statement: a week-precision window, never the
        // statement's own day.
        (TextSpan s, TextSpan d) = Spans(sentence, "Friday");
        DateRange period = DayCues.LedFindingPeriod(sentence, s, d, new NodaTime.LocalDate(2019, 3, 4), 3);

        period.Should().Be(new DateRange(new NodaTime.LocalDate(2019, 3, 1), new NodaTime.LocalDate(2019, 3, 4), DatePrecision.Week));
    }
}
