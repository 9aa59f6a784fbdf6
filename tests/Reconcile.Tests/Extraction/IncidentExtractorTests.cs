using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction;

public class IncidentExtractorTests
{
    private static readonly Place Province = new() { Name = "Idlib", Kind = PlaceKind.Admin1, Admin1 = "Idlib", Country = "Syria", CountryCode = "SY" };
    private static readonly Place Town = new() { Name = "Idlib", Kind = PlaceKind.Locality, Admin1 = "Idlib", Country = "Syria", CountryCode = "SY", GeoNameId = 7 };

    private static PlaceFinding At(string text, string words, Place place, int from = 0)
    {
        int i = text.IndexOf(words, from, StringComparison.Ordinal);
        return new PlaceFinding(new TextSpan(i, i + words.Length), place, 0.9);
    }

    [Theory] // a town named like its province is the province when the report names the province outright, unless marked as the city
    [InlineData("Strikes hit Idlib. The province of Idlib is held by rebels.", PlaceKind.Admin1)] // bare name, province named elsewhere
    [InlineData("Strikes hit Idlib city. The province of Idlib is held by rebels.", PlaceKind.Locality)] // "city" after the name
    [InlineData("Strikes hit the city of Idlib. The province of Idlib is held by rebels.", PlaceKind.Locality)] // "city of" before
    public void PreferNamedProvince_SameNameTown_FollowsCues(string text, PlaceKind expected)
    {
        PlaceFinding town = At(text, "Idlib", Town);
        PlaceFinding province = At(text, "Idlib", Province, text.IndexOf("province", StringComparison.Ordinal));

        IncidentExtractor.PreferNamedProvince(text, town, [town, province]).Place.Kind.Should().Be(expected);
    }

    [Fact] // without an explicit province the town stays a town
    public void PreferNamedProvince_NoProvinceNamed_KeepsTown()
    {
        const string text = "Strikes hit Idlib.";
        PlaceFinding town = At(text, "Idlib", Town);

        IncidentExtractor.PreferNamedProvince(text, town, [town]).Place.Should().Be(Town);
    }

    [Fact] // white space or empty text is not an error: no mentions, no exception
    public void Extract_BlankText_ReturnsNothing()
    {
        new IncidentExtractor().Extract(new Report { Id = "x", Text = " \n " }).Mentions.Should().BeEmpty();
    }

    [Fact] // garbage never throws: extraction degrades to fewer findings
    public void Extract_Garbage_DoesNotThrow()
    {
        var random = new Random(7);
        var chars = new char[5000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(1, 0x2FFF);
        }

        var act = () => new IncidentExtractor().Extract(new Report { Id = "x", Text = new string(chars) + " 12 killed. At least" });
        act.Should().NotThrow();
    }

    [Fact] // the body names no town; the headline does, before the site's name
    public void Extract_TownOnlyInTitle_PlacesTheLead()
    {
        var report = new Report
        {
            Id = "t",
            Title = "Two teens wounded in Chattanooga shooting - Channel 9 News | Weather",
            Published = new NodaTime.LocalDate(2018, 6, 4),
            Text = "Two teenagers were shot Sunday night outside a convenience store, police said. Both are expected to recover.",
        };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Chattanooga");
        lead.Place.Admin1.Should().Be("Tennessee");
    }

    [Theory] // the body names the town only as the seat of its own force: the lead is placed there
    [InlineData("Two men were wounded in a shooting late Saturday outside a bar. Tuscaloosa police said both are expected to recover.", "Tuscaloosa")] // lower-case "police" after the town
    [InlineData("A teenager was shot and killed Tuesday night. The Lubbock Police Department is asking anyone with video to call.", "Lubbock")] // "X Police Department"
    [InlineData("A woman was injured by gunfire early Sunday. Spokane detectives are looking for a gray sedan seen leaving the area.", "Spokane")] // detectives, not police
    [InlineData("Three people were shot at a party on Friday night. Amarillo PD said no arrests have been made.", "Amarillo")] // the abbreviation PD
    [InlineData("A man was found shot in his car early Monday. Louisville Metro Police are investigating.", "Louisville")] // a metro force
    [InlineData("A 19-year-old was wounded outside a store Sunday. The Las Vegas Metropolitan Police Department is asking for tips.", "Las Vegas")] // a two-word town before "Metropolitan Police"
    public void Extract_TownOnlyAsItsForce_PlacesTheLead(string text, string town)
    {
        var report = new Report { Id = "f", Published = new NodaTime.LocalDate(2018, 6, 4), Text = text };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be(town);
        lead.Place.Kind.Should().Be(PlaceKind.Locality);
    }

