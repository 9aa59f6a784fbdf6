using System.Text;
using System.Text.Json;
using NodaTime;
using Reconcile.Ingestion;
using Reconcile.Model;

namespace Reconcile.Tests.Ingestion;

public class ReportReaderTests
{
    private static readonly ReportReader Reader = new();

    private static IReadOnlyList<string> Codes(Report r) => r.Problems.Select(p => p.Code).ToList();

    [Fact] // id is the file name without extension; the text is exactly the file's characters, CRLF kept, so offsets index the bytes' text
    public void Read_TxtFile_KeepsTextExactly()
    {
        using var tmp = new TempFolder();
        string path = tmp.File("story.one.txt", "Line one\r\nLine two\n\nEnd");
        Report r = Reader.Read([path]).Should().ContainSingle().Subject;
        r.Id.Should().Be("story.one");
        r.Text.Should().Be("Line one\r\nLine two\n\nEnd");
        r.Problems.Should().BeEmpty();
        r.Origin.Should().Be(path);
    }

    [Fact] // a UTF-8 byte order mark is not part of the text
    public void Read_TxtWithBom_StripsBom()
    {
        using var tmp = new TempFolder();
        string path = tmp.Bytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Käse – ok")]);
        Reader.Read([path]).Single().Text.Should().Be("Käse – ok");
    }

    [Fact] // folders are read recursively in ordinal order of relative path; other file types and hidden files inside folders are ignored
    public void Read_Folder_RecursiveOrdinalOrderIgnoringOtherFiles()
    {
        using var tmp = new TempFolder();
        tmp.File("b.txt", "B text");
        tmp.File("a.txt", "A text");
        tmp.File("sub/c.txt", "C text");
        tmp.File("Z.txt", "Z text");
        tmp.File("notes.md", "# not a report");
        tmp.File(".hidden.txt", "hidden");
        tmp.File("sub/d.jsonl", "{\"id\":\"d1\",\"text\":\"D text\"}\n");
        Reader.Read([tmp.Path]).Select(r => r.Id).Should().Equal("Z", "a", "b", "c", "d1");
    }

