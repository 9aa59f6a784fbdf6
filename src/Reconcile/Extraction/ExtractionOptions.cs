namespace Reconcile.Extraction;

/// <summary>Settings for <see cref="IncidentExtractor"/>.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Gets or sets which table turns vague amounts into numbers.</summary>
    /// <value>The default value is <see cref="VagueQuantityConvention.Interval"/>.</value>
    public VagueQuantityConvention VagueQuantities { get; set; } = VagueQuantityConvention.Interval;
}
