using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reconcile.Ingestion;

/// <summary>One JSON Lines record as written: every field optional, so that missing fields become problems rather than exceptions.</summary>
internal sealed class JsonReportLine
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonPropertyName("text")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Text { get; set; }

    [JsonPropertyName("title")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Title { get; set; }

    [JsonPropertyName("published")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Published { get; set; }

    [JsonPropertyName("url")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Url { get; set; }

    [JsonPropertyName("outlet")]
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Outlet { get; set; }
}

/// <summary>The source-generated (AOT- and trim-safe) serializer context for <see cref="JsonReportLine"/>.</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(JsonReportLine))]
internal sealed partial class IngestionJsonContext : JsonSerializerContext
{
}

/// <summary>Reads a string field; a value of another JSON type (<c>"id": 7</c>, <c>"text": true</c>, an object) reads as absent,
/// so the record is kept and the field is reported missing instead of the whole line becoming malformed.</summary>
internal sealed class LenientStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
