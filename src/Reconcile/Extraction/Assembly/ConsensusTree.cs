namespace Reconcile.Extraction;

/// <summary>Picks the most specific value that the votes support, from votes that are paths in a hierarchy
/// (country → province → town; attack → bombing → car bombing).</summary>
/// <remarks>
/// Each vote adds its weight to every node on its path. Starting at the root, descend into the heaviest child while it holds at least
/// half of its parent's weight and strictly more than any sibling and than the votes that name the parent itself; stop where the votes split
/// ("the province of Deir Ezzor" and one "Deir Ezzor" read as the city stay at the province). "Syria, Deir Ezzor province, Deir Ezzor
/// province" gives Deir Ezzor province; "Albu Kamal, Deir Ezzor city" (two towns in one province) gives the province.
/// Types use a smaller minimum share (a quarter) and their direct votes do not compete: "the attack" and "the bombing" usually refer
/// back to a car bombing named once rather than disagree with it.
/// </remarks>
internal sealed class ConsensusTree<T>(double minShare = 0.5, bool directVotesCompete = true)
    where T : class
{
    private readonly Node _root = new(string.Empty, null);
    private readonly double _minShare = minShare;
    private readonly bool _directVotesCompete = directVotesCompete;

    public double TotalWeight => _root.Weight;

    /// <summary>Adds a vote: <paramref name="path"/> holds the keys from the most general level down; <paramref name="values"/> the value at each level.</summary>
    public void Add(ReadOnlySpan<string> path, ReadOnlySpan<T> values, double weight)
    {
        Node node = _root;
        node.Weight += weight;
        if (path.Length == 0)
        {
            node.Direct += weight;
        }

        for (int i = 0; i < path.Length; i++)
        {
            Node? child = null;
            foreach (Node c in node.Children)
            {
                if (string.Equals(c.Key, path[i], StringComparison.Ordinal))
                {
                    child = c;
                    break;
                }
            }

            if (child is null)
            {
                child = new Node(path[i], values[i]);
                node.Children.Add(child);
            }

            child.Weight += weight;
            node = child;
        }

        node.Direct += weight;
    }

    /// <summary>The most specific supported value, or <see langword="null"/> when the votes split at the top.</summary>
    public T? Resolve()
    {
        Node node = _root;
        while (true)
        {
            Node? best = null;
            double second = 0;
            foreach (Node c in node.Children)
            {
                if (best is null || c.Weight > best.Weight)
                {
                    second = best?.Weight ?? 0;
                    best = c;
                }
                else if (c.Weight > second)
                {
                    second = c.Weight;
                }
            }

            // The node's own votes ("the province of X") compete with its children as if they were a sibling.
            if (_directVotesCompete)
            {
                second = Math.Max(second, node.Direct);
            }

            if (best is null || best.Weight <= second || best.Weight < node.Weight * _minShare)
            {
                return node.Value;
            }

            node = best;
        }
    }

    private sealed class Node(string key, T? value)
    {
        public string Key { get; } = key;

        public T? Value { get; } = value;

        public double Weight { get; set; }

        /// <summary>The weight of votes that end at this node.</summary>
        public double Direct { get; set; }

        public List<Node> Children { get; } = [];
    }
}
