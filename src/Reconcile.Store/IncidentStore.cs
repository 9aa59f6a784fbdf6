namespace Reconcile.Store;

/// <summary>Opens incident stores: a file path opens (or creates) a SQLite database, a connection string that starts with
/// <c>Host=</c> opens a PostgreSQL database.</summary>
public static class IncidentStore
{
    /// <summary>Opens (and creates when missing) the store at <paramref name="target"/>.</summary>
    /// <param name="target">A SQLite file path, or a PostgreSQL connection string (<c>Host=...;Database=...;Username=...</c>).</param>
    /// <param name="options">The reconciler's settings (the same as a whole run's); <see langword="null"/> for the defaults.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty.</exception>
    public static IIncidentStore Open(string target, ReconcilerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        StoreBackend backend = IsPostgreSql(target) ? new PostgreSqlBackend(target) : new SqliteBackend(target);
        return new SqlIncidentStore(backend, options ?? new ReconcilerOptions());
    }

    /// <summary>Whether the target names a PostgreSQL database (a connection string starting with <c>Host=</c>) rather than a SQLite file.</summary>
    /// <param name="target">A store target.</param>
    /// <returns><see langword="true"/> for PostgreSQL.</returns>
    public static bool IsPostgreSql(string target) =>
        target is not null && target.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
}
