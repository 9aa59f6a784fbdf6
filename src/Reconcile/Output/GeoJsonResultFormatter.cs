using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a result as GeoJSON (RFC 7946): a <c>FeatureCollection</c> with one <c>Point</c> feature per incident that
/// has coordinates, for a map layer.</summary>
/// <remarks>
/// <para>Each feature's <c>id</c> is the incident id; its geometry is the place's <c>[longitude, latitude]</c> (WGS 84, as the
/// RFC requires); its properties are the record's main fields: <c>type</c>, <c>dateStart</c>, <c>dateEnd</c>,
/// <c>datePrecision</c>, <c>place</c>, <c>placeKind</c> (the precision of the point: <c>locality</c>, <c>admin1</c> or
/// <c>country</c>, whose centre the point then is), <c>admin1</c>, <c>country</c>, <c>countryCode</c>, <c>killedLow</c>,
/// <c>killedBest</c>, <c>killedHigh</c>, <c>woundedLow</c>, <c>woundedBest</c>, <c>woundedHigh</c> (from the same figure as
/// the CSV's columns; <see langword="null"/> when unknown, or for <c>*High</c> when unbounded), <c>grade</c>, <c>sources</c>
/// and <c>reports</c>. Incidents without coordinates are left out of the map; the JSON output has every incident.</para>
/// <para>One feature per line, in incident id order, written as it is produced; invariant formatting; the same result always
/// gives the same bytes. Thread-safe and stateless.</para>
/// </remarks>
public sealed class GeoJsonResultFormatter : IResultFormatter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <inheritdoc />
    public void Format(ReconcileResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("{\"type\":\"FeatureCollection\",\"features\":[");
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var w = new Utf8JsonWriter(buffer, WriterOptions);
        bool first = true;
        foreach (IncidentRecord incident in result.Incidents)
        {
            if (incident.Place is not { Latitude: { } lat, Longitude: { } lon } place || !double.IsFinite(lat) || !double.IsFinite(lon))
            {
                continue;
            }

            buffer.ResetWrittenCount();
            w.Reset(buffer);
            WriteFeature(w, incident, place, lat, lon);
            w.Flush();
            output.Write(first ? "\n" : ",\n");
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            first = false;
        }

        output.Write("\n]}\n");
    }

    private static void WriteFeature(Utf8JsonWriter w, IncidentRecord incident, Place place, double latitude, double longitude)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", incident.Id);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(longitude);
        w.WriteNumberValue(latitude);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("type", incident.Type?.ToKebabCase());
        w.WriteString("dateStart", OutputNames.Iso(incident.Date.Earliest));
        w.WriteString("dateEnd", OutputNames.Iso(incident.Date.Latest));
        w.WriteString("datePrecision", OutputNames.Precision(incident.Date.Precision));
        w.WriteString("place", place.Name);
        w.WriteString("placeKind", OutputNames.PlaceKind(place.Kind));
        w.WriteString("admin1", place.Admin1);
        w.WriteString("country", place.Country);
        w.WriteString("countryCode", place.CountryCode);
        WriteFigure(w, "killed", CsvResultFormatter.MainFigure(incident, CasualtyMeasure.Killed));
        WriteFigure(w, "wounded", CsvResultFormatter.MainFigure(incident, CasualtyMeasure.Wounded));
        w.WriteString("grade", OutputNames.Grade(incident.Grade));
        w.WriteStartArray("sources");
        foreach (string source in CsvResultFormatter.Sources(incident))
        {
            w.WriteStringValue(source);
        }

        w.WriteEndArray();
        w.WriteStartArray("reports");
        foreach (string report in incident.Reports.Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(report);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, string measure, Figure? figure)
    {
        JsonResultFormatter.WriteNumber(w, measure + "Low", figure?.Low);
        JsonResultFormatter.WriteNumber(w, measure + "Best", figure?.Best);
        JsonResultFormatter.WriteNumber(w, measure + "High", figure?.High);
    }
}
