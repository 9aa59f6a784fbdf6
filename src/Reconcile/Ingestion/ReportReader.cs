using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using Reconcile.Model;

namespace Reconcile.Ingestion;

/// <summary>Reads report files and folders into <see cref="Report"/>s: <c>.txt</c> files (one report each) and <c>.jsonl</c> files (one report per line).</summary>
/// <remarks>
/// <para>Bad input never throws and never disappears: an empty, binary, non-UTF-8, malformed, oversized or unreadable input
/// still yields a <see cref="Report"/> (with empty text when nothing could be read) carrying <see cref="Report.Problems"/>,
/// so every input is accounted for in the output. Duplicate ids are made unique with a deterministic suffix
/// (<c>x</c>, <c>x~2</c>, <c>x~3</c>, in order of origin path then line, whatever the order of the arguments).</para>
/// <para>Folders are read recursively in ordinal order of relative path; inside folders, files other than <c>.txt</c> and
/// <c>.jsonl</c> and hidden files are ignored, and symbolic links to folders are not followed. A file named explicitly is always accounted for.</para>
/// <para>Text is decoded as strict UTF-8 (a <c>.txt</c> file's byte order mark is an encoding mark and removed; a mark inside a
/// <c>.jsonl</c> text is kept), and line endings are kept as they are, so every
/// <see cref="TextSpan"/> indexes into <see cref="Report.Text"/> exactly. Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// IReadOnlyList&lt;Report&gt; reports = new ReportReader().Read(["samples/", "more/reports.jsonl"]);
/// </code>
/// </example>
public sealed class ReportReader
{
    private static readonly EnumerationOptions FileEnumeration = new()
    {
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    private static readonly EnumerationOptions FolderEnumeration = new()
    {
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
    };

    private static readonly IPattern<LocalDate>[] DatePatterns = [LocalDatePattern.Iso];

    /// <summary>The earliest year accepted as a report's publication date (the same window as dates stated in a header).</summary>
    internal const int MinPublishedYear = 1900;

    /// <summary>The latest year accepted as a report's publication date.</summary>
    internal const int MaxPublishedYear = 2100;

    private const string EmptyPathId = "(empty path)";

    private static readonly ReportReader Shared = new();

    private readonly IngestionOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">A limit in <paramref name="options"/> is less than 1.</exception>
    public ReportReader(IngestionOptions? options = null)
    {
        options ??= new IngestionOptions();
        if (options.MaxFileBytes < 1)
        {
            throw new ArgumentException(ErrorMessages.IngestionLimitOutOfRange(nameof(options.MaxFileBytes), options.MaxFileBytes), nameof(options));
        }

        if (options.MaxReportChars < 1)
        {
            throw new ArgumentException(ErrorMessages.IngestionLimitOutOfRange(nameof(options.MaxReportChars), options.MaxReportChars), nameof(options));
        }

        _options = new IngestionOptions
        {
            MaxFileBytes = options.MaxFileBytes,
            MaxReportChars = options.MaxReportChars,
            RecognizeHeaders = options.RecognizeHeaders,
        };
    }

    /// <summary>Creates a report from text in memory, recognising its publication date and outlet where the text states them.</summary>
    /// <param name="id">The report's id.</param>
    /// <param name="text">The report's text, kept exactly as given (a leading byte order mark included), so offsets index it.</param>
    /// <returns>The report, with an <c>empty-text</c> or <c>too-large</c> problem when the text is empty or over the default limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// Report report = ReportReader.FromText("r1", "Published 9:09 PM, November 05, 2017\n\nA car bomb killed 75 people...");
    /// // report.Published == new LocalDate(2017, 11, 5)
    /// </code>
    /// </example>
    public static Report FromText(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        return Shared.FromTextCore(id, text, id, null, null);
    }

    /// <summary>Reads files and folders into reports.</summary>
    /// <param name="paths">Paths of <c>.txt</c> or <c>.jsonl</c> files, or of folders to read recursively.</param>
    /// <returns>The reports, in ordinal order of origin path, then line; ids unique.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public IReadOnlyList<Report> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] all = paths.ToArray();
        foreach (string p in all)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(paths));
        }

        var entries = new List<Entry>();
        foreach (Source source in Sources(all))
        {
            entries.AddRange(Expand(source));
        }

        return Finish(entries);
    }

    /// <summary>Reads files and folders into reports lazily: one file at a time, a <c>.jsonl</c> file a block of lines at a time, so
    /// that a caller that lets go of each report (such as <see cref="Reconciler.ReconcileAsync"/>) never holds the whole input.</summary>
    /// <remarks>The reports, their ids and problems are those of <see cref="Read(IEnumerable{string})"/>, in its order, except that a
    /// report renamed for a duplicate id comes after all the others (its new id, <c>x~2</c>, is the first one free in the whole
    /// input, so it is known only at the end). Files are opened as the enumeration reaches them.</remarks>
    /// <param name="paths">Paths of <c>.txt</c> or <c>.jsonl</c> files, or of folders to read recursively.</param>
    /// <returns>The reports; ids unique.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is <see langword="null"/> or holds <see langword="null"/>.</exception>
    public IEnumerable<Report> ReadLazily(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] all = paths.ToArray();
        foreach (string p in all)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(paths));
        }

        return ReadLazilyCore(all);
    }

    private IEnumerable<Report> ReadLazilyCore(string[] paths)
    {
        // Read sorts every entry by (key, line); a source's entries share its key and come in line order, so sorting the sources is enough.
        List<Source> sources = Sources(paths);
        Source[] ordered = [.. sources.Select((s, i) => (s, i)).OrderBy(x => x.s.Key, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.s)];
        var firstOrigin = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<Report>();
        foreach (Source source in ordered)
        {
            foreach (Entry entry in Expand(source))
            {
                Report report = entry.Report;
                if (firstOrigin.TryAdd(report.Id, report.Origin ?? report.Id))
                {
                    yield return report;
                }
                else
                {
                    duplicates.Add(report);
                }
            }
        }

        // As Finish: each later duplicate, in order, takes the first "id~k" that no report of the input and no earlier renamed one has.
        var taken = new HashSet<string>(firstOrigin.Keys, StringComparer.Ordinal);
        foreach (Report report in duplicates)
        {
            string newId;
            for (int k = 2; ; k++)
            {
                newId = string.Concat(report.Id, "~", k.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (taken.Add(newId))
                {
                    break;
                }
            }

            string origin = report.Origin ?? report.Id;
            firstOrigin.TryAdd(newId, origin);
            var problems = new List<ReportProblem>(report.Problems)
            {
                Problem(ProblemCodes.DuplicateId, ErrorMessages.DuplicateIdRenamed(report.Id, newId, origin, firstOrigin[report.Id])),
            };
            yield return report with { Id = newId, Problems = problems };
        }
    }

    /// <summary>What a path stands for: a file to read (<see cref="Full"/> set) or an entry already known (a path that cannot be read).</summary>
    private readonly record struct Source(string Key, string? Shown, string? Full, Entry? Known);

    /// <summary>The sources of the paths, in the order met: files of a folder in ordinal order of relative path.</summary>
    private static List<Source> Sources(string[] paths)
    {
        var sources = new List<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            ReadPath(path, sources, seen);
        }

        return sources;
    }

    private IEnumerable<Entry> Expand(Source source) => source.Known is { } known ? [known] : ReadFile(source.Shown!, source.Full!);

    /// <summary>Reads JSON Lines from a stream: one report per line.</summary>
    /// <param name="stream">The stream, read to its end and not disposed.</param>
    /// <param name="sourceName">A name for the stream in messages and positional ids (such as a file name).</param>
    /// <returns>The reports, in line order; ids unique.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Reading <paramref name="stream"/> failed (bad content never throws; it becomes problems).</exception>
    public IReadOnlyList<Report> ReadJsonLines(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var entries = new List<Entry>();
        ReadJsonLinesCore(stream, sourceName, sourceName, Path.GetFileNameWithoutExtension(sourceName), entries);
        return Finish(entries);
    }

    private static void ReadPath(string path, List<Source> entries, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            entries.Add(Known(Placeholder(EmptyPathId, path, path, ProblemCodes.Unreadable, ErrorMessages.Unreadable("''", ErrorMessages.EmptyPath))));
            return;
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            entries.Add(Known(Placeholder(path, path, path, ProblemCodes.Unreadable, ErrorMessages.Unreadable(path, ex.Message))));
            return;
        }

        if (Directory.Exists(full))
        {
            ReadFolder(path, full, entries, seen);
        }
        else if (File.Exists(full))
        {
            if (!seen.Add(full))
            {
                return;
            }

            if (IsReportFile(full))
            {
                entries.Add(new Source(full, path, full, null));
            }
            else
            {
                entries.Add(Known(Placeholder(Path.GetFileName(full), path, full, ProblemCodes.UnsupportedFile, ErrorMessages.UnsupportedFile(path))));
            }
        }
        else if (seen.Add(full))
        {
            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(full));
            string id = HasExtension(full, ".txt") ? Path.GetFileNameWithoutExtension(name) : name;
            entries.Add(Known(Placeholder(id.Length == 0 ? path : id, path, full, ProblemCodes.Unreadable, ErrorMessages.Unreadable(path, ErrorMessages.NoSuchPath))));
        }
    }

    private static void ReadFolder(string path, string full, List<Source> entries, HashSet<string> seen)
    {
        // Walk the tree without following symbolic links to folders (a link to an ancestor would loop);
        // a folder that cannot be listed is accounted for as an unreadable report.
        var files = new List<(string Relative, string Full)>();
        var pending = new Stack<string>();
        pending.Push(full);
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            string shownDir = dir.Length == full.Length ? path : Path.Join(path, Path.GetRelativePath(full, dir));
            try
            {
                foreach (string file in Directory.EnumerateFiles(dir, "*", FileEnumeration))
                {
                    if (IsReportFile(file))
                    {
                        files.Add((Path.GetRelativePath(full, file).Replace('\\', '/'), file));
                    }
                }

                foreach (string sub in Directory.EnumerateDirectories(dir, "*", FolderEnumeration))
                {
                    pending.Push(sub);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                if (seen.Add(dir))
                {
                    string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
                    entries.Add(Known(Placeholder(name.Length == 0 ? shownDir : name, shownDir, dir, ProblemCodes.Unreadable, ErrorMessages.Unreadable(shownDir, Reason(ex)))));
                }
            }
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        foreach ((string relative, string file) in files)
        {
            if (seen.Add(file))
            {
                entries.Add(new Source(file, Path.Join(path, relative), file, null));
            }
        }
    }

    private static Source Known(Entry entry) => new(entry.Key, null, null, entry);

    /// <summary>Reads one file lazily; an error while opening or reading it ends the file with an unreadable entry (after the
    /// entries read before it).</summary>
    private IEnumerable<Entry> ReadFile(string shown, string full)
    {
        var batch = new List<Entry>();
        FileStream? stream = null;
        try
        {
            // A named pipe or a device (a FIFO called x.txt, a link to /dev/zero) reports a length of 0, like an empty file:
            // opening a pipe would wait for a writer forever and a device may never end, so a file of length 0 is never opened.
            if (LengthOfTarget(full) == 0)
            {
                string emptyId = HasExtension(full, ".jsonl") ? PositionalId(Path.GetFileNameWithoutExtension(full), 1) : Path.GetFileNameWithoutExtension(full);
                batch.Add(Placeholder(emptyId, shown, full, ProblemCodes.EmptyText, ErrorMessages.EmptyFile(emptyId, shown), 0));
            }
            else if (HasExtension(full, ".jsonl"))
            {
                stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            else
            {
                batch.Add(ReadTextFile(shown, full));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            batch.Add(Unreadable(shown, full, ex));
        }

        if (stream is null)
        {
            foreach (Entry e in batch)
            {
                yield return e;
            }

            yield break;
        }

        using (stream)
        {
            var cursor = new JsonLinesCursor(this, stream, shown, full, Path.GetFileNameWithoutExtension(full));
            try
            {
                bool more = true;
                while (more)
                {
                    batch.Clear();
                    try
                    {
                        more = cursor.Next(batch);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        batch.Add(Unreadable(shown, full, ex));
                        more = false;
                    }

                    foreach (Entry e in batch)
                    {
                        yield return e;
                    }
                }
            }
            finally
            {
                cursor.Dispose();
            }
        }
    }

    private static Entry Unreadable(string shown, string full, Exception ex) =>
        Placeholder(Path.GetFileNameWithoutExtension(full), shown, full, ProblemCodes.Unreadable, ErrorMessages.Unreadable(shown, Reason(ex)));

    private Entry ReadTextFile(string shown, string full)
    {
        string id = Path.GetFileNameWithoutExtension(full);
        long length = LengthOfTarget(full);
        if (length > _options.MaxFileBytes)
        {
            return Placeholder(id, shown, full, ProblemCodes.TooLarge, ErrorMessages.FileTooLarge(shown, length, _options.MaxFileBytes));
        }

        byte[] bytes = ReadAtMost(full, _options.MaxFileBytes + 1L);
        if (bytes.Length > _options.MaxFileBytes)
        {
            return Placeholder(id, shown, full, ProblemCodes.TooLarge, ErrorMessages.FileTooLarge(shown, bytes.Length, _options.MaxFileBytes));
        }

        if (Decode(bytes, shown) is { } problem)
        {
            return new Entry(new Report { Id = id, Text = string.Empty, Origin = shown, Problems = [problem] }, full, 0);
        }

        string text = Encoding.UTF8.GetString(StripBom(bytes));
        return new Entry(FromTextCore(id, text, shown, null, null), full, 0);
    }

    /// <summary>The length of the file a path names, after following symbolic links (a link's own length is its target's name).</summary>
    private static long LengthOfTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info.Length : info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target && target.Exists ? target.Length : 0;
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes: a file that grows, or a device whose length says nothing, cannot
    /// make ingestion read past the size limit.</summary>
    private static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Builds a report from decoded text: truncation, empty check, header recognition.</summary>
    private Report FromTextCore(string id, string text, string origin, Report? fields, List<ReportProblem>? problems)
    {
        problems ??= [];

        // A byte order mark inside the text as given (a .jsonl string, a string built in code) is kept: offsets index the user's
        // text. (A .txt file's own mark is an encoding mark and was removed with the bytes.)

        if (text.Length > _options.MaxReportChars)
        {
            int cut = _options.MaxReportChars;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            problems.Add(Problem(ProblemCodes.TooLarge, ErrorMessages.TextTruncated(id, origin, text.Length, _options.MaxReportChars)));
            text = text[..cut];
        }

        if (string.IsNullOrWhiteSpace(text) && !problems.Exists(p => p.Code == ProblemCodes.MissingText))
        {
            problems.Add(Problem(ProblemCodes.EmptyText, ErrorMessages.EmptyText(id, origin)));
        }

        LocalDate? published = fields?.Published;
        string? outlet = fields?.Outlet;
        bool publishedGiven = published is not null || problems.Exists(p => p.Code == ProblemCodes.BadPublished);
        if (_options.RecognizeHeaders && (!publishedGiven || outlet is null) && text.Length > 0)
        {
            try
            {
                ReportHeader header = ReportHeaderParser.Parse(text);
                published = publishedGiven ? published : header.Published;
                outlet ??= header.Outlet;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One report's odd header must never end the run: the report is kept without a recognised header.
                problems.Add(Problem(ProblemCodes.InternalError, ErrorMessages.StepFailed(id, "recognising the header (" + origin + ")", ex)));
            }
        }

        return new Report
        {
            Id = id,
            Text = text,
            Title = fields?.Title,
            Published = published,
            Outlet = outlet,
            Url = fields?.Url,
            Origin = origin,
            Problems = problems,
        };
    }

    private void ReadJsonLinesCore(Stream stream, string shown, string key, string stem, List<Entry> entries)
    {
        using var cursor = new JsonLinesCursor(this, stream, shown, key, stem);
        while (cursor.Next(entries))
        {
        }
    }

    /// <summary>Reads JSON Lines from a stream one block (64 KB) at a time.</summary>
    private sealed class JsonLinesCursor(ReportReader reader, Stream stream, string shown, string key, string stem) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _line = new(1 << 12);
        private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        private int _lineNumber = 1;
        private bool _overlong;

        /// <summary>Reads the next block and adds the entries of the lines it ends; <see langword="false"/> at the end of the stream
        /// (after adding the last line's entry).</summary>
        public bool Next(List<Entry> entries)
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            int read = stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                if (_line.WrittenCount > 0 || _overlong)
                {
                    reader.EndLine(_line, ref _overlong, shown, key, stem, _lineNumber, entries);
                }

                return false;
            }

            ReadOnlySpan<byte> chunk = _buffer.AsSpan(0, read);
            while (!chunk.IsEmpty)
            {
                int nl = chunk.IndexOf((byte)'\n');
                ReadOnlySpan<byte> part = nl < 0 ? chunk : chunk[..nl];
                if (!_overlong && _line.WrittenCount + part.Length > reader._options.MaxFileBytes)
                {
                    _overlong = true;
                    _line.Clear();
                }

                if (!_overlong)
                {
                    _line.Write(part);
                }

                if (nl < 0)
                {
                    break;
                }

                reader.EndLine(_line, ref _overlong, shown, key, stem, _lineNumber++, entries);
                chunk = chunk[(nl + 1)..];
            }

            return true;
        }

        public void Dispose()
        {
            if (_buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = null;
            }
        }
    }

    private void EndLine(ArrayBufferWriter<byte> line, ref bool overlong, string shown, string key, string stem, int lineNumber, List<Entry> entries)
    {
        if (overlong)
        {
            overlong = false;
            entries.Add(Placeholder(PositionalId(stem, lineNumber), Origin(shown, lineNumber), key, ProblemCodes.TooLarge,
                ErrorMessages.LineTooLarge(shown, lineNumber, _options.MaxFileBytes), lineNumber));
        }
        else if (ParseLine(line.WrittenSpan, shown, key, stem, lineNumber) is { } entry)
        {
            entries.Add(entry);
        }

        line.Clear();
    }

    private Entry? ParseLine(ReadOnlySpan<byte> bytes, string shown, string key, string stem, int lineNumber)
    {
        if (lineNumber == 1)
        {
            bytes = StripBom(bytes);
        }

        if (!bytes.IsEmpty && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        string origin = Origin(shown, lineNumber);
        string positional = PositionalId(stem, lineNumber);
        if (Decode(bytes, origin) is { } notText)
        {
            return new Entry(new Report { Id = positional, Text = string.Empty, Origin = origin, Problems = [notText] }, key, lineNumber);
        }

        if (IsBlank(bytes))
        {
            return null;
        }

        JsonReportLine? record;
        string? error = null;
        byte[]? repaired = ReplaceLoneSurrogateEscapes(bytes, out int replaced);
        try
        {
            record = repaired is null
                ? JsonSerializer.Deserialize(bytes, IngestionJsonContext.Default.JsonReportLine)
                : JsonSerializer.Deserialize(repaired, IngestionJsonContext.Default.JsonReportLine);
        }
        catch (JsonException ex)
        {
            record = null;
            error = ex.Message;
        }

        if (record is null)
        {
            return Placeholder(positional, origin, key, ProblemCodes.MalformedJson,
                ErrorMessages.MalformedJson(shown, lineNumber, error ?? "null is not an object"), lineNumber);
        }

        var problems = new List<ReportProblem>();
        string id = record.Id ?? string.Empty;
        if (string.IsNullOrWhiteSpace(id))
        {
            id = positional;
            problems.Add(Problem(ProblemCodes.MissingId, ErrorMessages.MissingId(shown, lineNumber, id)));
        }

        if (replaced > 0)
        {
            problems.Add(Problem(ProblemCodes.ReplacedCharacters, ErrorMessages.ReplacedCharacters(id, origin, replaced)));
        }

        if (record.Text is null)
        {
            problems.Add(Problem(ProblemCodes.MissingText, ErrorMessages.MissingText(id, shown, lineNumber)));
        }

        LocalDate? published = null;
        if (!string.IsNullOrWhiteSpace(record.Published))
        {
            published = ParsePublished(record.Published);
            if (published is null)
            {
                problems.Add(Problem(ProblemCodes.BadPublished, ErrorMessages.BadPublished(id, origin, record.Published)));
            }
        }

        var fields = new Report
        {
            Id = id,
            Text = string.Empty,
            Title = NullIfBlank(record.Title),
            Published = published,
            Outlet = NullIfBlank(record.Outlet),
            Url = NullIfBlank(record.Url),
        };
        return new Entry(FromTextCore(id, record.Text ?? string.Empty, origin, fields, problems), key, lineNumber);
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> or an ISO 8601 timestamp (the date as written, in the offset it states).</summary>
    internal static LocalDate? ParsePublished(string value)
    {
        string s = value.Trim();
        foreach (IPattern<LocalDate> pattern in DatePatterns)
        {
            if (pattern.Parse(s) is { Success: true } date)
            {
                return Plausible(date.Value);
            }
        }

        if (s.Length > 10 && s[10] == ' ')
        {
            s = string.Concat(s.AsSpan(0, 10), "T", s.AsSpan(11));
        }

        try
        {
            if (OffsetDateTimePattern.ExtendedIso.Parse(s) is { Success: true } offset)
            {
                return Plausible(offset.Value.Date);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // NodaTime's pattern throws instead of failing for an offset past +/-18:00 ("+19:00"): not a timestamp.
            return null;
        }

        if (LocalDateTimePattern.ExtendedIso.Parse(s) is { Success: true } local)
        {
            return Plausible(local.Value.Date);
        }

        return null;
    }

    /// <summary>A publication date of a news report lies in <see cref="MinPublishedYear"/>..<see cref="MaxPublishedYear"/>;
    /// anything else ("9999-12-31", "-9998-01-01") is a placeholder or a typo and is reported as <c>bad-published</c>.</summary>
    private static LocalDate? Plausible(LocalDate date) => date.Year is >= MinPublishedYear and <= MaxPublishedYear ? date : null;

    /// <summary>Returns a problem when the bytes are not UTF-8 text: NUL bytes (binary) or an invalid sequence.</summary>
    private static ReportProblem? Decode(ReadOnlySpan<byte> bytes, string origin)
    {
        if (bytes.Contains((byte)0))
        {
            return Problem(ProblemCodes.NotText, ErrorMessages.Binary(origin));
        }

        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        int offset = InvalidUtf8Offset(bytes);
        return Problem(ProblemCodes.NotText, ErrorMessages.InvalidUtf8(origin, offset));
    }

    private static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        char[] scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int total = 0;
            while (true)
            {
                OperationStatus status = Utf8.ToUtf16(bytes[total..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                total += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return total;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    /// <summary>A copy of the JSON line in which every <c>\uXXXX</c> escape of half a surrogate pair (one not followed or preceded by
    /// its other half) is <c>\uFFFD</c>, or <see langword="null"/> when there is none. The JSON reader rejects the whole line for one
    /// such escape; a scraper that cut a string inside an emoji's pair should cost one character, not the report. The replacement
    /// is one character for one, so offsets into the text stay those of the text as written.</summary>
    internal static byte[]? ReplaceLoneSurrogateEscapes(ReadOnlySpan<byte> bytes, out int count)
    {
        count = 0;
        byte[]? copy = null;
        int i = bytes.IndexOf((byte)'\\');
        if (i < 0)
        {
            return null;
        }

        while (i < bytes.Length)
        {
            if (bytes[i] != (byte)'\\' || i + 1 >= bytes.Length)
            {
                i++;
                continue;
            }

            if (bytes[i + 1] != (byte)'u' || Hex4(bytes, i + 2) is not { } unit)
            {
                i += 2; // another escape ("\\", "\n"): its second character is never the start of one
                continue;
            }

            if (char.IsHighSurrogate((char)unit) && i + 11 < bytes.Length && bytes[i + 6] == (byte)'\\' && bytes[i + 7] == (byte)'u'
                && Hex4(bytes, i + 8) is { } low && char.IsLowSurrogate((char)low))
            {
                i += 12; // a whole pair
                continue;
            }

            if (char.IsSurrogate((char)unit))
            {
                copy ??= bytes.ToArray();
                "\\uFFFD"u8.CopyTo(copy.AsSpan(i));
                count++;
            }

            i += 6;
        }

        return copy;
    }

    private static int? Hex4(ReadOnlySpan<byte> bytes, int at)
    {
        if (at + 4 > bytes.Length)
        {
            return null;
        }

        int value = 0;
        for (int k = at; k < at + 4; k++)
        {
            int digit = bytes[k] switch
            {
                >= (byte)'0' and <= (byte)'9' => bytes[k] - '0',
                >= (byte)'a' and <= (byte)'f' => bytes[k] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => bytes[k] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static Report[] Finish(List<Entry> entries)
    {
        entries.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : a.Line.CompareTo(b.Line);
        });

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var firstOrigin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Entry e in entries)
        {
            taken.Add(e.Report.Id);
        }

        var result = new Report[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            Report report = entries[i].Report;
            string origin = report.Origin ?? report.Id;
            if (firstOrigin.TryAdd(report.Id, origin))
            {
                result[i] = report;
                continue;
            }

            // A later duplicate (in origin order): the first free "id~k", k = 2, 3, ...
            string newId;
            for (int k = 2; ; k++)
            {
                newId = string.Concat(report.Id, "~", k.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (taken.Add(newId))
                {
                    break;
                }
            }

            firstOrigin.TryAdd(newId, origin);
            var problems = new List<ReportProblem>(report.Problems)
            {
                Problem(ProblemCodes.DuplicateId, ErrorMessages.DuplicateIdRenamed(report.Id, newId, origin, firstOrigin[report.Id])),
            };
            result[i] = report with { Id = newId, Problems = problems };
        }

        return result;
    }

    private static bool IsReportFile(string path) => HasExtension(path, ".txt") || HasExtension(path, ".jsonl");

    private static bool HasExtension(string path, string extension) =>
        Path.GetExtension(path.AsSpan()).Equals(extension, StringComparison.OrdinalIgnoreCase);

    private static string PositionalId(string stem, int line) =>
        string.Concat(stem, ":", line.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Origin(string shown, int line) =>
        string.Concat(shown, ":", line.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => ErrorMessages.PermissionDenied,
        FileNotFoundException or DirectoryNotFoundException => ErrorMessages.NoSuchPath,
        _ => ex.Message,
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ReportProblem Problem(string code, string message) => new() { Code = code, Message = message };

    private static Entry Placeholder(string id, string origin, string key, string code, string message, int line = 0) =>
        new(new Report { Id = id, Text = string.Empty, Origin = origin, Problems = [Problem(code, message)] }, key, line);

    /// <summary>A report with its sort key: the full path of its file and its line (0 for a whole file).</summary>
    private readonly record struct Entry(Report Report, string Key, int Line);
}
