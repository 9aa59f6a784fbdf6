using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Places;

public class PlaceRecognizerTests
{
    private static IReadOnlyList<PlaceFinding> Find(string text) => PlaceRecognizer.Default.Find(text, SentenceSplitter.Split(text));

    /// <summary>The lead mention of a report with a title and (when given) a web address, published 2018-06-04.</summary>
    private static IncidentMention Lead(string title, string? url, string text) => new IncidentExtractor().Extract(new Report
    {
        Id = "t",
        Title = title,
        Url = url,
        Published = new NodaTime.LocalDate(2018, 6, 4),
        Text = text,
    }).Mentions[0];

    private static PlaceFinding Single(string text, string surface)
    {
        var found = Find(text).Where(f => f.Span.Slice(text) == surface).ToList();
        found.Should().NotBeEmpty($"'{surface}' should be found in: {text}");
        found.Select(f => f.Place).Distinct().Should().ContainSingle($"every mention of '{surface}' should resolve alike");
        return found[0];
    }

    // ------------------------------------------------------------------ US local news

    [Theory]
    [InlineData("GARY, Ind. (AP) — Five people were wounded in a shooting early Sunday.", "GARY", "Gary", "Indiana")] // AP dateline with AP state abbreviation
    [InlineData("Police said the man was shot in Rock Falls, Illinois, on Saturday.", "Rock Falls", "Rock Falls", "Illinois")] // town, full state name
    [InlineData("Two men were shot on the South Side of Chicago late Sunday.", "Chicago", "Chicago", "Illinois")] // neighbourhood phrase around a city
    [InlineData("A man was killed in Springfield, Mo., on Friday night.", "Springfield", "Springfield", "Missouri")] // homonym resolved by the AP abbreviation
    [InlineData("A man was killed in Springfield, Ill., on Friday night.", "Springfield", "Springfield", "Illinois")] // the same homonym, other state
    [InlineData("Two men were shot in St. Paul, Minnesota, on Friday.", "St. Paul", "Saint Paul", "Minnesota")] // "St." for GeoNames' "Saint"
    [InlineData("A woman was shot dead in Ft. Worth, Texas, late Monday.", "Ft. Worth", "Fort Worth", "Texas")] // "Ft." for "Fort"
    [InlineData("Police in Mt. Vernon, New York, said a man was wounded.", "Mt. Vernon", "Mount Vernon", "New York")] // "Mt." for "Mount"
    [InlineData("A teen was killed in Mt Pleasant, Michigan, on Sunday.", "Mt Pleasant", "Mount Pleasant", "Michigan")] // without the full stop
    [InlineData("A man was shot in Saint Louis, Missouri, on Friday.", "Saint Louis", "St. Louis", "Missouri")] // the long form of a name GeoNames abbreviates
    [InlineData("Officers in Springfield, MA responded to the call.", "Springfield", "Springfield", "Massachusetts")] // postal code qualifier
    [InlineData("A teen was shot in Springfield on Friday. Massachusetts State Police are investigating.", "Springfield", "Springfield", "Massachusetts")] // homonym resolved by a state named elsewhere
    [InlineData("MIAMI, Fla. — A woman was shot outside a Miami nightclub.", "Miami", "Miami", "Florida")] // every mention follows the dateline reading
    [InlineData("Bastrop authorities released the names of the victims. The shooting happened in Bastrop, Texas, on Saturday.", "Bastrop", "Bastrop", "Texas")] // a sentence-start mention takes the qualified one's reading
    [InlineData("Toledo Police have confirmed that a baby died. The girl lived in Toledo.", "Toledo", "Toledo", "Ohio")] // city + police, the biggest Toledo without other context
    [InlineData("A girl was shot in Paris, Texas, on Monday.", "Paris", "Paris", "Texas")] // a qualifier beats a world capital
    [InlineData("Police have charged a Toledo man with child endangering.", "Toledo", "Toledo", "Ohio")] // a town used as an adjective
    [InlineData("A double homicide in Cleveland Monday is under investigation in Tennessee. Cleveland Police Chief Mark Gibson spoke.", "Cleveland", "Cleveland", "Tennessee")] // weekday and institution after the town are no first-name signal
    [InlineData("GREENACRES, Fla. — A man was shot on Sunday.", "GREENACRES", "Greenacres City", "Florida")] // GeoNames' "X City" answers to "X"
    [InlineData("A man was shot in the Bronx on Friday.", "Bronx", "The Bronx", "New York")] // GeoNames' "The X" answers to "the X"
    [InlineData("The suspect was arrested in Cleveland. Chattanooga police helped, and the Tennessee Bureau of Investigation took over.", "Cleveland", "Cleveland", "Tennessee")] // context of other places in one state
    [InlineData("A man was shot in Hickory, North Carolina, on Friday near Oak Street.", "Hickory", "Hickory", "North Carolina")] // control: a street word further on does not unmake the town
    [InlineData("Two teens were shot in Los Altos, California, after a party.", "Los Altos", "Los Altos", "California")] // control: the town itself
    [InlineData("Memphis Police Investigate Shooting On Elm Street", "Memphis", "Memphis", "Tennessee")] // control: title case, a street word three words on
    [InlineData("1 Dead, 3 Hurt In Chattanooga Shooting", "Chattanooga", "Chattanooga", "Tennessee")] // a title-case headline: capitalised words before "In" are not the name's
    [InlineData("Two Teens Wounded At Tallahassee Party", "Tallahassee", "Tallahassee", "Florida")] // the same after "At"
    public void Find_UsLocalNews_ResolvesTownAndState(string text, string surface, string name, string admin1)
    {
        PlaceFinding f = Single(text, surface);
        f.Place.Name.Should().Be(name);
        f.Place.Kind.Should().Be(PlaceKind.Locality);
        f.Place.Admin1.Should().Be(admin1);
        f.Place.CountryCode.Should().Be("US");
        f.Place.Country.Should().Be("United States");
        f.Place.GeoNameId.Should().BePositive();
        f.Place.Latitude.Should().NotBeNull();
    }

