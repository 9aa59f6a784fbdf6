using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reconcile.Benchmarks.Fuzz;

/// <summary>One generated input file: its name (the extension says the format) and its bytes.</summary>
internal sealed record FuzzFile(string Name, byte[] Bytes, string Kind);

/// <summary>
/// A seeded generator of hostile inputs in both formats: random bytes, truncated and invalid UTF-8, UTF-16 with and without a byte
/// order mark, NUL and control characters, lone surrogates, long lines, deep JSON, wrong JSON types, hostile ids, impossible dates,
/// huge and negative numbers, repetitive text, right-to-left and mixed scripts, markup, and mutations of real report texts.
/// </summary>
/// <remarks>The same seed and seed texts give the same files, so every finding can be replayed.</remarks>
internal sealed class FuzzInputs(int seed, IReadOnlyList<string> seedTexts, int maxLongChars = 40_000)
{
    private static readonly string[] Words =
    [
        "killed", "wounded", "injured", "dead", "shot", "at least", "more than", "dozens", "several", "two", "three", "12", "1,000",
        "police said", "on Saturday", "last year", "since 2011", "the deadliest attack since", "a car bombing", "Islamic State",
        "in Deir Ezzor", "Chicago, Ill.", "Published 9:09 PM, November 05, 2017", "By Jane Doe, Reuters", "WASHINGTON (AP) —",
        "the war has killed 350,000", "so far this year", "a previous attack", "Mr.", "U.S.", "a.m.", "\"", "“", "”", "(", ")", "—", ",", ".",
    ];

    private static readonly string[] Scripts =
    [
        "قتل خمسة أشخاص في انفجار سيارة مفخخة في دير الزور", "נהרגו שלושה אנשים בפיגוע", "\u202Ekilled 5\u202C", "\u200F12\u200E killed",
        "Убиты 7 человек", "爆炸造成12人死亡", "٣٠ قتيلا", "१२ लोग मारे गए", "ⅫⅫ killed", "ｋｉｌｌｅｄ １２", "ǅ ﬁ ß İ ı K ſ",
    ];

