using Reconcile.Extraction;
using Reconcile.Model;

namespace Reconcile.Tests.Extraction.Places;

/// <summary>The one-pass tokenizer (ASCII class table, kind counted while reading) against the tokens the former per-character
/// classifier gave (expected values recorded from main 1ca8be1): text, kind (Name, Word, Particle) and flags
/// (A all capitals, P possessive, # number, S sentence start, L line start, . followed by a full stop).</summary>
public class PlaceRecognizerTokenizeTests
{
    [Theory]
    [InlineData("BEIRUT, Lebanon – A car bombing in eastern Syria's Deir Ezzor province killed 75.", "BEIRUT:NASL Lebanon:N A:N car:W bombing:W in:W eastern:W Syria:NP Deir:N Ezzor:N province:W killed:W 75:W#.")] // dateline in capitals, possessive, number before a full stop
    [InlineData("The US-backed Syrian Democratic Forces (SDF) said Two-year-old Britain-based.", "The:NSL US-backed:W Syrian:N Democratic:N Forces:N SDF:NA said:W Two-year-old:W Britain-based:W.")] // compound words with a lower-case part after a hyphen, an acronym in brackets
    [InlineData("fighters in al-Qaim and ez-Zor near Al bukamal, the jihadists' stronghold", "fighters:WSL in:W al-Qaim:N and:W ez-Zor:N near:W Al:N bukamal:N the:W jihadists:W stronghold:W")] // lower-case Arabic articles joined by hyphens, 'Al bukamal', plural possessive
    [InlineData("St. Paul, Minn. and U.S. officials; Mt.Vernon met N.Y. police at 9:09 PM.", "St:NSL. Paul:N Minn:N. and:W U.S:NA. officials:W Mt.Vernon:N met:W N.Y:NA. police:W at:P 9:W# 09:W# PM:NA.")] // name abbreviations, dotted state and country abbreviations, a time
    [InlineData("Qā'im, Dayr az Zawr, Ḥalab, İstanbul, Łódź; ÉCOLE Ärzte ÖL ǅemal.", "Qā'im:NSL Dayr:N az:P Zawr:N Ḥalab:N İstanbul:N Łódź:N ÉCOLE:NA Ärzte:N ÖL:NA ǅemal:W.")] // letters outside ASCII: macron, dot below, dotted capital I, Polish, title-case digraph
    [InlineData("ﬁre at Kelvin Kstation, SYRIA'S Assad's men, O’Brien ‘Ali ʿAmr ʾAbd", "ﬁre:WSL at:P Kelvin:N Kstation:N SYRIA:NAP Assad:NP men:W O’Brien:N Ali:N ʿAmr:W ʾAbd:W")] // ligature, Kelvin-like words, capital possessive, curly quotes and Arabic ayn/hamza marks
    [InlineData("\n\"Aleppo\" - rebels\n  'Idlib' falls.\nDAMASCUS: 12 killed, 1,200 hurt; 3rd-floor a-b -c d- e.f. g.H x.y.z", "Aleppo:NSL rebels:W Idlib:NL falls:W. DAMASCUS:NAL 12:W# killed:W 1:W# 200:W# hurt:W 3rd-floor:W# a-b:W c:W d:W e.f:W. g.H:W x.y.z:W")] // line starts after quotes and blanks, numbers with separators, stray hyphens and dots
    [InlineData("don't won’t Jones' al-qaim el-Fasher as-Suwayda AL-QAIM a‑Bc Ab‑Cd x-Y Xy-z", "don't:WSL won’t:W Jones:N al-qaim:W el-Fasher:N as-Suwayda:N AL-QAIM:NA a‑Bc:W Ab‑Cd:N x-Y:W Xy-z:W")] // contractions, article + lower-case word, non-breaking hyphen, capitals after a hyphen
    [InlineData("À la carte; naïve cafe\\u0301 ḤOMS combining a\\u0300b Zoë's ÆGIS ŒUVRE ß", "À:NSL la:P carte:W naïve:W cafe:W u0301:W ḤOMS:NA combining:W a:W u0300b:W Zoë:NP ÆGIS:NA ŒUVRE:NA ß:W")] // escaped text (backslash-u is not a mark), ligature capitals, sharp s
    [InlineData("mid.sentence end. Start. A. B.C. D.e f.G h.ij", "mid:WSL. sentence:W end:W. Start:N. A:N. B.C:NA. D.e:N f.G:W h:W. ij:W")] // full stops: inside words, before capitals, single-letter abbreviations
    [InlineData("café Hàma Zoë Café's ÁSIA étoile", "café:WSL Hàma:N Zoe:N Café:NP ÁSIA:NA étoile:W")] // real combining marks (acute, grave, diaeresis) inside and at the end of words
    [InlineData("in the city of Homs. Then Aleppo City‑ north Al‑Bab, “Raqqa”", "in:WSL the:W city:W of:W Homs:N. Then:N Aleppo:N City:N north:W Al‑Bab:N Raqqa:N")] // non-breaking space and hyphen, curly double quotes
    public void Tokenize_Phrasing_GivesTheFormerTokens(string text, string expected)
    {
        Summary(text).Should().Be(expected);
    }

    [Fact]
    public void Tokenize_EveryAsciiCharacterBetweenLetters_SplitsAsCharSays()
    {
        // The class table is read from char's own tables: every ASCII character joins or splits words as char.IsLetterOrDigit
        // (and the joiner rule for apostrophe, hyphen and full stop) says, and counts as lower case as char.IsLower says.
        for (char c = '\0'; c < 128; c++)
        {
            string text = "AB" + c + "CD";
            bool joins = char.IsLetterOrDigit(c) || c is '\'' or '-' or '.';
            string expected = joins
                ? text + ":N" + (char.IsLower(c) ? "" : "A") + "SL"
                : "AB:NASL CD:NA" + (c == '\n' ? "L" : "");
            Summary(text).Should().Be(expected, $"U+{(int)c:X4}");
        }
    }

    private static string Summary(string text)
    {
        var tokens = PlaceRecognizer.Default.Tokenize(text, [new TextSpan(0, text.Length)]);
        return string.Join(" ", tokens.Select(t => text[t.Start..t.End] + ":" + t.Kind.ToString()[..1]
            + (t.AllCaps ? "A" : "") + (t.Possessive ? "P" : "") + (t.IsNumber ? "#" : "") + (t.SentenceStart ? "S" : "")
            + (t.LineStart ? "L" : "") + (t.FollowedByPeriod ? "." : "")));
    }
}