    [Theory]
    [InlineData("A man was shot and killed in Akron on Saturday night.", "Akron")] // bare city after "in": the city dwarfs its namesakes
    [InlineData("Officers said the shooting happened in Akron, and the victim later died.", "Akron")] // the same city, another phrasing and position
    public void Find_BareDominantCityAfterCue_IsConfident(string text, string surface)
    {
        PlaceFinding f = Single(text, surface);
        f.Confidence.Should().BeGreaterOrEqualTo(0.65);
    }

    [Fact]
    public void Find_BareTownWithComparableNamesakes_StaysUnsure()
    {
        // Negative: namesakes of similar size are no dominant reading, so the homonym margin still costs confidence.
        const string text = "A man was shot in Springfield on Saturday night.";
        var found = Find(text).Where(f => f.Span.Slice(text) == "Springfield").ToList();
        found.Should().OnlyContain(f => f.Confidence < 0.65);
    }

    [Theory]
    [InlineData("GARY, Ind. (AP) — Five people were wounded.", "Ind", "Indiana")] // the abbreviation is itself a mention of the state
    [InlineData("It happened in Rock Falls, Illinois.", "Illinois", "Illinois")] // a full state name
    [InlineData("Georgia lawmakers met in Atlanta on Monday.", "Georgia", "Georgia")] // a state named like a country, in a US report
    public void Find_UsState_IsAdmin1(string text, string surface, string admin1)
    {
        PlaceFinding f = Single(text, surface);
        f.Place.Kind.Should().Be(PlaceKind.Admin1);
        f.Place.Name.Should().Be(admin1);
        f.Place.CountryCode.Should().Be("US");
    }

    [Theory]
    [InlineData("A man was found dead in Paris on Sunday.", "Paris", "FR")] // the world capital without qualifier
    [InlineData("Fighting broke out between Georgia and Russia.", "Georgia", "GE")] // the country, not the US state
    [InlineData("Troops crossed the border with Jordan.", "Jordan", "JO")] // the country, not Jordan, Hong Kong
    public void Find_WorldPlaces_DefaultToTheBestKnown(string text, string surface, string cc)
    {
        Single(text, surface).Place.CountryCode.Should().Be(cc);
    }

    // ------------------------------------------------------------------ Syria / Iraq transliterations

    [Theory]
    [InlineData("Deir Ezzor")] // AFP spelling
    [InlineData("Deir ez-Zor")] // Wikipedia / GeoNames spelling
    [InlineData("Deir Al Zor")] // Gulf News spelling
    [InlineData("Deir az-Zour")] // The New Arab spelling
    [InlineData("Dayr az Zawr")] // formal transliteration
    [InlineData("Deir el-Zor")] // Egyptian-style article
    [InlineData("Deir al-Zor")] // Reuters spelling
    public void Find_DeirEzzorSpellings_ResolveToTheGovernorate(string spelling)
    {
        string text = $"Fighting across {spelling} province has sent thousands of civilians fleeing in eastern Syria.";
        PlaceFinding f = Single(text, spelling);
        f.Place.Kind.Should().Be(PlaceKind.Admin1);
        f.Place.Name.Should().Be("Deir ez-Zor");
        f.Place.Admin1.Should().Be("Deir ez-Zor");
        f.Place.Country.Should().Be("Syria");
        f.Place.CountryCode.Should().Be("SY");
    }

    [Theory]
    [InlineData("Albu Kamal")] // AFP spelling
    [InlineData("Al Bukamal")] // article apart
    [InlineData("Al bukamal")] // lower-case after the article
    [InlineData("Boukamal")] // French-style ou
    [InlineData("Abu Kamal")] // father-of form
    [InlineData("Abu Kemal")] // e for a
    [InlineData("Al-Bukamal")] // hyphenated article
    public void Find_AlbuKamalSpellings_ResolveToTheTown(string spelling)
    {
        string text = $"Syrian forces converged on the border town of {spelling} in Syria on Saturday.";
        PlaceFinding f = Single(text, spelling);
        f.Place.Kind.Should().Be(PlaceKind.Locality);
        f.Place.Name.Should().Be("Albu Kamal");
        f.Place.Admin1.Should().Be("Deir ez-Zor");
        f.Place.CountryCode.Should().Be("SY");
    }

