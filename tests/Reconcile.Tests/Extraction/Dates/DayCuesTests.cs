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
}
