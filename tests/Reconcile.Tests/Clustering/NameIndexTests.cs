using NodaTime;
using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class NameIndexTests
{
    private static string[] Collect(string text)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        NameIndex.Collect(text, names);
        return [.. names];
    }

    [Theory]
    [InlineData("Deputy Jerry Ortiz was shot outside a building.", "jerry ortiz")] // a title word before the name is not part of it
    [InlineData("Police said Marcus O'Neal-Smith, 19, died.", "marcus o'neal-smith")] // apostrophes and hyphens inside a name
    [InlineData("Shots rang out on Bourbon Street early Sunday.", "bourbon street")] // a street is a name too
    public void Collect_CapitalisedPair_Found(string text, string expected) => Collect(text).Should().Equal(expected);

    [Theory]
    [InlineData("The Police Department said on Monday that nobody was hurt.")] // titles, weekdays and stop words name nothing
    [InlineData("A MAN WAS SHOT IN THE LEG.")] // an all-capitals headline: no way to tell names apart
    [InlineData("Smith, a neighbour, called. Jones arrived later.")] // single capitalised words are not pairs
    [InlineData("He met Anna. Smith left.")] // a sentence break between two capitalised words
    public void Collect_NoNamePair_Empty(string text) => Collect(text).Should().BeEmpty();

    [Theory]
    [InlineData("He was taken to Riverside Methodist Hospital in serious condition.")] // a hospital's whole name: where victims go, not who they are
    [InlineData("She died at Lakeview Regional Medical Center on Sunday.")] // a medical center, and its town's name inside it
    [InlineData("The boy is recovering at Memorial Hermann Trauma Center.")] // a trauma centre
    [InlineData("Both were treated at the Oakwood Family Clinic nearby.")] // a clinic
    [InlineData("Doctors at Saint Agnes Infirmary said he was stable.")] // an infirmary ("Saint" alone names nothing)
    [InlineData("An ambulance took him to Prairie Healthcare Partners.")] // a healthcare provider
    public void Collect_PlaceOfCare_NoPairs(string text) => Collect(text).Should().BeEmpty();

    [Theory]
    [InlineData("Dana Whitfield was taken to Grant Hospital.", "dana whitfield")] // the victim's name stays; only the hospital's run goes
    [InlineData("Hospital officials said Keon Baxter died.", "keon baxter")] // a care word in another run does not touch the name
    [InlineData("Shots were fired near Medical Drive Apartments, and Tyrell Grimes was hit.", "tyrell grimes")] // the run with the care word goes as a whole
    [InlineData("Police found Lena Ortiz on Harbor View Road.", "harbor view,lena ortiz,view road")] // streets and people are kept
    [InlineData("Ray Hospitalier and Jo Clinton were shot.", "jo clinton,ray hospitalier")] // care words are whole words, not prefixes
    public void Collect_PlaceOfCareBesideNames_OthersKept(string text, string expected) => Collect(text).Should().Equal(expected.Split(','));

    [Fact] // a pair in more reports than MaxReports (an outlet's or a department's name) is not rare enough to identify an incident
    public void Build_PairInManyReports_Dropped()
    {
        var extractions = new List<ExtractionResult>();
        for (int i = 0; i <= NameIndex.MaxReports; i++)
        {
            string sentence = i < 2 ? "Tyrone Baker was shot near Elm Avenue by Daily Herald staff." : "A man was shot, the Daily Herald said.";
            extractions.Add(Report("r" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), new LocalDate(2020, 3, 3), new Spec([sentence])));
        }

        MentionProfile[] profiles = IncidentClusterer.Profile(extractions);
        NameIndex.Build(profiles);

        profiles[0].Names.Should().Equal("elm avenue", "tyrone baker");
    }
}
