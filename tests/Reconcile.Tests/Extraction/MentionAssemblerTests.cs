using NodaTime;
using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction;

public class MentionAssemblerTests
{
    private static readonly Place Syria = new() { Name = "Syria", Kind = PlaceKind.Country, Country = "Syria", CountryCode = "SY" };
    private static readonly Place Idlib = new() { Name = "Idlib", Kind = PlaceKind.Admin1, Admin1 = "Idlib", Country = "Syria", CountryCode = "SY" };
    private static readonly Place Homs = new() { Name = "Homs", Kind = PlaceKind.Admin1, Admin1 = "Homs", Country = "Syria", CountryCode = "SY" };
    private static readonly Place Ariha = new() { Name = "Ariha", Kind = PlaceKind.Locality, Admin1 = "Idlib", Country = "Syria", CountryCode = "SY", GeoNameId = 1 };
    private static readonly Place Beirut = new() { Name = "Beirut", Kind = PlaceKind.Locality, Admin1 = "Beyrouth", Country = "Lebanon", CountryCode = "LB", GeoNameId = 2 };

    /// <summary>Builds findings by locating quoted words in the text, so tests read like annotated sentences.</summary>
    private sealed class Doc(string text, LocalDate? published = null)
    {
        public Report Report { get; } = new() { Id = "r", Text = text, Published = published };

        public List<SentenceFindings> Sentences { get; } = SentenceSplitter.Split(text).Select((s, i) => new SentenceFindings(i, s)).ToList();

        private TextSpan Find(string words)
        {
            int i = text.IndexOf(words, StringComparison.Ordinal);
            i.Should().BeGreaterThanOrEqualTo(0, words);
            return new TextSpan(i, i + words.Length);
        }

        private SentenceFindings At(TextSpan span) => Sentences.Single(s => s.Span.Contains(span));

        public Doc Killed(string words, int low, int? high, VictimGroup group = VictimGroup.Unspecified, CasualtyMeasure measure = CasualtyMeasure.Killed, bool anaphoric = false, bool self = false)
        {
            TextSpan s = Find(words);
            At(s).Casualties.Add(new CasualtyFinding(s, measure, group, new Quantity(low, high, high == low ? HedgeKind.Exact : HedgeKind.AtLeast, low), Anaphoric: anaphoric, Self: self));
            return this;
        }

        public Doc Date(string words, LocalDate? day, IsoDayOfWeek? weekday = null)
        {
            TextSpan s = Find(words);
            DateRange range = day is { } d ? DateRange.OnDay(d) : new DateRange(null, null, DatePrecision.Unknown, weekday);
            At(s).Dates.Add(new DateFinding(s, range));
            return this;
        }

        public Doc At(string words, Place place)
        {
            TextSpan s = Find(words);
            At(s).Places.Add(new PlaceFinding(s, place, 1));
            return this;
        }

        public Doc Type(string words, IncidentType type)
        {
            TextSpan s = Find(words);
            At(s).Types.Add(new TypeFinding(s, type));
            return this;
        }

        public Doc Source(string words, string source)
        {
            TextSpan s = Find(words);
            At(s).Source = new SourceFinding(s, source, At(s).Index);
            return this;
        }

        public Doc Actor(string words, string name, bool perpetrator = true, bool hedged = false)
        {
            TextSpan s = Find(words);
            At(s).Actors.Add(new ActorFinding(s, name, perpetrator, hedged));
            return this;
        }

        public IReadOnlyList<IncidentMention> Assemble() => MentionAssembler.Assemble(Report, Sentences, []);
    }

    private static readonly LocalDate Mon = new(2019, 3, 11);

    [Fact] // a background incident with its own date stays apart; an undated follow-up figure stays with the incident being discussed
    public void Assemble_BackgroundIncidentWithOtherDate_IsSeparateMention()
    {
        var doc = new Doc("A car bomb killed 12 people in Ariha on Sunday. Ten more were wounded. On March 1, shelling in Homs killed 4 people. The UN condemned it.", Mon)
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12).At("Ariha", Ariha).Date("on Sunday", new LocalDate(2019, 3, 10))
            .Killed("Ten more were wounded", 10, 10, measure: CasualtyMeasure.Wounded)
            .Date("On March 1", new LocalDate(2019, 3, 1)).Type("shelling", IncidentType.Shelling).At("Homs", Homs).Killed("killed 4 people", 4, 4);

        var mentions = doc.Assemble();

