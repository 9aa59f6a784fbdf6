using System.Text.Json.Serialization;

namespace Reconcile.Ingestion;

/// <summary>One JSON Lines record as written: every field optional, so that missing fields become problems rather than exceptions.</summary>
internal sealed class JsonReportLine
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("published")]
    public string? Published { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("outlet")]
    public string? Outlet { get; set; }
}

/// <summary>The source-generated (AOT- and trim-safe) serializer context for <see cref="JsonReportLine"/>.</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(JsonReportLine))]
internal sealed partial class IngestionJsonContext : JsonSerializerContext
{
}
