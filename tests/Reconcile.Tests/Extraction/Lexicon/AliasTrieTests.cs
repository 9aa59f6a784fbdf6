using Reconcile.Extraction.Lexicon;

namespace Reconcile.Tests.Extraction.Lexicon;

public class AliasTrieTests
{
    /// <summary>Aliases chosen to share prefixes (branching nodes), run in long single-child chains, hold a letter outside ASCII and an acronym.</summary>
    private static readonly AliasTrie Small = BuildSmall();

    private static AliasTrie BuildSmall()
    {
        var trie = new AliasTrie();
        trie.Add("Islamic State", 0);
        trie.Add("Islamic State group", 1);
        trie.Add("Islamic Jihad", 2);
        trie.Add("al-Qaeda", 3);
        trie.Add("Hay'at Tahrir al-Sham", 4);
        trie.Add("Peşmerga", 5);
        trie.Add("IS", 6, caseSensitive: true);
        trie.Add("the coalition", 7);
        trie.Add("M23", 8);
        trie.Add("Pest", 9); // "pe" has an ASCII and a non-ASCII child

        return trie;
    }

    private static List<(string Words, int Value)> FindAll(AliasTrie trie, string text)
    {
        var hits = new List<AliasTrie.Hit>();
        trie.FindAll(text, hits);
        return hits.Select(h => (text[h.Start..h.End], h.Value)).ToList();
    }

    [Theory]
    [InlineData("Islamic State claimed it.", "Islamic State", 0)] // sentence start
    [InlineData("It was claimed by the Islamic State group", "Islamic State group", 1)] // sentence end, longest alias wins
    [InlineData("ISLAMIC JIHAD said so.", "ISLAMIC JIHAD", 2)] // upper case, the branch after the shared "islamic"
    [InlineData("islamic jihad said so.", "islamic jihad", 2)] // lower case
    [InlineData("Fighters of al Qaeda", "al Qaeda", 3)] // space for a hyphen
    [InlineData("Fighters of alQaeda.", "alQaeda", 3)] // no separator at all
    [InlineData("Hay’at Tahrir al-Sham holds it.", "Hay’at Tahrir al-Sham", 4)] // curly apostrophe inside a long single-child chain
    [InlineData("The PEŞMERGA advanced.", "PEŞMERGA", 5)] // a letter outside ASCII, upper case
    [InlineData("The peşmerga advanced.", "peşmerga", 5)] // a letter outside ASCII, lower case
    [InlineData("Where IS fighters went", "IS", 6)] // case-sensitive acronym
    [InlineData("(IS) fighters", "IS", 6)] // after a bracket
    [InlineData("The Coalition struck.", "The Coalition", 7)] // "the" starts an alias
    [InlineData("M23 rebels", "M23", 8)] // digits
    [InlineData("PEST control", "PEST", 9)] // the ASCII child of a node that also has one outside ASCII
    [InlineData("The \u212Aurd, then Islamic State", "Islamic State", 0)] // Kelvin sign lower-cases to ASCII k: walked through the ASCII table, no alias
    public void FindAll_OneAlias_FindsIt(string text, string words, int value)
    {
        FindAll(Small, text).Should().Equal((words, value));
    }

    [Theory]
    [InlineData("It is what it is.")] // "is" is not the case-sensitive "IS"
    [InlineData("Islamabad and Islamics")] // words that start like an alias but leave the trie or run past its end
    [InlineData("anti-IS forces")] // a hyphen before the start blocks a match
    [InlineData("Islamic States")] // an alias must end at a word boundary
    [InlineData("the coalitions of the willing")] // an alias must end at a word boundary, after a separator
    [InlineData("Pesmerga")] // an ASCII look-alike of a letter outside ASCII is another word
    [InlineData("")] // empty text
    public void FindAll_NoAlias_FindsNothing(string text)
    {
        FindAll(Small, text).Should().BeEmpty();
    }

    [Fact]
    public void FindAll_SeveralAliases_FindsEachLeftToRight()
    {
        // Dead ends inside words ("Islamabad", "thereby") are skipped without hiding the aliases after them.
        FindAll(Small, "Islamabad said the coalition, thereby Islamic Jihad and IS; al-Qaeda.")
            .Should().Equal(("the coalition", 7), ("Islamic Jihad", 2), ("IS", 6), ("al-Qaeda", 3));
    }

    [Fact]
    public void LongestAt_EveryActorAlias_IsFoundWholeInEachCase()
    {
        // Walks every node of a real table (over two thousand, a hundred of them branching) through its compact numbering.
        var trie = new AliasTrie();
        var aliases = new List<(string Alias, bool CaseSensitive)>();
        foreach (ActorAlias e in ActorAliases.Entries)
        {
            aliases.AddRange(e.Aliases.Select(a => (a, false)));
            aliases.AddRange((e.Acronyms ?? []).Select(a => (a, true)));
        }

        for (int i = 0; i < aliases.Count; i++)
        {
            trie.Add(aliases[i].Alias, i, aliases[i].CaseSensitive);
        }

        foreach ((string alias, bool caseSensitive) in aliases)
        {
            string[] forms = caseSensitive ? [alias] : [alias, alias.ToUpperInvariant(), alias.ToLowerInvariant()];
            foreach (string form in forms)
            {
                AliasTrie.Hit? hit = trie.LongestAt(form, 0);
                hit.Should().NotBeNull(form);
                hit!.Value.End.Should().Be(form.Length, form);
            }
        }
    }
}