    [Theory] // published Monday 2018-06-04; each report also tells of a later step, so the lead's day comes from the scene sentence alone
    [InlineData("A man was shot in the leg outside a bar. Police said it happened on May 20. The suspect was arrested Sunday.", 2018, 5, 20)] // "it happened on"
    [InlineData("A 15-year-old boy was accidentally shot by a friend. Officers responded to the scene on May 12. The friend was charged Friday.", 2018, 5, 12)] // "responded to the scene"
    [InlineData("A woman was wounded by a stray bullet. Deputies were called to the apartment complex on May 30. A vigil was held Saturday.", 2018, 5, 30)] // "were called to"
    [InlineData("Two men were shot outside a bar. The incident occurred on May 27, police said. One man was charged on Friday.", 2018, 5, 27)] // "occurred"
    public void Extract_SceneSentenceAfterTheLead_DatesIt(string text, int year, int month, int day)
    {
        var report = new Report { Id = "s", Published = new NodaTime.LocalDate(2018, 6, 4), Text = text };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Date.Earliest.Should().Be(new NodaTime.LocalDate(year, month, day));
    }

    [Fact] // a dateline town the gazetteer lacks still places the lead
    public void Extract_UnknownDatelineTown_PlacesTheLead()
    {
        var report = new Report { Id = "d", Published = new NodaTime.LocalDate(2018, 6, 4), Text = "QUILLBY, S.D. — A 13-year-old was wounded by a shotgun Saturday while hunting pheasants with his father." };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Quillby");
        lead.Place.Admin1.Should().Be("South Dakota");
    }

    [Fact] // the dateline's state says the body's "Georgia" is the US state, not the country
    public void Extract_DatelineStateNamedLikeACountry_PlacesTheLeadInTheState()
    {
        var report = new Report { Id = "e", Published = new NodaTime.LocalDate(2018, 6, 4), Text = "QUILLBY, Georgia (WXYZ) – A toddler was shot and wounded Sunday at a home on Oak Grove Road." };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Quillby");
        lead.Place.Admin1.Should().Be("Georgia");
        lead.Place.CountryCode.Should().Be("US");
    }

    [Fact] // two towns' forces: which one's scene it is stays open, so neither is taken
    public void AgencyTown_TwoTownsForces_ReturnsNone()
    {
        const string text = "A man was shot Sunday. Tuscaloosa police and Lubbock police are working together.";
        var report = new Report { Id = "g", Published = new NodaTime.LocalDate(2018, 6, 4), Text = text };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().BeNull();
    }

    [Fact] // a force named by its kind ("State Police") is no town's force
    public void Extract_StatePolice_DoesNotPlaceAtATown()
    {
        var report = new Report { Id = "s", Published = new NodaTime.LocalDate(2018, 6, 4), Text = "A trooper was shot during a traffic stop on Monday. State Police said the driver fled." };

        IncidentMention lead = new IncidentExtractor().Extract(report).Mentions[0];

        lead.Place.Should().BeNull();
    }

    [Fact] // the site part says which homonym: a lead read as a same-named town elsewhere moves to the outlet's town
    public void PlaceLeadByOutlet_LeadAtHomonymAbroad_TakesTheOutletsTown()
    {
        var town = new Place { Name = "Birmingham", Kind = PlaceKind.Locality, Admin1 = "Alabama", Country = "United States", CountryCode = "US", GeoNameId = 1 };
        var homonym = new Place { Name = "Birmingham", Kind = PlaceKind.Locality, Admin1 = "England", Country = "United Kingdom", CountryCode = "GB", GeoNameId = 2 };
        var other = new Place { Name = "Leeds", Kind = PlaceKind.Locality, Admin1 = "England", Country = "United Kingdom", CountryCode = "GB", GeoNameId = 3 };
        IncidentMention lead = new() { Id = "r#0", Report = new Report { Id = "r", Text = "x" }, Ordinal = 0, Place = homonym };
        PlaceFinding[] body = [new PlaceFinding(new TextSpan(0, 10), homonym, 0.55)];

        IncidentExtractor.PlaceLeadByOutlet([lead], body, town)[0].Place.Should().Be(town);
        IncidentExtractor.PlaceLeadByOutlet([lead with { Place = other }], [new PlaceFinding(new TextSpan(0, 5), other, 0.9)], town)[0].Place.Should().Be(other);
    }

