namespace Reconcile.Merging;

/// <summary>Settings for <see cref="IncidentMerger"/>. See <c>docs/merging.md</c> for every rule these settings tune.</summary>
/// <remarks>The merger copies the settings when it is constructed; changing them afterwards does not affect it.</remarks>
public sealed class MergeOptions
{
    /// <summary>Gets or sets the primary sources to prefer for a figure's best value, most trusted first (canonical names, compared ignoring case).</summary>
    /// <remarks>Sources not listed come after the listed ones, ranked by the built-in order: not a party to the incident, named,
    /// most specific figure, latest figure, then name.</remarks>
    /// <value>The default is an empty list: only the built-in order applies.</value>
    public IList<string> SourceTrustOrder { get; set; } = [];

    /// <summary>Gets or sets the canonical names of sources that speak for a government (a ministry, an army, a state agency).</summary>
    /// <remarks>A government source reporting losses of government forces or police is a party to the incident
    /// (<see cref="Model.AttributedClaim.BelligerentSource"/>). Names that contain "ministry", "army", "military", "armed forces",
    /// "government" or "police" count as government sources without being listed.</remarks>
    /// <value>The default is an empty list.</value>
    public IList<string> GovernmentSources { get; set; } = [];

    /// <summary>Gets or sets whether a figure's best value is the ACLED-style conservative value (the lowest credible current figure)
    /// instead of the most trusted source's figure.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ConservativeBest { get; set; }

    /// <summary>Gets or sets whether a same-source claim that is only inferred to be older (it has no date, so the tolls-rise rule ordered it)
    /// is marked <see cref="Model.ClaimStatus.Superseded"/>.</summary>
    /// <remarks>Either way such a claim never lowers or caps the figure; this setting only changes its status.
    /// By default only claims that a later-dated, different figure of the same source replaced are marked superseded.</remarks>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool MarkInferredSupersession { get; set; }
}
