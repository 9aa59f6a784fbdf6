using System.Globalization;

namespace Reconcile.Merging;

/// <summary>Decides which claims of one figure come from the same independent primary source.</summary>
/// <remarks>
/// <para>A named source is one source however many outlets quote it: five outlets quoting the Observatory are one source
/// (names compared ignoring case; a name written as its initials, "NDRRMC", is the name they spell).</para>
/// <para>Unattributed claims are joined when they state the same figure (copies of one figure across reports are not independent)
/// or come from the same report or outlet (an outlet's own figures are one voice that may update). A group of unattributed claims that states
/// the same figure as exactly one named source is taken to relay that source. Otherwise each group is one "unattributed" source.</para>
/// </remarks>
internal static class SourceIndependence
{
    /// <summary>The key prefix of named sources.</summary>
    public const string NamedPrefix = "S:";

    /// <summary>The key prefix of unattributed sources.</summary>
    public const string UnattributedPrefix = "U:";

    /// <summary>Sets <see cref="CandidateClaim.SourceKey"/> on every claim of one figure.</summary>
    /// <param name="claims">The claims, in stable order.</param>
    public static void Assign(IReadOnlyList<CandidateClaim> claims)
    {
        var unattributed = new List<CandidateClaim>();
        foreach (CandidateClaim c in claims)
        {
            if (string.IsNullOrWhiteSpace(c.Claim.Source))
            {
                unattributed.Add(c);
            }
            else
            {
                c.SourceKey = NamedKey(c.Claim.Source);
            }
        }

        UnifyAcronyms(claims);
        int n = unattributed.Count;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            parent[i] = i;
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                CandidateClaim a = unattributed[i];
                CandidateClaim b = unattributed[j];
                bool sameVoice = string.Equals(a.ReportId, b.ReportId, StringComparison.Ordinal)
                    || a.Outlet is not null && string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase);
                if (sameVoice || a.Interval.SameFigure(b.Interval))
                {
                    Union(parent, i, j);
                }
            }
        }

        foreach (IGrouping<int, int> component in Enumerable.Range(0, n).GroupBy(i => Find(parent, i)))
        {
            CandidateClaim[] members = [.. component.Select(i => unattributed[i])];
            string[] relayed = [.. claims
                .Where(c => !string.IsNullOrWhiteSpace(c.Claim.Source)
                    && Array.Exists(members, m => m.Interval.SameFigure(c.Interval)))
                .Select(c => c.SourceKey)
                .Distinct(StringComparer.Ordinal)];
            string key = relayed.Length == 1
                ? relayed[0]
                : UnattributedPrefix + members.Select(m => FigureKey(m.Interval)).Min(StringComparer.Ordinal);
            foreach (CandidateClaim m in members)
            {
                m.SourceKey = key;
            }
        }
    }

    /// <summary>A source named by its initials ("NDRRMC") is the source whose name they spell ("National Disaster Risk Reduction and
    /// Management Council"): one agency updating its toll is not two sources corroborating it.</summary>
    private static void UnifyAcronyms(IReadOnlyList<CandidateClaim> claims)
    {
        List<string> names = [.. claims.Where(c => !string.IsNullOrWhiteSpace(c.Claim.Source)).Select(c => c.Claim.Source!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        if (names.Count < 2)
        {
            return;
        }

        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string acronym in names)
        {
            if (acronym.Length < 3 || acronym.Contains(' ', StringComparison.Ordinal) || !acronym.All(char.IsUpper))
            {
                continue;
            }

            string? full = names.FirstOrDefault(n => n.Contains(' ', StringComparison.Ordinal) && string.Equals(Initials(n), acronym, StringComparison.Ordinal));
            if (full is not null)
            {
                keyOf[NamedKey(acronym)] = NamedKey(full);
            }
        }

        foreach (CandidateClaim c in claims)
        {
            if (keyOf.TryGetValue(c.SourceKey, out string? key))
            {
                c.SourceKey = key;
            }
        }
    }

    /// <summary>The initials of a name's capitalised words: "National Disaster Risk Reduction and Management Council" is "NDRRMC".</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>Returns the key of a named source.</summary>
    /// <param name="source">The canonical name.</param>
    /// <returns>The key.</returns>
    public static string NamedKey(string source) => NamedPrefix + source.Trim().ToUpperInvariant();

    private static string FigureKey(ClaimInterval interval) =>
        string.Create(CultureInfo.InvariantCulture, $"{interval}|{interval.Hedge}");

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a);
        int rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