    [Fact] // a lead placed only at a state takes the title's town inside that state
    public void PlaceLeadByTitle_StateLead_RefinedToTitleTown()
    {
        var state = new Place { Name = "Ohio", Kind = PlaceKind.Admin1, Admin1 = "Ohio", Country = "United States", CountryCode = "US" };
        var town = new Place { Name = "Dayton", Kind = PlaceKind.Locality, Admin1 = "Ohio", Country = "United States", CountryCode = "US", GeoNameId = 9 };
        var abroad = new Place { Name = "Dayton", Kind = PlaceKind.Locality, Admin1 = "Ontario", Country = "Canada", CountryCode = "CA", GeoNameId = 10 };
        IncidentMention lead = new() { Id = "r#0", Report = new Report { Id = "r", Text = "x" }, Ordinal = 0, Place = state };

        IncidentExtractor.PlaceLeadByTitle([lead], [], [new PlaceFinding(new TextSpan(0, 6), town, 0.6)])[0].Place.Should().Be(town);
        IncidentExtractor.PlaceLeadByTitle([lead], [], [new PlaceFinding(new TextSpan(0, 6), abroad, 0.6)])[0].Place.Should().Be(state);
    }

    [Fact] // the outlet's town fills only a lead with no place, and never when the body is about another country
    public void PlaceLeadByOutlet_LeadWithoutPlace_TakesTheOutletsTown()
    {
        var state = new Place { Name = "Ohio", Kind = PlaceKind.Admin1, Admin1 = "Ohio", Country = "United States", CountryCode = "US" };
        var town = new Place { Name = "Dayton", Kind = PlaceKind.Locality, Admin1 = "Ohio", Country = "United States", CountryCode = "US", GeoNameId = 9 };
        var abroad = new Place { Name = "Paris", Kind = PlaceKind.Locality, Admin1 = "Ile-de-France", Country = "France", CountryCode = "FR", GeoNameId = 11 };
        IncidentMention bare = new() { Id = "r#0", Report = new Report { Id = "r", Text = "x" }, Ordinal = 0 };
        IncidentMention placed = bare with { Place = state };

        IncidentExtractor.PlaceLeadByOutlet([bare], [], town)[0].Place.Should().Be(town);
        IncidentExtractor.PlaceLeadByOutlet([placed], [], town)[0].Place.Should().Be(state);
        IncidentExtractor.PlaceLeadByOutlet([bare], [new PlaceFinding(new TextSpan(0, 5), abroad, 0.9)], town)[0].Place.Should().BeNull();
        IncidentExtractor.PlaceLeadByOutlet([bare], [], null)[0].Place.Should().BeNull();
    }

    [Fact] // a lead with no place is not placed abroad from everything the body names
    public void PlaceLeadByTitle_TitleTownInAnotherCountry_NotTaken()
    {
        var body = new Place { Name = "Texas", Kind = PlaceKind.Admin1, Admin1 = "Texas", Country = "United States", CountryCode = "US" };
        var abroad = new Place { Name = "Paris", Kind = PlaceKind.Locality, Admin1 = "Ile-de-France", Country = "France", CountryCode = "FR", GeoNameId = 11 };
        IncidentMention lead = new() { Id = "r#0", Report = new Report { Id = "r", Text = "x" }, Ordinal = 0 };

        IncidentExtractor.PlaceLeadByTitle([lead], [new PlaceFinding(new TextSpan(0, 5), body, 0.9)], [new PlaceFinding(new TextSpan(0, 5), abroad, 0.9)])[0].Place.Should().BeNull();
    }

