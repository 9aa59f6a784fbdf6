using FluentAssertions;
using NodaTime;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Casualties;

/// <summary>Invented sentences (not from the samples or the shared sets): which casualty figures count the incident being told, and
/// which count another event or a running total. Each sentence follows a lead sentence about today's incident, in a report of
/// 5 August 2019, and is read through the whole extractor.</summary>
public class ClaimRelevanceClassifierTests
{
    // The lead counts wounded, not dead, so a single dead victim in the sentence under test is not taken as one of the lead's dead.
    private const string Lead = "A gunman wounded three people at a bar in Dayton on Saturday.";

    private static readonly LocalDate Published = new(2019, 8, 5);

    private static List<CasualtyClaim> ClaimsOf(string sentence)
    {
        string text = Lead + " " + sentence;
        var report = new Report { Id = "r", Text = text, Published = Published };
        ExtractionResult result = new IncidentExtractor().Extract(report);
        return [.. result.Mentions.SelectMany(m => m.Claims).Where(c => c.Span.Start > Lead.Length)];
    }

    [Theory]
    [InlineData("The 2004 tsunami killed about 170,000 people in the province.")] // a year before the report's, as an adjective
    [InlineData("Close to a million people were massacred in 1994.")] // a year after the verb
    [InlineData("In 2009, a bombing at the same market killed 42 shoppers.")] // a fronted year
    [InlineData("A previous attack on the convoy killed 14 soldiers.")] // "previous" event noun
    [InlineData("An earlier bombing in the town left 30 people dead.")] // "earlier" event noun, "left ... dead"
    [InlineData("A similar quake killed more than 2,000 people in the region.")] // "similar" event noun
    [InlineData("Last year, floods in the valley killed 120 villagers.")] // a fronted relative past
    [InlineData("Two years ago, a gunman shot and killed five worshippers at a church.")] // "N years ago"
    [InlineData("It was the deadliest attack in the capital since a truck bomb killed 150 people in May 2017.")] // after a superlative's "since"
    [InlineData("The bombing was the worst since militants killed 86 pilgrims at a shrine.")] // after "the worst since"
    [InlineData("Decades ago, a fire at the factory killed 146 workers.")] // "decades ago" without a number
    [InlineData("A prior raid on the compound left nine militants dead.")] // "prior" event noun
    [InlineData("The cyclone of 1991 killed some 138,000 people.")] // "of 1991"
    [InlineData("Back in 2012, a shooting at the same mall wounded four shoppers.")] // a fronted "back in" year
    [InlineData("Three months earlier, a car bomb had killed 11 police officers outside the station.")] // "N months earlier"
    [InlineData("The 1999 earthquake near the city killed more than 17,000 people.")] // a year naming another disaster
    [InlineData("In the 1990s, fighting in the area killed thousands of civilians.")] // a decade
    [InlineData("A similar mass shooting at a nightclub in Orlando left 49 dead.")] // "similar" with two words before the noun
    [InlineData("The previous storm to hit the island killed 23 people.")] // "the previous storm"
    [InlineData("A year ago, a gunman killed 40 villagers in the district.")] // "a year ago"
    [InlineData("The deadliest shooting in the city since 1991, when a gunman killed 23 diners, happened a mile away.")] // since-clause with a relative "when"
    [InlineData("Floods in 2010 killed nearly 2,000 people across the country.")] // a year inside the subject
    [InlineData("The 2011 tsunami, which killed more than 15,000 people, destroyed the plant.")] // a relative clause whose antecedent carries the year
    [InlineData("In a similar attack, gunmen killed 16 guards at the mine.")] // "in a similar attack"
    public void Classify_AnotherEventOrTime_IsOtherEvent(string sentence)
    {
        List<CasualtyClaim> claims = ClaimsOf(sentence);

        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.Relevance == ClaimRelevance.OtherEvent && c.RelevanceCue != null);
    }

    [Theory]
    [InlineData("The war has killed more than 350,000 people.")] // a war's toll in the perfect tense
    [InlineData("The conflict, which has killed more than 400,000 people, is in its eighth year.")] // relative clause of a war
    [InlineData("Some two million people died in the 21-year civil war.")] // "in the N-year war"
    [InlineData("More than 600 people have been shot in the city so far this year.")] // year to date
    [InlineData("So far this year, 629 people have been killed in Chicago.")] // fronted "so far this year"
    [InlineData("Since the war began in 2011, at least 500,000 people have died.")] // since the war began
    [InlineData("Since January, 43 people have been murdered in the county.")] // since a month
    [InlineData("At least 1,200 civilians have been killed since the start of the year.")] // since the start of the year
    [InlineData("The insurgency has killed more than 40,000 people since 1984.")] // an insurgency's toll
    [InlineData("Year to date, 87 people have been shot in the city.")] // "year to date"
    [InlineData("In the past decade, mass shootings have killed more than 400 people nationwide.")] // the past decade
    [InlineData("Gunfire wounded 73 people in the city in the past 12 months.")] // the past N months, a tally of 73
    [InlineData("During the genocide, some 800,000 people were killed.")] // during the genocide
    [InlineData("Throughout the decades-long insurgency, tens of thousands of soldiers have died.")] // throughout a long war
    [InlineData("Drug violence has killed more than 100,000 people since 2006.")] // since a year, a large tally
    [InlineData("In the city this year, 344 people were killed.")] // "this year" with a large count
    [InlineData("The epidemic has killed 11,000 people across the region.")] // an epidemic's toll
    [InlineData("Over the past two years, 60 officers have been shot in the line of duty.")] // a fronted two-year period
    [InlineData("At least 13 people have been shot this year in the neighborhood.")] // perfect tense with "this year"
    [InlineData("The fighting has killed 9,000 people since the uprising began.")] // since the uprising began
    [InlineData("Three people were killed and nine wounded in separate shootings over the weekend.")] // a roundup: "separate shootings"
    [InlineData("A woman died in two unrelated incidents on the east side overnight.")] // "unrelated incidents", one victim still a roundup's
    [InlineData("Eleven people were wounded in shootings across the city on Friday.")] // "shootings across the city"
    [InlineData("Police said six were shot in weekend violence around Milwaukee.")] // "violence around" a named city
    [InlineData("Detectives are looking into four different stabbings, in which two men died.")] // the relative clause's antecedent is several incidents
    [InlineData("Nine more people were hurt across the city overnight, police said.")] // "across the city" without a plural event noun
    [InlineData("Five men were wounded in Denver shootings on Sunday.")] // shootings named by a city, no article
    [InlineData("Twelve were shot in Friday night shootings on the south side.")] // shootings named by their time, no article
    [InlineData("Three women were hurt in two shootings on the east side.")] // a count of shootings
    [InlineData("Seven people were shot in 4 incidents overnight.")] // a digit count of incidents
    [InlineData("At least 10 people were shot in weekend violence.")] // "weekend violence"
    [InlineData("Six teens were injured in the city's gunfire over the holiday.")] // "the city's gunfire"
    [InlineData("Two dead, 8 hurt in overnight shootings in Memphis")] // a headline's list: the closing phrase governs both figures
    [InlineData("3 killed, 12 wounded, 2 missing in Oakland shootings")] // a list of three figures shares its closing phrase
    public void Classify_RunningTotal_IsCumulative(string sentence)
    {
        List<CasualtyClaim> claims = ClaimsOf(sentence);

        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.Relevance == ClaimRelevance.Cumulative && c.RelevanceCue != null);
    }

    [Theory]
    [InlineData("The car bomb killed 12 people at a checkpoint on Sunday.")] // a plain toll
    [InlineData("At least 27 people were killed, the deadliest attack in Kabul since 2017.")] // the superlative's "since" comes after the toll
    [InlineData("The blast killed 31 people, making it the worst attack this year.")] // "this year" qualifies the superlative, in another clause
    [InlineData("The death toll rose to 51 on Monday.")] // a rising toll
    [InlineData("Rescuers said nearly 200 people were killed when the dam burst.")] // a hedge, no other time
    [InlineData("A 23-year-old man was fatally shot outside a bar on Main Street early Sunday.")] // an age is not a year
    [InlineData("The gunman killed five people, the worst mass shooting in the state since 2015.")] // a year after the superlative's "since"
    [InlineData("Police said two people died and four were wounded in the 2000 block of Elm Street.")] // a street number is not a year
    [InlineData("Sixteen people were wounded in the attack, which police said was the second this year at the club.")] // "this year" in another clause
    [InlineData("The attack killed 14 soldiers, a year after a similar assault on the base.")] // the other event is in another clause
    [InlineData("A woman was shot and killed in her home in 2019.")] // the report's own year
    [InlineData("On Dec. 30, 2018, a man was shot dead in the parking lot.")] // last year's day, within a year of publication (a follow-up)
    [InlineData("The quake, which struck at 3 a.m., killed at least 300 people.")] // a relative clause without another time
    [InlineData("Since then, four people have died of their wounds.")] // "since then" is this incident's aftermath
    [InlineData("The bombing killed 9 people, police said Tuesday.")] // a statement's day
    [InlineData("At least 40 people died in Saturday's flooding, the worst the region has seen in decades.")] // "in decades" is the superlative's
    [InlineData("Two teens were wounded in a drive-by shooting Thursday night.")] // a weekday
    [InlineData("The toll from the earthquake climbed to 2,300 on Wednesday.")] // a large toll of this quake
    [InlineData("Four officers were injured during the raid, the department said.")] // "during the raid" is not a war
    [InlineData("The explosion killed 8 miners, the deadliest accident at the mine since it opened in 1998.")] // the year belongs to the superlative's clause
    [InlineData("Hundreds of people were wounded in the stampede.")] // a vague large amount
    [InlineData("Officials have confirmed 22 deaths so far from the storm.")] // "so far" without a year
    [InlineData("Six people have been killed in the latest fighting, the monitor said.")] // a perfect tense without a period
    [InlineData("A 17-year-old boy was killed, police said, the city's 30th homicide this year.")] // the incident's victim placed in a tally
    [InlineData("He was the second student at the school to be killed this year.")] // an ordinal makes the victim this incident's
    [InlineData("Five people were shot this morning at a bus stop.")] // "this morning"
    [InlineData("At least 60 people were killed this week in clashes in the north.")] // "this week" is not a year-long tally
    [InlineData("More than 100 people have died in this year's monsoon floods.")] // "this year's floods" names the event
    [InlineData("A man was killed this year when a stray bullet hit his car.")] // one victim with "this year" is not a tally
    [InlineData("Two people were killed in the shootings at the two restaurants.")] // a plural event noun alone may be one incident's
    [InlineData("Four people were wounded when a gunman fired shots across the street.")] // "across" without several incidents
    [InlineData("A man was shot in a separate room of the house.")] // "separate" without an incident noun
    [InlineData("Police said the gunman wounded three people in several rooms across the building.")] // several rooms, not several incidents
    [InlineData("Officers wounded two men suspected in multiple armed robberies.")] // a suspect's record is not a roundup
    [InlineData("Two people are dead and five hurt after multiple shootings at a block party.")] // "multiple" shootings at one place may be one incident
    [InlineData("Four people were wounded in the shootings at the mall on Saturday.")] // "the shootings" may be one gunman's
    [InlineData("Two men were shot across the street from the city hall.")] // "across the street", not across the city
    [InlineData("A teen was killed in twin shootings at the park.")] // "twin shootings" may be one incident's
    [InlineData("Three people were killed on Elm Street last night, two shootings apart, police said.")] // only a short figure is a list item
    [InlineData("Two dead, police say, in Elm Street shooting")] // the clause after the figure is no figure: the list does not extend
    [InlineData("Five people were wounded in his shootings of the building.")] // "his shootings": an article or possessive is no roundup
    public void Classify_IncidentToll_IsIncident(string sentence)
    {
        List<CasualtyClaim> claims = ClaimsOf(sentence);

        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.Relevance == ClaimRelevance.Incident && c.RelevanceCue == null);
    }

    [Fact] // without a publication date a bare year cannot be placed: the figure stays the incident's
    public void Classify_YearWithoutPublicationDate_IsIncident()
    {
        string text = "In 2009, a bombing at the market killed 42 shoppers.";
        (ClaimRelevance relevance, TextSpan? cue, _) = ClaimRelevanceClassifier.Classify(text, new TextSpan(0, text.Length), new TextSpan(text.IndexOf("killed", StringComparison.Ordinal), text.Length - 1), 42, [], null);

        relevance.Should().Be(ClaimRelevance.Incident);
        cue.Should().BeNull();
    }
}
