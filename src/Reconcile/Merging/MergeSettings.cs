using System.Collections.Frozen;

namespace Reconcile.Merging;

/// <summary>An immutable copy of <see cref="MergeOptions"/>, taken when the merger is built, so that a merger is thread-safe.</summary>
internal sealed class MergeSettings
{
    public MergeSettings(MergeOptions options)
    {
        var trust = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string? name in options.SourceTrustOrder ?? [])
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                trust.TryAdd(SourceIndependence.NamedKey(name), trust.Count);
            }
        }

        TrustRank = trust.ToFrozenDictionary(StringComparer.Ordinal);
        GovernmentSources = (options.GovernmentSources ?? [])
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(SourceIndependence.NamedKey)
            .ToFrozenSet(StringComparer.Ordinal);
        ConservativeBest = options.ConservativeBest;
        MarkInferredSupersession = options.MarkInferredSupersession;
    }

    /// <summary>Gets the rank of each trusted source key, 0 for the most trusted.</summary>
    public FrozenDictionary<string, int> TrustRank { get; }

    /// <summary>Gets the keys of the sources listed as government voices.</summary>
    public FrozenSet<string> GovernmentSources { get; }

    /// <summary>Gets whether best is the conservative value.</summary>
    public bool ConservativeBest { get; }

    /// <summary>Gets whether inferred supersession is marked.</summary>
    public bool MarkInferredSupersession { get; }
}
