using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Extraction;

internal static partial class MentionAssembler
{
    /// <summary>
    /// Places a sentence names beside its incident rather than as its scene: where a victim was taken for treatment ("flown by
    /// helicopter to Tallahassee for treatment", "rushed to a hospital in Burlington", "Advocate Christ Medical Center in Oak Lawn"),
    /// where a suspect was arrested or lives ("were arrested in Memphis", "was arrested Friday at his LaGrange home", "who lives in Oak
    /// Lawn"), and a neighbourhood whose name is also a town's ("in the Austin neighborhood", "the Rockville area of Vernon").
    /// </summary>
    /// <remarks>
    /// Each is told from the words just before the name, so a town that both opens an incident noun ("arrested in the Memphis
    /// shooting") and follows such words is still the scene. The town a distance is measured from ("40 miles northwest of
    /// Charenton") is not taken as an aside: it is as often the scene ("hospitalized in Lafayette, 40 miles northwest of Charenton")
    /// as a landmark ("about 50 miles southwest of Jacksonville"); tried and dropped on gva-dev's tuning half.
    /// </remarks>
    private static partial class AsidePlaces
    {
        /// <summary>How many words before the name an arrest verb may stand ("was arrested late Friday night in Memphis").</summary>
        private const int ArrestReach = 5;

        /// <summary>Words of a suspect's arrest or of where someone lives, which a place just after them names ("arrested in", "lives in").</summary>
        private static readonly FrozenSet<string> ArrestWords = new[]
        {
            "arrested", "apprehended", "captured", "caught", "jailed", "detained", "extradited", "surrendered", "booked", "nabbed",
            "custody", "hiding", "hid", "lives", "lived", "resides", "resided",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Prepositions that put the name where an arrest or a home is ("arrested in Memphis", "at his LaGrange home").</summary>
        private static readonly FrozenSet<string> Prepositions = new[]
        {
            "in", "at", "near", "outside", "inside",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Determiners that may stand between such a preposition and the name ("at his LaGrange home", "at a Memphis motel").</summary>
        private static readonly FrozenSet<string> Determiners = new[] { "his", "her", "their", "a", "an", "the" }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Nouns of a place of care that "in"/"at" after them hangs the name on ("a hospital in Burlington").</summary>
        private static readonly FrozenSet<string> CareNouns = new[]
        {
            "hospital", "hospitals", "clinic", "infirmary", "health", "healthcare", "hospitalized", "hospitalised", "treated", "admitted",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Words before "center" that make it a place of care ("Medical Center in Oak Lawn", not "Event Center in Greenville").</summary>
        private static readonly FrozenSet<string> CareCenterWords = new[]
        {
            "medical", "trauma", "health", "burn", "cancer", "children's", "childrens", "care",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Nouns after the name that make it the incident's own ("the Memphis shooting"), which no aside overrides.</summary>
        private static readonly FrozenSet<string> IncidentHeads = new[]
        {
            "shooting", "shootings", "killing", "killings", "slaying", "slayings", "homicide", "homicides", "murder", "murders", "attack",
            "standoff", "rampage", "stabbing", "crash",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Nouns of people (and a hospital) that a town's name right before them makes a home or a landmark, not a scene:
        /// "a 53-year-old Riverside man", "two New Haven men", "an Adelanto resident", "an Atlanta hospital".</summary>
        private static readonly FrozenSet<string> ResidentNouns = new[]
        {
            "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager", "teenagers", "resident",
            "residents", "native", "natives", "couple", "family", "families", "mother", "father", "mom", "dad", "son", "daughter",
            "student", "students", "youth", "youths", "toddler", "child", "children", "infant", "baby", "grandmother", "grandfather",
            "hospital",
        }.ToFrozenSet(StringComparer.Ordinal);

        /// <summary>Whether the name at <paramref name="place"/> modifies a person or a hospital right after it ("a Riverside man",
        /// "two New Haven men", "an Atlanta hospital"): the town where someone lives or was treated. Such a town places a mention
        /// only when nothing else in it does, since local news often names the victim's town and no other ("A Dayton man was shot
        /// Sunday"). "the Memphis hospital shooting" stays the scene.</summary>
        public static bool NamesResident(string text, TextSpan sentence, TextSpan place)
        {
            int j = place.End;
            if (j >= sentence.End || text[j] != ' ')
            {
                return false;
            }

            string? next = Frame.NextWord(text, sentence.End, ref j);
            if (next is null || !ResidentNouns.Contains(next))
            {
                return false;
            }

            return next is not "hospital" || Frame.NextWord(text, sentence.End, ref j) is not { } head || !IncidentHeads.Contains(head);
        }

        /// <summary>Whether the name at <paramref name="place"/> is an aside of the sentence <paramref name="sentence"/> (see the type).</summary>
        public static bool IsAside(string text, TextSpan sentence, TextSpan place)
        {
            int j = place.End;
            string? next = Frame.NextWord(text, sentence.End, ref j);
            if (next is not null && IncidentHeads.Contains(next))
            {
                return false;
            }

            // "the Austin neighborhood", "the Rockville area of Vernon": a part of a town, not the town the name resolves to.
            if (next is "neighborhood" or "neighbourhood" || (next is "area" && Frame.NextWord(text, sentence.End, ref j) is "of"))
            {
                return true;
            }

            int i = place.Start;
            string? w1 = Frame.PreviousWord(text, sentence.Start, ref i);
            if (w1 is null)
            {
                return false;
            }

            string? w2 = Frame.PreviousWord(text, sentence.Start, ref i);
            if (w1 is "to" && TellsCare(text, sentence))
            {
                // "taken to Jackson for treatment", "flown by helicopter to Tallahassee": a destination of the wounded.
                return true;
            }

            if (w1 is "in" or "at" && w2 is not null)
            {
                if (CareNouns.Contains(w2) && TellsCare(text, sentence))
                {
                    return true;
                }

                if (w2 is "center" or "centre")
                {
                    int k = i;
                    return Frame.PreviousWord(text, sentence.Start, ref k) is { } w3 && CareCenterWords.Contains(w3);
                }
            }

            // "were arrested in Memphis", "was arrested Friday at his LaGrange home": where a suspect was later found.
            if (!Prepositions.Contains(w1) && !(Determiners.Contains(w1) && w2 is not null && Prepositions.Contains(w2)))
            {
                return false;
            }

            string? w = w2;
            for (int n = 2; n <= ArrestReach && w is not null; n++)
            {
                if (ArrestWords.Contains(w))
                {
                    return true;
                }

                if (IncidentHeads.Contains(w) || w is "shot" or "killed" or "wounded" or "injured" or "died" or "happened" or "occurred" or "scene")
                {
                    return false;
                }

                w = Frame.PreviousWord(text, sentence.Start, ref i);
            }

            return false;
        }

        private static bool TellsCare(string text, TextSpan sentence) => CareCue().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

        [GeneratedRegex(@"\b(?:taken|rushed|transported|airlifted|air-lifted|flown|driven|brought|carried|transferred|treated|admitted|hospitali[sz]ed|treatment|surgery)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex CareCue();
    }
}
