using Reconcile.Clustering;
using Reconcile.Model;

namespace Reconcile.Tests.Clustering;

public class FollowUpCuesTests
{
    [Theory]
    [InlineData("Gunman sentenced to life for 2019 bar shooting", true)] // a sentencing
    [InlineData("Jury deliberates in mall attack case", true)] // a trial
    [InlineData("Hundreds attend VIGIL for slain teen", true)] // mourning, any case
    [InlineData("Teen pleads not guilty in drive-by", true)] // a plea
    [InlineData("Man arrested after shooting at gas station", false)] // an arrest is often the same day's news
    [InlineData("Three wounded in overnight shooting", false)] // a first report
    [InlineData("Courtney Smith, 19, shot on Main Street", false)] // "court" inside a name is not the courts
    public void IsFollowUp_Title_ByLaterStepWords(string title, bool expected)
    {
        var report = new Report { Id = "r", Title = title, Text = "Police said the victim was taken to hospital." };

        FollowUpCues.IsFollowUp(report).Should().Be(expected);
    }

    [Fact] // without a title, news text starts with its headline: the first non-blank line
    public void IsFollowUp_NoTitle_ReadsFirstLine()
    {
        var report = new Report { Id = "r", Text = "\n\nJudge denies bail to shooting suspect\nA man accused of shooting three people appeared Monday." };

        FollowUpCues.IsFollowUp(report).Should().BeTrue();
    }

    [Fact] // a first report that mentions a court date further down is not a follow-up: only the headline counts
    public void IsFollowUp_CueOnlyInBody_False()
    {
        var report = new Report { Id = "r", Title = "Two shot outside nightclub", Text = "Two men were shot. A suspect will appear in court on Tuesday." };

        FollowUpCues.IsFollowUp(report).Should().BeFalse();
    }

    [Theory]
    [InlineData("Teen charged in Tuesday's gas station shooting", true)] // charges: news that may come days later
    [InlineData("Police identify man killed in Elm Street shooting", true)] // a victim named, in the present tense
    [InlineData("Victim identified in Elm Street shooting", true)] // a victim named, often the next day
    [InlineData("Second victim dies days after bar shooting", true)] // a death in hospital
    [InlineData("Jury convicts gunman", true)] // a follow-up's words count too
    [InlineData("Two men wounded in drive-by on North Avenue", false)] // the incident itself
    [InlineData("Identity theft ring busted", false)] // only whole words count: "identity" is not "identify"
    public void MayTellLaterNews_Title_ByLaterNewsWords(string title, bool expected)
    {
        var report = new Report { Id = "r", Title = title, Text = "Police said the victim was taken to hospital." };

        FollowUpCues.MayTellLaterNews(report).Should().Be(expected);
    }
}
