using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Casualties;

public class CasualtyRecognizerTests
{
    private static List<CasualtyFinding> Find(string sentence, VagueQuantityConvention convention = VagueQuantityConvention.Interval)
    {
        var results = new List<CasualtyFinding>();
        new CasualtyRecognizer(convention).Find(sentence, new TextSpan(0, sentence.Length), results);
        return results;
    }

    [Theory]
    [InlineData("The blast killed -5 people.")] // a stray minus sign: a negative number is never a count
    [InlineData("A storm killed \u22123 residents, the bulletin said.")] // the Unicode minus sign
    [InlineData("(-12 people were killed)")] // the sign after an opening bracket
    public void Find_NegativeNumber_NoFigure(string sentence)
    {
        Find(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The blast killed 5 people.", 5)] // the control: the same sentence without the sign
    [InlineData("An ex-5 star hotel blast killed 7 people.", 7)] // a hyphen inside a word is no sign
    public void Find_NoSign_Figure(string sentence, int low)
    {
        Find(sentence).Should().ContainSingle().Which.Quantity.Low.Should().Be(low);
    }

    [Theory]
    [InlineData("Gunmen killed 28 villagers near the border.", "killed 28 villagers", CasualtyMeasure.Killed, 28, 28, HedgeKind.Exact, VictimGroup.Civilians)] // active verb before the count; villagers are civilians
    [InlineData("Nineteen worshippers were killed when the mosque was hit.", "Nineteen worshippers were killed", CasualtyMeasure.Killed, 19, 19, HedgeKind.Exact, VictimGroup.Civilians)] // passive predicate after the phrase, number word at sentence start
    [InlineData("The blast killed seventy-five people on Monday.", "killed seventy-five people", CasualtyMeasure.Killed, 75, 75, HedgeKind.Exact, VictimGroup.Unspecified)] // hyphenated number word
    [InlineData("Twenty one soldiers died in the ambush.", "Twenty one soldiers died", CasualtyMeasure.Killed, 21, 21, HedgeKind.Exact, VictimGroup.GovernmentForces)] // unhyphenated compound number word; intransitive "died"
    [InlineData("The shelling killed at least 1,500 residents over the month.", "killed at least 1,500 residents", CasualtyMeasure.Killed, 1500, null, HedgeKind.AtLeast, VictimGroup.Civilians)] // thousands separator; "at least" is an open lower bound
    [InlineData("Officials said more than 40 people died in the floods.", "more than 40 people died", CasualtyMeasure.Killed, 41, null, HedgeKind.MoreThan, VictimGroup.Unspecified)] // "more than" excludes the number itself
    [InlineData("Over 60 protesters were injured in the clashes.", "Over 60 protesters were injured", CasualtyMeasure.Wounded, 61, null, HedgeKind.MoreThan, VictimGroup.Civilians)] // "over" behaves like "more than"
    [InlineData("Up to 20 miners are missing after the collapse.", "Up to 20 miners are missing", CasualtyMeasure.Missing, null, 20, HedgeKind.AtMost, VictimGroup.Civilians)] // "up to" is an upper bound with an open low end; missing is its own measure
    [InlineData("Nearly 20 police officers were hurt during the riot.", "Nearly 20 police officers were hurt", CasualtyMeasure.Wounded, 16, 20, HedgeKind.AtMost, VictimGroup.Police)] // "nearly" means just below the number or at it (reporters round)
    [InlineData("About 30 rebels were killed in the counter-offensive.", "About 30 rebels were killed", CasualtyMeasure.Killed, 27, 33, HedgeKind.Approximately, VictimGroup.Militants)] // "about" is a ten per cent band around the number
    [InlineData("The raid killed roughly 200 insurgents, the army said.", "killed roughly 200 insurgents", CasualtyMeasure.Killed, 180, 220, HedgeKind.Approximately, VictimGroup.Militants)] // "roughly" is approximately too
    [InlineData("Fewer than 10 people were hurt.", "Fewer than 10 people were hurt", CasualtyMeasure.Wounded, null, 9, HedgeKind.AtMost, VictimGroup.Unspecified)] // "fewer than" excludes the number
    [InlineData("As many as 300 civilians may have died in the siege.", "As many as 300 civilians may have died", CasualtyMeasure.Killed, null, 300, HedgeKind.AtMost, VictimGroup.Civilians)] // "as many as" is an upper bound, not a lower one
    [InlineData("No fewer than 12 children were among those killed: 12 children were killed.", "12 children were killed", CasualtyMeasure.Killed, 12, 12, HedgeKind.Exact, VictimGroup.Children)] // children outrank people; the first count has no predicate of its own
    [InlineData("The bombing left dozens of pro-government fighters dead.", "dozens of pro-government fighters dead", CasualtyMeasure.Killed, 24, 199, HedgeKind.Vague, VictimGroup.GovernmentForces)] // "left ... dead" with the noun phrase between
    [InlineData("Several IS fighters were killed in the strike.", "Several IS fighters were killed", CasualtyMeasure.Killed, 3, 19, HedgeKind.Vague, VictimGroup.Militants)] // "IS" is the group, not the verb "is"
    [InlineData("A handful of guards were wounded.", "A handful of guards were wounded", CasualtyMeasure.Wounded, 2, 9, HedgeKind.Vague, VictimGroup.GovernmentForces)] // multi-word vague amount
    [InlineData("Hundreds of refugees have drowned this year.", "Hundreds of refugees have drowned", CasualtyMeasure.Killed, 200, 999, HedgeKind.Vague, VictimGroup.Displaced)] // "drowned" is a death; refugees are displaced
    [InlineData("Scores of students were abducted from the school.", "Scores of students were abducted", CasualtyMeasure.Abducted, 40, 199, HedgeKind.Vague, VictimGroup.Civilians)] // abductions are their own measure
    [InlineData("Militants kidnapped 14 aid workers on Tuesday.", "kidnapped 14 aid workers", CasualtyMeasure.Abducted, 14, 14, HedgeKind.Exact, VictimGroup.Civilians)] // abduction verb before the count
    [InlineData("The attack caused 35 casualties, officials said.", "35 casualties", CasualtyMeasure.Casualties, 35, 35, HedgeKind.Exact, VictimGroup.Unspecified)] // "casualties" alone is never deaths
    [InlineData("The quake caused at least 12 deaths.", "at least 12 deaths", CasualtyMeasure.Killed, 12, null, HedgeKind.AtLeast, VictimGroup.Unspecified)] // noun "deaths" right after the count
    [InlineData("Rescuers recovered 17 bodies from the river.", "recovered 17 bodies", CasualtyMeasure.Killed, 17, 17, HedgeKind.Exact, VictimGroup.Unspecified)] // bodies found count the dead
    [InlineData("Nine bodies were found in a ditch.", "Nine bodies were found", CasualtyMeasure.Killed, 9, 9, HedgeKind.Exact, VictimGroup.Unspecified)] // "found" only counts with bodies
    [InlineData("A dozen passengers were injured when the bus overturned.", "A dozen passengers were injured", CasualtyMeasure.Wounded, 12, 12, HedgeKind.Exact, VictimGroup.Civilians)] // "a dozen" is twelve
    [InlineData("Two dozen shoppers were hospitalized.", "Two dozen shoppers were hospitalized", CasualtyMeasure.Wounded, 24, 24, HedgeKind.Exact, VictimGroup.Civilians)] // "two dozen"; hospitalized counts as wounded
    [InlineData("Half a dozen soldiers lost their lives in the ambush.", "Half a dozen soldiers lost their lives", CasualtyMeasure.Killed, 6, 6, HedgeKind.Exact, VictimGroup.GovernmentForces)] // "half a dozen"; multi-word death predicate
    [InlineData("The fire killed a hundred people.", "killed a hundred people", CasualtyMeasure.Killed, 100, 100, HedgeKind.Exact, VictimGroup.Unspecified)] // "a hundred"
    [InlineData("One hundred and twenty people perished at sea.", "One hundred and twenty people perished", CasualtyMeasure.Killed, 120, 120, HedgeKind.Exact, VictimGroup.Unspecified)] // "and" inside a number word
    [InlineData("The death toll rose to 51 on Sunday.", "death toll rose to 51", CasualtyMeasure.Killed, 51, 51, HedgeKind.Exact, VictimGroup.Unspecified)] // toll phrase before the figure
    [InlineData("The toll climbed to 12 overnight.", "toll climbed to 12", CasualtyMeasure.Killed, 12, 12, HedgeKind.Exact, VictimGroup.Unspecified)] // bare "toll" counts deaths
    [InlineData("Officials put the death toll at more than 200.", "death toll at more than 200", CasualtyMeasure.Killed, 201, null, HedgeKind.MoreThan, VictimGroup.Unspecified)] // toll with a hedged figure
    [InlineData("The casualty toll reached 80.", "casualty toll reached 80", CasualtyMeasure.Casualties, 80, 80, HedgeKind.Exact, VictimGroup.Unspecified)] // a casualty toll is not a death toll
    [InlineData("The number of dead has risen to 33.", "number of dead has risen to 33", CasualtyMeasure.Killed, 33, 33, HedgeKind.Exact, VictimGroup.Unspecified)] // "the number of dead" works like a toll
    [InlineData("A man was killed in the crash.", "A man was killed", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // an article before a singular person counts one
    [InlineData("A 23-year-old man was fatally shot on Friday.", "A 23-year-old man was fatally shot", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // the age is not the count; "fatally" makes it a death
    [InlineData("One person was injured.", "One person was injured", CasualtyMeasure.Wounded, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // "one" as a number word
    [InlineData("Two people died at the hospital.", "Two people died", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // common local-news phrasing
    [InlineData("A teenager was shot and killed outside the store.", "A teenager was shot and killed", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // "shot and killed" is a death, not an injury
    [InlineData("A woman was shot multiple times and died at the scene.", "A woman was shot multiple times and died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a later "died" in the clause turns the shooting into a death
    [InlineData("A man was shot in the leg.", "A man was shot", CasualtyMeasure.Wounded, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // "shot" alone is an injury (as the Gun Violence Archive counts)
    [InlineData("Police shot and killed the gunman.", "shot and killed the gunman", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Perpetrators)] // the perpetrator is counted apart
    [InlineData("Both suicide bombers died in the blast.", "Both suicide bombers died", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Perpetrators)] // "Both" opening the subject counts a pair; the bombers are perpetrators
    [InlineData("At least 3 people in the car were hurt.", "At least 3 people in the car were hurt", CasualtyMeasure.Wounded, 3, null, HedgeKind.AtLeast, VictimGroup.Unspecified)] // a short phrase between the noun and its predicate
    [InlineData("Three members of the security forces were killed.", "Three members of the security forces were killed", CasualtyMeasure.Killed, 3, 3, HedgeKind.Exact, VictimGroup.GovernmentForces)] // "members of X" takes X's group
    [InlineData("Militants stormed the base, killing 20 to 30 soldiers.", "killing 20 to 30 soldiers", CasualtyMeasure.Killed, 20, 30, HedgeKind.Approximately, VictimGroup.GovernmentForces)] // a range is an interval with the low end as nominal
    [InlineData("Between 40 and 50 people were killed.", "Between 40 and 50 people were killed", CasualtyMeasure.Killed, 40, 50, HedgeKind.Approximately, VictimGroup.Unspecified)] // "between ... and" range
    [InlineData("The strike killed 12 Palestinians.", "killed 12 Palestinians", CasualtyMeasure.Killed, 12, 12, HedgeKind.Exact, VictimGroup.Unspecified)] // an unknown capitalised plural names people
    [InlineData("Eight displaced children were killed.", "Eight displaced children were killed", CasualtyMeasure.Killed, 8, 8, HedgeKind.Exact, VictimGroup.Children)] // the most specific head noun wins over the modifier
    [InlineData("Five Shiite militiamen were killed.", "Five Shiite militiamen were killed", CasualtyMeasure.Killed, 5, 5, HedgeKind.Exact, VictimGroup.GovernmentForces)] // militias count as pro-government forces
    [InlineData("Two gunmen killed the guard.", "killed the guard", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.GovernmentForces)] // the gunmen are the subject; only the guard is counted
    [InlineData("The explosion killed 1.2 million fish.", "", CasualtyMeasure.Killed, null, null, HedgeKind.Exact, VictimGroup.Unspecified)] // a count of animals is not a casualty figure (empty expectation)
    [InlineData("12 killed in market blast", "12 killed", CasualtyMeasure.Killed, 12, 12, HedgeKind.Exact, VictimGroup.Unspecified)] // headline style with no auxiliary
    [InlineData("At least 40 people were killed or wounded.", "At least 40 people were killed or wounded", CasualtyMeasure.Casualties, 40, null, HedgeKind.AtLeast, VictimGroup.Unspecified)] // killed or wounded is neither measure alone
    [InlineData("A man, two women and a small child were killed on Saturday.", "A man, two women and a small child were killed", CasualtyMeasure.Killed, 4, 4, HedgeKind.Exact, VictimGroup.Unspecified)] // a listed subject adds up; mixed groups are unspecified
    [InlineData("A man and a woman were shot and wounded.", "A man and a woman were shot and wounded", CasualtyMeasure.Wounded, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // two singular counts joined by "and"
    [InlineData("Two soldiers and three troops were killed.", "Two soldiers and three troops were killed", CasualtyMeasure.Killed, 5, 5, HedgeKind.Exact, VictimGroup.GovernmentForces)] // same group in every item keeps the group
    [InlineData("A husband and father of two children was shot and killed.", "", CasualtyMeasure.Killed, null, null, HedgeKind.Exact, VictimGroup.Unspecified)] // "two children was": the count does not agree with the verb, so it is not the subject
    [InlineData("Senquez Jackson was pronounced dead at 5:24 p.m.", "Senquez Jackson was pronounced dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a named victim counts one
    [InlineData("Perkins, 24, was found dead at the townhomes.", "Perkins, 24, was found dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a name with an age apposition
    [InlineData("Melody died at the scene.", "Melody died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a name with an intransitive death verb
    [InlineData("The victim, 17-year-old Dalon Williams, was pronounced dead.", "The victim, 17-year-old Dalon Williams, was pronounced dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // an apposition between the noun and the predicate
    [InlineData("A 36 - year - old Australian climber is dead after a fall.", "A 36 - year - old Australian climber is dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // an age with spaced hyphens (re-tokenized text) is still one person, not 36
    [InlineData("Police said a six - month - old died in the blaze.", "a six - month - old died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a spelled-out age with spaced hyphens, used as a noun
    [InlineData("The shooting at the accounting firm left a receptionist dead.", "a receptionist dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Civilians)] // an occupation is a person noun: one killed
    [InlineData("Two firefighters were killed when the roof collapsed.", "Two firefighters were killed", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Civilians)] // first responders are civilians
    [InlineData("A 17-year-old was found dead on the porch.", "A 17-year-old was found dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // an age used as a noun
    [InlineData("A 24-year-old Sun Valley woman was fatally shot after a hike.", "A 24-year-old Sun Valley woman was fatally shot", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // the age is a modifier when a noun follows
    [InlineData("A teen was accidentally shot in the face.", "A teen was accidentally shot", CasualtyMeasure.Wounded, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // adverb inside the predicate
    [InlineData("The 15-year-old accidentally shot himself while playing with a gun.", "shot himself", CasualtyMeasure.Wounded, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a self-inflicted shooting counts one
    [InlineData("The boy shot himself in the head and died.", "shot himself in the head and died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // and it is a death when the clause says so
    [InlineData("Two of the three victims died.", "Two of the three victims died", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // a partitive counts its first number
    [InlineData("A 59-year-old mother of two died when a car struck her.", "A 59-year-old mother of two died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // "mother of two" is one person
    [InlineData("The bodies of two more victims were found in the village.", "two more victims were found", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // "the bodies of N" counts the dead
    [InlineData("Police shot one person dead.", "shot one person dead", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // "shot X dead" with the object between
    [InlineData("The quake killed more than 31, 000 people in Bam.", "killed more than 31, 000 people", CasualtyMeasure.Killed, 31001, null, HedgeKind.MoreThan, VictimGroup.Unspecified)] // pre-tokenized thousands
    [InlineData("Hundreds of schoolchildren gathered where the boy's body was found.", "the boy's body was found", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a body found is one dead; the crowd is not counted
    [InlineData("A 16-year-old boy who was critically wounded in a shooting on Friday died on Saturday.", "A 16-year-old boy who was critically wounded in a shooting on Friday died", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Children)] // the relative clause's injury ends in the main verb's death
    [InlineData("A 15-year-old boy was shot in the head and killed in an apparent accident.", "A 15-year-old boy was shot in the head and killed", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Children)] // "shot ... and killed" split by a phrase
    [InlineData("Police arrested a man in the killings of two young women at a shop.", "killings of two young women", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // a killing noun before whom it names
    [InlineData("He is charged with the murder of a 7-year-old girl.", "murder of a 7-year-old girl", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Children)] // singular victim of a murder noun
    [InlineData("Investigators are probing the shooting deaths of three men.", "shooting deaths of three men", CasualtyMeasure.Killed, 3, 3, HedgeKind.Exact, VictimGroup.Unspecified)] // a two-word killing noun
    [InlineData("A British hiker has fallen to his death in the Alps.", "A British hiker has fallen to his death", CasualtyMeasure.Killed, 1, 1, HedgeKind.Exact, VictimGroup.Unspecified)] // a fatal fall; "hiker" is a person noun
    [InlineData("Two skiers plunged to their deaths off the ridge.", "Two skiers plunged to their deaths", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // plural fall
    [InlineData("A man was arrested in a 1998 double murder case.", "double murder", CasualtyMeasure.Killed, 2, 2, HedgeKind.Exact, VictimGroup.Unspecified)] // the multiplier is the count
    [InlineData("Detectives are investigating a triple homicide on the east side.", "triple homicide", CasualtyMeasure.Killed, 3, 3, HedgeKind.Exact, VictimGroup.Unspecified)] // triple
    [InlineData("Three coworkers were killed at the plant.", "Three coworkers were killed", CasualtyMeasure.Killed, 3, 3, HedgeKind.Exact, VictimGroup.Unspecified)] // a person noun added with the family and work words
    public void Find_OneFigure_ResolvesMeasureIntervalAndGroup(string sentence, string quote, CasualtyMeasure measure, int? low, int? high, HedgeKind hedge, VictimGroup group)
    {
        List<CasualtyFinding> found = Find(sentence);

        if (low is null && high is null && hedge == HedgeKind.Exact)
        {
            found.Should().BeEmpty("the sentence has no countable casualty figure");
            _ = quote;
            _ = measure;
            _ = group;
            return;
        }

        found.Should().ContainSingle();
        CasualtyFinding f = found[0];
        f.Span.Slice(sentence).Should().Be(quote);
        f.Measure.Should().Be(measure);
        f.Quantity.Low.Should().Be(low);
        f.Quantity.High.Should().Be(high);
        f.Quantity.Hedge.Should().Be(hedge);
        f.Group.Should().Be(group);
    }

    [Theory]
    [InlineData("The attack killed 3 people and wounded 12 others.", "killed 3 people", CasualtyMeasure.Killed, "wounded 12 others", CasualtyMeasure.Wounded)] // coordinated verbs each take a count
    [InlineData("Three were killed and 14 wounded.", "Three were killed", CasualtyMeasure.Killed, "14 wounded", CasualtyMeasure.Wounded)] // elliptical second predicate
    [InlineData("3 dead, 4 hurt in crash", "3 dead", CasualtyMeasure.Killed, "4 hurt", CasualtyMeasure.Wounded)] // headline list
    [InlineData("The gunman opened fire, killing one and injuring three.", "killing one", CasualtyMeasure.Killed, "injuring three", CasualtyMeasure.Wounded)] // participles with bare counts
    [InlineData("Five people were shot, two fatally.", "five people were shot", CasualtyMeasure.Casualties, "two fatally", CasualtyMeasure.Killed)] // the shot include the dead, so the first figure is casualties
    [InlineData("A gunman shot five people, killing two.", "shot five people", CasualtyMeasure.Casualties, "killing two", CasualtyMeasure.Killed)] // same, with the verb first
    [InlineData("One person was killed and five others injured, one critically.", "One person was killed", CasualtyMeasure.Killed, "five others injured", CasualtyMeasure.Wounded)] // "one critically" is not a new figure
    [InlineData("Two men were wounded and a woman was killed.", "Two men were wounded", CasualtyMeasure.Wounded, "a woman was killed", CasualtyMeasure.Killed)] // article count after a number count
    [InlineData("At least 10 people were killed, bringing the death toll to 45.", "At least 10 people were killed", CasualtyMeasure.Killed, "death toll to 45", CasualtyMeasure.Killed)] // a new count and the running toll are both figures
    [InlineData("The strike killed 3 soldiers and 2 civilians.", "killed 3 soldiers", CasualtyMeasure.Killed, "2 civilians", CasualtyMeasure.Killed)] // a second object of the same verb
    [InlineData("Gunman kills 1, wounds 2 at accounting office", "kills 1", CasualtyMeasure.Killed, "wounds 2", CasualtyMeasure.Wounded)] // headline verbs
    [InlineData("A gunman killed five people and injured several others.", "killed five people", CasualtyMeasure.Killed, "injured several others", CasualtyMeasure.Wounded)] // vague second figure
    [InlineData("Officers found a 56-year-old who had been shot in the leg and a child who had died.", "a 56-year-old who had been shot", CasualtyMeasure.Wounded, "a child who had died", CasualtyMeasure.Killed)] // a death of someone else does not make the shot figure casualties
    public void Find_TwoFigures_FindsBothInOrder(string sentence, string firstQuote, CasualtyMeasure firstMeasure, string secondQuote, CasualtyMeasure secondMeasure)
    {
        List<CasualtyFinding> found = Find(sentence);

        found.Should().HaveCount(2);
        found[0].Span.Slice(sentence).Should().BeEquivalentTo(firstQuote);
        found[0].Measure.Should().Be(firstMeasure);
        found[1].Span.Slice(sentence).Should().Be(secondQuote);
        found[1].Measure.Should().Be(secondMeasure);
    }

    [Theory]
    [InlineData("Some 350,000 people have fled the fighting.")] // displacement is not a casualty count
    [InlineData("Around 1,500 jihadist fighters remained in the valley.")] // force size
    [InlineData("IS used at least 10 suicide bombers in the offensive.")] // attackers used, not casualties
    [InlineData("Half a dozen men in civilian clothes helped carry a person in a black body bag.")] // bystanders; "body bag" is not a body
    [InlineData("A 12-year-old was among the crowd.")] // an age is not a count
    [InlineData("Police identified the victim as Erica Rodriguez, 21, of Bastrop.")] // an age after a name
    [InlineData("The group still controls 37 percent of the province.")] // percentage
    [InlineData("The group still controls 37 per cent of the province.")] // percentage, British spelling
    [InlineData("The town lies about 440 kilometers east of Damascus.")] // distance
    [InlineData("Troops were still some 30 kilometres (nearly 20 miles) from the town.")] // distance in two units
    [InlineData("The family was offered $5,000 in compensation.")] // money
    [InlineData("The jihadists declared a caliphate in 2014.")] // year
    [InlineData("It was killed off in 2017 by the new law.")] // a year after a death verb is still a year
    [InlineData("Published 9:09 PM, November 05, 2017")] // time and date
    [InlineData("The shooting happened at 12:26 on 13 July 2018.")] // time and day-month-year date
    [InlineData("Call 555-1234 with information about the shooting.")] // phone number
    [InlineData("A magnitude 6.1 earthquake struck the region.")] // magnitude
    [InlineData("Shots were fired in the 2220 block of Broadway.")] // address
    [InlineData("The fire started on the 3rd floor.")] // ordinal
    [InlineData("No one was injured in the blaze.")] // "no one" counts nobody
    [InlineData("None of the 40 passengers were hurt.")] // a negated count
    [InlineData("The passengers were not injured.")] // negated predicate without a count
    [InlineData("The strike destroyed 12 buildings and 4 vehicles.")] // counts of things
    [InlineData("He fired at least one shot at the car.")] // "shot" as a noun
    [InlineData("Dozens of people gathered to mourn the dead.")] // a crowd beside a death word
    [InlineData("How many people died is still unclear.")] // a question, not a figure
    [InlineData("The bombing wounded his pride, 3 years later.")] // a duration after a trigger
    [InlineData("The Communist Party of Greece has accused the government over the deaths.")] // a capitalised organisation is not a named victim
    [InlineData("Riot Deaths Called Murder")] // a headline noun after a capitalised word
    [InlineData("A jury recommended that Orozco be executed.")] // a sentence, not a death
    [InlineData("The death toll came after the bodies were found.")] // "toll" without a figure
    [InlineData("The triple murder-suicide stunned the town.")] // a murder-suicide's multiplier counts the killer too: not read as a count
    [InlineData("The double shift left the nurses exhausted.")] // "double" before a non-killing noun
    [InlineData("The fall of the city to rebels came at night.")] // a fall that is not a death
    public void Find_NotACasualtyFigure_FindsNothing(string sentence)
    {
        Find(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Officials said the toll is expected to rise after 30 people were killed.", true)] // expected to rise
    [InlineData("At least 30 people were killed and the death toll could rise further.", true)] // could rise
    [InlineData("The toll was still rising as 30 people were confirmed dead.", true)] // rising
    [InlineData("At least 30 people were killed, officials said.", false)] // no word about the toll growing
    [InlineData("Prices could rise after 30 people were killed.", false)] // something else rising
    [InlineData("A total of 10 people had been killed and the death toll was not expected to rise further.", false)] // a negated rise
    public void Find_RisingToll_SetsRising(string sentence, bool rising)
    {
        List<CasualtyFinding> found = Find(sentence);

        found.Should().NotBeEmpty();
        found.Should().OnlyContain(f => f.Rising == rising);
    }

    [Theory]
    [InlineData("Air strikes killed 51 civilians, the monitor said. He said the toll was rising because more bodies had been found.", false)] // a later sentence is the assembler's business (MentionAssemblerTests)
    [InlineData("Air strikes killed 51 civilians, the monitor said. Rescuers kept searching the rubble.", false)] // nothing about the toll
    public void Find_RisingTollInNextSentence_StaysWithinItsSentence(string text, bool rising)
    {
        int end = text.IndexOf(". ", StringComparison.Ordinal) + 1;
        var results = new List<CasualtyFinding>();

        new CasualtyRecognizer(VagueQuantityConvention.Interval).Find(text, new TextSpan(0, end), results);

        results.Should().ContainSingle().Which.Rising.Should().Be(rising);
    }

    [Theory]
    [InlineData("Dozens were killed.", VagueQuantityConvention.Interval, 24, 199, 24)] // Reconcile's interval for dozens
    [InlineData("Dozens were killed.", VagueQuantityConvention.Acled, 12, 12, 12)] // ACLED codes dozens as 12
    [InlineData("Several were killed.", VagueQuantityConvention.Acled, 10, 10, 10)] // ACLED codes several as 10
    [InlineData("Hundreds were killed.", VagueQuantityConvention.Acled, 100, 100, 100)] // ACLED codes hundreds as 100
    [InlineData("Many were killed.", VagueQuantityConvention.Interval, 5, null, 10)] // many is open above
    [InlineData("A few were killed.", VagueQuantityConvention.Interval, 2, 9, 3)] // a few
    [InlineData("At least dozens were killed.", VagueQuantityConvention.Interval, 24, null, 24)] // a hedge opens the vague interval
    public void Find_VagueAmount_UsesConvention(string sentence, VagueQuantityConvention convention, int? low, int? high, int nominal)
    {
        List<CasualtyFinding> found = Find(sentence, convention);

        found.Should().ContainSingle();
        found[0].Quantity.Low.Should().Be(low);
        found[0].Quantity.High.Should().Be(high);
        found[0].Quantity.Nominal.Should().Be(nominal);
    }

    [Fact]
    public void Find_SentenceInsideLongerText_ReturnsAbsoluteSpans()
    {
        // Spans index the whole report, not the sentence.
        const string text = "Preamble sentence here. Gunmen killed 28 villagers. Trailing sentence.";
        int start = text.IndexOf("Gunmen", StringComparison.Ordinal);
        int end = text.IndexOf(" Trailing", StringComparison.Ordinal);
        var results = new List<CasualtyFinding>();

        new CasualtyRecognizer(VagueQuantityConvention.Interval).Find(text, new TextSpan(start, end), results);

        results.Should().ContainSingle();
        results[0].Span.Slice(text).Should().Be("killed 28 villagers");
    }

    [Fact]
    public void Find_AppendsToExistingResults_KeepsEarlierFindings()
    {
        // The extractor collects a whole report into one list.
        var results = new List<CasualtyFinding> { new(new TextSpan(0, 1), CasualtyMeasure.Missing, VictimGroup.Unspecified, Quantity.Exactly(1)) };
        const string sentence = "Two people died.";

        new CasualtyRecognizer(VagueQuantityConvention.Interval).Find(sentence, new TextSpan(0, sentence.Length), results);

        results.Should().HaveCount(2);
        results[0].Measure.Should().Be(CasualtyMeasure.Missing);
    }

    [Theory]
    [InlineData("Three teenagers were hit by gunfire outside the gym.", "Three teenagers were hit by gunfire", 3)] // "hit by gunfire" is being shot
    [InlineData("Two women were struck by stray bullets while they slept.", "Two women were struck by stray bullets", 2)] // "struck by" with a modified noun
    [InlineData("A 9-year-old girl was grazed by a bullet on the porch.", "A 9-year-old girl was grazed by a bullet", 1)] // a graze is an injury; the age counts one
    [InlineData("A stray round grazed a 4-year-old boy in the yard.", "grazed a 4-year-old boy", 1)] // "grazed" before its object
    [InlineData("A 30-year-old man suffered a gunshot wound to the arm.", "A 30-year-old man suffered a gunshot wound", 1)] // "suffered a gunshot wound" after the person
    [InlineData("Four men were treated for gunshot wounds at the county hospital.", "Four men were treated for gunshot wounds", 4)] // treated for wounds
    public void Find_HitByGunfire_CountsWounded(string sentence, string span, int count)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Span.Slice(sentence).Should().Be(span);
        f.Measure.Should().Be(CasualtyMeasure.Wounded);
        f.Quantity.Low.Should().Be(count);
        f.Quantity.High.Should().Be(count);
    }

    [Theory]
    [InlineData("The car was struck by a falling tree.")] // struck by something that is not gunfire, and no person counted
    [InlineData("The house was hit by bullets overnight.")] // a house, not a person
    [InlineData("Cattle grazed in the field near the farm.")] // "grazed" of animals eating, no person counted
    public void Find_HitWithoutAPerson_FindsNothing(string sentence) =>
        Find(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("Medics drove her to the county clinic, where she died two hours later.", "she died")] // a pronoun subject after "where"
    [InlineData("He was declared dead shortly after midnight by the coroner.", "He was declared dead")] // "declared dead" after an auxiliary
    [InlineData("Deputies say he was shot and killed behind the feed store.", "he was shot and killed")] // a passive killing verb
    [InlineData("The intruder struck the farmer with a rifle, killing him instantly.", "killing him")] // object pronoun after a participle
    [InlineData("Her ex-husband fatally shot her outside the laundromat.", "fatally shot her")] // "her" ends the phrase: a pronoun, not a possessive
    public void Find_DeathToldOfAPronoun_OneAnaphoricDeath(string sentence, string span)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Span.Slice(sentence).Should().Be(span);
        f.Measure.Should().Be(CasualtyMeasure.Killed);
        f.Quantity.Should().Be(Quantity.Exactly(1));
        f.Anaphoric.Should().BeTrue();
    }

    [Theory]
    [InlineData("Witnesses said he was shot twice in the leg.", "he was shot")] // a wound told of a pronoun subject
    [InlineData("A stranger walked up to the car and shot her through the window.", "shot her")] // a wound told of an object pronoun
    [InlineData("The robber fled after wounding him with a knife.", "wounding him")] // a participle before the pronoun
    public void Find_WoundToldOfAPronoun_OneAnaphoricWound(string sentence, string span)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Span.Slice(sentence).Should().Be(span);
        f.Measure.Should().Be(CasualtyMeasure.Wounded);
        f.Anaphoric.Should().BeTrue();
    }

    [Theory]
    [InlineData("He was killed on November 5 near the border.")] // a day number after a month is no count: only the pronoun's one death
    [InlineData("Two gunmen killed him.")] // the count is the attackers in the active voice, not two dead: only the pronoun's one
    [InlineData("He was killed on the spot, police said.")] // a pronoun may repeat someone already counted: anaphoric, for the assembler to weigh
    public void Find_PronounVictim_IsOnlyAnaphoric(string sentence)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Anaphoric.Should().BeTrue();
        f.Quantity.Should().Be(Quantity.Exactly(1));
    }

    [Theory]
    [InlineData("She nearly died when the truck rolled over on the ramp.")] // "nearly": no death happened
    [InlineData("He could have died that night, the pastor said.")] // a modal: no death happened
    [InlineData("Prosecutors say he threatened to kill her during the argument.")] // a threat, not a killing
    [InlineData("They died in the crash on the interstate.")] // a plural pronoun gives no count
    [InlineData("The suspect said he wanted to shoot her.")] // an intention, not a wound
    [InlineData("They were wounded by shrapnel on the bridge.")] // a plural pronoun gives no count of wounded either
    public void Find_PronounWithoutADeath_FindsNothing(string sentence) =>
        Find(sentence).Should().BeEmpty();

    [Fact] // "her" before a noun is a possessive: the noun is counted as before, not a pronoun
    public void Find_PossessiveHerBeforeANoun_CountsTheNounNotAnaphoric()
    {
        CasualtyFinding f = Find("The driver swerved into the crowd, killing her cousin.").Should().ContainSingle().Which;

        f.Span.Slice("The driver swerved into the crowd, killing her cousin.").Should().Be("killing her cousin");
        f.Anaphoric.Should().BeFalse();
    }

    [Theory]
    [InlineData("A 19-year-old cashier was in critical condition after the robbery.", "A 19-year-old cashier was in critical condition", CasualtyMeasure.Wounded)] // one person's hospital condition
    [InlineData("The cashier remains in serious but stable condition at the trauma center.", "The cashier remains in serious but stable condition", CasualtyMeasure.Wounded)] // a two-word condition after "remains"
    [InlineData("A 60-year-old hunter sustained a self-inflicted gunshot wound to the foot.", "A 60-year-old hunter sustained a self-inflicted gunshot wound", CasualtyMeasure.Wounded)] // a wound with its kind
    [InlineData("Two bystanders suffered non-life threatening injuries in the crossfire.", "Two bystanders suffered non-life threatening injuries", CasualtyMeasure.Wounded)] // the kind written as two words
    [InlineData("A hunter received a minor injury when the round hit the van.", "A hunter received a minor injury", CasualtyMeasure.Wounded)] // "an"/"a" with a modifier
    [InlineData("A clerk suffered a fatal gunshot wound in the hallway.", "A clerk suffered a fatal gunshot wound", CasualtyMeasure.Killed)] // a fatal wound is a death
    public void Find_WoundOrConditionOfAPerson_CountsThem(string sentence, string span, CasualtyMeasure measure)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Span.Slice(sentence).Should().Be(span);
        f.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Two of the victims were in critical condition on Sunday.")] // several in a condition pick out some of the victims: no count
    [InlineData("The bridge was in poor condition before the flood.")] // a thing's condition, and no such condition word
    [InlineData("Three men remain in stable condition, doctors said.")] // the control for plural subjects: a condition never counts several
    public void Find_ConditionOfSeveralOrOfAThing_FindsNothing(string sentence) =>
        Find(sentence).Should().BeEmpty();

    [Theory]
    [InlineData("Three of the hikers suffered minor injuries in the ambush.", "Three of the hikers suffered minor injuries", 3)] // some of a known group: at least three hurt
    [InlineData("Two of them were treated for gunshot wounds at the clinic.", "Two of them were treated for gunshot wounds", 2)] // "of them"
    public void Find_PartOfTheWounded_IsALowerBound(string sentence, string span, int low)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Which;

        f.Span.Slice(sentence).Should().Be(span);
        f.Quantity.Should().Be(new Quantity(low, null, HedgeKind.AtLeast, low));
    }

    [Theory]
    [InlineData("Dozens of miners were injured in the blast.")] // "dozens of" without a determiner is an amount, not a part: stays vague
    [InlineData("Three hikers suffered minor injuries in the ambush.")] // the control: no "of the", an exact count
    [InlineData("Two of the guards were shot near the gate.")] // a bare "shot" part may hold the dead: stays exact
    [InlineData("One of the hikers was injured in the ambush.")] // one person is one person
    public void Find_NotAPartOfTheWounded_KeepsItsQuantity(string sentence) =>
        Find(sentence).Should().ContainSingle().Which.Quantity.Hedge.Should().NotBe(HedgeKind.AtLeast);

    [Theory]
    [InlineData("A retired teacher shot and killed two relatives before killing himself in the garage.", 2)] // victims first, then the killer's own death in the same sentence
    [InlineData("The woman fatally shot her two sons, then took her own life.", 2)] // "took her own life" is a death by one's own hand
    [InlineData("Investigators say the 51-year-old killed three co-workers and later shot himself to death.", 3)] // "shot himself to death" after the victims
    [InlineData("He gunned down a neighbor in the driveway before taking his own life.", 1)] // a gerund "taking his own life" after one victim
    [InlineData("A gunman killed five people at the depot and then killed himself.", 5)] // "then killed himself" joined by "and"
    public void Find_KillerDeathAfterVictims_IsPerpetratorsBesideVictims(string sentence, int victims)
    {
        List<CasualtyFinding> found = Find(sentence);

        found.Should().Contain(f => f.Measure == CasualtyMeasure.Killed && f.Group != VictimGroup.Perpetrators && f.Quantity.Low == victims);
        found.Should().ContainSingle(f => f.Group == VictimGroup.Perpetrators).Which.Should().Match<CasualtyFinding>(f => f.Measure == CasualtyMeasure.Killed && f.Self && f.Quantity.Low == 1);
    }

    [Theory]
    [InlineData("The teenager accidentally shot and killed himself while cleaning a rifle.")] // no other victim: the only dead, not a killer beside victims
    [InlineData("A farmer took his own life after the harvest failed.")] // a lone suicide is one death, no perpetrator
    public void Find_DeathByOwnHandAlone_IsUnspecifiedDeath(string sentence)
    {
        Find(sentence).Should().ContainSingle().Which.Should().Match<CasualtyFinding>(f => f.Measure == CasualtyMeasure.Killed && f.Group == VictimGroup.Unspecified && f.Self);
    }

    [Theory]
    [InlineData("After the argument he threatened to kill himself, his sister said.")] // a threat is no death
    [InlineData("The suspect tried to take his own life in the cell but guards stopped him.")] // an attempt is no death
    [InlineData("She had attempted to kill herself twice before, her lawyer said.")] // "attempted to" is no death
    [InlineData("He said he would rather take his own life than go back.")] // the base form after "would" is no death
    [InlineData("The man held the gun to his head and said he wanted to shoot himself.")] // "wanted to shoot" is no shooting
    public void Find_UnrealDeathByOwnHand_NoDeath(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Killed);
    }

    [Theory]
    [InlineData("A 23-year-old woman was taken to a local hospital after the shooting.", "A 23-year-old woman was taken to a local hospital", 1)] // a hospital trip after a shooting is a wound
    [InlineData("Two other victims showed up at the hospital a few hours later.", "Two other victims showed up at the hospital", 2)] // victims arriving on their own
    [InlineData("Three teenagers were rushed to an area hospital by relatives.", "Three teenagers were rushed to an area hospital", 3)] // "rushed to an area hospital"
    [InlineData("A bystander was airlifted to a nearby hospital.", "A bystander was airlifted to a nearby hospital", 1)] // another transport verb and determiner
    public void Find_TakenToHospital_IsWounded(string sentence, string quote, int low)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Wounded);
        f.Quantity.Low.Should().Be(low);
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Fact] // a hospital trip that ends in a death in the same clause is a death, not a wound
    public void Find_TakenToHospitalWhereHeDied_IsKilled()
    {
        Find("The driver was taken to the hospital, where he died an hour later.").Should().ContainSingle().Which.Measure.Should().Be(CasualtyMeasure.Killed);
    }

    [Theory]
    [InlineData("A firefighter was taken to the hospital as a precaution.")] // a precaution is no wound
    [InlineData("The mother was taken to a hospital for evaluation after the standoff.")] // an evaluation is no wound
    [InlineData("The girl was not taken to a hospital.")] // negated
    [InlineData("The man refused to be taken to the hospital.")] // refused: no trip
    [InlineData("Officers drove the suspect to the hospital jail ward.")] // an active verb with an object is not a victim's trip
    public void Find_HospitalWithoutWound_NoWounded(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Wounded);
    }

    [Theory]
    [InlineData("Police said a gunman opened fire, injuring Marcus Tillman and Renee Ocasio.", "injuring Marcus Tillman and Renee Ocasio", CasualtyMeasure.Wounded, 2)] // two named objects joined by "and" are two people
    [InlineData("The driver shot Dewayne Pratt, 31, and Carla Mendes, 28, before fleeing.", "shot Dewayne Pratt, 31, and Carla Mendes", CasualtyMeasure.Wounded, 2)] // an age apposition after each name
    [InlineData("A gunman wounded Lakeisha Dorn, Ivan Petrov and Sam Oduya outside the club.", "wounded Lakeisha Dorn, Ivan Petrov and Sam Oduya", CasualtyMeasure.Wounded, 3)] // a comma list of three names
    [InlineData("Investigators believe the suspect killed Harold Beene early Tuesday.", "killed Harold Beene", CasualtyMeasure.Killed, 1)] // one named object of a death verb
    [InlineData("Officers shot Jerome Talley dead after a chase.", "shot Jerome Talley dead", CasualtyMeasure.Killed, 1)] // "shot NAME dead" is a death
    public void Find_NamedObjectsOfACasualtyVerb_OneEach(string sentence, string quote, CasualtyMeasure measure, int count)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(measure);
        f.Quantity.Low.Should().Be(count);
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("The man nearly killed Vance Orrin with a bat.")] // "nearly killed": no death
    [InlineData("He threatened to shoot Harold Beene and Tom Ruiz during the argument.")] // a threat is no casualty
    [InlineData("The gunman killed Tom Ruiz's dog before he fled.")] // the name owns the object: not a person killed
    [InlineData("The storm killed Main Street businesses, owners said.")] // a street is no person
    [InlineData("After a shooting Jefferson County deputies closed the road.")] // "shooting" as a noun after an article
    public void Find_NamesThatAreNotCasualties_NoNamedCount(string sentence)
    {
        Find(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("A gunman opened fire on Thursday night, injuring Dallas police officers and a bystander.", "Dallas")] // a town before "police officers"
    [InlineData("A man shot Chicago police Officer Dan Ruiz in the arm on Friday.", "Chicago")] // a town before its force
    [InlineData("The crash killed Ohio residents returning from a game.", "Ohio")] // a state before a person noun
    public void Find_CapitalisedWordBeforePersonNoun_NotANamedVictim(string sentence, string modifier)
    {
        string[] quotes = [.. Find(sentence).Select(f => sentence[f.Span.Start..f.Span.End])];

        quotes.Should().NotContain(q => q.EndsWith(modifier, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Both were taken to a local hospital with leg wounds.", "Both were taken to a local hospital", CasualtyMeasure.Wounded, 2)] // "Both" alone opens the sentence
    [InlineData("Both victims were rushed to a local hospital.", "Both victims were rushed to a local hospital", CasualtyMeasure.Wounded, 2)] // "Both" before a plural person noun
    [InlineData("Both of them died at the scene, police said.", "Both of them died", CasualtyMeasure.Killed, 2)] // "Both of them"
    [InlineData("According to police, both teens were wounded.", "both teens were wounded", CasualtyMeasure.Wounded, 2)] // after a comma
    [InlineData("Both of the women are recovering, the sheriff said.", "Both of the women are recovering", CasualtyMeasure.Wounded, 2)] // "Both of the" and a survivor's predicate
    public void Find_BothAsSubject_CountsTwo(string sentence, string quote, CasualtyMeasure measure, int count)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(measure);
        f.Quantity.Low.Should().Be(count);
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Both men and women were wounded in the attack.")] // a coordination "both ... and" counts no pair
    [InlineData("Witnesses saw both gunmen flee in a sedan.")] // "both" after a verb, no casualty
    [InlineData("Detectives interviewed both sides after the shooting.")] // "both sides" is no pair of victims
    [InlineData("He shot at both cars, but nobody was hurt.")] // "both cars": not people, not a subject
    [InlineData("Both suspects fled in a white van.")] // a pair without a casualty predicate
    [InlineData("Officers found Ann Cole, 15, and Bo Reyes, 16, both victims of gunshot wounds.")] // an apposition "both victims of", not a subject
    public void Find_BothNotAPairOfVictims_NoPair(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Quantity.Low == 2);
    }

    [Theory]
    [InlineData("A Hopkinsville teen is recovering after an accidental shooting.", "A Hopkinsville teen is recovering")] // a survivor recovering
    [InlineData("The victim is expected to recover, police said.", "The victim is expected to recover")] // "expected to recover"
    [InlineData("Two women are recovering at a local hospital.", "Two women are recovering")] // a count of survivors
    [InlineData("The boy was expected to survive his wounds.", "The boy was expected to survive")] // "expected to survive"
    [InlineData("Shots hit the car, wounding one juvenile, officers said.", "wounding one juvenile")] // "juvenile" is a person noun
    public void Find_Survivor_IsWounded(string sentence, string quote)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Wounded);
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Officers are recovering evidence from the scene.")] // "recovering" with an object and no person counted
    [InlineData("The city is recovering from the storm.")] // a city is no person
    [InlineData("Detectives recovered a gun near the park.")] // "recovered" is not "recovering"
    [InlineData("The victim was not expected to survive.")] // negated
    [InlineData("A juvenile court judge set bail at $50,000.")] // "juvenile" as a modifier without a casualty
    public void Find_NoSurvivor_NoWounded(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Wounded);
    }

    [Theory]
    [InlineData("Police are investigating a double shooting on Elm Street.", "double shooting", 2)] // "double": two people shot
    [InlineData("Detectives said the triple shooting happened around 2 a.m.", "triple shooting", 3)] // "triple": three
    [InlineData("A quadruple shooting outside a bar left the block shaken.", "quadruple shooting", 4)] // "quadruple": four
    [InlineData("Officers responded to a double-shooting near the park.", "double-shooting", 2)] // hyphenated
    [InlineData("Neighbors heard the shots of the quintuple shooting from blocks away.", "quintuple shooting", 5)] // "quintuple": five
    [InlineData("The double shooting left no one dead.", "double shooting", 2)] // no death: two wounded (no killing, as before)
    public void Find_MultipleShooting_CountsTheShot(string sentence, string quote, int count)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Wounded);
        f.Quantity.Should().Be(Quantity.Exactly(count));
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Two men were wounded in a double shooting on Elm Street.")] // the sentence counts the shot itself: no second figure
    [InlineData("One man died and another was hurt in the double shooting.")] // the sentence's own counts stand
    [InlineData("Detectives are looking into two triple shootings over the weekend.")] // plural: several incidents, no count of people
    [InlineData("The double shootout between the gangs lasted minutes.")] // "shootout" is not "shooting"
    [InlineData("The double-barrelled shotgun was found in the car.")] // "double" before another word
    public void Find_MultipleShootingNotAlone_NoMultiplierFigure(string sentence)
    {
        string[] quotes = [.. Find(sentence).Select(f => sentence[f.Span.Start..f.Span.End])];

        quotes.Should().NotContain(q => q.EndsWith("shooting", StringComparison.OrdinalIgnoreCase) && (q.StartsWith("double", StringComparison.OrdinalIgnoreCase) || q.StartsWith("triple", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("A man has been charged in the shooting death of 16-year-old Javon Reilly.", "shooting death of 16-year-old Javon Reilly", CasualtyMeasure.Killed)] // a killing noun before a bare age and a name
    [InlineData("Police say the fatal shooting claimed the life of 17-year-old Destiny Nelson.", "claimed the life of 17-year-old Destiny Nelson", CasualtyMeasure.Killed)] // "claimed the life of" before a bare age and a name
    [InlineData("Officers said the gunman shot and killed 22-year-old Marcus Bell outside the store.", "shot and killed 22-year-old Marcus Bell", CasualtyMeasure.Killed)] // a death verb's object
    [InlineData("Deputies said 15-year-old Sam Kenser died at the hospital.", "15-year-old Sam Kenser died", CasualtyMeasure.Killed)] // a bare age and a name as the subject of a death
    [InlineData("A stray bullet wounded 9-year-old Alina Perez as she slept.", "wounded 9-year-old Alina Perez", CasualtyMeasure.Wounded)] // a wound verb's object
    [InlineData("Prosecutors say Tate fatally shot 31-year-old Dana Ruiz in March.", "fatally shot 31-year-old Dana Ruiz", CasualtyMeasure.Killed)] // "fatally shot" before a bare age and a name
    public void Find_BareAgeBeforeAName_CountsOnePerson(string sentence, string quote, CasualtyMeasure measure)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(measure);
        f.Quantity.Should().Be(Quantity.Exactly(1));
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Relatives said 19-year-old Ben Carter was a good student.")] // a named person with no casualty predicate
    [InlineData("The attack on 34-year-old Carla Diaz was captured on video.")] // an attack is no casualty
    [InlineData("Police said 20-year-old Tom Reyes was arrested Monday.")] // an arrest is no casualty
    [InlineData("Officers questioned 18-year-old Kevin Moss about the shooting.")] // questioned, not shot
    [InlineData("The jury convicted 40-year-old Dale Hunt of murder.")] // "murder" as a charge, not a death told of the person
    [InlineData("Police want to question 22-year-old Andre Lowe, who was seen running away.")] // a wanted person
    public void Find_BareAgeBeforeANameWithoutCasualty_FindsNothing(string sentence)
    {
        Find(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Paramedics pronounced him dead at the scene.", "pronounced him dead")] // "pronounced him dead"
    [InlineData("A doctor declared her dead shortly after midnight.", "declared her dead")] // "declared her dead": "her" before "dead" is the pronoun
    [InlineData("His brother came home and found him dead on the kitchen floor.", "found him dead")] // "found him dead"
    [InlineData("The attackers left him dead in the alley.", "left him dead")] // "left him dead"
    [InlineData("Medics pronounced her dead at 3 a.m., police said.", "pronounced her dead")] // a time and a source after it
    public void Find_VerbPronounDead_IsAnaphoricDeath(string sentence, string quote)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Killed);
        f.Anaphoric.Should().BeTrue();
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Officers found him hiding behind a shed.")] // found alive
    [InlineData("Police found her car abandoned near the river.")] // "her" owns a noun
    [InlineData("She said they wanted him dead.")] // a wish, no death
    [InlineData("Neighbors found him alive but shaken.")] // alive
    [InlineData("The doctor nearly pronounced him dead before finding a pulse.")] // "nearly": no death
    public void Find_VerbPronounNotDead_NoDeath(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Killed);
    }

    [Theory]
    [InlineData("The man accused of trying to kill 2 deputies was charged Wednesday.")] // "trying to kill": attempted
    [InlineData("He threatened to kill three people at the school.")] // a threat
    [InlineData("Police said he planned to kill four coworkers.")] // a plan
    [InlineData("The gun could harm or kill another person, the judge said.")] // a possibility, two verbs joined by "or"
    [InlineData("The gang was indicted for the attempted murders of five teenagers.")] // "attempted murders": nobody died
    [InlineData("Police said he was hoping to shoot several officers.")] // a hope
    [InlineData("He vowed to kill 3 witnesses, prosecutors said.")] // a vow
    public void Find_CasualtyVerbOnlyIntended_NoFigure(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Killed || f.Measure == CasualtyMeasure.Wounded);
    }

    [Theory]
    [InlineData("He went on to kill two more people before police arrived.", "kill two more people", 2)] // "went on to": done
    [InlineData("The gunman used a rifle to kill three people inside the church.", "kill three people", 3)] // a purpose after a done act
    [InlineData("Bombs kill 20 in Baghdad market.", "kill 20", 20)] // a headline's present tense
    [InlineData("He is accused of killing three people in March.", "killing three people", 3)] // an accusation of a done act
    [InlineData("Police say the gunman, who had tried to flee, killed two people.", "killed two people", 2)] // an attempt at something else
    public void Find_CasualtyVerbDone_Counts(string sentence, string quote, int count)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Killed);
        f.Quantity.Should().Be(Quantity.Exactly(count));
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("Investigators said the father then turned the gun on himself.", "turned the gun on himself")] // the shooter's own death
    [InlineData("The woman opened fire on her family, then turned the gun on herself, police said.", "turned the gun on herself")] // "herself", a source after it
    [InlineData("Turning the rifle on himself, the shooter ended the standoff.", "Turning the rifle on himself")] // a participle, another weapon
    [InlineData("Deputies said he walked outside and turned his pistol on himself.", "turned his pistol on himself")] // "his pistol"
    [InlineData("Police believe the gunman turned the weapon on himself inside the garage.", "turned the weapon on himself")] // "weapon", a place after it
    public void Find_TurnedTheGunOnSelf_IsOneDeath(string sentence, string quote)
    {
        CasualtyFinding f = Find(sentence).Should().ContainSingle().Subject;
        f.Measure.Should().Be(CasualtyMeasure.Killed);
        f.Quantity.Should().Be(Quantity.Exactly(1));
        f.Self.Should().BeTrue();
        sentence[f.Span.Start..f.Span.End].Should().Be(quote);
    }

    [Theory]
    [InlineData("He turned the gun on himself and was taken to a hospital in critical condition.")] // he survived, for now
    [InlineData("Witnesses said he threatened to turn the gun on himself.")] // a threat, base form
    [InlineData("The officer turned the gun on the suspect.")] // not on himself
    [InlineData("He tried to turn the gun on himself but deputies stopped him.")] // an attempt stopped
    [InlineData("She turned the gun on herself, but it misfired.")] // the gun misfired
    [InlineData("He turned the gun on himself and survived.")] // survived
    public void Find_TurnedTheGunOnSelfWithoutDeath_NoDeath(string sentence)
    {
        Find(sentence).Should().NotContain(f => f.Measure == CasualtyMeasure.Killed);
    }
}