    [Theory]
    [InlineData("")] // empty file
    [InlineData("  \n\t\r\n ")] // white space only
    public void Read_EmptyText_KeptWithProblem(string content)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("e.txt", content)]).Single();
        r.Id.Should().Be("e");
        Codes(r).Should().Equal(ProblemCodes.EmptyText);
        r.Problems[0].Message.Should().Contain("'e'");
    }

    [Fact] // a binary file (NUL bytes, such as UTF-16 or an image) is accounted for with empty text
    public void Read_BinaryFile_NotText()
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.Bytes("img.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])]).Single();
        r.Text.Should().BeEmpty();
        Codes(r).Should().Equal(ProblemCodes.NotText);
        r.Problems[0].Message.Should().Contain("img.txt");
    }

    [Fact] // strict UTF-8: a Latin-1 file is refused with the offset of the bad byte, not decoded into replacement characters
    public void Read_Latin1File_NotTextWithOffset()
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.Bytes("latin.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'x'])]).Single();
        Codes(r).Should().Equal(ProblemCodes.NotText);
        r.Problems[0].Message.Should().Contain("byte 3");
    }

    [Fact] // a missing path is a report with a problem, not an exception
    public void Read_MissingFile_Unreadable()
    {
        using var tmp = new TempFolder();
        string path = Path.Combine(tmp.Path, "missing.txt");
        Report r = Reader.Read([path]).Single();
        r.Id.Should().Be("missing");
        Codes(r).Should().Equal(ProblemCodes.Unreadable);
        r.Problems[0].Message.Should().Contain(path).And.Contain("no such file");
    }

    [Fact] // a symbolic link to an ancestor folder would loop: links to folders are not followed, each file is read once
    public void Read_FolderWithLinkLoop_ReadsEachFileOnce()
    {
        using var tmp = new TempFolder();
        tmp.File("a/r.txt", "Nothing happened.");
        Directory.CreateSymbolicLink(Path.Combine(tmp.Path, "a", "loop"), tmp.Path);
        Reader.Read([tmp.Path]).Select(r => r.Id).Should().Equal("r");
    }

    [Theory]
    [InlineData("")] // an empty argument
    [InlineData("   ")] // white space only
    public void Read_EmptyPath_UnreadableWithPlainMessage(string path)
    {
        Report r = Reader.Read([path]).Single();
        r.Id.Should().Be("(empty path)");
        Codes(r).Should().Equal(ProblemCodes.Unreadable);
        r.Problems[0].Message.Should().Contain("the path is empty");
    }

    [Fact] // a file named explicitly is never silently dropped, even of a type Reconcile does not read
    public void Read_NamedUnsupportedFile_Problem()
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("notes.md", "# hi")]).Single();
        r.Id.Should().Be("notes.md");
        Codes(r).Should().Equal(ProblemCodes.UnsupportedFile);
    }

    [Fact] // a file over MaxFileBytes is skipped with a too-large problem naming the limit
    public void Read_FileOverLimit_TooLarge()
    {
        using var tmp = new TempFolder();
        var reader = new ReportReader(new IngestionOptions { MaxFileBytes = 10 });
        Report r = reader.Read([tmp.File("big.txt", "This text is longer than ten bytes.")]).Single();
        r.Text.Should().BeEmpty();
        Codes(r).Should().Equal(ProblemCodes.TooLarge);
        r.Problems[0].Message.Should().Contain("MaxFileBytes");
    }

    [Fact] // a text over MaxReportChars is truncated, never silently
    public void Read_TextOverCharLimit_Truncated()
    {
        using var tmp = new TempFolder();
        var reader = new ReportReader(new IngestionOptions { MaxReportChars = 5 });
        Report r = reader.Read([tmp.File("long.txt", "abcdefghij")]).Single();
        r.Text.Should().Be("abcde");
        Codes(r).Should().Equal(ProblemCodes.TooLarge);
        r.Problems[0].Message.Should().Contain("MaxReportChars");
    }

    [Fact] // truncation never splits a surrogate pair
    public void Read_TruncationAtSurrogatePair_KeepsWholeCharacters()
    {
        using var tmp = new TempFolder();
        var reader = new ReportReader(new IngestionOptions { MaxReportChars = 2 });
        reader.Read([tmp.File("emoji.txt", "a😀b")]).Single().Text.Should().Be("a");
    }

    [Fact] // the same file named twice (directly and through its folder) is read once
    public void Read_SameFileTwice_ReadOnce()
    {
        using var tmp = new TempFolder();
        string path = tmp.File("a.txt", "A");
        Reader.Read([path, tmp.Path, path]).Should().ContainSingle().Which.Problems.Should().BeEmpty();
    }

    [Fact] // the header parser runs on .txt files: date and outlet are filled where stated
    public void Read_TxtWithHeader_RecognisesPublishedAndOutlet()
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("h.txt", "Kabul – Pajhwok News\nPosted: Mar 2, 2019\nA bomb exploded.")]).Single();
        r.Outlet.Should().Be("Pajhwok News");
        r.Published.Should().Be(new LocalDate(2019, 3, 2));
    }

    [Fact] // recognition can be turned off
    public void Read_RecognizeHeadersOff_LeavesNulls()
    {
        using var tmp = new TempFolder();
        var reader = new ReportReader(new IngestionOptions { RecognizeHeaders = false });
        Report r = reader.Read([tmp.File("h.txt", "Kabul – Pajhwok News\nPosted: Mar 2, 2019\nA bomb exploded.")]).Single();
        r.Outlet.Should().BeNull();
        r.Published.Should().BeNull();
    }

    [Fact] // the JSON Lines layout of the corpora: id, text, title, published, url, outlet
    public void Read_JsonLines_AllFields()
    {
        using var tmp = new TempFolder();
        string path = tmp.File("r.jsonl",
            "{\"id\":\"gv-1\",\"title\":\"T\",\"published\":\"2016-07-24\",\"url\":\"http://x\",\"outlet\":\"KXAN\",\"text\":\"Two men were shot.\"}\n");
        Report r = Reader.Read([path]).Single();
        r.Should().BeEquivalentTo(new { Id = "gv-1", Title = "T", Published = (LocalDate?)new LocalDate(2016, 7, 24), Url = "http://x", Outlet = "KXAN", Text = "Two men were shot." });
        r.Problems.Should().BeEmpty();
        r.Origin.Should().Be(path + ":1");
    }

    [Theory]
    [InlineData("2016-07-24T23:30:00-05:00", 24)] // timestamp with offset: the date as written, not converted to UTC
    [InlineData("2016-07-24T01:00:00Z", 24)] // UTC timestamp
    [InlineData("2016-07-24 10:00:00", 24)] // space instead of T
    [InlineData("2016-07-25T10:00:00.123", 25)] // local timestamp with fraction
    public void Read_JsonLinesTimestamp_TakesDate(string published, int day)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("r.jsonl", $"{{\"id\":\"a\",\"text\":\"x\",\"published\":\"{published}\"}}")]).Single();
        r.Published.Should().Be(new LocalDate(2016, 7, day));
        r.Problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("24/07/2016")] // ambiguous day/month order is not guessed
    [InlineData("yesterday")] // words
    [InlineData("2016-02-30")] // impossible day
    public void Read_JsonLinesBadPublished_KeptWithNullDate(string published)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("r.jsonl", $"{{\"id\":\"a\",\"text\":\"Published July 1, 2016\\nx\",\"published\":\"{published}\"}}")]).Single();
        r.Published.Should().BeNull("a stated but bad date is not replaced by a guess from the text");
        r.Text.Should().StartWith("Published");
        Codes(r).Should().Equal(ProblemCodes.BadPublished);
        r.Problems[0].Message.Should().Contain(published).And.Contain("'a'");
    }

    [Theory]
    [InlineData("9999-12-31")] // a placeholder date: arithmetic around it (next year) leaves the calendar
    [InlineData("-9998-01-01")] // the other end of the calendar: a weekday before it does not exist
    [InlineData("1850-06-01")] // before the window of news dates (1900-2100), like a header date there
    [InlineData("2017-01-01T00:00:00+19:00")] // an offset past +18:00, which NodaTime's pattern throws on instead of failing
    [InlineData("2017-01-01T00:00:00-23:59")] // the same on the negative side
    public void Read_JsonLinesImplausiblePublished_BadPublishedAndOthersKept(string published)
    {
        using var tmp = new TempFolder();
        string path = tmp.File("r.jsonl",
            $"{{\"id\":\"a\",\"text\":\"On 3 May a bomb killed 5 people on Saturday.\",\"published\":\"{published}\"}}\n{{\"id\":\"b\",\"text\":\"fine\"}}\n");
        IReadOnlyList<Report> reports = Reader.Read([path]);
        reports.Select(r => r.Id).Should().Equal("a", "b");
        reports[0].Published.Should().BeNull();
        Codes(reports[0]).Should().Equal(ProblemCodes.BadPublished);
    }

    [Theory]
    [InlineData("Published \u0663\u0660 November 2017")] // Arabic-Indic digits: regex \d matches them, int.Parse does not
    [InlineData("Published \u0969 November 2017")] // a Devanagari digit as the day
    [InlineData("Published 30 November \u0662\u0660\u0661\u0667")] // the year in Arabic-Indic digits
    [InlineData("Published \uFF13\uFF10 November 2017")] // full-width digits
    [InlineData("\u0663/\u0661\u0661/2017")] // a numeric date with non-ASCII day and month
    public void Read_HeaderDateWithNonAsciiDigits_NoDateAndRunGoesOn(string firstLine)
    {
        using var tmp = new TempFolder();
        string json = $"{{\"id\":\"a\",\"text\":\"{firstLine}\\n\\nA bomb killed 5 people.\"}}\n{{\"id\":\"b\",\"text\":\"fine\"}}\n";
        string txt = System.Text.RegularExpressions.Regex.Unescape(firstLine) + "\n\nA bomb killed 5 people.";
        IReadOnlyList<Report> reports = Reader.Read([tmp.File("r.jsonl", json), tmp.File("c.txt", txt)]);
        reports.Select(r => r.Id).Should().BeEquivalentTo("a", "b", "c");
        reports.Where(r => r.Id != "b").Should().AllSatisfy(r =>
        {
            r.Published.Should().BeNull("digits outside ASCII are not read as a header date");
            r.Problems.Should().BeEmpty();
        });
    }

    [Fact] // a .txt link to /dev/zero has no length and never ends: it is accounted for, not read into memory
    public void Read_LinkToEndlessDevice_EmptyTextNotRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var tmp = new TempFolder();
        tmp.File("ok.txt", "fine");
        File.CreateSymbolicLink(Path.Combine(tmp.Path, "zero.txt"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(tmp.Path, "zero.jsonl"), "/dev/zero");
        IReadOnlyList<Report> reports = Reader.Read([tmp.Path]);
        reports.Select(r => (r.Id, r.Problems.Count > 0 ? r.Problems[0].Code : null)).Should().Equal(
            ("ok", null), ("zero:1", ProblemCodes.EmptyText), ("zero", ProblemCodes.EmptyText));
    }

    [Fact] // a named pipe called x.txt in a folder would block the run waiting for a writer: it is accounted for without opening it
    public async Task Read_NamedPipeInFolder_AccountedForWithoutBlocking()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        using var tmp = new TempFolder();
        tmp.File("ok.txt", "fine");
        using (var mk = System.Diagnostics.Process.Start("/usr/bin/mkfifo", Path.Combine(tmp.Path, "x.txt")))
        {
            mk.WaitForExit();
        }

        Task<IReadOnlyList<Report>> read = Task.Run(() => Reader.Read([tmp.Path]));
        Task first = await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(1)));
        first.Should().BeSameAs(read, "reading must not wait for a writer on the pipe");
        (await read).Select(r => (r.Id, r.Problems.Count > 0 ? r.Problems[0].Code : null)).Should().Equal(("ok", null), ("x", ProblemCodes.EmptyText));
    }

    [Fact] // malformed lines, missing id, missing text: each accounted for with the file and line number; blank lines are skipped
    public void Read_JsonLinesBadLines_ProblemsNameFileAndLine()
    {
        using var tmp = new TempFolder();
        string path = tmp.File("bad.jsonl", string.Join("\r\n",
            "{\"id\":\"ok\",\"text\":\"fine\"}",
            "{\"id\":\"broken\",\"text\":",
            "",
            "{\"text\":\"no id here\"}",
            "{\"id\":\"nt\"}",
            "[1,2]",
            "null",
            "{\"id\":7,\"text\":\"numeric id\"}") + "\r\n");
        IReadOnlyList<Report> reports = Reader.Read([path]);
        reports.Select(r => (r.Id, r.Problems.Count > 0 ? r.Problems[0].Code : null)).Should().Equal(
            ("ok", null),
            ("bad:2", ProblemCodes.MalformedJson),
            ("bad:4", ProblemCodes.MissingId),
            ("nt", ProblemCodes.MissingText),
            ("bad:6", ProblemCodes.MalformedJson),
            ("bad:7", ProblemCodes.MalformedJson),
            ("bad:8", ProblemCodes.MissingId));
        reports[6].Text.Should().Be("numeric id", "a wrong-typed id loses the id, not the text");
        reports[1].Problems[0].Message.Should().Contain(path).And.Contain("line 2");
        reports[2].Text.Should().Be("no id here");
        reports[3].Text.Should().BeEmpty();
        reports[0].Text.Should().Be("fine", "the CR of a CRLF line end is not part of the record");
    }

    [Theory]
    [InlineData("{\"id\":true,\"text\":\"A bomb killed 5.\"}", "r:1", ProblemCodes.MissingId, "A bomb killed 5.")] // a boolean id
    [InlineData("{\"id\":{\"x\":1},\"text\":\"A bomb killed 5.\"}", "r:1", ProblemCodes.MissingId, "A bomb killed 5.")] // an object id
    [InlineData("{\"id\":\"a\",\"text\":12345}", "a", ProblemCodes.MissingText, "")] // a numeric text
    [InlineData("{\"id\":\"a\",\"text\":[\"x\"]}", "a", ProblemCodes.MissingText, "")] // an array text
    [InlineData("{\"id\":\"a\",\"text\":\"A bomb killed 5.\",\"title\":3}", "a", null, "A bomb killed 5.")] // a wrong-typed optional field is dropped quietly
    public void Read_JsonLinesWrongTypedField_RecordKeptFieldMissing(string line, string id, string? code, string text)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("r.jsonl", line + "\n")]).Single();
        r.Id.Should().Be(id);
        r.Problems.Select(p => p.Code).FirstOrDefault().Should().Be(code);
        r.Text.Should().Be(text);
    }

    [Fact] // invalid UTF-8 on one line spoils only that line
    public void Read_JsonLinesInvalidUtf8Line_OnlyThatLineNotText()
    {
        using var tmp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\""), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n{\"id\":\"c\",\"text\":\"z\"}\n")];
        IReadOnlyList<Report> reports = Reader.Read([tmp.Bytes("u.jsonl", bytes)]);
        reports.Select(r => r.Id).Should().Equal("a", "u:2", "c");
        Codes(reports[1]).Should().Equal(ProblemCodes.NotText);
    }

    [Fact] // a line over MaxFileBytes is skipped on its own; the lines around it are read
    public void Read_JsonLinesOverlongLine_TooLargeOnlyThatLine()
    {
        using var tmp = new TempFolder();
        var reader = new ReportReader(new IngestionOptions { MaxFileBytes = 40 });
        string path = tmp.File("l.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"" + new string('y', 100) + "\"}\n{\"id\":\"c\",\"text\":\"z\"}");
        IReadOnlyList<Report> reports = reader.Read([path]);
        reports.Select(r => (r.Id, r.Problems.Count > 0 ? r.Problems[0].Code : null)).Should().Equal(("a", null), ("l:2", ProblemCodes.TooLarge), ("c", null));
    }

    [Fact] // the header parser fills only fields the record lacks
    public void Read_JsonLinesWithoutPublished_RecognisedFromText()
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("r.jsonl", "{\"id\":\"a\",\"outlet\":\"Given\",\"text\":\"Deir Ezzor - Arab Today\\nJune 24, 2005\\nA blast.\"}")]).Single();
        r.Published.Should().Be(new LocalDate(2005, 6, 24));
        r.Outlet.Should().Be("Given");
    }

    [Fact] // duplicate ids across files: suffixes follow origin path order, so argument order does not matter
    public void Read_DuplicateIds_SuffixIndependentOfArgumentOrder()
    {
        using var tmp = new TempFolder();
        string a = tmp.File("a/x.txt", "first");
        string b = tmp.File("b/x.txt", "second");
        string c = tmp.File("c/r.jsonl", "{\"id\":\"x\",\"text\":\"third\"}\n{\"id\":\"x~2\",\"text\":\"taken\"}\n");
        var forward = Reader.Read([a, b, c]).ToDictionary(r => r.Id, r => r.Text);
        var backward = Reader.Read([c, b, a]).ToDictionary(r => r.Id, r => r.Text);
        forward.Should().Equal(backward);
        forward.Should().Contain("x", "first").And.Contain("x~3", "second").And.Contain("x~4", "third").And.Contain("x~2", "taken");
        Report renamed = Reader.Read([c, b, a]).Single(r => r.Id == "x~3");
        Codes(renamed).Should().Equal(ProblemCodes.DuplicateId);
        renamed.Problems[0].Message.Should().Contain(b).And.Contain(a).And.Contain("'x~3'");
    }

    [Fact] // the lazy reader gives Read's reports, ids, texts and problems, in Read's order but with the renamed duplicates last
    public void ReadLazily_DuplicatesAndBadFiles_SameReportsAsRead()
    {
        using var tmp = new TempFolder();
        string a = tmp.File("a/x.txt", "first");
        string b = tmp.File("b/x.txt", "second");
        string c = tmp.File("c/r.jsonl", "{\"id\":\"x\",\"text\":\"third\"}\n{\"id\":\"x~2\",\"text\":\"taken\"}\nnot json\n{\"id\":\"y\",\"text\":\"fourth\"}\n");
        string missing = Path.Combine(tmp.Path, "none.jsonl");
        string[] paths = [c, missing, b, a];
        var eager = Reader.Read(paths).Select(r => (r.Id, r.Text, string.Join(",", Codes(r)), string.Join("|", r.Problems.Select(p => p.Message)))).ToList();

        var lazy = Reader.ReadLazily(paths).Select(r => (r.Id, r.Text, string.Join(",", Codes(r)), string.Join("|", r.Problems.Select(p => p.Message)))).ToList();

        lazy.Should().BeEquivalentTo(eager);
        lazy.Where(r => r.Item3.Contains(ProblemCodes.DuplicateId, StringComparison.Ordinal)).Select(r => r.Id).Should().Equal("x~3", "x~4");
        lazy[^2..].Select(r => r.Id).Should().Equal("x~3", "x~4");
        lazy.Where(r => !r.Item3.Contains(ProblemCodes.DuplicateId, StringComparison.Ordinal)).Should().Equal(eager.Where(r => !r.Item3.Contains(ProblemCodes.DuplicateId, StringComparison.Ordinal)));
    }

    [Fact] // a JSON Lines file of several read blocks (64 KB each) comes out whole and in line order, lines cut by a block boundary included
    public void ReadLazily_LongJsonLines_ReadBlockByBlock()
    {
        using var tmp = new TempFolder();
        var lines = new StringBuilder();
        for (int i = 0; i < 3000; i++)
        {
            lines.Append("{\"id\":\"r").Append(i).Append("\",\"text\":\"A man was shot on Elm Street, police said, in report ").Append(i).Append(".\"}\n");
        }

        string path = tmp.File("big.jsonl", lines.ToString());
        using IEnumerator<Report> e = Reader.ReadLazily([path]).GetEnumerator();
        e.MoveNext().Should().BeTrue();
        e.Current.Id.Should().Be("r0");
        var rest = new List<string>();
        while (e.MoveNext())
        {
            rest.Add(e.Current.Id);
        }

        rest.Should().HaveCount(2999).And.EndWith("r2999");
    }

    [Fact] // duplicates inside one JSON Lines file are renamed in line order
    public void ReadJsonLines_DuplicateWithinStream_LineOrder()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"1\"}\n{\"id\":\"x\",\"text\":\"2\"}\n"));
        Reader.ReadJsonLines(stream, "mem.jsonl").Select(r => (r.Id, r.Text)).Should().Equal(("x", "1"), ("x~2", "2"));
    }

    [Fact] // library users build reports from strings with the same header recognition; a leading byte order mark stays in the text (offsets index the string given) and does not hide the header
    public void FromText_WithHeaderAfterBom_RecognisesAndKeepsBom()
    {
        Report r = ReportReader.FromText("r1", "\uFEFFPublished 9:09 PM, November 05, 2017\n\nA car bomb killed 75 people. – Rappler.com");
        r.Text.Should().StartWith("\uFEFFPublished");
        r.Published.Should().Be(new LocalDate(2017, 11, 5));
        r.Outlet.Should().Be("Rappler");
        r.Problems.Should().BeEmpty();
    }

    [Fact] // an empty string is a report with a problem, like an empty file
    public void FromText_Empty_EmptyTextProblem()
    {
        Codes(ReportReader.FromText("e", "")).Should().Equal(ProblemCodes.EmptyText);
    }

    [Fact] // programmer errors throw at the entry points
    public void PublicMethods_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ReportReader.FromText(null!, "x")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportReader.FromText("x", null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Reader.Read(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Reader.Read([null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ReportReader(new IngestionOptions { MaxFileBytes = 0 })).Should().Throw<ArgumentException>().WithMessage("*MaxFileBytes*");
        FluentActions.Invoking(() => new ReportReader(new IngestionOptions { MaxReportChars = 0 })).Should().Throw<ArgumentException>().WithMessage("*MaxReportChars*");
    }

    [Fact] // the bundled samples read as the analyst recorded their outlet and publication date (gold "reports")
    public void Read_BundledSamples_MatchGoldOutletAndPublished()
    {
        IReadOnlyList<Report> reports = Reader.Read([RepoPaths.Combine("samples")]);
        using Stream gold = typeof(ReportReaderTests).Assembly.GetManifestResourceStream("Reconcile.Tests.TestData.seeds.gold.json")!;
        using JsonDocument doc = JsonDocument.Parse(gold);
        var expected = doc.RootElement.GetProperty("reports").EnumerateObject()
            .Select(p => (p.Name, Outlet: p.Value.GetProperty("outlet").GetString(), Published: p.Value.GetProperty("published").GetString()))
            .ToList();
        reports.Select(r => (r.Id, r.Outlet, Published: r.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(expected);
        reports.Should().OnlyContain(r => r.Problems.Count == 0);
    }

    [Fact] // a .jsonl text that starts with U+FEFF (scraped pages carry them) keeps it, so every offset indexes the user's own string and every quote equals it
    public void Read_JsonLinesTextWithBom_KeepsBomAndQuotesMatchUsersText()
    {
        const string text = "\uFEFFKABUL, Afghanistan — A suicide bomber killed 12 people and wounded 30 others at a market on Monday, police said.";
        using var tmp = new TempFolder();
        string line = JsonSerializer.Serialize(new { id = "b", text, published = "2018-03-06" });
        Report r = Reader.Read([tmp.File("b.jsonl", line + "\n")]).Single();
        r.Text.Should().Be(text);
        r.Problems.Should().BeEmpty();

        ReconcileResult result = new Reconciler().Reconcile([r]);
        CasualtyClaim[] claims = result.Incidents.SelectMany(i => i.Mentions).SelectMany(m => m.Claims).ToArray();
        claims.Should().NotBeEmpty();
        claims.Should().OnlyContain(c => c.Quote == text.Substring(c.Span.Start, c.Span.End - c.Span.Start));
        claims.Select(c => c.Quote).Should().Contain(q => q.Contains("killed 12", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A bomb \\ud800 killed 5 people.", "A bomb \uFFFD killed 5 people.", 1)] // a lone high half
    [InlineData("\\udc00A bomb killed 5 people.", "\uFFFDA bomb killed 5 people.", 1)] // a lone low half, at the start
    [InlineData("Cut emoji \\ud83d\\ud83d\\ude00 here.", "Cut emoji \uFFFD\U0001F600 here.", 1)] // a high half before a whole pair: only the orphan is replaced
    [InlineData("Two \\uD800 and \\uDBFF halves.", "Two \uFFFD and \uFFFD halves.", 2)] // upper-case hex, counted twice
    public void Read_JsonLinesLoneSurrogateEscape_KeptReplacedAndFlagged(string escapedText, string expected, int count)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("s.jsonl", "{\"id\":\"s\",\"text\":\"" + escapedText + "\"}\n{\"id\":\"t\",\"text\":\"fine\"}\n")])[0];
        r.Id.Should().Be("s");
        r.Text.Should().Be(expected);
        r.Text.Length.Should().Be(expected.Length, "one U+FFFD for one escape keeps offsets");
        r.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.ReplacedCharacters);
        r.Problems[0].Message.Should().Contain(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Smile \\ud83d\\ude00 ok.", "Smile \U0001F600 ok.")] // a whole escaped pair is a character
    [InlineData("Path C:\\\\ud800 ok.", "Path C:\\ud800 ok.")] // an escaped backslash then the letters "ud800": no escape at all
    public void Read_JsonLinesValidEscapes_NoProblem(string escapedText, string expected)
    {
        using var tmp = new TempFolder();
        Report r = Reader.Read([tmp.File("v.jsonl", "{\"id\":\"v\",\"text\":\"" + escapedText + "\"}\n")]).Single();
        r.Text.Should().Be(expected);
        r.Problems.Should().BeEmpty();
    }
}