    [Theory]
    [InlineData("a car bombing in the northeastern province of Hasakeh killed 18 people in Syria", "Hasakeh", PlaceKind.Admin1, "Al-Hasakah", "Al-Hasakah")] // "province of X"
    [InlineData("clashes in Swaida province in southern Syria", "Swaida", PlaceKind.Admin1, "Suwayda", "Suwayda")] // "X province", transliteration
    [InlineData("clashes in Sweida province in southern Syria", "Sweida", PlaceKind.Admin1, "Suwayda", "Suwayda")] // another spelling
    [InlineData("fighters were expelled from Raqa in Syria last month", "Raqa", PlaceKind.Locality, "Ar Raqqah", "Raqqa")] // single q
    [InlineData("air strikes on Idleb province in Syria", "Idleb", PlaceKind.Admin1, "Idlib", "Idlib")] // e for i
    [InlineData("rebels in Daraa province on the border with Jordan in Syria", "Daraa", PlaceKind.Admin1, "Daraa", "Daraa")] // aa
    [InlineData("Al-Soussa lies to the east of the Euphrates River in Syria's Deir Ezzor province", "Al-Soussa", PlaceKind.Locality, "As Susah", "Deir ez-Zor")] // GeoNames As Sūsah
    [InlineData("shelling of Halab and its countryside in Syria", "Halab", PlaceKind.Locality, "Aleppo", "Aleppo")] // Arabic name from the lexicon
    [InlineData("Iraqi forces retook Al-Qaim, also on Friday, near the border with Syria", "Al-Qaim", PlaceKind.Locality, "Al Qa'im", "Anbar")] // Iraqi town, article
    [InlineData("troops entered Mosul in northern Iraq", "Mosul", PlaceKind.Locality, "Mosul", "Nineveh")] // Iraqi city
    [InlineData("Turkish troops entered Jarablous in northern Syria", "Jarablous", PlaceKind.Locality, "Jarabulus", "Aleppo")] // a near miss the skeleton misses: fuzzy ratio, Syria named
    [InlineData("jets struck Khan Sheikhoun in Syria's Idlib province", "Khan Sheikhoun", PlaceKind.Locality, "Khan Shaykhun", "Idlib")] // kh, ei/ay, ou
    [InlineData("clashes near Tal Abyad in Syria", "Tal Abyad", PlaceKind.Locality, "Tall Abyad", "Raqqa")] // doubled l in GeoNames
    public void Find_SyriaIraqNames_Resolve(string text, string surface, PlaceKind kind, string name, string admin1)
    {
        PlaceFinding f = Single(text, surface);
        f.Place.Kind.Should().Be(kind);
        f.Place.Name.Should().Be(name);
        f.Place.Admin1.Should().Be(admin1);
    }

    [Theory]
    [InlineData("The attack occurred in the eastern province of Deir Ezzor, in Syria.", PlaceKind.Admin1)] // "province of X"
    [InlineData("Fighting across Deir Ezzor province continued in Syria.", PlaceKind.Admin1)] // "X province"
    [InlineData("Regime forces took the city of Deir Ezzor in Syria.", PlaceKind.Locality)] // "the city of X"
    [InlineData("Regime forces took full control of Deir Ezzor in Syria.", PlaceKind.Locality)] // bare: the city, whose Admin1 is the province
    public void Find_CityOrProvince_FollowsTheCue(string text, PlaceKind kind)
    {
        PlaceFinding f = Single(text, "Deir Ezzor");
        f.Place.Kind.Should().Be(kind);
        f.Place.Admin1.Should().Be("Deir ez-Zor");
    }

    [Fact] // the city and the province are compatible places (the province contains the city)
    public void Find_DeirEzzorCityAndProvince_AreCompatible()
    {
        const string text = "Fighting across Deir Ezzor province continued. Regime forces took full control of Deir Ezzor in Syria.";
        var places = Find(text).Where(f => f.Span.Slice(text) == "Deir Ezzor").Select(f => f.Place).ToList();
        places.Select(p => p.Kind).Should().BeEquivalentTo([PlaceKind.Admin1, PlaceKind.Locality]);
        places[0].IsCompatibleWith(places[1]).Should().BeTrue();
    }

    [Fact] // a dateline city abroad and the report's country
    public void Find_BeirutDateline_ResolvesCityAndCountry()
    {
        const string text = "BEIRUT, Lebanon – A car bombing killed at least 75 displaced people in eastern Syria, a monitor said.";
        Single(text, "BEIRUT").Place.Should().Match<Place>(p => p.Name == "Beirut" && p.CountryCode == "LB" && p.Kind == PlaceKind.Locality);
        Single(text, "Lebanon").Place.Kind.Should().Be(PlaceKind.Country);
        Single(text, "Syria").Place.Should().Match<Place>(p => p.Kind == PlaceKind.Country && p.Name == "Syria");
    }

    [Fact] // a possessive is not part of the name
    public void Find_Possessive_SpanExcludesS()
    {
        const string text = "Syria's Albu Kamal was won by regime forces in 2017.";
        Find(text).Select(f => f.Span.Slice(text)).Should().Contain(["Syria", "Albu Kamal"]);
    }

    // ------------------------------------------------------------------ towns named like words

    [Theory]
    [InlineData("According to the Mobile Police Department, a man was arrested after he shot a neighbor.", "Mobile", "Mobile", "Alabama")] // the town's own police force
    [InlineData("A man shot a neighbor in the leg in Mobile, Alabama, police said.", "Mobile", "Mobile", "Alabama")] // qualified by its state
    [InlineData("Residents of Independence, Missouri, said they heard five shots.", "Independence", "Independence", "Missouri")] // a word town qualified by its state
    [InlineData("Two men were wounded in Concord, N.C., on Saturday night.", "Concord", "Concord", "North Carolina")] // an AP abbreviation qualifies a word town
    [InlineData("A woman was shot outside a bar in Reading, Pennsylvania, on Sunday.", "Reading", "Reading", "Pennsylvania")] // the word that once was a stop word
    public void Find_TownNamedLikeAWord_WithItsStateOrForce(string text, string surface, string name, string admin1)
    {
        PlaceFinding f = Single(text, surface);

        f.Place.Name.Should().Be(name);
        f.Place.Admin1.Should().Be(admin1);
    }

