namespace Reconcile.Clustering;

/// <summary>The scored candidate pairs cut into the parts average-link clustering can never join across, so that each part is clustered
/// on its own and its per-pair state let go when it is done.</summary>
/// <remarks>
/// <para>Average-link clustering (<see cref="AverageLinkClustering"/>) joins two groups only along a candidate pair between them, and only
/// when the mean over all their cross pairs, the pairs blocking never compared counting as the missing score, is above the threshold. When
/// the missing score is below the threshold, that mean can only be above it if some cross pair scores above it. So groups only ever grow
/// within the connected components of the pairs that score above the threshold (less a margin far wider than the rounding of a mean, so
/// that a mean of pairs all at or below the cut can never round above the threshold); with a missing score at or above it, within the
/// components of all pairs. Seeds (groups joined from the start) are joined in the components too. A pair whose two mentions can never be in
/// one group (see <c>apart</c> in <see cref="Split"/>: for example two mentions of one report, whose groups' report sets would always overlap) joins nothing
/// either: no group holding one may ever join a group holding the other, so it can never be the pair that lets two groups join.</para>
/// <para>A component holds every pair both of whose mentions are in it, the low ones too: they count in its linkages. A pair between two
/// components can never be part of a join, so it is dropped. Clustering each component alone then gives the groups one run over all pairs
/// gives: components share no group, so no join in one changes a linkage, a constraint or the order of joins in another; and inside one,
/// mentions keep their order, so ties are broken as in the whole run (<see cref="AverageLinkClustering"/> breaks them by index).</para>
/// <para>Components are numbered by their smallest mention index, their mentions are in index order and their pairs in key order.</para>
/// </remarks>
internal sealed class CandidateComponents
{
    /// <summary>How far below the threshold a pair still joins components: far above the rounding error of a mean of float scores, so
    /// the cut stays exact.</summary>
    internal const double Margin = 1e-3;

    private readonly int[] _memberStart;
    private readonly int[] _members;
    private readonly int[] _edgeStart;
    private readonly Edge[] _edges;

    private CandidateComponents(int[] memberStart, int[] members, int[] edgeStart, Edge[] edges)
    {
        _memberStart = memberStart;
        _members = members;
        _edgeStart = edgeStart;
        _edges = edges;
    }

    /// <summary>The number of components (a mention in no pair is a component of its own).</summary>
    public int Count => _memberStart.Length - 1;

    /// <summary>The number of pairs kept (those inside a component).</summary>
    public int EdgeCount => _edges.Length;

    /// <summary>The mention indices of component <paramref name="c"/>, ascending.</summary>
    public ReadOnlySpan<int> Members(int c) => _members.AsSpan(_memberStart[c], _memberStart[c + 1] - _memberStart[c]);

    /// <summary>The pairs of component <paramref name="c"/> (both mentions in it), in key order.</summary>
    public ReadOnlySpan<Edge> Edges(int c) => _edges.AsSpan(_edgeStart[c], _edgeStart[c + 1] - _edgeStart[c]);

    /// <summary>Cuts <paramref name="count"/> mentions and their scored pairs into components.</summary>
    /// <param name="count">The number of mentions.</param>
    /// <param name="pairs">The candidate pair keys (<see cref="CandidateBlocker.Key"/>), sorted.</param>
    /// <param name="scores">The score of each pair.</param>
    /// <param name="strong">Whether each pair names the same people (see <see cref="AverageLinkClustering.Run"/>).</param>
    /// <param name="seeds">Groups of mention indices joined from the start.</param>
    /// <param name="missingScore">The score of a pair blocking never compared.</param>
    /// <param name="threshold">The linkage two groups must exceed to be joined.</param>
    /// <param name="apart">Whether two mentions can never be in one group, whatever else is joined (a cannot-link that holds for every pair
    /// of groups holding them); <see langword="null"/> for none.</param>
    public static CandidateComponents Split(int count, long[] pairs, float[] scores, bool[] strong, int[][] seeds, double missingScore, double threshold,
        Func<int, int, bool>? apart = null)
    {
        // Union-find whose root is always the smallest index of its set.
        int[] parent = new int[count];
        for (int i = 0; i < count; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra < rb)
            {
                parent[rb] = ra;
            }
            else if (rb < ra)
            {
                parent[ra] = rb;
            }
        }

        double cut = threshold - Margin;
        bool all = missingScore > cut;
        for (int k = 0; k < pairs.Length; k++)
        {
            int a = (int)(pairs[k] >> 32), b = (int)(pairs[k] & 0xFFFFFFFF);
            if ((all || scores[k] > cut) && (apart is null || !apart(a, b)))
            {
                Union(a, b);
            }
        }

        foreach (int[] seed in seeds)
        {
            for (int i = 1; i < seed.Length; i++)
            {
                Union(seed[0], seed[i]);
            }
        }

        for (int i = 0; i < count; i++)
        {
            parent[i] = Find(i);
        }

        // Number the components by their smallest index (the root, met before any other member): parent becomes each mention's component.
        int components = 0;
        for (int i = 0; i < count; i++)
        {
            parent[i] = parent[i] == i ? components++ : parent[parent[i]];
        }

        int[] memberStart = new int[components + 1];
        for (int i = 0; i < count; i++)
        {
            memberStart[parent[i] + 1]++;
        }

        for (int c = 0; c < components; c++)
        {
            memberStart[c + 1] += memberStart[c];
        }

        int[] members = new int[count];
        int[] fill = memberStart[..components];
        for (int i = 0; i < count; i++)
        {
            members[fill[parent[i]]++] = i;
        }

        int[] edgeStart = new int[components + 1];
        for (int k = 0; k < pairs.Length; k++)
        {
            int ca = parent[(int)(pairs[k] >> 32)];
            if (ca == parent[(int)(pairs[k] & 0xFFFFFFFF)])
            {
                edgeStart[ca + 1]++;
            }
        }

        for (int c = 0; c < components; c++)
        {
            edgeStart[c + 1] += edgeStart[c];
        }

        var edges = new Edge[edgeStart[components]];
        fill = edgeStart[..components];
        for (int k = 0; k < pairs.Length; k++)
        {
            int a = (int)(pairs[k] >> 32), b = (int)(pairs[k] & 0xFFFFFFFF);
            int ca = parent[a];
            if (ca == parent[b])
            {
                edges[fill[ca]++] = new Edge(a, b, scores[k], strong[k]);
            }
        }

        return new CandidateComponents(memberStart, members, edgeStart, edges);
    }

    /// <summary>A scored candidate pair: the two mention indices (<see cref="A"/> the smaller), its score, and whether it names the same people.</summary>
    internal readonly record struct Edge(int A, int B, float Score, bool Strong);
}
