using System.Collections.Frozen;
using FuzzySharp;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds place names and resolves them against the embedded GeoNames-derived gazetteer, using the whole report as context.</summary>
/// <remarks>
/// Candidates are capitalised token sequences (longest match first, Arabic articles and lower-case name particles allowed inside:
/// "Deir ez-Zor", "Dayr az Zawr", "Al bukamal"), looked up by normalised key, then by transliteration skeleton for
/// Arabic-speaking countries, then (for long names only, with a country of that region named in the report) by a fuzzy ratio.
/// Each candidate is resolved among its homonyms by: an explicit qualifier ("Springfield, Ill.", "Rock Falls, Illinois"),
/// the dateline, a kind cue ("X province", "the city of X"), the countries and divisions the rest of the report names, and
/// population. Bare single-word small towns need a locative cue ("in", "near", "outside") or report context, which keeps
/// common words, surnames and organisations from becoming places.
/// </remarks>
internal sealed class PlaceRecognizer
{
    private const int MaxTokens = 6;

    /// <summary>How many capitalised words before a name <see cref="Describe"/> reads for a person's or organisation's name around it.</summary>
    private const int MaxRunLookback = 32;
    private const int MaxQualifierTokens = 3;
    private const int MinSkeletonRatio = 60;
    private const int MinShortSkeletonRatio = 70;
    private const int SureSkeletonRatio = 75;
    private const int MinFuzzyRatio = 88;
    private const double ClearMargin = 1.0;
    private const int Rounds = 3;

    private static readonly Lazy<PlaceRecognizer> Shared = new(() => new PlaceRecognizer(Gazetteer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] ArticleParticles = ["al", "el", "ez", "az", "as", "ad", "ar", "ash", "an", "at", "es", "ed", "er", "en", "et"];
    private static readonly string[] NameParticles = ["de", "del", "della", "da", "di", "do", "du", "des", "la", "le", "les", "los", "las", "van", "von", "der", "den", "bin", "ibn", "upon", "sur", "y"];

    // ASCII character classes read from char's own Unicode tables at type init: one table load per character instead of the
    // category look-up; the lower-case bit is the top bit so that "k >> LowerShift" counts lower-case letters.
    private const int LetterOrDigit = 1;
    private const int LowerShift = 1;
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    private readonly Gazetteer gazetteer;
    private readonly WordSet stop;
    private readonly WordSet demonyms;
    private readonly WordSet titles;
    private readonly WordSet modifiers;
    private readonly WordSet cues;
    private readonly WordSet placeNouns;
    private readonly WordSet targetNouns;
    private readonly WordSet admin1Nouns;
    private readonly WordSet localityNouns;
    private readonly WordSet admin2Nouns;
    private readonly WordSet speech;
    private readonly WordSet institutions;
    private readonly WordSet agencies;
    private readonly WordSet forceKinds;
    private readonly WordSet streets;
    private readonly WordSet streetNameEnds;
    private readonly WordSet eventNouns;
    private readonly WordSet articles;
    private readonly WordSet articlesOrParticles; // one lookup instead of two for every lower-case word
    private readonly WordSet englishArticles;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> stateAbbreviations;
    private readonly WordSet abbreviationsOnly;
    private readonly bool[] transliteratedCountry; // by GazetteerEntry.CountryId, from PlaceLexicon.TransliteratedCountries
    private readonly int[] transliteratedIds; // their country ids, in the lexicon's order (-1 when the gazetteer lacks one)
    private readonly int usCountryId;

    /// <summary>Creates a recognizer over <paramref name="gazetteer"/>.</summary>
    internal PlaceRecognizer(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        stop = new WordSet(PlaceLexicon.StopWords);
        demonyms = new WordSet(PlaceLexicon.Demonyms);
        titles = new WordSet(PlaceLexicon.PersonTitles);
        modifiers = new WordSet(PlaceLexicon.Modifiers);
        cues = new WordSet(PlaceLexicon.LocativeCues);
        placeNouns = new WordSet(PlaceLexicon.PlaceNouns);
        targetNouns = new WordSet(PlaceLexicon.TargetNouns);
        admin1Nouns = new WordSet(PlaceLexicon.Admin1Nouns);
        localityNouns = new WordSet(PlaceLexicon.LocalityNouns);
        admin2Nouns = new WordSet(PlaceLexicon.Admin2Nouns);
        speech = new WordSet(PlaceLexicon.SpeechVerbs);
        institutions = new WordSet(PlaceLexicon.InstitutionWords);
        agencies = new WordSet(PlaceLexicon.AgencyWords);
        forceKinds = new WordSet(PlaceLexicon.ForceKinds);
        streets = new WordSet(PlaceLexicon.StreetWords);
        streetNameEnds = new WordSet(PlaceLexicon.StreetNameEnds);
        eventNouns = new WordSet(PlaceLexicon.EventNouns);
        articles = new WordSet(ArticleParticles);
        articlesOrParticles = new WordSet(ArticleParticles.Concat(NameParticles));
        englishArticles = new WordSet(["as", "at", "an", "the", "in", "on", "and", "or", "by", "of", "to", "is", "it"]);
        var states = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string abbreviation, string code) in PlaceLexicon.UsStateAbbreviations)
        {
            int entry = gazetteer.Admin1("US." + code);
            string key = PlaceNames.Key(abbreviation);
            if (entry >= 0 && key.Length > 0)
            {
                states[key] = entry;
            }
        }

        stateAbbreviations = states.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        transliteratedCountry = new bool[gazetteer.CountryIdCount];
        transliteratedIds = [.. PlaceLexicon.TransliteratedCountries.Select(gazetteer.CountryId)];
        foreach (int id in transliteratedIds)
        {
            if (id >= 0)
            {
                transliteratedCountry[id] = true;
            }
        }

