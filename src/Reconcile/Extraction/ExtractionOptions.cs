namespace Reconcile.Extraction;

/// <summary>Settings for <see cref="IncidentExtractor"/>.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Gets or sets which table turns vague amounts into numbers.</summary>
    /// <value>The default value is <see cref="VagueQuantityConvention.Interval"/>.</value>
    public VagueQuantityConvention VagueQuantities { get; set; } = VagueQuantityConvention.Interval;

    /// <summary>Gets or sets the longest time one report's extraction may take; a report over it is kept without incidents, with the
    /// problem <see cref="Model.ProblemCodes.OverBudget"/>, and the run goes on.</summary>
    /// <value>The default value is 60 seconds: extraction is linear in a report's length (about two seconds for the 2,000,000
    /// characters <see cref="Ingestion.IngestionOptions.MaxReportChars"/> allows), so only a defect or a pathological text reaches it.
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns the budget off. Because a budget is a time, a report that reaches it may be kept
    /// on a faster machine: output is deterministic only for reports within it.</value>
    public TimeSpan MaxReportTime { get; set; } = TimeSpan.FromSeconds(60);
}
