using System.Text.RegularExpressions;
using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Decides whether a claim's source is a party to the incident speaking of its own actions or losses.</summary>
/// <remarks>
/// Kept simple on purpose: a source is a party when it is a perpetrator named by any mention of the incident (names compared ignoring case),
/// or when it is a government voice (listed in <see cref="MergeOptions.GovernmentSources"/>, or named as a ministry, army, military,
/// armed forces, government or police) and the claim counts government forces or police.
/// </remarks>
internal sealed partial class BelligerentSourceRule
{
    private readonly HashSet<string> _perpetrators;
    private readonly MergeSettings _settings;

    public BelligerentSourceRule(IEnumerable<string> perpetrators, MergeSettings settings)
    {
        _perpetrators = new HashSet<string>(perpetrators.Where(p => !string.IsNullOrWhiteSpace(p)).Select(SourceIndependence.NamedKey), StringComparer.Ordinal);
        _settings = settings;
    }

    /// <summary>Returns whether the claim's source is a party to the incident.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns><see langword="true"/> for a belligerent source.</returns>
    public bool IsBelligerent(CasualtyClaim claim)
    {
        if (string.IsNullOrWhiteSpace(claim.Source))
        {
            return false;
        }

        string key = SourceIndependence.NamedKey(claim.Source);
        if (_perpetrators.Contains(key))
        {
            return true;
        }

        bool ownForces = claim.Group is VictimGroup.GovernmentForces or VictimGroup.Police;
        return ownForces && (_settings.GovernmentSources.Contains(key) || GovernmentVoice().IsMatch(claim.Source));
    }

    [GeneratedRegex(@"\b(?:ministry|army|military|armed\s+forces|government|police)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentVoice();
}
