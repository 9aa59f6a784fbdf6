using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Reconcile.Model;

namespace Reconcile.Store;

/// <summary>How the store writes mentions, membership reasons and problems as JSON: the model records as they are, dates as
/// ISO <c>yyyy-MM-dd</c>, and a mention's report left out (the report is a row of its own).</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            IgnoreReadOnlyProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new LocalDateConverter());
        options.Converters.Add(new ReportPlaceholderConverter());
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("The store holds a null value where " + typeof(T).Name + " was expected.");

    /// <summary>Reads a mention written by <see cref="Write{T}"/> and gives it its report back.</summary>
    public static IncidentMention ReadMention(string json, Report report) => Read<IncidentMention>(json) with { Report = report };

    public static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static LocalDate? ParseDate(string? text) => text is null ? null : LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    /// <summary>Writes a mention's report as nothing at all and reads it back as a placeholder, replaced by
    /// <see cref="ReadMention"/> with the stored report.</summary>
    private sealed class ReportPlaceholderConverter : JsonConverter<Report>
    {
        private static readonly Report Placeholder = new() { Id = string.Empty, Text = string.Empty };

        public override Report Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return Placeholder;
        }

        public override void Write(Utf8JsonWriter writer, Report value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(0);
    }

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