    [Theory]
    [InlineData("Three hurt in shooting at Dayton bar", true)] // "at" before the town
    [InlineData("Teen wounded in Dayton", true)] // "in" before it
    [InlineData("Early morning Dayton shooting leaves one dead", true)] // an incident noun after it
    [InlineData("Dayton man charged after crash", false)] // control: a person's home town, not the incident's place
    [InlineData("Police from Dayton help search", false)] // control: an origin
    public void SaysWhere_Headline_FindsLocativeOrIncidentNoun(string headline, bool expected)
    {
        int at = headline.IndexOf("Dayton", StringComparison.Ordinal);

        IncidentExtractor.SaysWhere(headline, new TextSpan(at, at + 6)).Should().Be(expected);
    }

    [Fact] // a lead placed at another town of the country takes the headline's town where the headline says it happened there
    public void PlaceLeadByTitle_TownLeadAndHeadlineTown_TakesTheHeadlines()
    {
        var hamilton = new Place { Name = "Hamilton", Kind = PlaceKind.Locality, Admin1 = "Ohio", Country = "United States", CountryCode = "US", GeoNameId = 12 };
        var dayton = new Place { Name = "Dayton", Kind = PlaceKind.Locality, Admin1 = "Ohio", Country = "United States", CountryCode = "US", GeoNameId = 9 };
        IncidentMention lead = new() { Id = "r#0", Report = new Report { Id = "r", Text = "x" }, Ordinal = 0, Place = hamilton };
        const string shot = "Two hurt in Dayton shooting";
        const string home = "Dayton man charged";

        IncidentExtractor.PlaceLeadByTitle([lead], [], [new PlaceFinding(new TextSpan(12, 18), dayton, 0.6)], shot)[0].Place.Should().Be(dayton);
        IncidentExtractor.PlaceLeadByTitle([lead], [], [new PlaceFinding(new TextSpan(0, 6), dayton, 0.6)], home)[0].Place.Should().Be(hamilton);
        IncidentExtractor.PlaceLeadByTitle([lead], [], [new PlaceFinding(new TextSpan(12, 18), dayton, 0.6)])[0].Place.Should().Be(hamilton); // no headline given
    }

    private static Place UsTown(string name, string admin1)
    {
        foreach (int i in Gazetteer.Default.Lookup(PlaceNames.Key(name)))
        {
            GazetteerEntry e = Gazetteer.Default.Entries[i];
            if (e.Kind == PlaceKind.Locality && e.CountryCode == "US" && e.Admin1Name == admin1)
            {
                return e.ToPlace();
            }
        }

        throw new InvalidOperationException(name);
    }

    [Theory]
    [InlineData("Hamilton", "Ohio", "Dayton", "Ohio", true)] // another town of the state, 50 km off
    [InlineData("Houston", "Texas", "Humble", "Texas", false)] // control: a smaller town near the body's city is a part of it
    [InlineData("Chicago", "Illinois", "Austin", "Texas", false)] // control: another state ("Austin" is also a Chicago neighbourhood)
    public void RetitledTown_HeadlineTown_ReplacesOnlyAnotherTownOfTheState(string body, string bodyState, string title, string titleState, bool expected)
    {
        IncidentExtractor.RetitledTown(UsTown(body, bodyState), UsTown(title, titleState)).Should().Be(expected);
    }