    [Theory]
    [InlineData("MOBILE - A man was shot on Friday. Mobile police said he was hit twice.", "Mobile")] // the dateline names the town, so its force after a sentence start is that town
    [InlineData("READING (AP) - Two men were wounded. Reading police asked for witnesses.", "Reading")] // a word town pinned by its dateline
    [InlineData("ANCHORAGE - A girl was hit by a stray bullet. Anchorage police were called to the apartment.", "Anchorage")] // a word (an anchorage) pinned by its dateline
    public void Find_WordTownPinnedByDateline_LaterMentionsAreTheTown(string text, string surface)
    {
        // why: the same name read from a dateline or qualifier is the same town further down, even opening a sentence before
        // its force ("Mobile police said"), which alone stays unresolved (see the negative case below).
        int second = text.LastIndexOf(surface, StringComparison.Ordinal);
        Find(text).Should().Contain(f => f.Span.Start == second && f.Place.Name == surface);
    }

    [Theory]
    [InlineData("ANCHORAGE \u2013\n\nA girl was hit by a stray bullet. Anchorage police were called to the apartment.", "Anchorage")] // the dateline alone on its line, a sentence of its own
    [InlineData("MOBILE -\n\nA man was shot on Friday. Mobile police said he was hit twice.", "Mobile")] // a hyphen, then a blank line
    [InlineData("CONCORD \u2014\nTwo men were wounded on Saturday night. Concord police asked for witnesses.", "Concord")] // an em dash, then one line break
    [InlineData("READING:\n\nA woman was shot outside a bar. Reading police have made no arrest.", "Reading")] // a colon ends the dateline line
    [InlineData("INDEPENDENCE \u2013\n\nA teen was hurt in an accidental shooting. Independence police said the gun was his father's.", "Independence")] // a town named like a word, its dateline over the first paragraph
    public void Find_DatelineOnItsOwnLine_PinsTheTown(string text, string surface)
    {
        // why: scraped pages often put the dateline on a line of its own, which the splitter makes a sentence of its own; it is a
        // dateline all the same, so the town it names is the report's town further down (it used to be read as the common word).
        Find(text).Should().Contain(f => f.Span.Start == 0 && f.Place.Name == surface);
        int second = text.LastIndexOf(surface, StringComparison.Ordinal);
        Find(text).Should().Contain(f => f.Span.Start == second && f.Place.Name == surface);
    }

    [Theory]
    [InlineData("MOBILE\n\nA man was shot on Friday. Mobile police said he was hit twice.")] // a line holding only the word, no dash: not a dateline
    [InlineData("Phones were seized from the suspects, police said.\n\nMobile\n\n- Police said the men were arrested. Mobile police said he was hit twice.")] // the dash opens the next line: a list, not a dateline
    [InlineData("The men fled toward Concord \u2014\n\nConcord police asked for witnesses.")] // the name does not open its line
    [InlineData("CONCORD\nTwo men were wounded on Saturday night. Concord police asked for witnesses.")] // no dash after the line's name
    [InlineData("Reading\n\nA woman was shot outside a bar. Reading police have made no arrest.")] // a heading word alone on its line
    public void Find_WordTownAloneOnLineWithoutDash_StaysUnresolved(string text) =>
        Find(text).Where(f => f.Place.Kind == PlaceKind.Locality).Should().BeEmpty();

    [Theory]
    [InlineData("Deputies in Chetek, Wisconsin, found the body of Paul Rederer, 25, on Tuesday night.", "Paul")] // a bare "of" before a first name and a surname (Paul, Idaho)
    [InlineData("Friends of Austin Reed gathered at the vigil in Dallas, Texas, on Sunday.", "Austin")] // a first name that is a Texas city, after "of"
    [InlineData("The mother of Jackson Miller said he was a good boy, Memphis police said.", "Jackson")] // a first name that is a Mississippi capital, after "of"
    public void Find_FirstNameAfterOf_IsAPerson(string text, string person)
    {
        // why: "of" is a locative cue only for a place ("east of Cleveland", "the city of Paul"); before a first name and a surname
        // it introduces a person, whose name must not be a place of the report (it outweighed the report's own town).
        Find(text).Should().NotContain(f => f.Span.Slice(text) == person);
    }

    [Theory]
    [InlineData("Mobile phones were seized from the suspects.")] // the word at a sentence start
    [InlineData("Police found the man inside a Mobile Home Park.")] // the word in a title-cased name
    [InlineData("Concord police said the victim was shot twice.")] // a word town opening a sentence before police, with nothing else to say it is the town
    [InlineData("Nice weather brought crowds to the park where the shooting happened.")] // an adjective opening a sentence (Nice, France)
    [InlineData("The Orange County sheriff said two men were shot.")] // a county named like a word is not the town (Orange, California)
    [InlineData("A man was shot in Mobile on Friday.")] // a bare word town with no state, force or country around it stays unresolved
    public void Find_WordThatIsATown_NoPlaceWithoutEvidence(string text) =>
        Find(text).Where(f => f.Place.Kind == PlaceKind.Locality).Should().BeEmpty();

    // ------------------------------------------------------------------ streets, runs of words, abbreviated titles

    [Theory]
    [InlineData("Two men were shot at Second Street and Bissell Avenue on Friday.", "Second Street")] // a street the gazetteer lists as a Canadian hamlet
    [InlineData("A man was found shot on Park Street near the school.", "Park Street")] // an English village's name, a street here
    [InlineData("Police closed Church Street after the shooting.", "Church Street")] // a street closed by police
    [InlineData("The victim was found on Harrow Road late Sunday.", "Harrow Road")] // a road
    [InlineData("Officers responded to Alberta Avenue after the call.", "Alberta Avenue")] // an avenue named for a province
    public void Find_NameEndingInAStreetWord_IsNoPlace(string text, string surface)
    {
        // why: a name ending in "Street", "Road" or "Avenue" is a street; read as the hamlet of that name it placed a Richmond
        // shooting in British Columbia.
        Find(text).Should().NotContain(f => f.Span.Slice(text) == surface);
    }