    private static readonly string[] Markup =
    [
        "<script>alert(1)</script>", "<p>A bomb <b>killed</b> 5 people.</p>", "&amp;&lt;&#x27;&#8212;", "**12 killed**", "[link](http://x)",
        "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "{{template}}", "%s%n%x", "${jndi:ldap://x}",
    ];

    private static readonly string[] HostileIds =
    [
        "", " ", "../../etc/passwd", "a\u0000b", "CON", "id~2", "id", "ID", "x\ny", "\uFEFFid", "=1+1", "\ud800", new string('i', 5000), "💥", "a/b\\c", ".hidden",
    ];

    private static readonly string[] Dates =
    [
        "2017-02-30", "9999-12-31", "0001-01-01", "-0001-01-01", "2017-13-01", "2017-01-01T00:00:00+19:00", "2017-01-01T25:00:00Z", "2017-11-05",
        "2017-11-05T23:59:59-18:00", "20171105", "yesterday", "", "2100-12-31", "1899-12-31", "2017-11-05T00:00:00.0000000000001Z",
    ];

    private static readonly string[] Numbers =
    [
        "99999999999999999999", "2,147,483,648", "2147483647", "-5", "−12", "1e308", "0", "00012", "1.5", "½", "٣", "12th", "-0", "4294967296",
        "9,999,999,999,999", "one billion", "a million", "zero", "minus five", "3-4", "10 to 20", "between 5 and 500000000000",
    ];

    private readonly Random _random = new(seed);
    private int _count;

    /// <summary>The next input.</summary>
    public FuzzFile Next()
    {
        int n = _count++;
        int kind = _random.Next(16);
        string name = "f" + n.ToString("D6", CultureInfo.InvariantCulture);
        return kind switch
        {
            0 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), RandomBytes(_random.Next(0, 3000)), "random-bytes"),
            1 => new(name + ".txt", Truncated(Encoding.UTF8.GetBytes(Text())), "truncated-utf8"),
            2 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), Corrupted(_random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Text()) : Jsonl(3)), "invalid-utf8"),
            3 => new(name + ".txt", Utf16(Text()), "utf16"),
            4 => new(name + ".jsonl", Utf16Lines(), "utf16-jsonl"),
            5 => new(name + ".txt", Encoding.UTF8.GetBytes(Controls(Text())), "controls"),
            6 => new(name + ".jsonl", LoneSurrogates(), "lone-surrogates"),
            7 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), LongLine(), "long-line"),
            8 => new(name + ".jsonl", DeepJson(), "deep-json"),
            9 => new(name + ".jsonl", WrongTypes(), "wrong-types"),
            10 => new(name + ".jsonl", HostileRecords(), "hostile-ids-dates"),
            11 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), Encode(NumbersText()), "numbers"),
            12 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), Encode(Repetitive()), "repetitive"),
            13 => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), Encode(Mixed()), "scripts-markup"),
            _ => new(name + (_random.Next(2) == 0 ? ".txt" : ".jsonl"), Encode(Mutated()), "mutated-report"),
        };

        byte[] Encode(string text) => _random.Next(2) == 0 ? Encoding.UTF8.GetBytes(text) : Jsonl(text);
    }

    private string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    private string Seed() => seedTexts.Count == 0 ? "A car bomb killed 5 people in Kabul on Monday, police said." : Pick(seedTexts);

    /// <summary>A real report text, or words of the casualty vocabulary.</summary>
    private string Text() => _random.Next(3) == 0 ? WordSalad(_random.Next(5, 200)) : Seed();

    private string WordSalad(int words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            sb.Append(Pick(Words)).Append(_random.Next(8) == 0 ? ". " : " ");
        }

        return sb.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Truncated(byte[] bytes)
    {
        // Cut inside a multi-byte character when there is one.
        int cut = _random.Next(bytes.Length + 1);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80 && _random.Next(4) == 0)
            {
                cut = i + 1;
                break;
            }
        }

        return bytes[..Math.Min(cut, bytes.Length)];
    }

    private byte[] Corrupted(byte[] bytes)
    {
        byte[] bad = [0xFF, 0xFE, 0xC0, 0xC1, 0x80, 0xBF, 0xED, 0xF5, 0xF8];
        var list = new List<byte>(bytes);
        int edits = 1 + _random.Next(4);
        for (int e = 0; e < edits; e++)
        {
            list.Insert(_random.Next(list.Count + 1), bad[_random.Next(bad.Length)]);
        }

        return [.. list];
    }

    private byte[] Utf16(string text)
    {
        bool big = _random.Next(2) == 0;
        var encoding = new UnicodeEncoding(bigEndian: big, byteOrderMark: false);
        byte[] body = encoding.GetBytes(text);
        return _random.Next(2) == 0 ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private byte[] Utf16Lines() => Utf16(Encoding.UTF8.GetString(Jsonl(2)));

    private string Controls(string text)
    {
        var sb = new StringBuilder(text);
        int edits = 1 + _random.Next(20);
        for (int e = 0; e < edits; e++)
        {
            char c = _random.Next(6) switch
            {
                0 => '\0',
                1 => (char)_random.Next(1, 32),
                2 => '\u007F',
                3 => '\u0085',
                4 => '\u2028',
                _ => '\uFEFF',
            };
            sb.Insert(_random.Next(sb.Length + 1), c);
        }

        return sb.ToString();
    }

    private byte[] LoneSurrogates()
    {
        // Escaped halves in JSON (the reader keeps the report), and CESU-8 bytes of a half (invalid UTF-8).
        string text = Seed();
        int at = _random.Next(text.Length + 1);
        string escaped = JsonEncodedText.Encode(text[..at]).ToString() + Pick(["\\ud800", "\\udfff", "\\ud83d", "\\ude00\\ud83d", "\\ud83d\\ude00"]) + JsonEncodedText.Encode(text[at..]).ToString();
        byte[] line = Encoding.UTF8.GetBytes("{\"id\":\"s" + _count.ToString(CultureInfo.InvariantCulture) + "\",\"text\":\"" + escaped + "\"}\n");
        return _random.Next(4) == 0 ? [.. line, .. "{\"id\":\"c\",\"text\":\"x"u8, 0xED, 0xA0, 0x80, .. "\"}\n"u8] : line;
    }

    private byte[] LongLine()
    {
        int length = _random.Next(maxLongChars / 4, maxLongChars + 1);
        var sb = new StringBuilder(length + 200);
        bool newlines = _random.Next(2) == 0;
        while (sb.Length < length)
        {
            string piece = Seed();
            sb.Append(newlines ? piece : piece.Replace('\n', ' ')).Append(' ');
        }

        string text = sb.ToString(0, length);
        return _random.Next(2) == 0 ? Encoding.UTF8.GetBytes(text) : Jsonl(text);
    }

    private byte[] DeepJson()
    {
        int depth = _random.Next(10, 5000);
        string open = new('[', depth);
        string close = new(']', depth);
        string line = _random.Next(3) switch
        {
            0 => "{\"id\":\"deep\",\"text\":\"A bomb killed 5.\",\"extra\":" + open + close + "}",
            1 => "{\"id\":\"deep\",\"text\":" + open + "\"x\"" + close + "}",
            _ => new string('{', depth),
        };
        return Encoding.UTF8.GetBytes(line + "\n{\"id\":\"after\",\"text\":\"A bomb killed 5 people.\"}\n");
    }

    private byte[] WrongTypes()
    {
        string[] values = ["7", "true", "false", "null", "[]", "{}", "[\"x\"]", "{\"a\":1}", "-1e999", "\"\"", "\"ok\"", "1.5"];
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++)
        {
            sb.Append("{\"id\":").Append(Pick(values)).Append(",\"text\":").Append(_random.Next(3) == 0 ? JsonString(Seed()) : Pick(values))
                .Append(",\"published\":").Append(Pick(values)).Append(",\"title\":").Append(Pick(values))
                .Append(",\"url\":").Append(Pick(values)).Append(",\"outlet\":").Append(Pick(values)).Append("}\n");
        }

        sb.Append(Pick(["[1,2]\n", "\"text\"\n", "42\n", "null\n", "{\"id\":\"x\",\"text\":\"a\",}\n", "{\"id\":\"x\" \"text\":\"a\"}\n", "{/*c*/\"id\":\"y\",\"text\":\"b\"}\n"]));
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private byte[] HostileRecords()
    {
        var sb = new StringBuilder();
        int records = 1 + _random.Next(4);
        for (int i = 0; i < records; i++)
        {
            var record = new Dictionary<string, string>
            {
                ["id"] = Pick(HostileIds),
                ["text"] = _random.Next(2) == 0 ? Seed() : Pick(["Published " + Pick(["31 February 2017", "30 November 10000", "٣٠ November 2017", "Monday, 0 March 2017"]) + "\n\n" + Seed(), Seed()]),
                ["published"] = Pick(Dates),
            };
            if (_random.Next(2) == 0)
            {
                record["title"] = Pick(Markup);
            }

            sb.Append(JsonSerializer.Serialize(record)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private string NumbersText()
    {
        var sb = new StringBuilder();
        int sentences = 1 + _random.Next(6);
        for (int i = 0; i < sentences; i++)
        {
            string n = Pick(Numbers);
            sb.Append(Pick([
                "The attack killed " + n + " people. ",
                n + " people were wounded and " + Pick(Numbers) + " killed on Saturday, police said. ",
                "At least " + n + " were killed and more than " + Pick(Numbers) + " injured. ",
                "killed " + n + " people in " + Pick(["1994", "2017", "-44", "99999"]) + ". ",
                "The toll rose to " + n + " from " + Pick(Numbers) + ". ",
            ]));
        }

        return sb.ToString();
    }

    private string Repetitive()
    {
        string unit = Pick([
            "a gunman killed 5 people and wounded 12 others ", "killed ", "John Smith Mary Jones ", " ", "a", "12 ", "Toledo, Toledo and Toledo. ",
            "the deadliest attack since ", "blamed on the ", "in the ", "-", ", ", ". ", "\n", "\n\n", "A. ", "U.S. ", WordSalad(3),
        ]);
        int length = _random.Next(10, maxLongChars);
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }

    private string Mixed()
    {
        var sb = new StringBuilder();
        int parts = 2 + _random.Next(8);
        for (int i = 0; i < parts; i++)
        {
            sb.Append(_random.Next(3) switch
            {
                0 => Pick(Scripts),
                1 => Pick(Markup),
                _ => WordSalad(_random.Next(3, 20)),
            }).Append(Pick([" ", "\n", ". ", "\r\n", "\t"]));
        }

        return sb.ToString();
    }

    private string Mutated()
    {
        string text = Seed();
        var sb = new StringBuilder(text);
        int edits = 1 + _random.Next(10);
        for (int e = 0; e < edits && sb.Length > 0; e++)
        {
            int at = _random.Next(sb.Length);
            int len = Math.Min(sb.Length - at, _random.Next(1, 200));
            switch (_random.Next(8))
            {
                case 0:
                    sb.Remove(at, len);
                    break;
                case 1:
                    sb.Insert(at, sb.ToString(at, len));
                    break;
                case 2:
                    sb.Insert(at, Pick(Words) + " ");
                    break;
                case 3:
                    sb.Insert(at, " " + Pick(Numbers) + " ");
                    break;
                case 4:
                    string upper = sb.ToString(at, len).ToUpperInvariant();
                    sb.Remove(at, len).Insert(at, upper);
                    break;
                case 5:
                    sb.Insert(at, Seed());
                    break;
                case 6:
                    sb.Replace(".", "", at, len);
                    break;
                default:
                    sb.Insert(at, Pick(Scripts));
                    break;
            }
        }

        return sb.ToString();
    }

    private byte[] Jsonl(string text)
    {
        var record = new Dictionary<string, string> { ["id"] = "r" + _count.ToString(CultureInfo.InvariantCulture), ["text"] = text };
        if (_random.Next(2) == 0)
        {
            record["published"] = Pick(Dates);
        }

        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record) + "\n");
    }

    private byte[] Jsonl(int records)
    {
        var all = new List<byte>();
        for (int i = 0; i < records; i++)
        {
            all.AddRange(Jsonl(Text()));
        }

        return [.. all];
    }

    private static string JsonString(string s) => JsonSerializer.Serialize(s);
}
