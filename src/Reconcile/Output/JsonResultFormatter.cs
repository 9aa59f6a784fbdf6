using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as JSON: the contract documented in <c>docs/json-contract.md</c>.</summary>
/// <remarks>
/// <para>camelCase keys in a fixed order, indented by two spaces, <c>\n</c> line ends, invariant formatting, non-ASCII
/// text unescaped: the same result always gives the same bytes. Fields may be added in later versions; none is renamed or removed.</para>
/// <para>Thread-safe and stateless.</para>
/// </remarks>
public sealed class JsonResultFormatter : IResultFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How many bytes the writer buffers before they are passed on to the output.</summary>
    private const int ChunkBytes = 64 * 1024;

    /// <inheritdoc />
    /// <remarks>The JSON is passed on to <paramref name="output"/> in chunks of about 64 KB as it is written, so memory does not grow
    /// with the result (400,000 reports write as steadily as 40).</remarks>
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var sink = new Chunks(output);
        using (var writer = new Utf8JsonWriter(sink.Buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("reports");
            foreach (ReportOutcome outcome in result.Reports)
            {
                WriteReport(writer, outcome);
                sink.PassOnIfFull(writer);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("incidents");
            foreach (IncidentRecord incident in result.Incidents)
            {
                WriteIncident(writer, incident);
                sink.PassOnIfFull(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
        }

        sink.PassOn(flush: true);
        output.Write('\n');
    }

    /// <summary>The writer's byte buffer and the decoding of its full chunks onto the output (a stateful decoder, so a character
    /// is never split between chunks).</summary>
    private sealed class Chunks(TextWriter output)
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        private char[] _chars = [];

        public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkBytes + (16 * 1024));

        public void PassOnIfFull(Utf8JsonWriter writer)
        {
            if (writer.BytesPending + Buffer.WrittenCount >= ChunkBytes)
            {
                writer.Flush();
                PassOn(flush: false);
            }
        }

        public void PassOn(bool flush)
        {
            ReadOnlySpan<byte> bytes = Buffer.WrittenSpan;
            int needed = _decoder.GetCharCount(bytes, flush);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, ChunkBytes)];
            }

            int n = _decoder.GetChars(bytes, _chars, flush);
            output.Write(_chars, 0, n);
            Buffer.ResetWrittenCount();
        }
    }

    private static void WriteReport(Utf8JsonWriter w, ReportOutcome outcome)
    {
        Report report = outcome.Report;
        w.WriteStartObject();
        w.WriteString("id", report.Id);
        w.WriteString("outlet", report.Outlet);
        w.WriteString("published", OutputNames.Iso(report.Published));
        WriteStrings(w, "incidents", outcome.Incidents);
        w.WriteStartArray("problems");
        foreach (ReportProblem problem in outcome.Problems)
        {
            w.WriteStartObject();
            w.WriteString("code", problem.Code);
            w.WriteString("message", problem.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("title", report.Title);
        w.WriteString("url", report.Url);
        w.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter w, IncidentRecord incident)
    {
        w.WriteStartObject();
        w.WriteString("id", incident.Id);
        w.WriteString("type", incident.Type?.ToKebabCase());
        w.WriteStartObject("date");
        w.WriteString("earliest", OutputNames.Iso(incident.Date.Earliest));
        w.WriteString("latest", OutputNames.Iso(incident.Date.Latest));
        w.WriteString("precision", OutputNames.Precision(incident.Date.Precision));
        w.WriteString("weekday", incident.Date.Weekday is { } day ? OutputNames.Weekday(day) : null);
        w.WriteEndObject();
        WritePlace(w, incident.Place);
        w.WriteString("perpetrator", incident.Perpetrator);
        WriteStrings(w, "reports", incident.Reports);
        w.WriteStartArray("figures");
        foreach (Figure figure in incident.Figures)
        {
            WriteFigure(w, figure);
        }

        w.WriteEndArray();
        w.WriteString("grade", OutputNames.Grade(incident.Grade));
        w.WriteStartArray("why");
        foreach (MembershipReason reason in incident.Why)
        {
            WriteReason(w, reason);
        }

        w.WriteEndArray();
        w.WriteStartArray("conflicts");
        foreach (FieldConflict conflict in incident.Conflicts)
        {
            w.WriteStartObject();
            w.WriteString("field", conflict.Field);
            w.WriteStartArray("values");
            foreach (ConflictingValue value in conflict.Values)
            {
                w.WriteStartObject();
                w.WriteString("value", value.Value);
                WriteStrings(w, "mentions", value.MentionIds);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter w, Place? place)
    {
        w.WriteStartObject("place");
        w.WriteString("name", place?.Name);
        w.WriteString("admin1", place?.Admin1);
        w.WriteString("country", place?.Country);
        WriteNumber(w, "latitude", place?.Latitude);
        WriteNumber(w, "longitude", place?.Longitude);
        w.WriteString("kind", place is null ? null : OutputNames.PlaceKind(place.Kind));
        w.WriteString("countryCode", place?.CountryCode);
        WriteNumber(w, "geonameId", place?.GeoNameId);
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Figure figure)
    {
        w.WriteStartObject();
        w.WriteString("measure", OutputNames.Measure(figure.Measure));
        w.WriteString("group", OutputNames.Group(figure.Group));
        WriteNumber(w, "low", figure.Low);
        WriteNumber(w, "best", figure.Best);
        WriteNumber(w, "high", figure.High);
        w.WriteStartArray("claims");
        foreach (AttributedClaim claim in figure.Claims)
        {
            WriteClaim(w, claim);
        }

        w.WriteEndArray();
        WriteNumber(w, "conservative", figure.Conservative);
        w.WriteString("grade", OutputNames.Grade(figure.Grade));
        w.WriteNumber("independentSources", figure.IndependentSources);
        w.WriteString("why", figure.Why);
        w.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter w, AttributedClaim attributed)
    {
        CasualtyClaim claim = attributed.Claim;
        w.WriteStartObject();
        w.WriteString("report", attributed.ReportId);
        w.WriteString("quote", claim.Quote);
        w.WriteNumber("start", claim.Span.Start);
        w.WriteNumber("end", claim.Span.End);
        WriteNumber(w, "low", claim.Quantity.Low);
        WriteNumber(w, "high", claim.Quantity.High);
        w.WriteString("source", claim.Source);
        w.WriteString("asOf", OutputNames.Iso(claim.AsOf));
        w.WriteString("status", OutputNames.Status(attributed.Status));
        w.WriteString("outlet", attributed.Outlet);
        w.WriteString("hedge", OutputNames.Hedge(claim.Quantity.Hedge));
        w.WriteBoolean("belligerentSource", attributed.BelligerentSource);
        w.WriteString("measure", OutputNames.Measure(claim.Measure));
        w.WriteString("group", OutputNames.Group(claim.Group));
        WriteNumber(w, "nominal", claim.Quantity.Nominal);
        w.WriteBoolean("rising", claim.Rising);
        w.WriteString("relevance", OutputNames.Relevance(claim.Relevance));
        w.WriteString("relevanceCue", claim.RelevanceCue);
        if (claim.InTitle)
        {
            w.WriteBoolean("inTitle", true);
        }

        w.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter w, MembershipReason reason)
    {
        w.WriteStartObject();
        w.WriteString("mention", reason.MentionId);
        w.WriteString("linkedTo", reason.LinkedTo);
        WriteNumber(w, "score", (double?)Math.Round(reason.Score, 3));
        w.WriteStartArray("evidence");
        foreach (Evidence evidence in reason.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("name", evidence.Name);
            WriteNumber(w, "weight", (double?)Math.Round(evidence.Weight, 3));
            w.WriteString("detail", evidence.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a number, or <c>null</c> when unknown (shared with <see cref="GeoJsonResultFormatter"/>).</summary>
    internal static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