    [Theory]
    [InlineData("A man was shot in Pike Road, Alabama, on Friday.", "Pike Road")] // a real town ending in "Road", qualified by its state
    [InlineData("Two people were wounded in Oak Park, police said.", "Oak Park")] // "Park" ends many towns' names: not a street word here
    [InlineData("A teen was shot in Round Lake Park, Illinois.", "Round Lake Park")] // a village whose name ends in "Park"
    [InlineData("A man was shot on Second Street in Richmond, Virginia.", "Richmond")] // the street's town is still found
    [InlineData("Two were hurt in Highland Park on Sunday.", "Highland Park")] // a town ending in "Park" with a cue
    public void Find_TownBesideOrLikeAStreet_IsStillAPlace(string text, string surface) =>
        Find(text).Should().Contain(f => f.Span.Slice(text) == surface && f.Place.Kind == PlaceKind.Locality);

    [Theory]
    [InlineData("Officers were called to 40th and Pennsylvania around 3:30 a.m.", "Pennsylvania")] // a state named street crossing a numbered one
    [InlineData("The shooting happened near Virginia and 12th on Sunday.", "Virginia")] // the numbered street after the name
    [InlineData("Police found two men shot at 5th and Georgia late Friday.", "Georgia")] // a state's name, lower numbers
    [InlineData("A woman was hit by gunfire at 22nd and Indiana, police said.", "Indiana")] // "nd"
    [InlineData("Shots rang out at 3rd and Vermont in the evening.", "Vermont")] // "rd"
    public void Find_NameCrossingANumberedStreet_IsAStreet(string text, string surface)
    {
        // why: "40th and Pennsylvania" is a crossing of two streets; read as the state it outweighed the dateline's Kansas City.
        Find(text).Should().NotContain(f => f.Span.Slice(text) == surface);
    }

    [Theory]
    [InlineData("A man was shot in Pennsylvania and 2 others were hurt.", "Pennsylvania")] // a number, not an ordinal, after "and"
    [InlineData("The 5th shooting this year happened in Virginia and Maryland.", "Virginia")] // an ordinal far from the name
    [InlineData("Police in Georgia and the 3rd precinct in Ohio responded.", "Georgia")] // "and the 3rd": an article between
    [InlineData("He was shot on the 21st in Indiana, police said.", "Indiana")] // an ordinal date, no crossing
    [InlineData("Officers from Ohio and 4 other states joined the search.", "Ohio")] // a cardinal after "and"
    public void Find_StateBesideNumbersNotACrossing_IsStillAPlace(string text, string surface) =>
        Find(text).Should().Contain(f => f.Span.Slice(text) == surface);

    [Theory]
    [InlineData("Hope, AR man dies in reported accidental shooting.", "Man")] // an abbreviation and a lower-case noun are no name
    [InlineData("Police said a Selma, AL man was shot twice.", "Man")] // "AL" read as the article "al" before the noun
    [InlineData("An AL man was wounded on Friday.", "Man")] // the abbreviation alone before the noun
    [InlineData("Two men said an AR man fired first.", "Man")] // "AR" mid-sentence
    [InlineData("Deputies said the Decatur, AL man had a rifle.", "Man")] // a town, its abbreviated state, the noun
    public void Find_NameEndingInALowerCaseWord_IsNoPlace(string text, string name)
    {
        // why: a state's abbreviation before "man" read as an article and a name ("ar Man"), which placed an Arkansas shooting in
        // Ivory Coast; a place's name does not end in a lower-case "man" or street word.
        Find(text).Should().NotContain(f => f.Place.Name == name);
    }

    [Theory]
    [InlineData("\"It was an accident,\" Lt. Ireland said.", "Ireland")] // an abbreviated title before a country's name
    [InlineData("Sgt. Jordan said the man was armed.", "Jordan")] // a sergeant named like a country
    [InlineData("Capt. Lincoln told reporters the scene was secure.", "Lincoln")] // a captain named like a state capital
    [InlineData("The victim was treated by Dr. Austin at the clinic.", "Austin")] // a doctor named like a city
    [InlineData("Det. Chad reviewed the footage on Monday.", "Chad")] // a detective named like a country
    public void Find_AbbreviatedTitleBeforeName_IsAPerson(string text, string surface)
    {
        // why: "Lt." is tokenised without its full stop, so the title stood apart from the name and "Lt. Ireland said" placed a
        // Georgia shooting in Ireland.
        Find(text).Should().NotContain(f => f.Span.Slice(text) == surface);
    }

    [Theory]
    [InlineData("St. Louis police said two men were shot.", "St. Louis")] // "St." is a saint, not a title
    [InlineData("A man was shot in Mt. Vernon, New York.", "Mt. Vernon")] // "Mt." is a mountain
    [InlineData("Sen. Warren visited Boston after the shooting.", "Boston")] // a place after a titled person is still a place
    [InlineData("Police in Ft. Worth, Texas, said one man died.", "Ft. Worth")] // "Ft." is a fort
    [InlineData("The lieutenant said the shooting happened in Memphis, Tennessee.", "Memphis")] // a title word far from the place
    public void Find_AbbreviationThatIsNoTitle_StillAPlace(string text, string surface) =>
        Find(text).Should().Contain(f => f.Span.Slice(text) == surface);