        mentions.Should().HaveCount(2);
        mentions[0].IsLead.Should().BeTrue();
        mentions[0].Type.Should().Be(IncidentType.CarBombing);
        mentions[0].Date.Earliest.Should().Be(new LocalDate(2019, 3, 10));
        mentions[0].Claims.Select(c => c.Measure).Should().Equal(CasualtyMeasure.Killed, CasualtyMeasure.Wounded);
        mentions[1].Type.Should().Be(IncidentType.Shelling);
        mentions[1].Place.Should().Be(Homs);
        mentions[1].Id.Should().Be("r#1");
    }

    [Theory]
    [InlineData(", the Beirut Children's Hospital said.", "Beirut")] // the hospital the victims were taken to, two words between
    [InlineData(" at a Beirut Bank branch.", "Beirut")] // a bank brand
    [InlineData(", the Beirut Daily Star reported.", "Beirut")] // a newspaper
    public void Assemble_PlaceInOrganisationName_DoesNotPlaceIncident(string rest, string placeWords)
    {
        // why: a place word inside an organisation's name says where the organisation is named for, not where the incident was.
        var doc = new Doc("A car bomb killed 12 people on Sunday" + rest, Mon)
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12).Date("on Sunday", new LocalDate(2019, 3, 10))
            .At(placeWords, Beirut);

        var mentions = doc.Assemble();

        mentions.Should().ContainSingle().Which.Place.Should().BeNull();
    }

    [Theory]
    [InlineData(", Beirut Police said.")] // a local service acts where it is named for
    [InlineData(" in Beirut on a busy street.")] // a lower-case word after the name
    [InlineData(" in Beirut. Hospital staff treated the wounded.")] // an organisation head in the next sentence does not count
    public void Assemble_PlaceBeforeServiceOrLowerCase_PlacesIncident(string rest)
    {
        // why: only organisation heads (hospital, bank, newspaper...) after capitalised words disqualify a place.
        var doc = new Doc("A car bomb killed 12 people on Sunday" + rest, Mon)
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12).Date("on Sunday", new LocalDate(2019, 3, 10))
            .At("Beirut", Beirut);

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(Beirut);
    }

    [Theory]
    [InlineData("Two wounded were rushed to a hospital in Beirut.")] // the hospital's town, after "hospital in" in a sentence of care
    [InlineData("The wounded were taken to Beirut for treatment.")] // a destination of the wounded: "to" and a word of care
    [InlineData("One victim was flown by helicopter to Beirut, where he remains in critical condition.")] // "flown ... to"
    [InlineData("They were treated at the American Medical Center in Beirut.")] // a medical centre's town
    [InlineData("She was admitted at a clinic in Beirut overnight.")] // a clinic's town
    [InlineData("Two suspects were arrested in Beirut.")] // where the suspects were arrested
    [InlineData("The suspect was arrested Friday at his Beirut apartment.")] // an arrest at home, a day and a possessive between
    [InlineData("Police said the gunman, who lives in Beirut, fled on foot.")] // where the gunman lives
    [InlineData("A third man was detained overnight in Beirut.")] // detained, a time word between
    [InlineData("Police say the gunmen fired from a car in the Beirut neighborhood.")] // a neighbourhood named like a town
    public void Assemble_AsidePlace_DoesNotPlaceIncident(string aside)
    {
        // why: a victim's hospital, a suspect's arrest or home, a neighbourhood's name are named beside the incident; counted as
        // the scene, they split the vote with the town where it happened (Ariha and Beirut tie, so nothing would be placed).
        var doc = new Doc("Gunmen killed 3 people in Ariha on Sunday. " + aside, Mon)
            .Killed("killed 3 people", 3, 3).At("Ariha", Ariha).Date("on Sunday", new LocalDate(2019, 3, 10))
            .Killed(aside, 3, 3, measure: CasualtyMeasure.Wounded).At("Beirut", Beirut);

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(Ariha);
    }

    [Theory]
    [InlineData("A 20-year-old Beirut man was killed in Ariha on Sunday.")] // a man of the town, an age before the name
    [InlineData("Two Beirut women were killed in Ariha on Sunday.")] // a plural person noun
    [InlineData("A Beirut resident was killed in Ariha on Sunday.")] // a resident
    [InlineData("Police said a Beirut teen was killed in Ariha on Sunday.")] // a teen, after a speech clause
    [InlineData("Three were killed in Ariha on Sunday, and a Beirut hospital took two more.")] // a hospital named by its town
    public void Assemble_TownOfAPerson_WeighsLessThanTheScene(string sentence)
    {
        // why: "a Riverside man" says where someone lives, not where it happened; at full weight such a town tied with the scene
        // named beside it (so nothing was placed). At half weight the scene wins.
        var doc = new Doc(sentence, Mon)
            .Killed("killed", 1, 1).At("Ariha", Ariha).At("Beirut", Beirut).Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(Ariha);
    }

    [Fact] // control: a person's town still places a mention that names no other place ("A Dayton man was shot Sunday")
    public void Assemble_OnlyTheTownOfAPerson_PlacesIncident()
    {
        var doc = new Doc("A Beirut man was killed on Sunday.", Mon)
            .Killed("killed", 1, 1).At("Beirut", Beirut).Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(Beirut);
    }

    [Theory]
    [InlineData("A man was killed in Ariha on Sunday and Beirut mourned him.")] // a verb after the town: a full vote
    [InlineData("A man was killed in Ariha on Sunday in the Beirut hospital shooting.")] // a hospital that names the incident
    [InlineData("A man was killed in Ariha on Sunday near the Beirut Mandarin hotel.")] // a word that only starts like a person noun
    [InlineData("A man was killed in Ariha on Sunday, a man in Beirut said.")] // the person noun before the name
    [InlineData("In Beirut, men said a woman was killed in Ariha on Sunday.")] // a comma between the name and the noun
    public void Assemble_TownBesideOtherWords_StillSplitsTheVote(string sentence)
    {
        // why: only a person noun (or "hospital") right after the town halves its vote; elsewhere the two towns still tie and the
        // mention stays unplaced, as before.
        var doc = new Doc(sentence, Mon)
            .Killed("killed", 1, 1).At("Ariha", Ariha).At("Beirut", Beirut).Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Should().ContainSingle().Which.Place.Should().BeNull();
    }

    [Theory]
    [InlineData("Police in Beirut said two suspects were arrested.")] // the police of the town, before the arrest: not an arrest place
    [InlineData("Two suspects were arrested in the Beirut shooting.")] // the town names the incident itself
    [InlineData("Officers were called to Beirut after the shooting.")] // "called to": no word of care, the scene
    [InlineData("A man was found shot in Beirut.")] // found shot there: the scene
    [InlineData("The shooting happened at an event center in Beirut.")] // a centre that is no place of care
    [InlineData("The wounded were taken to a hospital, police in Beirut said.")] // the police's town, after the care clause
    public void Assemble_PlaceNearAsideWords_PlacesIncident(string sentence)
    {
        // why: the aside rules read only the words right before the name; a scene told beside such words stays the scene.
        var doc = new Doc("Gunmen killed 3 people on Sunday. " + sentence, Mon)
            .Killed("killed 3 people", 3, 3).Date("on Sunday", new LocalDate(2019, 3, 10))
            .Killed(sentence, 3, 3, measure: CasualtyMeasure.Wounded).At("Beirut", Beirut);

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(Beirut);
    }

    [Theory]
    [InlineData("A man was indicted Tuesday in the shooting that killed 2 people", "Tuesday")] // a charge's date, left of the date
    [InlineData("Funeral services on Tuesday remembered the shooting that killed 2 people", "Tuesday")] // a funeral's date, after "on"
    [InlineData("Police on Tuesday arrested a man over the shooting that killed 2 people", "Tuesday")] // the follow-up verb right of the date
    public void Assemble_FollowUpDateThenIncidentDate_DatesIncidentByIncident(string first, string followUp)
    {
        // why: follow-up articles open with the arrest or funeral; the incident's own date comes later and must date the mention,
        // or the report's lead would carry the follow-up's date and keep it apart from the incident's first reports.
        var doc = new Doc(first + ". The shooting happened on March 1 in Ariha.", Mon)
            .Date(followUp, new LocalDate(2019, 3, 5)).Killed("killed 2 people", 2, 2).Type("shooting", IncidentType.Shooting)
            .Type("The shooting happened", IncidentType.Shooting).Date("on March 1", new LocalDate(2019, 3, 1)).At("Ariha", Ariha);

        var mentions = doc.Assemble();

        mentions.Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 1));
    }

    [Theory]
    [InlineData("2019-03-05", "2019-03-05")] // a day of the report's other mention, inside the fortnight: the lead takes it
    [InlineData("2019-02-01", null)] // an older day belongs to another story: the lead stays undated
    public void Assemble_UndatedLeadBesideDatedMention_TakesItsDayWithinTheFortnight(string siblingDay, string? expected)
    {
        // why: a report split into mentions mostly tells one story; its lead with no day of its own took the publication day in
        // the merger, one day late for most local news, while the report's other mention told the day.
        var doc = new Doc("A boy was killed during a hunting trip in Ariha. Separately, a man was killed on the day in Beirut.", Mon)
            .Killed("A boy was killed", 1, 1).At("Ariha", Ariha)
            .Killed("a man was killed", 1, 1).Date("on the day", NodaTime.Text.LocalDatePattern.Iso.Parse(siblingDay).Value).At("Beirut", Beirut);

        var mentions = doc.Assemble();

        mentions.Should().HaveCount(2);
        mentions[0].Date.Earliest.Should().Be(expected is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Fact] // a control: a lead with a weekday of its own keeps it and takes no other day
    public void Assemble_LeadWithWeekdayBesideDatedMention_KeepsItsOwn()
    {
        var doc = new Doc("A boy was killed on Saturday in Ariha. Separately, a man was killed on the day in Beirut.", Mon)
            .Killed("A boy was killed", 1, 1).Date("on Saturday", null, IsoDayOfWeek.Saturday).At("Ariha", Ariha)
            .Killed("a man was killed", 1, 1).Date("on the day", new LocalDate(2019, 3, 5)).At("Beirut", Beirut);

        doc.Assemble()[0].Date.Should().Be(new DateRange(null, null, DatePrecision.Unknown, IsoDayOfWeek.Saturday));
    }

    [Theory]
    [InlineData("The United Nations on Tuesday said the group had executed 741 civilians.", true)] // the speaker, the day, then the verb
    [InlineData("The agency said on Tuesday that 741 civilians were executed.", true)] // "said on Tuesday that"
    [InlineData("Gunmen executed 741 civilians, the agency said Tuesday.", false)] // a statement trailing the told event gives its day
    public void Assemble_DatedOnlyByStatement_LeadingStatementGivesDaysUpToIt(string sentence, bool leads)
    {
        // why: "the UN said on Thursday that 741 people were executed" dates the statement, not the executions; such a mention
        // must not get the statement's day with day precision, while local news's "a man was shot, police said Tuesday" keeps it.
        var doc = new Doc(sentence, Mon).Date("Tuesday", new LocalDate(2019, 3, 5)).Killed("741 civilians", 741, 741);

        DateRange date = doc.Assemble().Should().ContainSingle().Which.Date;

        date.Should().Be(leads ? new DateRange(new LocalDate(2019, 3, 2), new LocalDate(2019, 3, 5), DatePrecision.Week) : DateRange.OnDay(new LocalDate(2019, 3, 5)));
    }

    [Theory]
    [InlineData("A teen was charged with murder Tuesday in connection with a shooting that killed 2 people on Friday")] // the charge between the verb and the day
    [InlineData("The suspect was charged with attempted murder Tuesday after a shooting that killed 2 people on Friday")] // a charge of two words
    [InlineData("A woman was taken into custody late Tuesday over a shooting that killed 2 people on Friday")] // custody, a time word before the day
    [InlineData("A man was booked into the county jail Tuesday for a shooting that killed 2 people on Friday")] // five words back
    public void Assemble_JusticeStepAFewWordsBeforeDay_DayIsNotTheIncidents(string sentence)
    {
        // why: a follow-up's justice step often sits a few words before its day ("was charged with murder Thursday in connection
        // with a shooting ... on Tuesday"); that day is the charge's, and the sentence's other day dates the incident.
        var doc = new Doc(sentence + ".", Mon)
            .Date("Tuesday", new LocalDate(2019, 3, 5)).Date("on Friday", new LocalDate(2019, 3, 1))
            .Killed("killed 2 people", 2, 2).Type("shooting", IncidentType.Shooting);

        doc.Assemble().Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 1));
    }

    [Theory]
    [InlineData("A man arrested last year shot and killed 2 people Tuesday")] // the incident's verb is nearer the day than the arrest
    [InlineData("Police arrested a suspect, and 2 people were killed Tuesday")] // a comma ends the arrest's clause
    [InlineData("Gunmen killed 2 people at a funeral service Tuesday")] // mourning is where it happened, not a justice step
    [InlineData("Deputies arrested a suspect in Tuesday's fatal shooting that killed 2 people")] // the day names the incident past an adjective
    [InlineData("A man charged in a robbery years ago was shot Tuesday, and 2 people were killed")] // "shot" is met before "charged"
    public void Assemble_JusticeWordFarOrBehindIncidentWord_DayStaysTheIncidents(string sentence)
    {
        // why: controls for the rule above: only a justice step met before any word of the incident itself, within the clause,
        // takes the day away from the incident.
        var doc = new Doc(sentence + ".", Mon)
            .Date("Tuesday", new LocalDate(2019, 3, 5)).Killed("2 people", 2, 2).Type("killed", IncidentType.Shooting);

        doc.Assemble().Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 5));
    }

    [Theory]
    [InlineData("Police arrested a teen Tuesday in the Friday shooting that killed 2 people", "Friday")] // the day before the incident noun
    [InlineData("Police arrested a teen Tuesday over Friday's shooting that killed 2 people", "Friday")] // a possessive day
    [InlineData("Police arrested a teen Tuesday over Friday night’s shooting that killed 2 people", "Friday night")] // a part of the day, curly apostrophe
    public void Assemble_DayNamingTheIncident_OutranksOtherDays(string sentence, string incidentDay)
    {
        // why: follow-ups date the arrest in the same sentence as the incident ("arrested the teen Tuesday ... in connection with the
        // March 18th shooting"); the day that modifies the incident noun is the incident's, whatever its position.
        var doc = new Doc(sentence + ".", Mon)
            .Date("Tuesday", new LocalDate(2019, 3, 5)).Date(incidentDay, new LocalDate(2019, 3, 1))
            .Killed("killed 2 people", 2, 2).Type("shooting", IncidentType.Shooting);

        doc.Assemble().Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 1));
    }

    [Fact] // a control: with no incident noun after it, the later day is not preferred for its position
    public void Assemble_DayNotNamingTheIncident_KeepsRankOrder()
    {
        var doc = new Doc("Two people were killed Tuesday after a Friday meeting.", Mon)
            .Date("Tuesday", new LocalDate(2019, 3, 5)).Date("Friday", new LocalDate(2019, 3, 1))
            .Killed("Two people were killed", 2, 2);

        doc.Assemble().Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 5));
    }

    [Theory]
    [InlineData(3, true)] // a weak match the report keeps naming is a place it is about
    [InlineData(2, false)] // twice is not enough: a weak match stays unused
    public void Assemble_WeakPlaceRepeated_PlacesIncident(int times, bool placed)
    {
        // why: local news names its town over and over ("Bastrop authorities", "a Bastrop apartment complex"), often in ways the
        // recognizer scores low one by one.
        string text = "Two people were shot dead on Sunday in Ariha." + string.Concat(Enumerable.Repeat(" Ariha is quiet.", times - 1));
        var doc = new Doc(text, Mon).Killed("Two people were shot dead", 2, 2).Date("on Sunday", new LocalDate(2019, 3, 10));
        int at = 0;
        for (int i = 0; i < times; i++)
        {
            at = text.IndexOf("Ariha", at, StringComparison.Ordinal);
            doc.Sentences.Single(s => s.Span.Contains(new TextSpan(at, at + 5))).Places.Add(new PlaceFinding(new TextSpan(at, at + 5), Ariha, 0.5));
            at += 5;
        }

        doc.Assemble().Should().ContainSingle().Which.Place.Should().Be(placed ? Ariha : null);
    }

    [Fact] // after a background paragraph the article returns to its lead: same date and place join the lead again
    public void Assemble_ReturnToLead_JoinsLead()
    {
        var doc = new Doc("An air strike killed 9 in Ariha on Sunday. On March 1, shelling in Homs killed 4. The Sunday strike on Ariha also wounded 20.", Mon)
            .Type("air strike", IncidentType.AirStrike).Killed("killed 9", 9, 9).At("Ariha", Ariha).Date("on Sunday", new LocalDate(2019, 3, 10))
            .Date("On March 1", new LocalDate(2019, 3, 1)).Type("shelling", IncidentType.Shelling).At("Homs", Homs).Killed("killed 4", 4, 4)
            .Type("strike", IncidentType.AirStrike).Date("Sunday strike", new LocalDate(2019, 3, 10)).Killed("wounded 20", 20, 20, measure: CasualtyMeasure.Wounded);

        var mentions = doc.Assemble();

        mentions.Should().HaveCount(2);
        mentions[0].Claims.Should().HaveCount(2);
    }

    [Fact] // "a monitor said Monday" dates the statement, not the incident; the claim is current as of that day
    public void Assemble_StatementDate_IsAsOfNotIncidentDate()
    {
        var doc = new Doc("A bombing killed 30 people in Idlib province on Saturday, a monitor said Monday.", Mon)
            .Type("bombing", IncidentType.Bombing).Killed("killed 30 people", 30, 30).At("Idlib", Idlib)
            .Date("on Saturday", new LocalDate(2019, 3, 9)).Date("Monday", Mon).Source("a monitor said", "Syrian Observatory for Human Rights");

        var m = doc.Assemble().Single();

        m.Date.Earliest.Should().Be(new LocalDate(2019, 3, 9));
        m.Claims.Single().AsOf.Should().Be(Mon);
        m.Claims.Single().Source.Should().Be("Syrian Observatory for Human Rights");
    }

    [Fact] // with only a statement date, the incident is dated by the earliest statement (breaking news)
    public void Assemble_OnlyStatementDate_DatesIncidentByStatement()
    {
        var doc = new Doc("An air strike killed 28 civilians, a monitor said on Sunday.", Mon)
            .Type("air strike", IncidentType.AirStrike).Killed("killed 28 civilians", 28, 28, VictimGroup.Civilians).Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.Should().Be(DateRange.OnDay(new LocalDate(2019, 3, 10)));
    }

    [Fact] // a publication stamp at the top ("2019-03-11") is not the incident date
    public void Assemble_PublicationStamp_IsIgnored()
    {
        var doc = new Doc("2019-03-11 The scale of the attack was large.\n\nA car bomb killed 12 people on Sunday.", Mon)
            .Date("2019-03-11", Mon).Type("attack", IncidentType.Attack)
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12).Date("on Sunday", new LocalDate(2019, 3, 10));

        var mentions = doc.Assemble();

        mentions.Should().ContainSingle().Which.Date.Earliest.Should().Be(new LocalDate(2019, 3, 10));
    }

    [Fact] // the dateline is where the reporter was: a body place wins, the dateline is only a fallback
    public void Assemble_Dateline_IsFallbackOnly()
    {
        var withBody = new Doc("BEIRUT, Lebanon – A car bomb killed 12 people in Ariha.")
            .At("BEIRUT", Beirut).At("Ariha", Ariha).Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12);
        var withoutBody = new Doc("BEIRUT, Lebanon – A car bomb killed 12 people.")
            .At("BEIRUT", Beirut).Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12);

        withBody.Assemble().Single().Place.Should().Be(Ariha);
        withoutBody.Assemble().Single().Place.Should().Be(Beirut);
    }

    [Fact] // two towns of one province split the vote: the mention is placed at the province
    public void Assemble_TwoTownsOneProvince_PlacesAtProvince()
    {
        var other = Ariha with { Name = "Saraqib", GeoNameId = 3 };
        var doc = new Doc("Shelling hit villages between Ariha and Saraqib on Sunday, killing 7.", Mon)
            .Type("Shelling", IncidentType.Shelling).At("Ariha", Ariha).At("Saraqib", other).Killed("killing 7", 7, 7).Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Place!.Kind.Should().Be(PlaceKind.Admin1);
    }

    [Fact] // a headline repeats the body's figure: one claim, the attributed copy
    public void Assemble_RepeatedFigure_KeepsAttributedCopy()
    {
        var doc = new Doc("Air strike kills 28 civilians\n\nAn air strike has killed 28 civilians, a monitor said.")
            .Type("Air strike", IncidentType.AirStrike).Killed("kills 28 civilians", 28, 28, VictimGroup.Civilians)
            .Type("An air strike", IncidentType.AirStrike).Killed("killed 28 civilians", 28, 28, VictimGroup.Civilians).Source("a monitor said", "SOHR");

        var claim = doc.Assemble().Single().Claims.Single();

        claim.Source.Should().Be("SOHR");
        claim.Quote.Should().Be("killed 28 civilians");
    }

    [Fact] // generic "the attack" references do not dilute the specific type
    public void Assemble_GenericReferences_KeepSpecificType()
    {
        var doc = new Doc("A car bomb killed 12 people. The attack was condemned. The attack shocked residents.")
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12)
            .Type("The attack was", IncidentType.Attack).Type("The attack shocked", IncidentType.Attack);

        doc.Assemble().Single().Type.Should().Be(IncidentType.CarBombing);
    }

    [Fact] // "in a separate attack" opens a new incident even when nothing else differs
    public void Assemble_SeparateCue_OpensNewMention()
    {
        var doc = new Doc("A gunman killed 2 people. In a separate attack, a gunman killed 3 people.")
            .Type("gunman killed 2", IncidentType.Shooting).Killed("killed 2 people", 2, 2)
            .Type("gunman killed 3", IncidentType.Shooting).Killed("killed 3 people", 3, 3);

        doc.Assemble().Should().HaveCount(2);
    }

    [Theory]
    [InlineData("The same town was attacked in May, when gunmen killed 4 people.", true)] // the same place hit again
    [InlineData("A man was shot on the same street the day before, leaving 4 people hurt.", true)] // the same street, another day
    [InlineData("An earlier bombing killed 4 people.", true)] // an earlier incident
    [InlineData("A similar attack killed 4 people.", true)] // a similar incident is another one
    [InlineData("A previous deadly shooting killed 4 people.", true)] // one adjective between the cue and the incident noun
    [InlineData("They lived in the same building where the gunman killed 4 people.", false)] // "the same X where": this incident's place
    [InlineData("Earlier, the gunman killed 4 people.", false)] // "earlier" as an adverb is the same story
    [InlineData("The same gunman killed 4 people.", false)] // the same person, not another place
    public void Assemble_RecallOfAnotherIncident_OpensNewMention(string second, bool separate)
    {
        var doc = new Doc("A gunman killed 2 people in a shooting. " + second)
            .Type("shooting", IncidentType.Shooting).Killed("killed 2 people", 2, 2)
            .Type("4 people", IncidentType.Shooting).Killed("4 people", 4, 4);

        doc.Assemble().Should().HaveCount(separate ? 2 : 1);
    }

    [Theory]
    [InlineData("Another man was also shot in the leg.", "Another man was also shot", 1)] // another person, "also": one more victim of this shooting
    [InlineData("Another 19-year-old was wounded.", "Another 19-year-old was wounded", 1)] // an age as the person noun
    [InlineData("Another victim was taken to a hospital with gunshot wounds.", "Another victim was taken", 1)] // "victim", no "also"
    [InlineData("Another officer suffered a graze wound.", "Another officer suffered", 1)] // a police officer is a person noun too
    [InlineData("Another shooting left 4 people wounded.", "4 people wounded", 2)] // another event: its own mention
    [InlineData("Another car bomb wounded 4 people.", "wounded 4 people", 2)] // another weapon's blast: its own mention
    public void Assemble_SentenceOpeningOnAnotherPerson_JoinsTheIncident(string second, string words, int mentions)
    {
        var doc = new Doc("A gunman killed a man in a shooting on Elm Street. " + second, Mon)
            .Type("shooting", IncidentType.Shooting).Killed("killed a man", 1, 1)
            .Killed(words, mentions == 1 ? 1 : 4, mentions == 1 ? 1 : 4, measure: CasualtyMeasure.Wounded);
        if (mentions == 2)
        {
            doc.Type(second.Contains("bomb", StringComparison.Ordinal) ? "car bomb" : "shooting left", second.Contains("bomb", StringComparison.Ordinal) ? IncidentType.CarBombing : IncidentType.Shooting);
        }

        doc.Assemble().Should().HaveCount(mentions);
    }

    [Theory]
    [InlineData("A woman died. Another man was also shot in the crossfire.", "Another man was also shot")] // another person besides the dead: wounded
    [InlineData("A woman died. A man was also shot in the crossfire.", "A man was also shot")] // "also": one more person shot
    public void Assemble_OneShotBesideOneDead_NamedAsAnother_StaysWounded(string text, string shot)
    {
        var doc = new Doc(text, Mon).Killed(shot, 1, 1, measure: CasualtyMeasure.Wounded).Killed("A woman died", 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Wounded).Which.Quote.Should().Be(shot);
    }

    [Fact] // "two dead, four wounded ... two women were also shot": the two are some of the four wounded, not a count of their own
    public void Assemble_OthersShotBesideLargerWoundedCount_AreNotACountOfTheirOwn()
    {
        var doc = new Doc("Two men died and four were wounded in the shooting. Two women were also shot.", Mon)
            .Killed("Two men died", 2, 2).Killed("four were wounded", 4, 4, measure: CasualtyMeasure.Wounded)
            .Killed("Two women were also shot", 2, 2, measure: CasualtyMeasure.Wounded);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Wounded).Which.Quantity.Should().Be(Quantity.Exactly(4));
    }

    [Fact] // the control: a lone "was shot" beside one death, with nothing saying another person, is the dead told again
    public void Assemble_OneShotBesideOneDead_TakenAsTheDead()
    {
        var doc = new Doc("A woman was shot on Elm Street. She died at the scene.", Mon)
            .Killed("A woman was shot", 1, 1, measure: CasualtyMeasure.Wounded).Killed("She died", 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().NotContain(c => c.Measure == CasualtyMeasure.Wounded);
    }

    [Theory]
    [InlineData("A quake killed more than 26,000 people in Bam in 2003.", "more than 26,000 people", 26001, null, VictimGroup.Unspecified, 2)] // a past disaster's toll, thousands of times larger
    [InlineData("The quake killed 12 people in 2003.", "12 people", 12, 12, VictimGroup.Unspecified, 1)] // a close toll: the same incident (a control)
    [InlineData("Three children were killed in 2003.", "Three children", 3, 3, VictimGroup.Children, 1)] // a smaller figure of a group may be part of the dead
    [InlineData("A quake killed 2 people in 2003.", "2 people", 2, 2, VictimGroup.Unspecified, 2)] // far smaller, same group: another incident
    public void Assemble_UndatedMentionAndDatedSentenceWithDistantToll_AreSeparate(string second, string words, int low, int? high, VictimGroup group, int expected)
    {
        var doc = new Doc("An earthquake killed at least 10 people. " + second, Mon)
            .Type("earthquake", IncidentType.Earthquake).Killed("killed at least 10 people", 10, null)
            .Type(second.Contains("quake", StringComparison.Ordinal) ? "quake " : "killed in", IncidentType.Earthquake).Killed(words, low, high, group);
        TextSpan year = new(doc.Report.Text.IndexOf("2003", StringComparison.Ordinal), doc.Report.Text.IndexOf("2003", StringComparison.Ordinal) + 4);
        doc.Sentences[1].Dates.Add(new DateFinding(year, new DateRange(new LocalDate(2003, 1, 1), new LocalDate(2003, 12, 31), DatePrecision.Year)));

        doc.Assemble().Should().HaveCount(expected);
    }

    [Theory]
    [InlineData("A car bomb killed 5 people in Ariha, Idlib on Sunday.", "Ariha")] // "Town, Province": the province says which Ariha
    [InlineData("A car bomb killed 5 people in Ariha, Syria on Sunday.", "Ariha")] // "Town, Country" likewise
    [InlineData("A car bomb killed 5 people in Ariha and Idlib on Sunday.", "Idlib")] // a town and its province named apart: the votes split (a control)
    public void Assemble_ProvinceAfterCommaQualifiesTown_PlacesAtTown(string sentence, string expected)
    {
        var doc = new Doc(sentence, Mon).Type("car bomb", IncidentType.CarBombing).Killed("killed 5 people", 5, 5).At("Ariha", Ariha);
        doc = sentence.Contains("Syria", StringComparison.Ordinal) ? doc.At("Syria", Syria) : doc.At("Idlib", Idlib);

        doc.Assemble().Single().Place!.Name.Should().Be(expected);
    }

    [Theory]
    [InlineData("Police in Ariha asked Ariha residents for witnesses.", "Ariha")] // a town of the lead's province named more often than the province: the lead is there
    [InlineData("Police in Ariha asked for witnesses.", "Idlib")] // named once, as often as the province: the report may be about the province (a control)
    [InlineData("Police in Beirut asked Beirut residents for witnesses.", "Idlib")] // a town outside the province does not move the lead
    [InlineData("The victims came from Ariha and lived in Ariha for years.", "Idlib")] // a home town ("from Ariha") does not count
    public void Assemble_LeadAtProvince_RefinedToReportsTownInside(string later, string expected)
    {
        var doc = new Doc("A car bomb killed 5 people in Idlib on Sunday. " + later, Mon)
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 5 people", 5, 5).At("Idlib", Idlib);
        string town = later.Contains("Beirut", StringComparison.Ordinal) ? "Beirut" : "Ariha";
        int first = later.IndexOf(town, StringComparison.Ordinal);
        int second = later.IndexOf(town, first + 1, StringComparison.Ordinal);
        doc.At(later[first..], town == "Beirut" ? Beirut : Ariha);
        if (second > 0)
        {
            doc.At(later[second..], town == "Beirut" ? Beirut : Ariha);
        }

        doc.Assemble().Single().Place!.Name.Should().Be(expected);
    }

    [Fact] // an undated report keeps a weekday constraint, and says so in an issue
    public void Assemble_UndatedWeekday_KeepsConstraintAndRecordsIssue()
    {
        var doc = new Doc("A car bomb killed dozens on Saturday.")
            .Type("car bomb", IncidentType.CarBombing).Killed("killed dozens", 24, 99).Date("on Saturday", null, IsoDayOfWeek.Saturday);
        var issues = new List<ExtractionIssue>();

        var m = MentionAssembler.Assemble(doc.Report, doc.Sentences, issues).Single();

        m.Date.Weekday.Should().Be(IsoDayOfWeek.Saturday);
        m.Date.IsResolved.Should().BeFalse();
        issues.Should().ContainSingle(i => i.Code == "unresolved-date");
    }

    [Fact] // the perpetrator is the actor the sentences make the agent, not one merely mentioned
    public void Assemble_Perpetrator_IsAgentActor()
    {
        var doc = new Doc("A car bomb by IS killed 12 people near SDF positions.")
            .Type("car bomb", IncidentType.CarBombing).Killed("killed 12 people", 12, 12).Actor("IS", "Islamic State").Actor("SDF", "Syrian Democratic Forces", false);

        doc.Assemble().Single().Perpetrator.Should().Be("Islamic State");
    }

    [Fact] // sentences about events without figures are not incidents; a report without figures keeps its first typed event as lead
    public void Assemble_NoFigures_LeadIsFirstSpecificEvent()
    {
        var doc = new Doc("Fighting raged on. A suicide bombing hit a checkpoint in Ariha.")
            .Type("Fighting", IncidentType.ArmedClash).Type("suicide bombing", IncidentType.SuicideBombing).At("Ariha", Ariha);

        var m = doc.Assemble().Single();

        m.Type.Should().Be(IncidentType.SuicideBombing);
        m.Claims.Should().BeEmpty();
    }

    [Theory] // a later sentence saying the toll is rising marks the mention's death figures as rising
    [InlineData("The toll was rising as more bodies were found.", true)] // past progressive
    [InlineData("The death toll is expected to rise.", true)] // expectation
    [InlineData("Officials fear the number of dead could climb further.", true)] // modal and another verb
    [InlineData("The strike raised tensions on the border.", false)] // no toll
    [InlineData("Tolls on the highway will rise next year.", false)] // "tolls" (road charges) is not "toll"
    public void Assemble_RisingTollSentence_MarksKilledClaims(string follow, bool rising)
    {
        var doc = new Doc("Air strikes killed 51 civilians in Ariha. " + follow)
            .Type("Air strikes", IncidentType.AirStrike).Killed("killed 51 civilians", 51, 51, VictimGroup.Civilians).At("Ariha", Ariha);
        doc.Assemble().Single().Claims.Single().Rising.Should().Be(rising);
    }

    [Fact] // a perpetrator stated with doubt ("thought to have been carried out by") is not the record's perpetrator
    public void Assemble_HedgedPerpetrator_IsNotSet()
    {
        var doc = new Doc("An air strike killed 9 people in Ariha. The strike was thought to have been carried out by Russian jets.")
            .Type("An air strike", IncidentType.AirStrike).Killed("killed 9 people", 9, 9).At("Ariha", Ariha)
            .Type("The strike", IncidentType.AirStrike).Actor("Russian jets", "Russian forces", hedged: true);

        doc.Assemble().Single().Perpetrator.Should().BeNull();
    }

    [Fact] // a mention dated only by a statement ("a monitor said on Friday") takes a later "late Thursday" figure, not last month's
    public void Assemble_StatementDatedMention_JoinsDaysBeforeButNotLastMonth()
    {
        var fri = new LocalDate(2019, 3, 15);
        var doc = new Doc("An air strike killed 28 civilians, a monitor said on Friday. State media reported the strike late Thursday, saying more than 30 were killed. Last month, an attack left 12 soldiers dead.", fri)
            .Type("An air strike", IncidentType.AirStrike).Killed("killed 28 civilians", 28, 28).Date("on Friday", fri)
            .Type("the strike", IncidentType.AirStrike).Date("late Thursday", fri.PlusDays(-1)).Killed("more than 30 were killed", 31, null)
            .Type("an attack", IncidentType.Attack).Killed("12 soldiers dead", 12, 12, VictimGroup.GovernmentForces)
            .Date("Last month", null);
        doc.Sentences[2].Dates[0] = doc.Sentences[2].Dates[0] with { Range = new DateRange(new LocalDate(2019, 2, 1), new LocalDate(2019, 2, 28), DatePrecision.Month) };

        var mentions = doc.Assemble();

        mentions.Should().HaveCount(2);
        mentions[0].Claims.Should().HaveCount(2);
        mentions[0].Date.Should().Be(DateRange.OnDay(fri.PlusDays(-1)));
    }

    [Fact] // a dateline town inside the state the body names is where it happened
    public void Assemble_DatelineTownInsideBodyState_RefinesPlace()
    {
        var indiana = new Place { Name = "Indiana", Kind = PlaceKind.Admin1, Admin1 = "Indiana", Country = "United States", CountryCode = "US" };
        var gary = new Place { Name = "Gary", Kind = PlaceKind.Locality, Admin1 = "Indiana", Country = "United States", CountryCode = "US", GeoNameId = 9 };
        var doc = new Doc("GARY, Ind. — Five people were shot in northwest Indiana on Sunday.", Mon)
            .At("GARY", gary).At("Indiana", indiana).Type("shot", IncidentType.Shooting).Killed("Five people were shot", 5, 5, measure: CasualtyMeasure.Wounded);

        doc.Assemble().Single().Place.Should().Be(gary);
    }

    [Fact] // a report whose events are all backdrop still has a lead mention, so it can be clustered with its incident
    public void Assemble_OnlyGenericEvents_FirstBecomesLead()
    {
        var doc = new Doc("Police responded to an attack downtown. The attack shocked residents.")
            .Type("an attack", IncidentType.Attack).Type("The attack", IncidentType.Attack);

        doc.Assemble().Should().ContainSingle().Which.Type.Should().Be(IncidentType.Attack);
    }

    [Theory] // "was shot" beside as many deaths may be the same victim: unspecified casualties, not wounded
    [InlineData("Williams was found shot", 1, CasualtyMeasure.Casualties)] // bare "shot", one death reported
    [InlineData("Two men were wounded", 2, CasualtyMeasure.Wounded)] // "wounded" says they survived
    public void Assemble_BareShotBesideDeaths_IsCasualties(string words, int count, CasualtyMeasure expected)
    {
        var doc = new Doc("A teenager was gunned down on Elm Street. " + words + " near the corner.")
            .Type("gunned down", IncidentType.Shooting).Killed("A teenager was gunned down", 1, 1)
            .Killed(words, count, count, measure: CasualtyMeasure.Wounded);

        doc.Assemble().Single().Claims[^1].Measure.Should().Be(expected);
    }

    [Fact] // a later sentence with a figure of its own marks only that figure (the recognizer's job), not the mention's other deaths
    public void Assemble_RisingSentenceWithOwnFigure_DoesNotMarkOthers()
    {
        var doc = new Doc("Air strikes killed 51 civilians in Ariha. He said the toll of 12 from another raid was rising.")
            .Type("Air strikes", IncidentType.AirStrike).Killed("killed 51 civilians", 51, 51, VictimGroup.Civilians).At("Ariha", Ariha)
            .Killed("toll of 12", 12, 12);

        doc.Assemble().Single().Claims[0].Rising.Should().BeFalse();
    }

    [Theory] // a count that only says the people were hit (the wound's noun, the bullet's strike) may hold the dead, like "shot"
    [InlineData("Officers found three people suffering from gunshot wounds on Elm Street.", "three people suffering from gunshot wounds", 3, 2)] // "suffering from gunshot wounds": the whole hit, less the one dead
    [InlineData("Deputies found two men with bullet wounds behind the store.", "two men with bullet wounds", 2, 1)] // "with bullet wounds": found hit, one of them died
    [InlineData("Four people were struck by gunfire outside the bar.", "Four people were struck by gunfire", 4, 3)] // "struck by gunfire"
    [InlineData("Two children were hit by bullets that came through the wall.", "Two children were hit by bullets", 2, 1)] // "by bullets"
    [InlineData("Medics found a woman suffering from a gunshot wound near the dam.", "a woman suffering from a gunshot wound", 1, 0)] // one hit, one dead: the same person, nobody wounded
    public void Assemble_HitCountBesideDeath_IsCasualties(string text, string hit, int count, int wounded)
    {
        var doc = new Doc(text + " One of them died at the scene.", Mon)
            .Killed(hit, count, count, measure: CasualtyMeasure.Wounded).Killed("One of them died", 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Casualties && c.Quote == hit);
        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Sum(c => c.Quantity.Low ?? 0).Should().Be(wounded);
    }

    [Theory] // words that tell of the living keep the count wounded beside a death
    [InlineData("Officers found two people suffering from non-life-threatening gunshot wounds.", "two people suffering from non-life-threatening gunshot wounds")] // "non-life-threatening": survivors
    [InlineData("Two men were treated for gunshot wounds at a local hospital.", "Two men were treated for gunshot wounds")] // "treated for": survivors
    [InlineData("Two people suffered minor gunshot wounds in the exchange.", "Two people suffered minor gunshot wounds")] // "minor" wounds
    [InlineData("Two men with gunshot wounds were listed in stable condition.", "Two men with gunshot wounds were listed in stable condition")] // "stable condition"
    [InlineData("Two teens were wounded by gunfire near the school.", "Two teens were wounded by gunfire")] // "wounded" says they lived
    [InlineData("Two women were grazed by gunfire and recovering at home.", "Two women were grazed by gunfire and recovering")] // a graze, recovering
    public void Assemble_SurvivorHitCountBesideDeath_StaysWounded(string text, string hit)
    {
        var doc = new Doc("A man was killed on Elm Street. " + text, Mon)
            .Killed("A man was killed", 1, 1).Killed(hit, 2, 2, measure: CasualtyMeasure.Wounded);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Should().ContainSingle().Which.Quantity.Should().Be(Quantity.Exactly(2));
    }

    [Fact] // "a man and a woman were shot ... the man died": the shot count holds the dead, so the wounded are the shot less the dead
    public void Assemble_ShotCountThenDeath_WoundedAreTheShotLessTheDead()
    {
        var doc = new Doc("Two people were shot outside a bar on Sunday. The man died at the hospital.", Mon)
            .Killed("Two people were shot", 2, 2, measure: CasualtyMeasure.Wounded).Killed("The man died", 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Killed && c.Quantity.Low == 1);
        m.Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Casualties && c.Quantity.Low == 2);
        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Should().ContainSingle().Which.Quantity.Should().Be(Quantity.Exactly(1));
    }

    [Fact] // when the text counts its wounded in other words, that count stands and nothing is derived
    public void Assemble_ShotCountWithWoundedCount_KeepsTheStatedWounded()
    {
        var doc = new Doc("Five men were shot late Friday. One of them died. Four others were hurt.", Mon)
            .Killed("Five men were shot", 5, 5, measure: CasualtyMeasure.Wounded).Killed("One of them died", 1, 1)
            .Killed("Four others were hurt", 4, 4, measure: CasualtyMeasure.Wounded);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Should().ContainSingle().Which.Quote.Should().Be("Four others were hurt");
    }

    [Theory]
    [InlineData("One man was killed and three were shot near the park.", "three were shot")] // the death is told first in the same sentence: a separate count
    [InlineData("A woman died. Three other people were shot in the crossfire.", "Three other people were shot")] // "other" people are not the dead
    [InlineData("A woman died. Three others were shot in the crossfire.", "Three others were shot")] // "others", the plural noun, are not the dead either
    public void Assemble_ShotCountBesideTheDead_StaysWounded(string text, string shot)
    {
        string dead = text.StartsWith("One", StringComparison.Ordinal) ? "One man was killed" : "A woman died";
        var doc = new Doc(text, Mon).Killed(shot, 3, 3, measure: CasualtyMeasure.Wounded).Killed(dead, 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Should().ContainSingle().Which.Quantity.Should().Be(Quantity.Exactly(3));
    }

    [Fact] // "a boy was hurt ... he died": the only death is told of a pronoun, so it counts one dead, and the lone wounded is that boy
    public void Assemble_PronounDeathAlone_CountsOneDeadAndTakesTheLoneWounded()
    {
        var doc = new Doc("A boy was hurt by a stray round near the dam. He died the next morning.", Mon)
            .Killed("A boy was hurt", 1, 1, measure: CasualtyMeasure.Wounded).Killed("He died", 1, 1, anaphoric: true);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Killed).Which.Quote.Should().Be("He died");
        m.Claims.Should().NotContain(c => c.Measure == CasualtyMeasure.Wounded);
    }

    [Fact] // the control: a stated death count counts the dead; the pronoun may be one of them, and adds nothing
    public void Assemble_PronounDeathBesideACount_IsDropped()
    {
        var doc = new Doc("Three hikers were killed by the gunman near the dam. She died at the trailhead.", Mon)
            .Killed("Three hikers were killed", 3, 3).Killed("She died", 1, 1, anaphoric: true);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle().Which.Quote.Should().Be("Three hikers were killed");
    }

    [Fact] // a wound told of a pronoun is the mention's one wounded when nothing else counts a victim
    public void Assemble_PronounWoundAlone_CountsOneWounded()
    {
        var doc = new Doc("Deputies found a hiker near the dam. She was shot in the arm.", Mon).Killed("She was shot", 1, 1, measure: CasualtyMeasure.Wounded, anaphoric: true);

        doc.Assemble().Single().Claims.Should().ContainSingle().Which.Measure.Should().Be(CasualtyMeasure.Wounded);
    }

    [Theory]
    [InlineData("Two hikers were hurt near the dam. She was shot in the arm.", "Two hikers were hurt", CasualtyMeasure.Wounded)] // a stated count: she is one of them
    [InlineData("A hiker was killed near the dam. She was shot in the arm.", "A hiker was killed", CasualtyMeasure.Killed)] // she may be the one who died
    public void Assemble_PronounWoundBesideACount_IsDropped(string text, string counted, CasualtyMeasure measure)
    {
        var doc = new Doc(text, Mon).Killed(counted, counted.StartsWith("Two", StringComparison.Ordinal) ? 2 : 1, counted.StartsWith("Two", StringComparison.Ordinal) ? 2 : 1, measure: measure)
            .Killed("She was shot", 1, 1, measure: CasualtyMeasure.Wounded, anaphoric: true);

        doc.Assemble().Single().Claims.Should().ContainSingle().Which.Quote.Should().Be(counted);
    }

    [Fact] // a report that tells of a death anywhere may have counted the one shot as dead (in it or in another report): no pronoun wound
    public void Assemble_PronounWoundInAReportTellingOfADeath_IsDropped()
    {
        var doc = new Doc("Deputies found a hiker near the dam. She was shot in the arm. The case is a homicide.", Mon)
            .Killed("She was shot", 1, 1, measure: CasualtyMeasure.Wounded, anaphoric: true);

        doc.Assemble().SelectMany(m => m.Claims).Should().BeEmpty();
    }

    [Fact] // the control for deaths: a pronoun that died takes the pronoun wound as the same person
    public void Assemble_PronounWoundAndPronounDeath_CountsTheDeathOnly()
    {
        var doc = new Doc("She was shot near the dam. She died at noon.", Mon)
            .Killed("She was shot", 1, 1, measure: CasualtyMeasure.Wounded, anaphoric: true).Killed("She died", 1, 1, anaphoric: true);

        doc.Assemble().Single().Claims.Should().ContainSingle().Which.Measure.Should().Be(CasualtyMeasure.Killed);
    }

    [Fact] // several pronoun deaths may all be the one person: counted once
    public void Assemble_TwoPronounDeaths_CountOnce()
    {
        var doc = new Doc("Deputies found a man near the dam, killing him. He was declared dead at noon.", Mon)
            .Killed("killing him", 1, 1, anaphoric: true).Killed("He was declared dead", 1, 1, anaphoric: true);

        doc.Assemble().Single().Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Killed);
    }

    [Theory]
    [InlineData("Four people were injured in the shooting. Two of them died at the hospital.", "Four people were injured", 4, "Two of them died", 2)] // "of them"
    [InlineData("Three men were wounded outside the bar. One of the victims later died.", "Three men were wounded", 3, "One of the victims later died", 1)] // "of the victims"
    [InlineData("Six students were hurt in the attack. One of the six died Tuesday.", "Six students were hurt", 6, "One of the six died", 1)] // "of the" and a number
    [InlineData("Five people were wounded at the party. Two of those died overnight.", "Five people were wounded", 5, "Two of those died", 2)] // "of those"
    [InlineData("Seven people were injured late Saturday. One of the wounded died on Monday.", "Seven people were injured", 7, "One of the wounded died", 1)] // "of the wounded"
    public void Assemble_WoundedCountThenPartitiveDeath_WoundedAreTheGroupLessTheDead(string text, string group, int count, string death, int dead)
    {
        var doc = new Doc(text, Mon).Killed(group, count, count, measure: CasualtyMeasure.Wounded).Killed(death, dead, dead);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Casualties).Which.Quantity.Should().Be(Quantity.Exactly(count));
        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Wounded).Which.Quantity.Should().Be(Quantity.Exactly(count - dead));
    }

    [Theory]
    [InlineData("Two men died and five people were wounded near the club. One of the men killed died at the scene.", "five people were wounded", 5, "One of the men killed died", 1)] // a part of the dead, not of the wounded
    [InlineData("Four others were hurt, police said. One of them died.", "Four others were hurt", 4, "One of them died", 1)] // "others" are besides the dead
    [InlineData("One of them died, police said. Four people were injured in the crash.", "Four people were injured", 4, "One of them died", 1)] // the death is told before the count
    [InlineData("Four people were injured in the shooting. A man died at the hospital.", "Four people were injured", 4, "A man died", 1)] // a death not picked out of the group
    [InlineData("Three people were injured. One of them died. Four were hurt in all.", "Four were hurt", 4, "One of them died", 1)] // the larger count comes after the death
    public void Assemble_WoundedCountWithoutPartitiveDeath_KeepsTheWounded(string text, string group, int count, string death, int dead)
    {
        var doc = new Doc(text, Mon).Killed(group, count, count, measure: CasualtyMeasure.Wounded).Killed(death, dead, dead);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().NotContain(c => c.Measure == CasualtyMeasure.Casualties);
        m.Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Wounded && c.Quantity == Quantity.Exactly(count));
    }

    [Fact] // "four were shot, one fatally": the recognizer made the shot count casualties; the wounded are the shot less the dead
    public void Assemble_ShotCountWithFatalCount_DerivesTheWounded()
    {
        var doc = new Doc("Four teens were shot near the rink, one fatally.", Mon)
            .Killed("Four teens were shot", 4, 4, measure: CasualtyMeasure.Casualties).Killed("one fatally", 1, 1);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Wounded).Which.Quantity.Should().Be(Quantity.Exactly(3));
    }

    [Theory]
    [InlineData("A clerk is dead after a robber opened fire in the store, shooting three people.", 2)] // the death came after the shooting, which holds it
    [InlineData("A clerk is dead and a robber opened fire in the store, shooting three people.", 3)] // the control: coordinated, not "after": a separate count
    public void Assemble_DeathThenShootingInOneSentence_HoldsTheDeadOnlyAfterAfter(string text, int wounded)
    {
        var doc = new Doc(text, Mon).Killed("A clerk is dead", 1, 1).Killed("shooting three people", 3, 3, measure: CasualtyMeasure.Wounded);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().ContainSingle(c => c.Measure == CasualtyMeasure.Wounded).Which.Quantity.Should().Be(Quantity.Exactly(wounded));
    }

    [Fact] // a single wounded person told apart ("a woman is in critical condition") is one of the shot, and does not stop the derived count
    public void Assemble_ShotCountWithOneWoundedTold_StillDerivesTheWounded()
    {
        var doc = new Doc("Five men were shot at the depot on Sunday. One of them died. A porter is in critical condition.", Mon)
            .Killed("Five men were shot", 5, 5, measure: CasualtyMeasure.Wounded).Killed("One of them died", 1, 1)
            .Killed("A porter is in critical condition", 1, 1, measure: CasualtyMeasure.Wounded);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Where(c => c.Measure == CasualtyMeasure.Wounded).Select(c => c.Quantity.Low).Should().Contain(4);
    }

    [Fact] // the lead's own sentences give no day: the first day another sentence tells of it is the date
    public void Assemble_LeadWithoutDay_TakesTheDayAnotherSentenceTells()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. It happened Sunday night near his home. He was arrested Monday.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("Sunday", new LocalDate(2019, 3, 10)).Date("Monday", Mon);

        doc.Assemble().Single().Date.Should().Be(DateRange.OnDay(new LocalDate(2019, 3, 10)));
    }

    [Theory]
    [InlineData("He remained in critical condition Monday.", "It happened Sunday night near his home.")] // a status day gives way to the told day
    [InlineData("He will be released Monday.", "It happened Sunday night near his home.")] // a future day says nothing of the incident
    public void Assemble_StatusOrFutureDay_TakesTheToldDay(string second, string third)
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. " + second + " " + third, Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("Monday", Mon).Date("Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.Should().Be(DateRange.OnDay(new LocalDate(2019, 3, 10)));
    }

    [Theory]
    [InlineData("He was arrested Sunday at his home.")] // a later step of the story does not date it
    [InlineData("Police said Sunday that the boy is recovering.")] // a statement's day is not the incident's either
    [InlineData("As of Sunday night the boy was in stable condition.")] // a status "as of" a day is a statement's day too
    [InlineData("Police reported Sunday that the boy is recovering.")] // control for the passive rule: an active "reported" is a statement
    [InlineData("On Sunday, the county sheriff's office said the boy is recovering.")] // a day opening a sentence whose verb is "said"
    [InlineData("Sunday, a deputy told reporters the boy is recovering.")] // the same without "On"
    [InlineData("Sunday night deputies said the boy is recovering.")] // no comma: a short subject, then "said"
    [InlineData("Late Sunday afternoon, the district attorney charged a neighbor with assault.")] // an opening day whose verb is a later step's
    [InlineData("On Sunday, state troopers arrested the boy's uncle at a motel.")] // the same with "arrested"
    public void Assemble_LeadWithoutDay_IgnoresLaterStepsAndStatements(string second)
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. " + second, Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.Earliest.Should().NotBe(new LocalDate(2019, 3, 10));
    }

    [Theory]
    [InlineData("The shooting was reported Sunday night.")] // passive: the incident was reported (to the police) that day
    [InlineData("The gunfire was reported to deputies on Sunday.")] // control for "as of": a day after "on" is still told
    [InlineData("It happened on the night of Sunday, near his home.")] // control: "of" without "as" before it
    [InlineData("On Sunday, the boy was playing outside when the gun went off, police said.")] // control: the subject's verb is not speech
    [InlineData("On Sunday, the boy and his cousin found the gun and police said it was loaded.")] // control: "and" ends the subject first
    [InlineData("Sunday evening a stray round from the party next door hit the boy, police said.")] // control: no comma, "said" too far to be the subject's verb
    public void Assemble_LeadWithoutDay_TakesAReportedOrToldDay(string second)
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. " + second, Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.Should().Be(DateRange.OnDay(new LocalDate(2019, 3, 10)));
    }

    [Fact] // an older month told as background ("In January, ...") does not make the report a follow-up: the lead still takes its told day
    public void Assemble_LeadWithoutDay_OlderMonthDoesNotStopTheToldDay()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. It happened Sunday night near his home. In January, burglars broke into the house.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("Sunday", new LocalDate(2019, 3, 10));
        doc.Sentences[2].Dates.Add(new DateFinding(new TextSpan(doc.Report.Text.IndexOf("In January", StringComparison.Ordinal) + 3, doc.Report.Text.IndexOf("In January", StringComparison.Ordinal) + 10),
            new DateRange(new LocalDate(2019, 1, 1), new LocalDate(2019, 1, 31), DatePrecision.Month)));

        doc.Assemble().Single().Date.Should().Be(DateRange.OnDay(new LocalDate(2019, 3, 10)));
    }

    [Fact] // a day long before publication, in a sentence that is not the lead's, is history, not this incident's day
    public void Assemble_LeadWithoutDay_IgnoresDaysLongBefore()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. His brother died on January 2.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("January 2", new LocalDate(2019, 1, 2));

        doc.Assemble().Single().Date.IsResolved.Should().BeFalse();
    }

    [Fact] // one named victim among a counted many is a member, not a rival total
    public void Assemble_OneVictimAmongACount_KeepsTheCount()
    {
        var doc = new Doc("Three people were killed in a shooting in Ariha on Sunday. A man, 40, died at the scene, police said.", Mon)
            .Killed("Three people were killed", 3, 3).Killed("A man, 40, died", 1, 1).At("Ariha", Ariha).Source("police said", "police");

        doc.Assemble().Single().Claims.Where(c => c.Measure == CasualtyMeasure.Killed).Should().ContainSingle().Which.Quantity.Low.Should().Be(3);
    }

    [Theory]
    [InlineData(3, null)] // "at least three" is no exact count: the one stays
    [InlineData(1, 1)] // two counts of one: a one stays (they are one figure)
    public void Assemble_OneVictimBesideNoExactCount_KeepsTheOne(int low, int? high)
    {
        var doc = new Doc("Gunmen killed at least three people in Ariha on Sunday. A man died at the scene.", Mon)
            .Killed("killed at least three people", low, high).Killed("A man died", 1, 1).At("Ariha", Ariha);

        doc.Assemble().Single().Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Killed && c.Quantity == Quantity.Exactly(1));
    }

    [Fact] // a sentence of a later step dates that step, whatever word the day sits beside
    public void Assemble_LeadWithoutDay_IgnoresASentenceOfTheTrial()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. Prosecutors showed the video to the jury on Sunday.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("on Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.IsResolved.Should().BeFalse();
    }

    [Fact] // a report that recalls an older day (a trial's story) never dates an undated lead by a recent day; the sentence that sets
           // the scene ("it happened on January 2") dates it
    public void Assemble_LeadWithoutDayInReportOfAnOlderDay_TakesTheSceneDayNotTheRecentOne()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. It happened on January 2 near his home. A video of it was shown Sunday.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("January 2", new LocalDate(2019, 1, 2)).Date("Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.Earliest.Should().Be(new LocalDate(2019, 1, 2));
    }

    [Fact] // the same report without a scene sentence: the older day's story leaves the lead undated rather than take the recent day
    public void Assemble_LeadWithoutDayInReportOfAnOlderDay_StaysUndated()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha. His family moved there on January 2. A video of it was shown Sunday.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("January 2", new LocalDate(2019, 1, 2)).Date("Sunday", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.IsResolved.Should().BeFalse();
    }

    [Fact] // a line that is only a time stamp is no day of the incident
    public void Assemble_LeadWithoutDay_IgnoresAStampLine()
    {
        var doc = new Doc("A boy was shot in the hand in Ariha.\n\nSUNDAY, MARCH 10, 2019, 10:34 AM\n\nHe is recovering.", Mon)
            .Killed("A boy was shot", 1, 1, measure: CasualtyMeasure.Wounded).At("Ariha", Ariha)
            .Date("SUNDAY, MARCH 10, 2019", new LocalDate(2019, 3, 10));

        doc.Assemble().Single().Date.IsResolved.Should().BeFalse();
    }

    [Theory]
    [InlineData("A man shot and killed his wife and son at their home on Sunday. He then drove to a park and killed himself. Police called it a murder-suicide.", "killed himself")] // the report names a murder-suicide
    [InlineData("A woman shot and killed her husband and son at their home on Sunday. Hours later she took her own life. Deputies are treating the deaths as a murder/suicide.", "took her own life")] // "murder/suicide" spelled with a slash
    public void Assemble_MurderSuicideKillerDeathInLaterSentence_CountsBesideVictims(string text, string self)
    {
        var doc = new Doc(text, Mon).Killed(text.Contains("wife", StringComparison.Ordinal) ? "killed his wife and son" : "killed her husband and son", 2, 2).Killed(self, 1, 1, self: true);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().Contain(c => c.Measure == CasualtyMeasure.Killed && c.Group == VictimGroup.Unspecified && c.Quantity.Low == 2);
        m.Claims.Should().ContainSingle(c => c.Group == VictimGroup.Perpetrators).Which.Quote.Should().Be(self);
    }

    [Fact] // without "murder-suicide" a later death by one's own hand may be the victim's own (an accident): it stays among the dead
    public void Assemble_DeathByOwnHandWithoutMurderSuicide_StaysUnspecified()
    {
        const string text = "A boy was killed at a house on Sunday. Police said he accidentally shot and killed himself with his father's rifle.";
        var doc = new Doc(text, Mon).Killed("A boy was killed", 1, 1).Killed("shot and killed himself", 1, 1, self: true);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Should().NotContain(c => c.Group == VictimGroup.Perpetrators);
    }

    [Fact] // "killed his wife" and "killed himself" are two deaths, both of one: the killer's is not folded into the victim's as a repeat
    public void Assemble_KillerSelfBesideOneVictim_KeepsBoth()
    {
        const string text = "A man fatally shot his wife and then shot himself to death in their kitchen.";
        var doc = new Doc(text, Mon).Killed("fatally shot his wife", 1, 1).Killed("shot himself to death", 1, 1, VictimGroup.Perpetrators, self: true);

        IncidentMention m = doc.Assemble().Single();

        m.Claims.Where(c => c.Measure == CasualtyMeasure.Killed).Should().HaveCount(2);
    }
}
