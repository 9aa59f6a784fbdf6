using FluentAssertions;
using NodaTime;
using Reconcile.Model;
using Reconcile.Output;

namespace Reconcile.Tests.EndToEnd;

/// <summary>Records built from invented reports: figures of other events and running totals stay on the record as context and set no
/// bound; a recalled event neither leads a report nor makes its own incident; hedged round numbers give the number; one agency
/// updating its toll is one source.</summary>
public class ContextRecordTests
{
    private static Report R(string id, string text, int day = 5) => new() { Id = id, Text = text, Published = new LocalDate(2019, 8, day) };

    [Fact] // the failure: a war's toll and a 1994 massacre merged into a camp bombing's killed figure
    public void Reconcile_RecalledTollsInReport_KeptAsContextWithoutBounds()
    {
        ReconcileResult result = new Reconciler().Reconcile([R("a",
            "A suicide bomber killed 12 people at a displacement camp in Maiduguri on Saturday. "
            + "Close to a million people were massacred in 1994. "
            + "The insurgency has killed more than 30,000 people since 2009.")]);

        IncidentRecord record = result.Incidents.Should().ContainSingle().Subject;
        Figure killed = record.Figures.Single(f => f.Measure == CasualtyMeasure.Killed);
        (killed.Low, killed.Best, killed.High).Should().Be((12, 12, 12));
        killed.Claims.Where(c => c.Status == ClaimStatus.Context).Select(c => c.Claim.Relevance)
            .Should().BeEquivalentTo([ClaimRelevance.OtherEvent, ClaimRelevance.Cumulative]);
        killed.Why.Should().Contain("context");
    }

    [Fact] // a report that opens with a recollection is still led by its own incident, and has one mention
    public void Reconcile_RecollectionFirst_DoesNotLead()
    {
        ReconcileResult result = new Reconciler().Reconcile([R("a",
            "Officials said the town had not forgotten a similar quake that killed 2,000 people in 1999. "
            + "On Sunday, an earthquake killed 14 people in Lombok, officials said.")]);

        IncidentRecord record = result.Incidents.Should().ContainSingle().Subject;
        record.Mentions.Should().ContainSingle();
        record.Date.Earliest.Should().Be(new LocalDate(2019, 8, 4));
        Figure killed = record.Figures.Single(f => f.Measure == CasualtyMeasure.Killed);
        killed.Best.Should().Be(14);
    }

    [Fact] // a trial report's only figures are of the past year it is about: they are its own
    public void Reconcile_TrialOfPastKilling_FiguresAreOwn()
    {
        ReconcileResult result = new Reconciler().Reconcile([R("a",
            "A jury on Monday convicted a man who shot and killed two men outside a store in 2016. Prosecutors said he fired 11 shots.")]);

        Figure killed = result.Incidents.Single().Figures.Single(f => f.Measure == CasualtyMeasure.Killed);
        killed.Best.Should().Be(2);
        killed.Claims.Should().OnlyContain(c => c.Status == ClaimStatus.Current);
    }

    [Theory]
    [InlineData("Close to a million people were killed when the dam burst on Saturday.", 1_000_000)] // not 999,999
    [InlineData("Nearly 300 people were killed when the dam burst on Saturday.", 300)] // "nearly" round number
    [InlineData("Almost 50 people were killed when the dam burst on Saturday.", 50)] // "almost"
    [InlineData("Some 40 people were killed when the dam burst on Saturday.", 40)] // "some"
    [InlineData("About 70 people were killed when the dam burst on Saturday.", 70)] // "about"
    [InlineData("Hundreds of people were killed when the dam burst on Saturday.", 200)] // vague: the table's nominal (docs/quantities.md)
    [InlineData("Thousands of people were killed when the dam burst on Saturday.", 2000)] // vague: the table's nominal
    public void Reconcile_HedgedRoundNumber_BestIsTheNumber(string text, int best)
    {
        Figure killed = new Reconciler().Reconcile([R("a", text)]).Incidents.Single().Figures.Single(f => f.Measure == CasualtyMeasure.Killed);

        killed.Best.Should().Be(best);
    }

    [Fact] // one agency, named in full then by its initials, raising its toll: one source updating, not two corroborating
    public void Reconcile_SameAgencyRisingToll_OneSourceEarlierSuperseded()
    {
        ReconcileResult result = new Reconciler().Reconcile([
            R("d1", "MANILA - At least 12 people were killed as Typhoon Mangkhut struck northern Luzon on Saturday, the National Disaster Risk Reduction and Management Council said.", 4),
            R("d2", "MANILA - The death toll from Typhoon Mangkhut in northern Luzon rose to 31 on Sunday, the NDRRMC said."),
        ]);

        IncidentRecord record = result.Incidents.Should().ContainSingle().Subject;
        Figure killed = record.Figures.Single(f => f.Measure == CasualtyMeasure.Killed);
        killed.IndependentSources.Should().Be(1);
        killed.Grade.Should().Be(Grade.SingleSource);
        (killed.Low, killed.Best).Should().Be((31, 31));
        killed.Claims.Should().Contain(c => c.Status == ClaimStatus.Superseded && c.Claim.Quantity.Low == 12);
        killed.Claims.Select(c => c.Claim.Source).Should().Contain("National Disaster Risk Reduction and Management Council");
    }

    [Fact] // a toll update whose subject names the event and its place is read, place included
    public void Reconcile_TollUpdateWithPlaceInSubject_Read()
    {
        IncidentRecord record = new Reconciler().Reconcile([R("a",
            "The death toll from Friday's bombing at a Kabul mosque rose to 27, the Interior Ministry said on Sunday.")]).Incidents.Single();

        record.Figures.Single(f => f.Measure == CasualtyMeasure.Killed).Best.Should().Be(27);
        record.Place!.Name.Should().Be("Kabul");
    }

    [Fact] // the text formatter shows a context claim with its reason
    public void Format_ContextClaim_ShownWithReason()
    {
        ReconcileResult result = new Reconciler().Reconcile([R("a",
            "A gunman killed three people at a bar in Dayton on Saturday. The war has killed more than 350,000 people.")]);
        var w = new StringWriter();
        new TextResultFormatter().Format(result, w);

        w.ToString().Should().Contain("killed more than 350,000 people': a running total ('war has killed'), not counted");
    }
}
