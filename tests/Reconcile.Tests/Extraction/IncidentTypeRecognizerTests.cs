using Reconcile.Extraction;
using Reconcile.Model;
using Reconcile.Tests.TestData;

namespace Reconcile.Tests.Extraction;

public class IncidentTypeRecognizerTests
{
    private static string Types(string sentence)
    {
        var results = new List<TypeFinding>();
        IncidentTypeRecognizer.Find(sentence, new TextSpan(0, sentence.Length), results);
        return string.Join(",", results.Select(r => r.Type.ToKebabCase()));
    }

    private static string Words(string sentence)
    {
        var results = new List<TypeFinding>();
        IncidentTypeRecognizer.Find(sentence, new TextSpan(0, sentence.Length), results);
        return string.Join("|", results.Select(r => r.Span.Slice(sentence)));
    }

    [Theory]
    [InlineData("A car bombing killed 12 people near the market.", "car-bombing")] // the longer phrase beats "bombing"
    [InlineData("Police arrest suspect in fatal hit and run.", "crash")] // hit and run without hyphens
    [InlineData("A pedestrian died in a hit-and-run on Main Street.", "crash")] // hyphenated
    [InlineData("The woman was struck by a gray sedan driver near the store.", "crash")] // struck by a vehicle's driver
    [InlineData("A vehicle-borne explosive device went off at the checkpoint.", "car-bombing")] // military phrasing, no "car"
    [InlineData("Militants drove a VBIED into the gate.", "car-bombing")] // acronym, case-sensitive
    [InlineData("A truck bomb tore through the ministry.", "car-bombing")] // any vehicle bomb
    [InlineData("An explosives-laden truck rammed the base.", "car-bombing")] // laden-vehicle phrasing
    [InlineData("A suicide bomber targeted the wedding hall.", "suicide-bombing")] // "bomber" with "suicide" is suicide bombing
    [InlineData("The attacker blew himself up at the gate.", "suicide-bombing")] // idiom without "suicide"
    [InlineData("A suicide car bomb hit the convoy.", "suicide-bombing")] // suicide beats car on overlap (ACLED: suicide bomb)
    [InlineData("A roadside bomb hit the patrol.", "bombing")] // roadside bomb is a plain bombing
    [InlineData("An IED wounded two soldiers.", "bombing")] // acronym
    [InlineData("A powerful explosion rocked the district.", "bombing")] // explosion counts as bombing
    [InlineData("Warplanes bombed the town overnight.", "air-strike")] // one phrase: the planes make the bombing an air strike
    [InlineData("A drone strike killed three militants.", "air-strike")] // drone strike
    [InlineData("Helicopters dropped barrel bombs on Daraya.", "air-strike")] // barrel bombs are air-dropped
    [InlineData("The town was bombed from the air.", "air-strike")] // beats plain "bombed"
    [InlineData("Russian airstrikes pounded the villages.", "air-strike")] // one-word spelling
    [InlineData("The strike was carried out by coalition aircraft.", "air-strike")] // bare "strike" in a military frame
    [InlineData("Regime forces shelled the village.", "shelling")] // shelled
    [InlineData("Mortar rounds landed near the school.", "shelling")] // mortar rounds
    [InlineData("His forces fired rockets into Syria.", "shelling")] // "fired rockets" is shelling, not shooting or fire
    [InlineData("A gunman opened fire on worshippers.", "shooting,shooting")] // "opened fire" beats "fire"; gunman also names a shooting
    [InlineData("He was shot dead outside his home.", "shooting")] // "shot dead"
    [InlineData("Shots rang out in the parking lot.", "shooting")] // shots rang out
    [InlineData("Two men were stabbed near the station.", "stabbing")] // stabbed
    [InlineData("A machete attack left three hurt.", "stabbing")] // bladed-weapon attack beats "attack"
    [InlineData("Heavy clashes erupted in the south.", "armed-clash")] // clashes
    [InlineData("The group killed civilians in the battle for Mosul.", "armed-clash")] // "battle for" a city is fighting
    [InlineData("A gun battle broke out at the border.", "armed-clash")] // gun battle beats shooting words
    [InlineData("The group executed 20 prisoners.", "execution")] // executed people
    [InlineData("Gunmen abducted five aid workers.", "shooting,abduction")] // both words name types; the mention decides
    [InlineData("Arsonists torched the mosque.", "arson,arson")] // deliberate burning
    [InlineData("A fire broke out at the factory.", "fire")] // accidental fire
    [InlineData("A 6.1 magnitude earthquake struck the region.", "earthquake")] // earthquake
    [InlineData("Flash floods swept away dozens of homes.", "flood")] // flash floods
    [InlineData("Typhoon Haiyan flattened the coast.", "storm")] // typhoon
    [InlineData("A landslide buried the village.", "landslide")] // landslide as disaster
    [InlineData("The train derailed near the bridge.", "crash")] // derailed
    [InlineData("Dozens died in a stampede at the stadium.", "stampede")] // stampede
    [InlineData("The roof of the market collapsed on shoppers.", "collapse")] // structure collapse
    [InlineData("The collapse of a five-storey building killed 12.", "collapse")] // noun form before the structure
    [InlineData("Militants launched an attack on the base.", "attack")] // generic attack
    [InlineData("Soldiers were killed in an ambush.", "attack")] // ambush
    [InlineData("An Israeli air raid hit Gaza.", "air-strike")] // "air raid" beats "raid"
    [InlineData("A woman was charged in the 1967 slayings of two women.", "attack")] // a killing whose means is not said is an attack
    [InlineData("Police are investigating the homicide as domestic.", "attack")] // homicide
    [InlineData("He was convicted of murder last year.", "attack")] // murder
    [InlineData("The killing of the shop owner shocked the town.", "attack")] // "the killing" as a noun
    public void Find_Trigger_ReturnsType(string sentence, string expected)
    {
        Types(sentence).Should().Be(expected, sentence);
    }