        usCountryId = gazetteer.CountryId("US");
        abbreviationsOnly = new WordSet(states.Where(kv => !string.Equals(kv.Key, PlaceNames.Key(gazetteer.Entries[kv.Value].Name), StringComparison.Ordinal)).Select(kv => kv.Key));
    }

    private static byte[] BuildAsciiClass()
    {
        byte[] table = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            table[c] = (byte)((char.IsLetterOrDigit(c) ? LetterOrDigit : 0) | (char.IsLower(c) ? 1 << LowerShift : 0));
        }

        return table;
    }

    /// <summary>Gets the shared recognizer over the embedded gazetteer (loaded once, thread-safe).</summary>
    public static PlaceRecognizer Default => Shared.Value;

    /// <summary>
    /// Returns the places named in the report's sentences, in text order, reading its title as a first line: the title's
    /// places (spans into <see cref="Headline"/> of <paramref name="title"/>) come back apart in <paramref name="titlePlaces"/>.
    /// The title and the text are resolved together, so "COLUMBIA, SC: toddler shot" says which Columbia the body's "south
    /// Columbia" is, and the body's places say which Durham the title's "Durham drive-by" is.
    /// </summary>
    public IReadOnlyList<PlaceFinding> FindWithTitle(string? title, string text, IReadOnlyList<TextSpan> sentences, out IReadOnlyList<PlaceFinding> titlePlaces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        titlePlaces = [];
        ReadOnlySpan<char> headline = Headline(title);
        if (headline.IsEmpty || text.Length == 0)
        {
            return Find(text, sentences);
        }

        int offset = headline.Length + 2;
        string joined = string.Concat(headline, "\n\n", text);
        var spans = new TextSpan[sentences.Count + 1];
        spans[0] = new TextSpan(0, headline.Length);
        for (int i = 0; i < sentences.Count; i++)
        {
            spans[i + 1] = new TextSpan(sentences[i].Start + offset, sentences[i].End + offset);
        }

        IReadOnlyList<PlaceFinding> all = Find(joined, spans);
        var body = new List<PlaceFinding>(all.Count);
        List<PlaceFinding>? inTitle = null;
        foreach (PlaceFinding p in all)
        {
            if (p.Span.End <= headline.Length)
            {
                (inTitle ??= []).Add(p);
            }
            else if (p.Span.Start >= offset)
            {
                body.Add(p with { Span = new TextSpan(p.Span.Start - offset, p.Span.End - offset) });
            }
        }

        titlePlaces = inTitle ?? (IReadOnlyList<PlaceFinding>)[];
        return body;
    }

    /// <summary>The headline of a page title: the part before the site's name ("Four shot in Durham :: WRAL.com",
    /// "Man dies after shooting - WXYZ News | Detroit"), trimmed; empty when there is no title.</summary>
    internal static ReadOnlySpan<char> Headline(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return [];
        }

        ReadOnlySpan<char> t = title.AsSpan();
        foreach (string separator in (ReadOnlySpan<string>)[" | ", " :: ", " - ", " \u2013 ", " \u2014 "])
        {
            int at = t.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                t = t[..at];
            }
        }

        return t.Trim();
    }

    /// <summary>The site part of a page title: what follows the headline ("KTBS.com - Shreveport, LA News, Weather and Sports",
    /// "WMC Action News 5 - Memphis, Tennessee"), trimmed; empty when the title has no separator.</summary>
    internal static ReadOnlySpan<char> SitePart(string? title)
    {
        ReadOnlySpan<char> headline = Headline(title);
        if (headline.IsEmpty)
        {
            return [];
        }

        ReadOnlySpan<char> t = title.AsSpan().TrimStart();
        return t.Length > headline.Length ? t[headline.Length..].TrimStart(" |:-\u2013\u2014").Trim() : [];
    }

    /// <summary>How far after a town <see cref="ForceFollows"/> reads.</summary>
    private const int ForceLookahead = 48;

    private static readonly WordSet ForceWords = new(PlaceLexicon.AgencyWords);

    /// <summary>Whether a local force's word follows the town ending at <paramref name="end"/>: right after it ("Waco PD", "Tifton
    /// police"), or after "Metro" or "Metropolitan" ("Louisville Metro Police", "Las Vegas Metropolitan Police").</summary>
    internal static bool ForceFollows(string text, int end)
    {
        int limit = Math.Min(text.Length, end + ForceLookahead);
        int i = end;
        ReadOnlySpan<char> word = NextWord(text, ref i, limit);
        if (word.Equals("metro", StringComparison.OrdinalIgnoreCase) || word.Equals("metropolitan", StringComparison.OrdinalIgnoreCase))
        {
            word = NextWord(text, ref i, limit);
        }

        return ForceWords.Contains(word);
    }

    /// <summary>The word after spaces from <paramref name="i"/> (letters and apostrophes), moving <paramref name="i"/> past it; empty
    /// when no space comes first or a line ends.</summary>
    private static ReadOnlySpan<char> NextWord(string text, ref int i, int limit)
    {
        int start = i;
        while (i < limit && text[i] == ' ')
        {
            i++;
        }

        if (i == start)
        {
            return [];
        }

        int from = i;
        while (i < limit && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019'))
        {
            i++;
        }

        return text.AsSpan(from, i - from);
    }

    /// <summary>The town of a US dateline opening the text ("LETCHER, S.D. —"), even one the gazetteer lacks (see
    /// <see cref="Extraction.DatelineTown"/>).</summary>
    internal Place? DatelineTown(string text) => Extraction.DatelineTown.Find(text, StateNamed, TownIn);

    private Place? StateNamed(string written)
    {
        string key = PlaceNames.Key(written);
        if (key.Length == 0)
        {
            return null;
        }

        if (stateAbbreviations.TryGetValue(key, out int entry))
        {
            return gazetteer.Entries[entry].ToPlace();
        }

        foreach (int hit in gazetteer.Lookup(key))
        {
            GazetteerEntry e = gazetteer.Entries[hit];
            if (e.Kind == PlaceKind.Admin1 && e.CountryId == usCountryId)
            {
                return e.ToPlace();
            }
        }

        return null;
    }

    private Place? TownIn(string name, Place admin1)
    {
        foreach (int hit in gazetteer.Lookup(PlaceNames.Key(name)))
        {
            GazetteerEntry e = gazetteer.Entries[hit];
            if (e.Kind == PlaceKind.Locality && e.CountryId == usCountryId && string.Equals(e.Admin1Name, admin1.Admin1, StringComparison.Ordinal))
            {
                return e.ToPlace();
            }
        }

        return null;
    }

    /// <summary>
    /// The outlet's own town, read from the site part of a page title ("... - KTBS.com - Shreveport, LA News, Weather and Sports",
    /// "... | WSB-TV Atlanta"): the one town the site part names with at least <paramref name="minConfidence"/>, or
    /// <see langword="null"/> when it names none, several ("Tyler, Longview, Jacksonville": a regional outlet) or only wider
    /// divisions. A weak place: where the outlet is, which is where most of its local reports happen, never what a report says.
    /// </summary>
    internal Place? OutletTown(string? title, double minConfidence)
    {
        ReadOnlySpan<char> site = SitePart(title);
        if (site.IsEmpty)
        {
            return null;
        }

        string s = site.ToString();
        Place? town = null;
        foreach (PlaceFinding p in Find(s, [new TextSpan(0, s.Length)]))
        {
            if (p.Place.Kind != PlaceKind.Locality)
            {
                continue;
            }

            if (p.Confidence < minConfidence || (town is not null && !town.Equals(p.Place)))
            {
                return null;
            }

            town = p.Place;
        }

        return town;
    }

    /// <summary>The fewest letters of a city name read from a web address (shorter names, "Erie", "Waco", hide in words too easily).</summary>
    private const int MinHostTownLetters = 5;

    /// <summary>The smallest city an outlet names its web address after ("orlandosentinel.com", "abc7chicago.com").</summary>
    private const int MinHostTownPopulation = 100_000;

    /// <summary>The longest host label read for a city name (longer labels are not outlet names).</summary>
    private const int MaxHostLabel = 40;

    /// <summary>
    /// The outlet's own city, read from the host of the report's web address (the last one, as an archive wraps the original):
    /// a US city of at least <see cref="MinHostTownPopulation"/> people whose name, without spaces, begins or ends a label of the
    /// host ("orlandosentinel.com", "abc7chicago.com", "chicago.cbslocal.com", "mysanantonio.com", "kansascity.com"). The
    /// longest such name wins; <see langword="null"/> when there is none, or two labels name different cities. Like
    /// <see cref="OutletTown"/> a weak place: where the outlet is, never what the report says.
    /// </summary>
    internal Place? HostTown(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        ReadOnlySpan<char> u = url.AsSpan();
        int scheme = u.LastIndexOf("://", StringComparison.Ordinal);
        ReadOnlySpan<char> host = scheme >= 0 ? u[(scheme + 3)..] : u;
        int end = host.IndexOfAny('/', ':', '?');
        host = end >= 0 ? host[..end] : host;
        int lastDot = host.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return null;
        }

        host = host[..lastDot]; // the top-level domain names no city
        Span<char> label = stackalloc char[MaxHostLabel];
        Span<char> key = stackalloc char[MaxHostLabel + 4];
        int best = -1;
        int bestLength = 0;
        foreach (Range r in host.Split('.'))
        {
            ReadOnlySpan<char> part = host[r];
            if (part.Length < MinHostTownLetters || part.Length > MaxHostLabel)
            {
                continue;
            }

            int n = part.ToLowerInvariant(label);
            if (n < 0)
            {
                continue;
            }

            // Prefixes ("orlando|sentinel") and suffixes ("abc7|chicago"), longest first, each tried as one word and as two.
            for (int length = n; length >= MinHostTownLetters && length > bestLength - 1; length--)
            {
                foreach (int from in (ReadOnlySpan<int>)[0, n - length])
                {
                    ReadOnlySpan<char> name = label.Slice(from, length);
                    if (!IsLetters(name))
                    {
                        continue;
                    }

                    int found = HostCity(name, key);
                    if (found < 0 || length < bestLength || (length == bestLength && found == best))
                    {
                        continue;
                    }

                    if (best >= 0 && !gazetteer.Entries[best].Name.Equals(gazetteer.Entries[found].Name, StringComparison.Ordinal)
                        && length == bestLength)
                    {
                        return null; // two cities, equally long: no one outlet town
                    }

                    if (best >= 0 && length > bestLength && !Overlaps(gazetteer.Entries[best].Name, name))
                    {
                        return null; // "denverboulder": two cities
                    }

                    best = found;
                    bestLength = length;
                }
            }
        }

        return best >= 0 ? gazetteer.Entries[best].ToPlace() : null;
    }

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the city name <paramref name="shorter"/>, squashed, lies inside <paramref name="longer"/> (the longer
    /// reading of the same place: "antonio" inside "sanantonio").</summary>
    private static bool Overlaps(string shorter, ReadOnlySpan<char> longer)
    {
        Span<char> squashed = stackalloc char[Math.Min(shorter.Length, MaxHostLabel)];
        int n = 0;
        foreach (char c in shorter)
        {
            if (char.IsLetter(c) && n < squashed.Length)
            {
                squashed[n++] = char.ToLowerInvariant(c);
            }
        }

        return longer.IndexOf(squashed[..n], StringComparison.Ordinal) >= 0;
    }

    /// <summary>The most populous US city (not a neighbourhood) of at least <see cref="MinHostTownPopulation"/> whose name is
    /// <paramref name="name"/> as one word, or as two with a space put back ("kansas city", "san antonio"); -1 when none.</summary>
    private int HostCity(ReadOnlySpan<char> name, Span<char> key)
    {
        int best = -1;
        for (int space = 0; space < name.Length - 2; space++)
        {
            int n;
            if (space == 0)
            {
                name.CopyTo(key);
                n = name.Length;
            }
            else if (space < 2)
            {
                continue; // a word of one letter
            }
            else
            {
                name[..space].CopyTo(key);
                key[space] = ' ';
                name[space..].CopyTo(key[(space + 1)..]);
                n = name.Length + 1;
            }

            foreach (int hit in gazetteer.Lookup(key[..n]))
            {
                GazetteerEntry e = gazetteer.Entries[hit];
                if (e.Kind == PlaceKind.Locality && e.CountryId == usCountryId && !e.IsSection && e.Population >= MinHostTownPopulation
                    && (best < 0 || e.Population > gazetteer.Entries[best].Population))
                {
                    best = hit;
                }
            }
        }

        return best;
    }

    /// <summary>Returns the places named in the report's sentences, in text order.</summary>
    public IReadOnlyList<PlaceFinding> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if (text.Length == 0)
        {
            return [];
        }

        Scratch scratch = t_scratch ??= new Scratch();
        List<Token> tokens = Tokenize(text, sentences.Count > 0 ? sentences : [new TextSpan(0, text.Length)]);
        List<Mention> mentions = Collect(text, tokens, scratch);
        if (mentions.Count == 0)
        {
            return [];
        }

        var context = new Context();
        Resolve(mentions, context, scratch);
        FuzzyPass(text, tokens, mentions, context);

        var result = new List<PlaceFinding>(mentions.Count);
        foreach (Mention m in mentions)
        {
            if (m.Accepted && m.Chosen >= 0)
            {
                result.Add(new PlaceFinding(new TextSpan(m.Start, m.End), gazetteer.Entries[m.Chosen].ToPlace(), Math.Round(m.Confidence, 3)));
            }
        }

        result.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return result;
    }

    // ---------------------------------------------------------------- tokens

    /// <summary>The token list of the report being read on this thread (reused: <see cref="Find"/> keeps nothing that refers to it).</summary>
    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>The working collections of the report being read on this thread (reused, as <see cref="t_tokens"/>).</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Splits the sentences into word tokens and classifies each in the same pass (one read of every character).</summary>
    internal List<Token> Tokenize(string text, IReadOnlyList<TextSpan> sentences)
    {
        List<Token> tokens = t_tokens ??= new List<Token>(256);
        tokens.Clear();
        int scan = 0;
        bool content = false; // a non-blank character since the last line break
        for (int s = 0; s < sentences.Count; s++)
        {
            TextSpan sentence = sentences[s];
            int end = Math.Min(sentence.End, text.Length);
            int i = Math.Max(0, sentence.Start);
            bool first = true;
            TokenKind previousKind = TokenKind.Word; // of the previous token in this sentence
            int previousStart = 0;
            int previousEnd = 0;
            while (i < end)
            {
                char c = text[i];
                if (c < 128 ? (AsciiClass[c] & LetterOrDigit) == 0 : !char.IsLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                int lower = 0; // lower-case letters (none: all capitals)
                int lastHyphen = -1; // of '-', from start
                int firstHyphen = -1; // of '-' or '\u2011', from start
                while (i < end)
                {
                    char ch = text[i];
                    if (ch < 128)
                    {
                        int k = AsciiClass[ch];
                        if ((k & LetterOrDigit) != 0)
                        {
                            lower += k >> LowerShift;
                            i++;
                            continue;
                        }

                        if (ch is not ('\'' or '-' or '.'))
                        {
                            break;
                        }
                    }
                    else if (char.IsLetterOrDigit(ch) || ch is '\u0300' or '\u0301')
                    {
                        lower += char.IsLower(ch) ? 1 : 0;
                        i++;
                        continue;
                    }
                    else if (ch is not ('\u2019' or '\u2018' or '\u02BF' or '\u02BE' or '\u2011'))
                    {
                        break;
                    }

                    // An apostrophe, hyphen or full stop joins letters ("Qa'im", "al-Qaim", "U.S."); a full stop only in an abbreviation.
                    if (i + 1 < end && char.IsLetter(text[i + 1]) && (ch != '.' || i + 2 >= end || !char.IsLetter(text[i + 2]) || char.IsUpper(text[i + 1])))
                    {
                        if (ch is '-' or '\u2011')
                        {
                            lastHyphen = ch == '-' ? i - start : lastHyphen;
                            firstHyphen = firstHyphen < 0 ? i - start : firstHyphen;
                        }

                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var token = new Token { Start = start, End = i, Sentence = s, SentenceStart = first, FollowedByPeriod = i < end && text[i] == '.' };
                first = false;

                // Possessive "Syria's", plural possessive "jihadists'".
                if (i - start > 3 && text[i - 2] is '\'' or '\u2019' && text[i - 1] is 's' or 'S')
                {
                    token.End -= 2;
                    token.Possessive = true;
                    lower -= text[i - 1] == 's' ? 1 : 0;
                }

                Classify(text, ref token, lower, lastHyphen, firstHyphen, previousKind, previousStart, previousEnd);
                previousKind = token.Kind;
                previousStart = token.Start;
                previousEnd = token.End;
                for (; scan < token.Start; scan++)
                {
                    char g = text[scan];
                    if (g == '\n')
                    {
                        content = false;
                    }
                    else if (!char.IsWhiteSpace(g) && g is not '"' and not '\u201C' and not '\'')
                    {
                        content = true;
                    }
                }

                token.LineStart = !content;
                scan = Math.Max(scan, i);
                content = true;
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>Sets the token's kind from what <see cref="Tokenize"/> counted while reading it.</summary>
    private void Classify(string text, ref Token token, int lower, int lastHyphen, int firstHyphen, TokenKind previousKind, int previousStart, int previousEnd)
    {
        ReadOnlySpan<char> span = text.AsSpan(token.Start, token.End - token.Start);
        char first = span[0];
        token.IsNumber = char.IsDigit(first);
        if (token.IsNumber)
        {
            return;
        }

        if (char.IsUpper(first))
        {
            if (lastHyphen > 0 && lastHyphen + 1 < span.Length && char.IsLower(span[lastHyphen + 1]))
            {
                token.Kind = TokenKind.Word; // "Two-year-old", "US-backed", "Britain-based": a compound word, not a name
                return;
            }

            token.AllCaps = lower == 0 && span.Length > 1;
            token.Kind = TokenKind.Name;
            return;
        }

        if (firstHyphen is 2 or 3 && firstHyphen + 1 < span.Length && char.IsUpper(span[firstHyphen + 1]) && articles.Contains(span[..firstHyphen]))
        {
            token.Kind = TokenKind.Name; // al-Qaim, ez-Zor
            return;
        }

        if (articlesOrParticles.Contains(span))
        {
            token.Kind = TokenKind.Particle;
            return;
        }

        if (previousKind == TokenKind.Name && previousEnd - previousStart == 2 && previousEnd + 1 == token.Start
            && articles.Contains(text.AsSpan(previousStart, 2)))
        {
            token.Kind = TokenKind.Name; // "Al bukamal"
            return;
        }

        token.Kind = TokenKind.Word;
    }

    /// <summary>Whether tokens a and b (a before b) are separated by white space only, within one line.</summary>
    private static bool Joined(string text, in Token a, in Token b)
    {
        if (a.Sentence != b.Sentence || a.Possessive)
        {
            return false;
        }

        int from = a.End;
        if (from < b.Start && text[from] == '.' && a.End - a.Start == 2 && IsNameAbbreviation(text.AsSpan(a.Start, 2)))
        {
            from++; // "St. Paul", "Mt. Vernon", "Ft. Worth": the abbreviation's full stop is part of the name
        }

        for (int i = from; i < b.Start; i++)
        {
            if (text[i] is not ' ' and not '\u00A0')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameAbbreviation(ReadOnlySpan<char> word) => word is "St" or "Mt" or "Ft";

    private static ReadOnlySpan<char> Gap(string text, in Token a, in Token b) => text.AsSpan(a.End, b.Start - a.End).Trim();

    // ---------------------------------------------------------------- candidates

    private List<Mention> Collect(string text, List<Token> tokens, Scratch scratch)
    {
        List<Mention> mentions = scratch.Mentions;
        mentions.Clear();
        Span<char> key = stackalloc char[PlaceNames.MaxKeyLength + 1];
        Span<char> skeleton = stackalloc char[PlaceNames.MaxKeyLength + 1];
        int runStart = -1;
        int i = 0;
        while (i < tokens.Count)
        {
            Token t = tokens[i];
            if (t.Kind != TokenKind.Name)
            {
                runStart = -1;
                i++;
                continue;
            }

            if (runStart < 0 || !Joined(text, tokens[i - 1], t) || tokens[i - 1].Kind is not (TokenKind.Name or TokenKind.Particle))
            {
                runStart = i;
            }

            // Leading function words ("In Rock Falls", "The Hague" is in the gazetteer as "The Hague" and still matches first).
            int maxEnd = i;
            while (maxEnd + 1 < tokens.Count && maxEnd - i + 1 < MaxTokens && Joined(text, tokens[maxEnd], tokens[maxEnd + 1])
                   && tokens[maxEnd + 1].Kind is TokenKind.Name or TokenKind.Particle)
            {
                maxEnd++;
            }

            bool matched = false;
            bool englishFirst = maxEnd > i && englishArticles.Contains(Word(text, t)); // the same for every longer window
            for (int last = maxEnd; last >= i; last--)
            {
                if (tokens[last].Kind != TokenKind.Name)
                {
                    continue;
                }

                ReadOnlySpan<char> name = text.AsSpan(t.Start, tokens[last].End - t.Start);
                int n = PlaceNames.Key(name, key);
                if (n <= 0)
                {
                    continue;
                }

                ReadOnlySpan<char> k = key[..n];
                if (last == i && (stop.Contains(k) || demonyms.Contains(k) || n < 3 && !t.AllCaps
                                  || t.FollowedByPeriod && abbreviationsOnly.Contains(k)))
                {
                    continue; // "Fla." is Florida after "Miami,", never the Norwegian town Flå
                }

                if (last > i && englishFirst)
                {
                    continue; // "As Michael said", "At Bastrop": an English word that the key would drop as an Arabic article
                }

                int[] hits = gazetteer.Lookup(k);
                bool viaSkeleton = false;
                int sk = 0;
                if (hits.Length == 0 && n >= 4)
                {
                    sk = PlaceNames.Skeleton(k, skeleton);
                    if (sk > 0)
                    {
                        hits = gazetteer.LookupSkeleton(skeleton[..sk]);
                        viaSkeleton = true;
                    }
                }

                if (hits.Length == 0)
                {
                    continue;
                }

                if (last == i && t.AllCaps && n <= 3 && !OnlyCountries(hits))
                {
                    continue; // unknown acronyms are not towns
                }

                int ratio = 100;
                if (viaSkeleton)
                {
                    // The skeleton is loose for short names ("Rami" and "Raymah" share one): keep only hits that still look
                    // alike, the more so the fewer consonants the skeleton has ("Dayr az Zawr" ~ "Deir ez-Zor" needs no check).
                    ratio = 0;
                    string probe = new(k);
                    int consonants = SkeletonConsonants(skeleton[..sk]);
                    int minRatio = consonants >= 4 ? 0 : consonants == 3 ? MinSkeletonRatio : MinShortSkeletonRatio;
                    var similar = new List<int>(hits.Length);
                    foreach (int h in hits)
                    {
                        int r = Fuzz.Ratio(probe, PlaceNames.Key(gazetteer.Entries[h].Name));
                        if (r >= minRatio)
                        {
                            similar.Add(h);
                            ratio = Math.Max(ratio, r);
                        }
                    }

                    if (similar.Count == 0)
                    {
                        continue;
                    }

                    if (consonants >= 4)
                    {
                        ratio = Math.Max(ratio, SureSkeletonRatio);
                    }

                    hits = similar.ToArray();
                }

                mentions.Add(new Mention
                {
                    FirstToken = i,
                    LastToken = last,
                    RunStart = runStart,
                    Start = t.Start,
                    End = tokens[last].End,
                    Key = new string(k),
                    Hits = hits, // the gazetteer's own array or a new one, never written
                    ViaSkeleton = viaSkeleton,
                    SimilarityRatio = ratio,
                });
                matched = true;
                i = last + 1;
                break;
            }

            if (!matched)
            {
                i++;
            }
        }

        foreach (Mention m in mentions)
        {
            Describe(text, tokens, m);
        }

        // A state or country read as another mention's qualifier ("Gary, Ind.") is not a candidate of its own here;
        // abbreviated qualifiers are added back as mentions of the state in Resolve.
        if (mentions.Exists(static m => m.QualifierIsAbbreviation))
        {
            var qualifierTokens = new HashSet<int>();
            foreach (Mention m in mentions)
            {
                if (m.QualifierIsAbbreviation)
                {
                    qualifierTokens.Add(m.QualifierFirstToken);
                }
            }

            mentions.RemoveAll(m => qualifierTokens.Contains(m.FirstToken));
        }

        // Person names: a name seen right after a first name ("Jessica Davis") or right before a surname ("Michael Parsons",
        // "Tyre King") is a person wherever it recurs bare ("Michael was a quiet child").
        HashSet<string> surnames = scratch.Surnames;
        HashSet<string> firstNames = scratch.FirstNames;
        surnames.Clear();
        firstNames.Clear();
        foreach (Mention m in mentions)
        {
            if (!m.MultiToken && m.Embedded)
            {
                surnames.Add(m.Key);
            }
            else if (!m.MultiToken && m.FollowedByName && !m.InstitutionAfter && !m.StreetAfter && m.QualifierLastToken < 0)
            {
                firstNames.Add(m.Key);
            }
        }

        foreach (Mention m in mentions)
        {
            // A first name yields to a locative cue ("a homicide in Cleveland Monday"); a surname does not. A bare "of" before a
            // first name and a surname is no locative cue ("the body of Paul Rederer", "the family of Austin Reed").
            m.Surname = !m.MultiToken && (surnames.Contains(m.Key)
                                          || firstNames.Contains(m.Key) && (!m.CueBefore || (m.BareOf && m.FollowedByName))
                                             && !m.NounAfter && !m.InstitutionAfter);
        }

        return mentions;
    }

    private static int SkeletonConsonants(ReadOnlySpan<char> skeleton)
    {
        int n = 0;
        foreach (char c in skeleton)
        {
            n += c == 'V' ? 0 : 1;
        }

        return n;
    }

    private bool AnyLocality(int[] entries)
    {
        foreach (int c in entries)
        {
            if (gazetteer.Entries[c].Kind == PlaceKind.Locality)
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyCountries(ReadOnlySpan<int> hits)
    {
        foreach (int h in hits)
        {
            if (gazetteer.Entries[h].Kind != PlaceKind.Country)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the words around a mention: cues, qualifiers, dateline, person signals.</summary>
    private void Describe(string text, List<Token> tokens, Mention m)
    {
        Token first = tokens[m.FirstToken];
        Token last = tokens[m.LastToken];
        m.MultiToken = m.LastToken > m.FirstToken;
        m.SentenceStart = first.SentenceStart;
        ReadOnlySpan<char> lastWord = Word(text, last);
        m.StreetName = m.MultiToken && streetNameEnds.Contains(lastWord);
        m.LowerTail = m.StreetName ? !lastWord.ContainsAnyInRange('A', 'Z')
            : m.MultiToken && lastWord is "man" or "men" or "woman" or "women";

        // Words before: modifiers, titles, cues.
        int p = m.FirstToken - 1;
        if (p >= 0 && tokens[p].Sentence == first.Sentence)
        {
            ReadOnlySpan<char> gap = Gap(text, tokens[p], first);
            int q = p;
            if (gap.IsEmpty && modifiers.Contains(Word(text, tokens[q])))
            {
                q--; // "in eastern Syria", "northern Iraq"
            }

            if (q >= 0 && tokens[q].Sentence == first.Sentence)
            {
                ReadOnlySpan<char> before = Word(text, tokens[q]);
                bool adjacent = Gap(text, tokens[q], q == p ? first : tokens[p]).IsEmpty;
                if (adjacent && cues.Contains(before))
                {
                    m.CueBefore = true;
                    if (before.Equals("of", StringComparison.OrdinalIgnoreCase) && q - 1 >= 0)
                    {
                        ReadOnlySpan<char> noun = Word(text, tokens[q - 1]);
                        m.Admin1Cue |= admin1Nouns.Contains(noun);
                        m.LocalityCue |= localityNouns.Contains(noun);
                    }

                    m.BareOf = before.Equals("of", StringComparison.OrdinalIgnoreCase) && !m.Admin1Cue && !m.LocalityCue;
                }

                // "Officer Jackson", and an abbreviated title with its full stop: "Lt. Ireland said", "Sgt. Jordan".
                bool abbreviated = q == p && before.Length <= 4 && gap.SequenceEqual(".");
                if ((adjacent || abbreviated) && titles.Contains(before) && tokens[q].Kind == TokenKind.Name)
                {
                    m.PersonCue = true;
                }

                m.AfterListSeparator = gap.SequenceEqual(",") || (adjacent && before is "and" or "or");
                m.PreviousToken = q;
            }
        }

        // Capitalised words earlier in the same run: a person's name ("Rami Abdel Rahman"), an organisation. In a title-case
        // headline ("1 Dead, 4 Injured In Stockton Shooting", "Teen Shot At Dayton Bar") the run starts after a capitalised
        // preposition: the words before it are the headline's, not the name's. (At most MaxRunLookback words back: a name is not
        // an organisation's because of a word a page of capitals earlier.)
        int lookback = Math.Max(m.RunStart, m.FirstToken - MaxRunLookback);
        int runStart = lookback;
        for (int r = m.FirstToken - 1; r >= 0 && r >= lookback; r--)
        {
            if (IsHeadlinePreposition(Word(text, tokens[r])))
            {
                runStart = r + 1;
                break;
            }
        }

        for (int r = runStart; r >= 0 && r < m.FirstToken; r++)
        {
            ReadOnlySpan<char> w = Word(text, tokens[r]);
            if (tokens[r].Kind != TokenKind.Name || modifiers.Contains(w) || demonyms.Contains(w) || stop.Contains(w) && tokens[r].SentenceStart)
            {
                continue;
            }

            if (titles.Contains(w))
            {
                m.PersonCue = true;
            }
            else
            {
                m.Embedded = true;
            }
        }

        // Words after.
        int a = m.LastToken + 1;
        if (a < tokens.Count && tokens[a].Sentence == last.Sentence)
        {
            Token next = tokens[a];
            ReadOnlySpan<char> gap = Gap(text, last, next);
            ReadOnlySpan<char> word = Word(text, next);
            if (gap.IsEmpty && !last.Possessive)
            {
                m.FollowedByName = next.Kind == TokenKind.Name && !placeNouns.Contains(word) && !eventNouns.Contains(word);
                m.InstitutionAfter = next.Kind == TokenKind.Name && institutions.Contains(word);
                m.AgencyAfter = agencies.Contains(word) && !forceKinds.Contains(Word(text, last));
            }

            if (!m.AgencyAfter && !last.Possessive && !forceKinds.Contains(Word(text, last)))
            {
                m.AgencyAfter = ForceFollows(text, last.End);
                m.StreetAfter = next.Kind == TokenKind.Name ? streets.Contains(word) || StreetAhead(text, tokens, a)
                    : (m.AfterListSeparator && IsPluralStreetWord(word)) || (word is "and" && PluralStreetAhead(text, tokens, a));
                m.Admin1Cue |= admin1Nouns.Contains(word);
                m.LocalityCue |= localityNouns.Contains(word);
                m.NounAfter = placeNouns.Contains(word) || (next.Kind != TokenKind.Name && targetNouns.Contains(word));
                m.Admin2After = next.Kind == TokenKind.Name && admin2Nouns.Contains(word);
                m.SpeechAfter = speech.Contains(word);
            }

            if (gap.SequenceEqual(","))
            {
                if (next.IsNumber)
                {
                    m.PersonCue = true; // "Jackson, 23,"
                }
                else
                {
                    ReadQualifier(text, tokens, a, m);
                }
            }
        }

        // A dateline: the name opens a line and a dash, colon or bracket follows it (or its qualifier). The dateline may be a
        // line of its own ("ANCHORAGE \u2013" over the story's first paragraph), which the splitter makes a sentence of its own.
        if (m.FirstToken == 0 || first.LineStart)
        {
            int after = m.QualifierLastToken >= 0 ? m.QualifierLastToken : m.LastToken;
            ReadOnlySpan<char> tail = after + 1 < tokens.Count
                ? text.AsSpan(tokens[after].End, tokens[after + 1].Start - tokens[after].End)
                : text.AsSpan(tokens[after].End);
            tail = tail.TrimStart(". ");
            if (tail.StartsWith(":") || tail.StartsWith("\u2013") || tail.StartsWith("\u2014") || tail.StartsWith("-") || tail.StartsWith("(")
                || (m.QualifierLastToken >= 0 && first.AllCaps))
            {
                m.Dateline = true;
            }
        }

        // "40th and Pennsylvania", "Maryland and 5th": a crossing with a numbered street makes the name a street's.
        m.StreetAfter |= m.FirstToken >= 2 && tokens[m.FirstToken - 2].Sentence == first.Sentence
                         && Word(text, tokens[m.FirstToken - 1]) is "and" && IsOrdinal(Word(text, tokens[m.FirstToken - 2]));
        m.StreetAfter |= m.LastToken + 2 < tokens.Count && tokens[m.LastToken + 2].Sentence == last.Sentence
                         && Word(text, tokens[m.LastToken + 1]) is "and" && IsOrdinal(Word(text, tokens[m.LastToken + 2]));
    }

    private static ReadOnlySpan<char> Word(string text, in Token t) => text.AsSpan(t.Start, t.End - t.Start);

    /// <summary>"5th", "40th", "1st", "22nd", "3rd": a numbered street's name.</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        int digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits > 0 && word.Length == digits + 2
               && word[digits..] is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH";
    }

    /// <summary>"In", "At", "Near", "Outside", "Inside" capitalised: a preposition of a title-case headline, never part of a name.</summary>
    private static bool IsHeadlinePreposition(ReadOnlySpan<char> word) =>
        word is "In" or "At" or "Near" or "Outside" or "Inside";

    /// <summary>"South Orange Blossom Trail", "Hickory Woods Lane", "Los Altos Skate Park": the name is the start of a street's or
    /// park's name when, after the capitalised word at <paramref name="next"/>, one or two more capitalised words joined to it
    /// end in a street word.</summary>
    private bool StreetAhead(string text, List<Token> tokens, int next)
    {
        for (int k = next + 1; k <= next + 2 && k < tokens.Count; k++)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Name || !Joined(text, tokens[k - 1], t))
            {
                return false;
            }

            if (streets.Contains(Word(text, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Thompson and Colorado avenues" read at "Thompson": after the "and" at <paramref name="and"/>, one capitalised word and a
    /// plural street word.</summary>
    private bool PluralStreetAhead(string text, List<Token> tokens, int and) =>
        and + 2 < tokens.Count && tokens[and + 1].Kind == TokenKind.Name && tokens[and + 2].Sentence == tokens[and].Sentence
        && Joined(text, tokens[and], tokens[and + 1]) && Joined(text, tokens[and + 1], tokens[and + 2])
        && IsPluralStreetWord(Word(text, tokens[and + 2]));

    /// <summary>"Thompson and Colorado avenues": a plural street word after a list of names makes each name a street's.</summary>
    private bool IsPluralStreetWord(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && !word.Equals("ways", StringComparison.OrdinalIgnoreCase) && streets.Contains(word[..^1]);

    /// <summary>"Gary, Ind." / "Rock Falls, Illinois" / "Beirut, Lebanon": a state or country right after a comma.</summary>
    private void ReadQualifier(string text, List<Token> tokens, int at, Mention m)
    {
        Token t = tokens[at];
        if (t.Kind != TokenKind.Name)
        {
            return;
        }

        Span<char> key = stackalloc char[PlaceNames.MaxKeyLength + 1];

        // State abbreviation: "Ind.", "N.Y.", "IL" (postal codes only in capitals).
        int n = PlaceNames.Key(Word(text, t), key);
        if (n > 0 && stateAbbreviations.TryGetValue(key[..n], out int state))
        {
            bool postal = t.AllCaps && n == 2 && !t.FollowedByPeriod;
            bool ap = t.FollowedByPeriod || n > 2;
            if (postal || ap)
            {
                SetQualifier(m, state, at, at, abbreviation: true, new TextSpan(t.Start, t.End));
                return;
            }
        }

        int lastMax = at;
        while (lastMax + 1 < tokens.Count && lastMax - at + 1 < MaxQualifierTokens && Joined(text, tokens[lastMax], tokens[lastMax + 1])
               && tokens[lastMax + 1].Kind == TokenKind.Name)
        {
            lastMax++;
        }

        for (int last = lastMax; last >= at; last--)
        {
            n = PlaceNames.Key(text.AsSpan(t.Start, tokens[last].End - t.Start), key);
            if (n <= 0)
            {
                continue;
            }

            foreach (int h in gazetteer.Lookup(key[..n]))
            {
                GazetteerEntry e = gazetteer.Entries[h];
                if (e.Kind != PlaceKind.Locality)
                {
                    SetQualifier(m, h, at, last, abbreviation: false, new TextSpan(t.Start, tokens[last].End));
                }
            }

            if (m.QualifierCount > 0)
            {
                return;
            }
        }
    }

    private static void SetQualifier(Mention m, int entry, int first, int last, bool abbreviation, TextSpan span)
    {
        m.QualifierSpan = span;
        (m.Qualifiers ??= []).Add(entry);
        m.QualifierFirstToken = first;
        m.QualifierLastToken = last;
        m.QualifierIsAbbreviation = abbreviation;
    }

    // ---------------------------------------------------------------- resolution

    private void Resolve(List<Mention> mentions, Context context, Scratch scratch)
    {
        // Abbreviated qualifiers ("Ind.") are mentions of their own.
        int count = mentions.Count;
        for (int i = 0; i < count; i++)
        {
            Mention m = mentions[i];
            if (m.QualifierIsAbbreviation && m.QualifierCount == 1)
            {
                mentions.Add(new Mention
                {
                    FirstToken = m.QualifierFirstToken,
                    LastToken = m.QualifierLastToken,
                    RunStart = m.QualifierFirstToken,
                    Start = m.QualifierSpan.Start,
                    End = m.QualifierSpan.End,
                    Key = "#" + m.Key,
                    Hits = [m.Qualifiers![0]],
                    IsQualifierOf = true,
                    Dateline = m.Dateline,
                });
            }
        }

        // Pass 1: anchors only (mentions whose country, or admin1, is the same for every homonym), then choose.
        foreach (Mention m in mentions)
        {
            Filter(m);
            if (m.Candidates.Length == 0)
            {
                continue;
            }

            int cc = gazetteer.Entries[m.Candidates[0]].CountryId;
            int a1 = gazetteer.Entries[m.Candidates[0]].Admin1Id;
            foreach (int c in m.Candidates)
            {
                GazetteerEntry e = gazetteer.Entries[c];
                cc = cc == e.CountryId ? cc : -1;
                a1 = a1 == e.Admin1Id ? a1 : -1;
            }

            // A bare one-word town name ("Drew" in "Drew Smith") is no anchor: it may be anything.
            bool towns = AnyLocality(m.Candidates);
            bool anchor = cc >= 0 && !m.Embedded && !m.PersonCue && !m.Surname
                          && (!towns || m.MultiToken || m.Qualified || m.Dateline || m.IsQualifierOf);
            m.UniqueAdmin1 = a1 >= 0;
            m.AnchorCountry = anchor ? cc : -1;
            m.AnchorAdmin1 = anchor ? a1 : -1;
            m.AnchorWeight = Weight(m);
            if (anchor)
            {
                context.Add(cc, a1, m.AnchorWeight);
            }
        }

        foreach (Mention m in mentions)
        {
            Choose(m, context, anchors: true);
        }

        // Pass 2: the context is every chosen, acceptable mention. Each name is decided without its own mentions'
        // contribution (four mentions of a wrongly chosen "Philadelphia" must not vote for each other). Repeated a few
        // times, as accepting one town can support another ("Chattanooga" makes "Cleveland" the one in Tennessee).
        // Each group is a chain through NextInGroup, in text order, from its first mention.
        Dictionary<string, int> groups = scratch.Groups;
        List<Mention> heads = scratch.Heads;
        List<Mention> tails = scratch.Tails;
        groups.Clear();
        heads.Clear();
        tails.Clear();
        foreach (Mention m in mentions)
        {
            Accept(m, context, second: false);
            m.NextInGroup = null;
            if (groups.TryGetValue(m.Key, out int group))
            {
                tails[group].NextInGroup = m;
                tails[group] = m;
            }
            else
            {
                groups[m.Key] = group = heads.Count;
                heads.Add(m);
                tails.Add(m);
            }

            m.Group = group;
        }

        var second = new Context(heads.Count);
        for (int round = 0; round < Rounds; round++)
        {
            second.Clear(); // each round starts from nothing (the previous round's context is not read again)
            foreach (Mention m in mentions)
            {
                // A state or country named in passing ("the Texas Rangers", "Iraq War") is still context.
                m.Contribution = null;
                bool division = m.Chosen >= 0 && gazetteer.Entries[m.Chosen].Kind != PlaceKind.Locality && !m.Embedded && !m.PersonCue && !m.Surname;
                if (m.Chosen >= 0 && (m.Accepted || division))
                {
                    GazetteerEntry e = gazetteer.Entries[m.Chosen];
                    m.Contribution = (e.CountryId, e.Admin1Id, m.Accepted ? Weight(m) : 0.5 * Weight(m), Admin1Share(m, e));
                    second.Add(e.CountryId, e.Admin1Id, m.Contribution.Value.Weight, m.Contribution.Value.Share);
                    if (m.Accepted && (m.Qualified || m.Dateline))
                    {
                        second.Resolve(m.Group, m.Chosen);
                    }

                    if (m.Accepted)
                    {
                        second.Accept(m.Group);
                    }
                }
            }

            bool changed = false;
            foreach (Mention head in heads)
            {
                for (Mention? m = head; m is not null; m = m.NextInGroup)
                {
                    if (m.Contribution is { } c)
                    {
                        second.Add(c.Country, c.Admin1, -c.Weight, c.Share);
                    }
                }

                for (Mention? m = head; m is not null; m = m.NextInGroup)
                {
                    int before = m.Chosen;
                    Choose(m, second, anchors: false);
                    changed |= before != m.Chosen;
                }

                Unify(head, second, scratch.Unified, scratch.Candidates);
                for (Mention? m = head; m is not null; m = m.NextInGroup)
                {
                    if (m.Contribution is { } c)
                    {
                        second.Add(c.Country, c.Admin1, c.Weight, c.Share);
                    }
                }
            }

            foreach (Mention m in mentions)
            {
                bool before = m.Accepted;
                Accept(m, second, second: true);
                changed |= before != m.Accepted;
            }

            if (!changed && round > 0)
            {
                break;
            }
        }

        context.CopyFrom(second);
    }

    /// <summary>How much a mention says about the report's country and division: a country or division named outright,
    /// a dateline or a qualified town says much; a bare town name (which may be a homonym) says less.</summary>
    private double Weight(Mention m)
    {
        if (m.Dateline || m.Qualified || m.IsQualifierOf)
        {
            return 1.5;
        }

        int entry = m.Chosen >= 0 ? m.Chosen : m.Candidates.Length > 0 ? m.Candidates[0] : -1;
        return entry >= 0 && (gazetteer.Entries[entry].Kind != PlaceKind.Locality || m.UniqueAdmin1 || m.Margin >= ClearMargin) ? 1.0 : 0.5;
    }

    /// <summary>A bare town name says less about its division than a division named outright (the town may be a homonym).</summary>
    private static double Admin1Share(Mention m, GazetteerEntry e) =>
        e.Kind != PlaceKind.Locality || m.Qualified || m.Dateline || m.MultiToken || m.UniqueAdmin1 || m.Margin >= ClearMargin ? 1.0 : 0.4;

    private void Filter(Mention m)
    {
        if (m.Qualifiers is null)
        {
            m.Candidates = m.Hits;
            return;
        }

        var kept = new List<int>(m.Hits.Length);
        foreach (int h in m.Hits)
        {
            GazetteerEntry e = gazetteer.Entries[h];
            foreach (int q in m.Qualifiers)
            {
                GazetteerEntry qe = gazetteer.Entries[q];
                bool inside = qe.Kind == PlaceKind.Country
                    ? e.CountryId == qe.CountryId && e.Kind != PlaceKind.Country
                    : e.Kind == PlaceKind.Locality && e.Admin1Id == qe.Admin1Id;
                if (inside)
                {
                    kept.Add(h);
                    break;
                }
            }
        }

        m.Qualified = kept.Count > 0;
        m.Candidates = kept.Count > 0 ? [.. kept] : m.Hits;
    }

    private void Choose(Mention m, Context context, bool anchors)
    {
        double best = double.NegativeInfinity;
        double second = double.NegativeInfinity;
        int chosen = -1;
        long rivalPopulation = 0;
        foreach (int c in m.Candidates)
        {
            double s = Score(m, gazetteer.Entries[c], c, context, anchors);
            if (s > best)
            {
                if (chosen >= 0 && !Compatible(gazetteer.Entries[chosen], gazetteer.Entries[c]))
                {
                    second = best;
                }

                best = s;
                chosen = c;
            }
            else if (s > second && !Compatible(gazetteer.Entries[chosen], gazetteer.Entries[c]))
            {
                second = s;
            }
        }

        if (chosen >= 0)
        {
            foreach (int c in m.Candidates)
            {
                if (c != chosen && !Compatible(gazetteer.Entries[chosen], gazetteer.Entries[c]))
                {
                    rivalPopulation = Math.Max(rivalPopulation, gazetteer.Entries[c].Population);
                }
            }
        }

        m.Chosen = chosen;
        m.RivalPopulation = rivalPopulation;
        m.Margin = double.IsNegativeInfinity(second) ? 10 : best - second;
        m.ContextSupport = chosen >= 0 && Support(gazetteer.Entries[chosen], m, context, anchors) > 0;
    }

    /// <summary>Same name, same place: a report that says "Springfield, Ill." once means Springfield, Illinois throughout,
    /// and "Toledo" said three times is one Toledo, chosen on the evidence of all three mentions.</summary>
    private void Unify(Mention head, Context context, List<Mention> group, HashSet<int> candidates)
    {
        // Mentions with a kind cue ("Deir Ezzor province", "the city of Deir Ezzor") keep their own reading.
        group.Clear();
        for (Mention? m = head; m is not null; m = m.NextInGroup)
        {
            if (m.Chosen >= 0 && !m.IsQualifierOf && !m.Admin1Cue && !m.LocalityCue)
            {
                group.Add(m);
            }
        }

        if (group.Count < 2)
        {
            return;
        }

        // Each distinct candidate is scored once (a name said a thousand times has a few readings, not a thousand): the winner, the
        // highest total with ties to the lowest entry, does not depend on which mention offered it.
        bool anyQualified = group.Exists(static m => m.Qualified);
        candidates.Clear();
        foreach (Mention source in group)
        {
            if (!anyQualified || source.Qualified)
            {
                candidates.UnionWith(source.Candidates);
            }
        }

        int best = -1;
        double bestTotal = double.NegativeInfinity;
        foreach (int c in candidates)
        {
            double total = 0;
            foreach (Mention m in group)
            {
                total += Score(m, gazetteer.Entries[c], c, context, anchors: false);
                if (m.Qualified && Array.IndexOf(m.Candidates, c) < 0)
                {
                    total -= 5;
                }
            }

            if (total > bestTotal || total == bestTotal && c < best)
            {
                bestTotal = total;
                best = c;
            }
        }

        foreach (Mention m in group)
        {
            m.Chosen = best;
            m.ContextSupport = Support(gazetteer.Entries[best], m, context, anchors: false) > 0;
        }
    }

    /// <summary>Whether one entry contains the other (the rule of <see cref="Place.IsCompatibleWith"/>, without allocating).</summary>
    private static bool Compatible(GazetteerEntry a, GazetteerEntry b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.CountryId != b.CountryId)
        {
            return false;
        }

        if (a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country)
        {
            return true;
        }

        return (a.Kind == PlaceKind.Admin1 || b.Kind == PlaceKind.Admin1) && a.Admin1Id == b.Admin1Id;
    }

    private static double Support(GazetteerEntry e, Mention m, Context context, bool anchors)
    {
        double own = anchors && m.AnchorCountry >= 0 && !m.Embedded && !m.PersonCue ? m.AnchorWeight : 0;
        double country = context.Country(e.CountryId) - (anchors && m.AnchorCountry == e.CountryId ? own : 0);
        double admin1 = e.Admin1Id < 0 ? 0 : context.Admin1(e.Admin1Id) - (anchors && m.AnchorAdmin1 == e.Admin1Id ? own : 0);
        return (e.Kind == PlaceKind.Country ? 0 : Math.Min(1, country)) + (e.Kind == PlaceKind.Locality ? Math.Min(1, admin1) : 0);
    }

    private static double Score(Mention m, GazetteerEntry e, int index, Context context, bool anchors)
    {
        double s = e.Kind switch
        {
            PlaceKind.Country => m.Qualified ? 3.0 : 4.0, // "Jordan", "Lebanon", "Georgia": the country unless qualified
            PlaceKind.Admin1 => 2.6,
            _ => 0.5 * e.Log10Population + (e.IsCapital ? 0.3 : e.IsSeat ? 0.1 : 0),
        };

        double own = anchors && m.AnchorCountry >= 0 && !m.Embedded && !m.PersonCue ? m.AnchorWeight : 0;
        double country = context.Country(e.CountryId) - (anchors && m.AnchorCountry == e.CountryId ? own : 0);
        if (e.Kind != PlaceKind.Country)
        {
            s += 1.5 * Math.Min(1, Math.Max(0, country));
        }

        if (e.Admin1Id >= 0)
        {
            double admin1 = context.Admin1(e.Admin1Id) - (anchors && m.AnchorAdmin1 == e.Admin1Id ? own : 0);
            s += (e.Kind == PlaceKind.Locality ? 2.5 : 1.0) * Math.Min(1, Math.Max(0, admin1));
        }

        if (m.Qualified)
        {
            s += 5;
        }

        if (m.Admin1Cue)
        {
            s += e.Kind == PlaceKind.Admin1 ? 3 : e.Kind == PlaceKind.Country ? -3 : 0;
        }

        if (m.LocalityCue)
        {
            s += e.Kind == PlaceKind.Locality ? 1.5 : 0;
        }

        if (!anchors && context.Resolved(m.Group) == index)
        {
            s += 3;
        }

        return s;
    }

    private void Accept(Mention m, Context context, bool second)
    {
        m.Accepted = false;
        if (m.Chosen < 0 || m.Admin2After || m.PersonCue || m.StreetAfter)
        {
            return; // "Bastrop County", "Officer Jackson", "Jackson Street"
        }

        GazetteerEntry e = gazetteer.Entries[m.Chosen];
        bool strong = m.Qualified || m.Dateline || m.IsQualifierOf;
        bool support = m.ContextSupport;
        bool transliterated = support && transliteratedCountry[e.CountryId];
        bool big = e.Kind == PlaceKind.Country || e.IsCapital || e.Population >= 100_000
                   || e.Kind == PlaceKind.Admin1 && (support || e.CountryId == usCountryId);
        bool known = second && context.IsAccepted(m.Group);
        if ((m.StreetName || m.LowerTail) && !strong)
        {
            return; // "a shooting at Second Street and Bissell Avenue": a street, not the hamlet of that name; "Hope, AR man": no name
        }

        // Another mention of the same name was read from a dateline or a qualifier ("ANCHORAGE —", "Chetek, Wis."): this one is
        // that town too ("Anchorage police", "her East Anchorage bedroom"), whatever word it also is.
        bool pinned = second && context.Resolved(m.Group) == m.Chosen;

        if (m.Embedded && !strong)
        {
            return;
        }

        if (m.SpeechAfter && e.Kind == PlaceKind.Locality && !strong && !m.MultiToken && !m.CueBefore)
        {
            return;
        }

        bool weak = m.ViaSkeleton || m.Fuzzy || (e.Kind == PlaceKind.Locality && !big && !m.MultiToken);
        if (weak && m.FollowedByName && !strong && !m.CueBefore && !m.InstitutionAfter)
        {
            return; // "Rami Abdel Rahman", "Bastrop Shooting" in a headline without a cue
        }

        if (!m.MultiToken && !strong && e.Kind == PlaceKind.Country && m.FollowedByName && !m.CueBefore && !support)
        {
            return; // "Chad Johnson", "Jordan Smith"
        }

        if (e.IsCommonWord && !m.MultiToken && !strong && !pinned && !(m.CueBefore && support) && !(known && support) && e.Population < 500_000
            && !(m.AgencyAfter && (!m.SentenceStart || m.InstitutionAfter)))
        {
            return; // "shot in the Eye", "Reading", "Mobile": a town named like a word needs a qualifier or a cue in its country
        }

        if (!m.MultiToken && !strong && e.Kind != PlaceKind.Country)
        {
            bool metropolisOrState = e.Kind == PlaceKind.Locality && (e.Population >= 500_000 || e.IsCapital && e.Population >= 100_000)
                                     || e.Kind == PlaceKind.Admin1 && e.CountryId == usCountryId;
            bool placeCue = m.CueBefore && !(m.BareOf && m.FollowedByName); // "the family of Austin Reed" is a person's
            if (m.Surname && !m.AgencyAfter && !(metropolisOrState && (placeCue || m.NounAfter || m.InstitutionAfter)))
            {
                return; // "Jessica Davis ... Davis was arrested", "Michael Parsons ... Michael was a quiet child"
            }

            if (m.FollowedByName && !m.CueBefore && !m.InstitutionAfter && !big)
            {
                return; // "Michael Smith", "Diana Ross" (but "Toledo Police", "Bastrop Police Department" are places)
            }

            // A town or division in a country the report does not otherwise name needs a cue, unless it is a metropolis
            // or a US state (US local news rarely names the country).
            bool metropolis = e.Kind == PlaceKind.Locality && (e.Population >= 500_000 || e.IsCapital && e.Population >= 100_000);
            bool usState = e.Kind == PlaceKind.Admin1 && e.CountryId == usCountryId;
            if (!support && !metropolis && !usState && !m.CueBefore && !m.NounAfter && !m.InstitutionAfter && !m.AgencyAfter && !known)
            {
                return;
            }

            // A small foreign town in a report firmly about another country is most likely a local place the gazetteer
            // lacks ("Montfort, Wisconsin" is not Montfort in Limburg).
            if (!support && !pinned && e.Kind == PlaceKind.Locality && e.Population < 100_000 && context.OtherCountryWeight(e.CountryId) >= 1.0
                && !transliteratedCountry[e.CountryId])
            {
                return;
            }
        }

        if (m.ViaSkeleton && !strong && !support && (m.SimilarityRatio < SureSkeletonRatio || !(m.MultiToken || m.CueBefore || m.NounAfter)))
        {
            return; // a loose spelling match in a country the report does not name needs more than itself
        }

        bool evidence = strong || m.CueBefore || m.NounAfter || m.InstitutionAfter || m.AgencyAfter || transliterated || known
                        || (m.AfterListSeparator && second && m.PreviousToken >= 0)
                        || (m.MultiToken && (!m.SentenceStart || big || support))
                        || (big && (!m.SentenceStart || support || e.Kind != PlaceKind.Locality));
        if (!evidence)
        {
            return;
        }

        m.Accepted = true;
        double confidence = 0.45;
        confidence += m.MultiToken || e.Kind != PlaceKind.Locality ? 0.2 : 0;
        confidence += strong ? 0.3 : 0;
        confidence += m.CueBefore || m.NounAfter || m.AgencyAfter ? 0.15 : 0;
        confidence += m.AgencyAfter && !m.MultiToken && e.Kind == PlaceKind.Locality ? 0.05 : 0; // its own force: a town, and where it acts
        confidence += support ? 0.15 : 0;
        confidence += big ? 0.05 : 0;
        confidence -= m.ViaSkeleton ? 0.1 : 0;
        confidence -= m.Fuzzy ? 0.2 : 0;
        // A narrow margin among homonyms costs confidence, unless the chosen reading dwarfs every rival: an analyst reads a
        // bare "in Akron" as the city, not a hamlet of the same name elsewhere.
        bool dominant = m.CueBefore && e.Kind == PlaceKind.Locality && e.Population >= 50_000 && e.Population >= 10 * m.RivalPopulation;
        confidence -= m.Margin < 1 && !dominant ? 0.15 : 0;
        m.Confidence = Math.Clamp(confidence, 0.05, 0.99);
    }

    // ---------------------------------------------------------------- fuzzy

    private void FuzzyPass(string text, List<Token> tokens, List<Mention> mentions, Context context)
    {
        List<string>? countries = null;
        for (int c = 0; c < transliteratedIds.Length; c++)
        {
            if (transliteratedIds[c] >= 0 && context.Country(transliteratedIds[c]) > 0)
            {
                (countries ??= []).Add(PlaceLexicon.TransliteratedCountries[c]);
            }
        }

        if (countries is null)
        {
            return;
        }

        Span<bool> covered = tokens.Count <= 2048 ? stackalloc bool[tokens.Count] : new bool[tokens.Count];
        foreach (Mention m in mentions)
        {
            for (int i = m.FirstToken; i <= m.LastToken && i < covered.Length; i++)
            {
                covered[i] = true;
            }

            if (m.QualifierLastToken >= 0)
            {
                for (int i = m.QualifierFirstToken; i <= m.QualifierLastToken; i++)
                {
                    covered[i] = true;
                }
            }
        }

        Span<char> key = stackalloc char[PlaceNames.MaxKeyLength + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            Token t = tokens[i];
            if (covered[i] || t.Kind != TokenKind.Name || t.SentenceStart || t.AllCaps)
            {
                continue;
            }

            // Only a lone capitalised word or pair, after a locative cue: "in Zardanah".
            int last = i;
            if (i + 1 < tokens.Count && !covered[i + 1] && tokens[i + 1].Kind == TokenKind.Name && Joined(text, t, tokens[i + 1]))
            {
                last = i + 1;
            }

            bool cue = i > 0 && tokens[i - 1].Sentence == t.Sentence && Gap(text, tokens[i - 1], t).IsEmpty && cues.Contains(Word(text, tokens[i - 1]));
            bool runBefore = i > 0 && tokens[i - 1].Kind == TokenKind.Name && Joined(text, tokens[i - 1], t);
            bool runAfter = last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Name && Joined(text, tokens[last], tokens[last + 1]);
            int n = PlaceNames.Key(text.AsSpan(t.Start, tokens[last].End - t.Start), key);
            if (!cue || runBefore || runAfter || n < 7 || stop.Contains(key[..n]) || demonyms.Contains(key[..n]))
            {
                i = last;
                continue;
            }

            string probe = new(key[..n]);
            int bestEntry = -1;
            int bestScore = 0;
            foreach (string cc in countries)
            {
                foreach ((string candidate, int entry) in gazetteer.FuzzyPool(cc))
                {
                    if (candidate[0] != probe[0] || Math.Abs(candidate.Length - probe.Length) > 2)
                    {
                        continue;
                    }

                    int score = Fuzz.Ratio(probe, candidate);
                    if (score > bestScore || score == bestScore && entry < bestEntry)
                    {
                        bestScore = score;
                        bestEntry = entry;
                    }
                }
            }

            if (bestEntry >= 0 && bestScore >= MinFuzzyRatio)
            {
                var m = new Mention
                {
                    FirstToken = i,
                    LastToken = last,
                    RunStart = i,
                    Start = t.Start,
                    End = tokens[last].End,
                    Key = probe,
                    Hits = [bestEntry],
                    Candidates = [bestEntry],
                    Chosen = bestEntry,
                    Fuzzy = true,
                    CueBefore = true,
                    Margin = 10,
                    ContextSupport = true,
                };
                Accept(m, context, second: true);
                mentions.Add(m);
            }

            i = last;
        }
    }

    // ---------------------------------------------------------------- types

    internal enum TokenKind
    {
        Word,
        Name,
        Particle,
    }

    internal struct Token
    {
        public int Start;
        public int End;
        public int Sentence;
        public bool SentenceStart;
        public bool LineStart;
        public bool AllCaps;
        public bool IsNumber;
        public bool Possessive;
        public bool FollowedByPeriod;
        public TokenKind Kind;
    }

    private sealed class Mention
    {
        public int FirstToken;
        public int LastToken;
        public int RunStart;
        public int Start;
        public int End;
        public required string Key;
        public required int[] Hits;
        public int[] Candidates = [];
        public bool ViaSkeleton;
        public int SimilarityRatio = 100;
        public bool FollowedByName;
        public bool Surname;
        public bool UniqueAdmin1;
        public bool InstitutionAfter;
        public bool AgencyAfter; // a local force after it: "Mobile Police Department", "Birmingham police said"
        public bool StreetAfter;

        /// <summary>The name's last word is a lower-case street word or "man" ("Church street", "AR man" read as Man): a run of
        /// words, not a name. (Other lower-case tails are spellings of a name: "Al bukamal".)</summary>
        public bool LowerTail;

        /// <summary>The name's own last word is a street's ("Second Street", "Park Street", <see cref="PlaceLexicon.StreetNameEnds"/>).</summary>
        public bool StreetName;
        public (int Country, int Admin1, double Weight, double Share)? Contribution;
        public int Group = -1; // index of the mentions sharing its Key (Context.Resolved/IsAccepted), -1 for none
        public Mention? NextInGroup;
        public bool Fuzzy;
        public bool MultiToken;
        public bool SentenceStart;
        public bool CueBefore;
        public bool NounAfter;
        public bool Admin1Cue;
        public bool LocalityCue;

        /// <summary>The cue before the name is a bare "of" (not "the city of", "the state of").</summary>
        public bool BareOf;
        public bool Admin2After;
        public bool SpeechAfter;
        public bool PersonCue;
        public bool Embedded;
        public bool AfterListSeparator;
        public int PreviousToken = -1;
        public bool Dateline;
        public bool IsQualifierOf;
        public List<int>? Qualifiers; // made by the first qualifier: most mentions have none
        public int QualifierCount => Qualifiers?.Count ?? 0;
        public int QualifierFirstToken = -1;
        public int QualifierLastToken = -1;
        public bool QualifierIsAbbreviation;
        public TextSpan QualifierSpan;
        public bool Qualified;
        public int AnchorCountry = -1;
        public int AnchorAdmin1 = -1;
        public double AnchorWeight;
        public int Chosen = -1;
        public double Margin;
        public long RivalPopulation;
        public bool ContextSupport;
        public bool Accepted;
        public double Confidence;
    }

    /// <summary>Collections one <see cref="Find"/> call clears and fills, kept per thread (the recognizer is shared across threads).</summary>
    private sealed class Scratch
    {
        public readonly List<Mention> Mentions = new(64);
        public readonly HashSet<string> Surnames = new(StringComparer.Ordinal);
        public readonly HashSet<string> FirstNames = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Groups = new(StringComparer.Ordinal);
        public readonly List<Mention> Heads = new(64);
        public readonly List<Mention> Tails = new(64);
        public readonly List<Mention> Unified = new(16);
        public readonly HashSet<int> Candidates = [];
    }

    /// <summary>Weights of the countries and divisions a report names, by <see cref="GazetteerEntry.CountryId"/> and
    /// <see cref="GazetteerEntry.Admin1Id"/>; what each group of same-named mentions resolved to and whether it was accepted.</summary>
    /// <remarks>A report names few countries and divisions: a linear scan of a few ints is cheaper than hashing code strings.</remarks>
    private sealed class Context
    {
        private readonly WeightMap countries = new();
        private readonly WeightMap admin1s = new();
        private readonly int[] resolved;
        private readonly bool[] accepted;

        /// <summary>Creates a context for <paramref name="groups"/> groups of same-named mentions.</summary>
        public Context(int groups = 0)
        {
            resolved = new int[groups];
            accepted = new bool[groups];
            Clear();
        }

        public void Add(int country, int admin1, double weight, double admin1Share = 1.0)
        {
            countries.Add(country, weight);
            if (admin1 >= 0)
            {
                admin1s.Add(admin1, weight * admin1Share);
            }
        }

        public double Country(int id) => countries.Get(id);

        public double OtherCountryWeight(int id) => countries.MaxExcept(id);

        public double Admin1(int id) => admin1s.Get(id);

        public void Resolve(int group, int entry)
        {
            if (resolved[group] < 0)
            {
                resolved[group] = entry; // the first qualified or dateline reading wins
            }
        }

        public int Resolved(int group) => group >= 0 && group < resolved.Length ? resolved[group] : -1;

        public void Accept(int group) => accepted[group] = true;

        public bool IsAccepted(int group) => group >= 0 && group < accepted.Length && accepted[group];

        public void Clear()
        {
            countries.Clear();
            admin1s.Clear();
            resolved.AsSpan().Fill(-1);
            accepted.AsSpan().Clear();
        }

        public void CopyFrom(Context other)
        {
            countries.CopyFrom(other.countries);
            admin1s.CopyFrom(other.admin1s);
        }
    }

    /// <summary>Sums of weights by small int id, in insertion order.</summary>
    private sealed class WeightMap
    {
        private int[] ids = new int[8];
        private double[] weights = new double[8];
        private int count;

        public double Get(int id)
        {
            int i = Array.IndexOf(ids, id, 0, count);
            return i < 0 ? 0 : weights[i];
        }

        public void Add(int id, double weight)
        {
            int i = Array.IndexOf(ids, id, 0, count);
            if (i < 0)
            {
                if (count == ids.Length)
                {
                    Array.Resize(ref ids, count * 2);
                    Array.Resize(ref weights, count * 2);
                }

                i = count++;
                ids[i] = id;
                weights[i] = 0;
            }

            weights[i] += weight;
        }

        public double MaxExcept(int id)
        {
            double best = 0;
            for (int i = 0; i < count; i++)
            {
                if (ids[i] != id)
                {
                    best = Math.Max(best, weights[i]);
                }
            }

            return best;
        }

        public void Clear() => count = 0;

        public void CopyFrom(WeightMap other)
        {
            if (ids.Length < other.count)
            {
                ids = new int[other.ids.Length];
                weights = new double[other.ids.Length];
            }

            Array.Copy(other.ids, ids, other.count);
            Array.Copy(other.weights, weights, other.count);
            count = other.count;
        }
    }

    /// <summary>A set of lower-case words looked up by span, case-insensitively for ASCII.</summary>
    /// <remarks>Most words are rejected before lower-casing: by their length, or by their first letter when it is ASCII.</remarks>
    internal sealed class WordSet
    {
        private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
        private readonly int minLength;
        private readonly int maxLength;
        private readonly Bits128 firstLetters;
        private readonly ulong[] letterPairs = new ulong[((26 * 26) + 63) / 64];

        public WordSet(IEnumerable<string> words)
        {
            FrozenSet<string> set = words.ToFrozenSet(StringComparer.Ordinal);
            lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
            minLength = int.MaxValue;
            foreach (string w in set)
            {
                minLength = Math.Min(minLength, w.Length);
                maxLength = Math.Max(maxLength, w.Length);
                firstLetters = firstLetters.Union(w.Length == 0 ? default : w[0] < 128 ? Bits128.Of(w[0]) : Bits128.All); // a word starting outside ASCII: no filter
                if (w.Length >= 2 && w[0] is >= 'a' and <= 'z' && w[1] is >= 'a' and <= 'z')
                {
                    int pair = ((w[0] - 'a') * 26) + (w[1] - 'a');
                    letterPairs[pair >> 6] |= 1UL << pair;
                }
            }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length is 0 or > 32 || word.Length < minLength)
            {
                return false; // dropping dots only shortens a word
            }

            char first = word[0];
            if (first < 128 && first != '.' && !firstLetters.Contains(char.ToLowerInvariant(first)))
            {
                return false;
            }

            if (word.Length > maxLength && !word.Contains('.'))
            {
                return false;
            }

            // Two ASCII letters first: the lower-cased word starts with them, so only a word of the set starting with them can match.
            uint a = (uint)((first | 0x20) - 'a');
            uint b = word.Length >= 2 ? (uint)((word[1] | 0x20) - 'a') : 26;
            if (a < 26 && b < 26)
            {
                int pair = (int)((a * 26) + b);
                if ((letterPairs[pair >> 6] & (1UL << pair)) == 0)
                {
                    return false;
                }
            }

            if (IsLowerAscii(word))
            {
                return lookup.Contains(word); // already as stored: no copy
            }

            Span<char> lower = stackalloc char[32]; // a constant size is cleared in a few stores
            int n = 0;
            foreach (char c in word)
            {
                if (c != '.')
                {
                    lower[n++] = char.ToLowerInvariant(c);
                }
            }

            return lookup.Contains(lower[..n]);
        }

        private static bool IsLowerAscii(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (c is < 'a' or > 'z')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