    // ------------------------------------------------------------------ traps

    [Theory]
    [InlineData("Rami Abdel Rahman, head of the Syrian Observatory for Human Rights, said the toll rose.")] // person and organisation; "Syrian" is no place
    [InlineData("Syrian and Iraqi forces advanced while Kurdish fighters held the line.")] // demonyms are not places
    [InlineData("Officer Jackson said the suspect fled on foot.")] // a title before a town-like surname
    [InlineData("The report was released on Monday, March 5, and again in May.")] // months and weekdays
    [InlineData("Reading the report, she said the Mobile phone footage was clear.")] // common words that are towns (Reading, Mobile)
    [InlineData("Michael Smith and Diana Ross attended the vigil.")] // first names that are GeoNames places (Michael, Diana)
    [InlineData("Chad Johnson, 23, was arrested on Tuesday.")] // a first name that is a country
    [InlineData("Jessica Davis, 23, was arrested. Davis was charged with murder.")] // a surname (Davis, California) seen after a first name
    [InlineData("The US-backed alliance and Russian-backed forces clashed.")] // compound adjectives
    [InlineData("A two-year-old girl was shot in the Eye, police said.")] // a word that is a town in England, capitalised by mistake
    [InlineData("IS used at least 10 suicide bombers, the SDF said.")] // acronyms
    [InlineData("Turkish troops entered Jarablous on Monday.")] // a fuzzy near miss needs a country of the region named in the report
    [InlineData("As Michael left the house, he heard shots.")] // an English "As" is not the Arabic article before a name
    [InlineData("Michael Parsons, 17, died on Sunday. Their son, Michael, was a quiet child.")] // a first name seen before a surname stays a person
    [InlineData("Tyre King was shot by police. Protesters asked for justice for Tyre.")] // a first name that is a Lebanese city
    [InlineData("Police found him on Jackson Street near the park.")] // a street named after a person is not the town
    [InlineData("Police Say Teen Shot At Jessica Davis Home")] // control for title case: after "At", a surname after a first name is still no place
    [InlineData("Deputies closed Hickory Woods Lane after the crash.")] // a town's name starting a longer street name (Hickory, NC)
    [InlineData("The teens met at the Los Altos Skate Park on Friday.")] // a town's name starting a park's name (Los Altos, CA)
    [InlineData("The car stopped near Thompson and Colorado avenues.")] // a plural street word after a list of names
    public void Find_Traps_FindNothing(string text)
    {
        Find(text).Should().BeEmpty();
    }

    [Fact] // a US village missing from the gazetteer is not the Dutch Montfort
    public void Find_SmallForeignHomonymInUsReport_IsDropped()
    {
        const string text = "The boy was shot near Montfort on Sunday. Police in Grant County, Wisconsin, said he would recover. Residents of Montfort were shocked.";
        var found = Find(text);
        found.Should().NotContain(f => f.Place.CountryCode == "NL");
        found.Should().Contain(f => f.Place.Name == "Wisconsin");
    }

    [Fact] // abbreviated states are never foreign towns ("Fla." is not Flå, Norway)
    public void Find_StateAbbreviation_IsNotAForeignTown()
    {
        const string text = "MIAMI, Fla. — Police in Miami, Fla., said two men were shot.";
        Find(text).Should().OnlyContain(f => f.Place.CountryCode == "US");
    }

    // ------------------------------------------------------------------ contract

    [Fact] // empty input
    public void Find_EmptyText_ReturnsEmpty()
    {
        PlaceRecognizer.Default.Find(string.Empty, []).Should().BeEmpty();
    }

    [Fact] // sentences are optional: the whole text is one sentence then
    public void Find_NoSentences_UsesWholeText()
    {
        PlaceRecognizer.Default.Find("He was shot in Chicago.", []).Should().ContainSingle(f => f.Place.Name == "Chicago");
    }

    [Fact] // results are in text order with confidences in [0, 1], and spans point at the names
    public void Find_Report_OrderedSpansAndConfidences()
    {
        const string text = """
            BEIRUT, Lebanon – A car bombing killed 75 people in eastern Syria, a monitor said.

            The attack occurred in the eastern province of Deir Ezzor. Syrian and allied forces converged on Albu Kamal, near Al-Qaim in Iraq.
            """;
        var found = Find(text);
        found.Select(f => f.Span.Start).Should().BeInAscendingOrder();
        found.Should().OnlyContain(f => f.Confidence > 0 && f.Confidence <= 1);
        found.Select(f => f.Span.Slice(text)).Should().Equal("BEIRUT", "Lebanon", "Syria", "Deir Ezzor", "Albu Kamal", "Al-Qaim", "Iraq");
    }

    [Fact] // a qualified, dateline mention is surer than a bare one
    public void Find_Confidence_QualifiedAboveBare()
    {
        const string text = "SPRINGFIELD, Ill. — Police said a man was shot. Springfield officers arrived.";
        var found = Find(text).Where(f => f.Place.Name == "Springfield").ToList();
        found.Should().HaveCount(2);
        found[0].Confidence.Should().BeGreaterThan(found[1].Confidence);
    }

