namespace Reconcile.Store;

/// <summary>One entry of the revision log: which run changed which incident, how, and why.</summary>
public sealed record Revision
{
    /// <summary>Gets the entry's position in the log (increasing over the store's life).</summary>
    public required long Sequence { get; init; }

    /// <summary>Gets the run (batch) that wrote the entry.</summary>
    public required long Run { get; init; }

    /// <summary>Gets the incident the entry is about.</summary>
    public required string IncidentId { get; init; }

    /// <summary>Gets the kind of change, one of <see cref="RevisionKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets what changed, for example <c>killed best 24 -&gt; 75</c> or the id of the report that joined.</summary>
    public required string Detail { get; init; }

    /// <summary>Gets why: the evidence that linked a report, the claim behind a figure, the link between merged incidents.</summary>
    public required string Why { get; init; }
}

/// <summary>The kinds of <see cref="Revision"/>.</summary>
public static class RevisionKinds
{
    /// <summary>A new incident; the detail lists its reports.</summary>
    public const string Created = "created";

    /// <summary>A report's mention joined the incident; the detail is the report id.</summary>
    public const string ReportJoined = "report-joined";

    /// <summary>A figure's best value (or its range) changed; the detail is <c>measure[/group] best from -&gt; to</c>.</summary>
    public const string FigureChanged = "figure-changed";

    /// <summary>The type, date or place changed; the detail is <c>field from -&gt; to</c>.</summary>
    public const string FieldChanged = "field-changed";

    /// <summary>The incident was merged into another (the detail names the survivor); its id now points there.</summary>
    public const string MergedInto = "merged-into";

    /// <summary>Another incident was merged into this one (the detail names it).</summary>
    public const string Absorbed = "absorbed";

    /// <summary>Some of the incident's mentions left it for a new incident (the detail names it and the mentions).</summary>
    public const string Split = "split";

    /// <summary>A new incident made of mentions split off another (the detail names the incident they came from).</summary>
    public const string SplitFrom = "split-from";
}