    [Fact] // a report over its time budget is kept without mentions and says so; a budget of one tick is spent before the first sentence is read
    public void Extract_BudgetSpent_NoMentionsOverBudgetIssue()
    {
        var extractor = new IncidentExtractor(new ExtractionOptions { MaxReportTime = TimeSpan.FromTicks(1) });
        string text = string.Concat(Enumerable.Repeat("A car bomb killed 12 people in Kabul on Monday. ", 200));
        ExtractionResult result = extractor.Extract(new Report { Id = "slow", Text = text });
        result.Mentions.Should().BeEmpty();
        result.Issues.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.OverBudget);
        result.Issues[0].Message.Should().Contain("'slow'").And.Contain("MaxReportTime");
    }

    [Theory]
    [InlineData(0L)] // zero is no budget at all
    [InlineData(-10_000_000L)] // negative
    public void Constructor_BadBudget_Throws(long ticks)
    {
        var act = () => new IncidentExtractor(new ExtractionOptions { MaxReportTime = TimeSpan.FromTicks(ticks) });
        act.Should().Throw<ArgumentException>().WithMessage("*MaxReportTime*");
    }

    [Fact] // the budget can be turned off
    public void Constructor_InfiniteBudget_Accepted()
    {
        new IncidentExtractor(new ExtractionOptions { MaxReportTime = Timeout.InfiniteTimeSpan })
            .Extract(new Report { Id = "x", Text = "A bomb killed 5 people." }).Issues.Should().BeEmpty();
    }

    /// <summary>Texts shaped to make per-sentence or per-figure work grow faster than the text: run-on sentences full of figures,
    /// one name repeated thousands of times, runs of capitals, spaces before an anchored pattern's end, long words, digits.</summary>
    public static TheoryData<string, string> AdversarialTexts() => new()
    {
        { "run-on figures", Repeat("a gunman killed 5 people and wounded 12 others in Chicago on Saturday police said ", 150_000) },
        { "run-on figures with commas", Repeat("the war has killed 350,000, since 2011, the deadliest attack since 1994, killed 3, ", 150_000) },
        { "capitals", Repeat("John Smith Mary Jones Police Chief Springfield ", 150_000) },
        { "one town", Repeat("Toledo, Toledo and Toledo. ", 150_000) },
        { "spaces before the end", "The bombing was carried out by" + new string(' ', 100_000) + "the Islamic State." },
        { "blamed on spaces", Repeat("blamed on the ", 20) + new string(' ', 50_000) + "x" },
        { "one long word", new string('a', 150_000) + " killed 5." },
        { "digits", Repeat("12 34 5,000 killed ", 150_000) },
        { "ordinals and years", Repeat("in 1994 the 97th homicide this year since 2001 ", 150_000) },
    };

    [Theory]
    [MemberData(nameof(AdversarialTexts))] // each shape once: see AdversarialTexts
    public void Extract_AdversarialText_FinishesWithinBudgetQuotesExact(string shape, string text)
    {
        ExtractionResult result = new IncidentExtractor().Extract(new Report { Id = shape, Text = text });
        result.Issues.Should().NotContain(i => i.Code == ProblemCodes.OverBudget, "work per report is linear, so the 60 s budget is never near");
        result.Mentions.SelectMany(m => m.Claims).Where(c => c.Quote != text.Substring(c.Span.Start, c.Span.End - c.Span.Start)).Should().BeEmpty();
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new System.Text.StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }

    [Theory]
    [InlineData("Two men shot outside Rome bar - WXYZ News", IncidentType.Shooting)] // the text is a page shell; the headline tells a shooting
    [InlineData("Weekend forecast: rain and wind", null)] // a headline without an incident gives no lead
    public void Extract_TextWithoutIncident_LeadFromHeadline(string title, IncidentType? expected)
    {
        var report = new Report
        {
            Id = "shell",
            Title = title,
            Text = "Get email notifications on this author daily!\n\nYour notification has been saved.",
        };

        IReadOnlyList<IncidentMention> mentions = new IncidentExtractor().Extract(report).Mentions;

        if (expected is null)
        {
            mentions.Should().BeEmpty();
            return;
        }

        IncidentMention lead = mentions.Should().ContainSingle().Subject;
        lead.Type.Should().Be(expected);
        // the headline's figure is its only claim, quoting the title (the text has none of its words)
        lead.Claims.Should().ContainSingle().Which.Should().Match<CasualtyClaim>(c => c.InTitle && c.Quantity.Low == 2
            && c.Quote == title.Substring(c.Span.Start, c.Span.Length));
        lead.Sentences.Should().BeEmpty();
        lead.Evidence.Should().BeEmpty();
    }

    [Fact] // a report whose text tells an incident keeps its own lead: the headline only adds when the text has nothing
    public void Extract_TextWithIncident_HeadlineAddsNoLead()
    {
        var report = new Report { Id = "r", Title = "Bar shooting leaves two hurt", Text = "Three people were killed in a stabbing on Elm Street on Monday, police said." };

        IReadOnlyList<IncidentMention> mentions = new IncidentExtractor().Extract(report).Mentions;

        mentions.Should().NotBeEmpty();
        mentions[0].Sentences.Should().NotBeEmpty();
    }
}