    [Fact] // the recognizer is deterministic and reusable across threads
    public void Find_Parallel_SameResult()
    {
        const string text = "GARY, Ind. (AP) — Five people were wounded in Gary and one in Chicago.";
        var expected = Find(text);
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Find(text)).ToList();
        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }

    public static TheoryData<string> WordLists() => new(nameof(PlaceLexicon.StopWords), nameof(PlaceLexicon.Demonyms), nameof(PlaceLexicon.PersonTitles),
        nameof(PlaceLexicon.Modifiers), nameof(PlaceLexicon.LocativeCues), nameof(PlaceLexicon.PlaceNouns), nameof(PlaceLexicon.Admin1Nouns),
        nameof(PlaceLexicon.LocalityNouns), nameof(PlaceLexicon.Admin2Nouns), nameof(PlaceLexicon.InstitutionWords), nameof(PlaceLexicon.StreetWords),
        nameof(PlaceLexicon.EventNouns), nameof(PlaceLexicon.SpeechVerbs));

    [Theory]
    [MemberData(nameof(WordLists))]
    public void WordSet_EveryWordInAnyCase_IsFound(string list)
    {
        // The length, first-letter and letter-pair filters must never reject a word of the set, in lower case, capitals or title case.
        string[] words = (string[])typeof(PlaceLexicon).GetField(list)!.GetValue(null)!;
        var set = new PlaceRecognizer.WordSet(words);
        foreach (string word in words)
        {
            string title = char.ToUpperInvariant(word[0]) + word[1..];
            foreach (string form in new[] { word, word.ToUpperInvariant(), title })
            {
                set.Contains(form).Should().BeTrue(form);
            }
        }
    }

    [Theory]
    [InlineData("qzxv")] // a letter pair no word starts with
    [InlineData("Baghdad")] // a place name, not a cue word
    [InlineData("inn")] // a cue word with one letter more
    public void WordSet_OtherWord_IsNotFound(string word) =>
        new PlaceRecognizer.WordSet(PlaceLexicon.LocativeCues).Contains(word).Should().BeFalse();

    [Fact]
    public void Find_ConcurrentCallsOnSharedRecognizer_GiveTheSequentialResults()
    {
        // Find reuses per-thread working lists (tokens, mentions, groups): threads must not see each other's report.
        string[] texts =
        [
            "GARY, Ind. (AP) — Five people were wounded in a shooting early Sunday. Gary police said.",
            "A man was killed in Springfield, Mo., on Friday night. Springfield police are investigating.",
            "Fighters attacked Deir ez-Zor and Al bukamal in eastern Syria, near the Iraqi border town of al-Qaim.",
            "A double homicide in Cleveland Monday is under investigation in Tennessee. Cleveland Police Chief Mark Gibson spoke.",
            "Jessica Davis was arrested in Toledo. Davis was held in Lucas County, Ohio.",
        ];
        string Describe(string text) => string.Join("; ", Find(text).Select(f => $"{f.Span.Start}-{f.Span.End} {f.Place.Name} {f.Place.Admin1} {f.Place.CountryCode} {f.Confidence}"));
        string[] expected = texts.Select(Describe).ToArray();

        string[][] seen = new string[4][];
        Parallel.For(0, seen.Length, w =>
        {
            var mine = new List<string>();
            for (int round = 0; round < 50; round++)
            {
                for (int i = 0; i < texts.Length; i++)
                {
                    int k = (i + w + round) % texts.Length; // each thread in another order
                    mine.Add(k + ": " + Describe(texts[k]));
                }
            }

            seen[w] = [.. mine];
        });

        foreach (string[] mine in seen)
        {
            foreach (string line in mine)
            {
                int k = int.Parse(line[..line.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                line.Should().Be(k + ": " + expected[k]);
            }
        }
    }

    // ------------------------------------------------------------------ titles

    [Theory]
    [InlineData("Man shot outside Elm Street bar - KXYZ News 4 | Springfield", "Man shot outside Elm Street bar")] // the site's name after a dash
    [InlineData("Three wounded in drive-by :: WXYZ.com", "Three wounded in drive-by")] // a double colon before the site
    [InlineData("SPRINGFIELD, MO: toddler shot at home", "SPRINGFIELD, MO: toddler shot at home")] // no site name: all of it
    [InlineData("   ", "")] // blank
    [InlineData(null, "")] // no title
    public void Headline_Title_CutsTheSiteName(string? title, string expected) =>
        PlaceRecognizer.Headline(title).ToString().Should().Be(expected);

    [Theory]
    [InlineData("Man shot outside Elm Street bar - KXYZ News 4 | Springfield", "KXYZ News 4 | Springfield")] // after the first separator
    [InlineData("Three wounded in drive-by :: WXYZ.com", "WXYZ.com")] // a double colon before the site
    [InlineData("SPRINGFIELD, MO: toddler shot at home", "")] // no site part
    [InlineData(null, "")] // no title
    public void SitePart_Title_KeepsWhatFollowsTheHeadline(string? title, string expected) =>
        PlaceRecognizer.SitePart(title).ToString().Should().Be(expected);

    [Theory]
    [InlineData("Man hurt in crash - KXYZ.com - Tulsa, Oklahoma News and Weather", "Tulsa", "Oklahoma")] // a town and its state after the outlet
    [InlineData("Woman wounded outside store | KQRS-TV Lubbock, TX", "Lubbock", "Texas")] // a station's town with a postal state
    public void OutletTown_SiteNamesOneTown_ReturnsIt(string title, string name, string admin1)
    {
        Place? town = PlaceRecognizer.Default.OutletTown(title, 0.45);

        town.Should().NotBeNull();
        town!.Name.Should().Be(name);
        town.Admin1.Should().Be(admin1);
    }

    [Theory]
    [InlineData("Man hurt in crash - KXYZ.com - Tulsa, Broken Arrow, Muskogee News")] // a regional outlet: several towns
    [InlineData("Man hurt in crash - KXYZ.com Oklahoma News")] // only a state
    [InlineData("Man hurt in crash in Tulsa, Oklahoma")] // a headline alone: its towns are not the outlet's
    [InlineData("Man hurt in crash - Channel 4 News | Weather")] // no place in the site part
    public void OutletTown_NoSingleTownInTheSitePart_ReturnsNull(string title) =>
        PlaceRecognizer.Default.OutletTown(title, 0.45).Should().BeNull();

    [Theory]
    [InlineData("https://www.tulsaherald.com/news/2019/man-shot", "Tulsa", "Oklahoma")] // a city name opening the host's label
    [InlineData("http://web.archive.org/web/20160101000000/http://www.kxyz7denver.com:80/news/a", "Denver", "Colorado")] // an archive's wrapped address; a station's letters before the city
    [InlineData("https://denver.examplelocal.com/2019/05/shot", "Denver", "Colorado")] // the city as a label of its own
    [InlineData("https://www.kxyzsanantonio.com/story", "San Antonio", "Texas")] // a two-word city squashed into the label
    [InlineData("https://kansascitydaily.com/crime", "Kansas City", "Missouri")] // the longer name, not the state inside it
    public void HostTown_HostNamesACity_ReturnsIt(string url, string name, string admin1)
    {
        Place? town = PlaceRecognizer.Default.HostTown(url);

        town.Should().NotBeNull();
        town!.Name.Should().Be(name);
        town.Admin1.Should().Be(admin1);
    }

    [Theory]
    [InlineData("https://www.examplenews.com/tulsa-man-shot")] // the city only in the path: a story's words, not the outlet's
    [InlineData("https://www.erienews.com/a")] // too short a name to tell from a word
    [InlineData("https://tulsa.denverdaily.com/a")] // two labels, two cities
    [InlineData("https://www.newsexampletulsaherald.com/a")] // a city inside a label, neither opening nor closing it
    [InlineData("https://www.bbc.co.uk/news/world")] // no city at all
    [InlineData(null)] // no address
    public void HostTown_NoSingleCityOpensOrClosesALabel_ReturnsNull(string? url) =>
        PlaceRecognizer.Default.HostTown(url).Should().BeNull();

    [Fact] // a report that names no place and has no site part in its title takes its outlet's city from the web address
    public void Extract_NoPlaceAnywhere_LeadTakesTheHostsCity()
    {
        IncidentMention lead = Lead(
            "Boy, 9, wounded by stray bullet",
            "https://www.tulsaherald.com/news/boy-wounded",
            "A 9-year-old boy was wounded by a stray bullet Sunday night while playing in his front yard, police said.");

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Tulsa");
    }

    [Fact] // a body placed in another country keeps its own place: the host's city is only a weak hint
    public void Extract_BodyNamesAPlaceAbroad_HostsCityNotTaken()
    {
        IncidentMention lead = Lead(
            "Gunman wounds three at market",
            "https://www.tulsaherald.com/world/market-shooting",
            "A gunman wounded three people at a market in Marseille, France, on Sunday, police said.");

        lead.Place.Should().NotBeNull();
        lead.Place!.CountryCode.Should().Be("FR");
    }

    [Fact] // a report that never names a place takes its outlet's town, read from the title's site part
    public void Extract_NoPlaceAnywhere_LeadTakesTheOutletsTown()
    {
        IncidentMention lead = Lead(
            "Boy, 9, wounded by stray bullet - KXYZ.com - Tulsa, Oklahoma News and Weather",
            null,
            "A 9-year-old boy was wounded by a stray bullet Sunday night while playing in his front yard, police said.");

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Tulsa");
        lead.Place.Admin1.Should().Be("Oklahoma");
    }

    [Fact] // the body's own town wins over the outlet's town
    public void Extract_BodyNamesATown_OutletTownNotTaken()
    {
        IncidentMention lead = Lead(
            "Boy, 9, wounded by stray bullet - KXYZ.com - Tulsa, Oklahoma News and Weather",
            null,
            "A 9-year-old boy was wounded by a stray bullet Sunday night while playing in his front yard in Muskogee, Oklahoma, police said.");

        lead.Place.Should().NotBeNull();
        lead.Place!.Name.Should().Be("Muskogee");
    }

    [Fact] // the title's qualified town says which homonym the body's bare one is, and comes back apart with a span into the headline
    public void FindWithTitle_QualifiedTownInTitle_ResolvesTheBodysHomonym()
    {
        const string title = "SPRINGFIELD, MO: toddler wounded at a birthday party";
        const string text = "A 2-year-old was shot in the leg at a home in north Springfield on Saturday.";

        IReadOnlyList<PlaceFinding> body = PlaceRecognizer.Default.FindWithTitle(title, text, SentenceSplitter.Split(text), out IReadOnlyList<PlaceFinding> inTitle);

        inTitle.Should().Contain(p => p.Place.Name == "Springfield" && p.Place.Admin1 == "Missouri" && p.Span.Slice(title) == "SPRINGFIELD");
        PlaceFinding town = body.Should().ContainSingle(p => p.Place.Name == "Springfield").Which;
        town.Span.Slice(text).Should().Be("Springfield");
        town.Place.Admin1.Should().Be("Missouri");
    }

    [Fact] // no title: the same findings as Find
    public void FindWithTitle_NoTitle_SameAsFind()
    {
        const string text = "Two men were shot in Rock Falls, Illinois, on Saturday.";

        PlaceRecognizer.Default.FindWithTitle(null, text, SentenceSplitter.Split(text), out IReadOnlyList<PlaceFinding> inTitle)
            .Should().Equal(Find(text));
        inTitle.Should().BeEmpty();
    }
}