    [Theory]
    [InlineData("The two sides agreed to a ceasefire on Monday.")] // ceasefire is not a fire
    [InlineData("A cease-fire took effect at midnight.")] // hyphenated spelling
    [InlineData("The minister came under fire for his remarks.")] // criticism
    [InlineData("He was fired from his job last week.")] // dismissal
    [InlineData("The veteran has one more shot at the title.")] // a chance, not a gunshot
    [InlineData("Her photo shot went viral.")] // photography
    [InlineData("He died of a heart attack.")] // medical
    [InlineData("The company suffered a cyber attack.")] // cyber
    [InlineData("Police received a bomb threat and evacuated the school.")] // a threat is not a bombing
    [InlineData("She lost her long battle with cancer.")] // illness
    [InlineData("Officers executed a search warrant.")] // legal sense
    [InlineData("A flood of refugees reached the border.")] // metaphor
    [InlineData("The decision caused a storm of criticism.")] // metaphor
    [InlineData("The party won by a landslide.")] // election
    [InlineData("Analysts fear a stock market crash.")] // finance
    [InlineData("IS suffered the collapse of its caliphate.")] // political collapse is not a structure collapse
    [InlineData("His offensive remarks drew complaints.")] // adjective
    [InlineData("Teachers launched a general strike.")] // labour strike
    [InlineData("He bought an assault rifle.")] // weapon class, not an assault
    [InlineData("The company is killing it this quarter.")] // "killing" as a verb without a determiner is not a killing noun
    public void Find_MetaphorOrNonIncident_ReturnsNothing(string sentence)
    {
        Types(sentence).Should().BeEmpty(sentence);
    }

    [Theory]
    [InlineData("Police opened fire on the crowd.", "opened fire")] // the span is the whole phrase
    [InlineData("An IS car bombing targeted displaced people.", "car bombing")] // actor modifier stays out of the type span
    [InlineData("Militants fired rockets at the town.", "fired rockets")] // verb plus object
    public void Find_Span_CoversTriggerWords(string sentence, string expected)
    {
        Words(sentence).Should().Be(expected);
    }

    [Fact] // spans are absolute offsets into the report, and only the given sentence is searched
    public void Find_SentenceInsideText_UsesAbsoluteOffsets()
    {
        const string text = "Nothing here. A car bomb exploded. A fire.";
        var results = new List<TypeFinding>();
        IncidentTypeRecognizer.Find(text, new TextSpan(14, 34), results);
        results.Should().ContainSingle().Which.Should().Be(new TypeFinding(new TextSpan(16, 24), IncidentType.CarBombing));
    }

    [Fact] // the recognizer appends: earlier sentences' findings are kept and not re-sorted
    public void Find_ExistingResults_AreKept()
    {
        const string text = "A fire. A shooting.";
        var results = new List<TypeFinding>();
        IncidentTypeRecognizer.Find(text, new TextSpan(8, 19), results);
        IncidentTypeRecognizer.Find(text, new TextSpan(0, 7), results);
        results.Select(r => r.Type).Should().Equal(IncidentType.Shooting, IncidentType.Fire);
    }

    public static TheoryData<string, string> GoldTypes()
    {
        // A report in two gold incidents of the same type gives one case: xUnit skips a case with a duplicate id.
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        using System.Text.Json.JsonDocument gold = TestCorpus.Gold();
        foreach (System.Text.Json.JsonElement incident in gold.RootElement.GetProperty("incidents").EnumerateArray())
        {
            foreach (System.Text.Json.JsonElement report in incident.GetProperty("reports").EnumerateArray())
            {
                if (seen.Add((report.GetString()!, incident.GetProperty("type").GetString()!)))
                {
                    data.Add(report.GetString()!, incident.GetProperty("type").GetString()!);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldTypes))] // every report of a gold incident names the incident's type somewhere
    public void Find_SampleReports_NameGoldType(string report, string type)
    {
        string text = TestCorpus.SeedText(report);
        var results = new List<TypeFinding>();
        foreach (TextSpan sentence in SentenceSplitter.Split(text))
        {
            IncidentTypeRecognizer.Find(text, sentence, results);
        }

        results.Select(r => r.Type.ToKebabCase()).Should().Contain(type);
    }

    [Fact] // the sample reports' metaphors and non-incidents produce no finding
    public void Find_SampleReports_NoMetaphorFindings()
    {
        var words = new List<string>();
        foreach (string id in new[] { "000_f76b70445732279e", "001_1e6615ac57ba320a", "002_5f72c11ff1a0ff51", "003_73d0f7e78f3a6fb5", "004_b1804142b1501a11" })
        {
            string text = TestCorpus.SeedText(id);
            var results = new List<TypeFinding>();
            foreach (TextSpan sentence in SentenceSplitter.Split(text))
            {
                IncidentTypeRecognizer.Find(text, sentence, results);
            }

            words.AddRange(results.Select(r => r.Span.Slice(text).ToLowerInvariant()));
        }

        // "ceasefire agreement", "the collapse of its caliphate", "caught in the crossfire" are in the samples.
        words.Should().NotContain(["ceasefire", "collapse", "fire", "crossfire"]);
    }
}
