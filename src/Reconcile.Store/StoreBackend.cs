using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reconcile.Store;

/// <summary>What differs between the databases: how to connect and how to serialise batches. The schema and every query are the same
/// SQL for both (ANSI types, <c>ON CONFLICT</c> upserts, <c>@name</c> parameters).</summary>
internal abstract class StoreBackend
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS runs(id BIGINT PRIMARY KEY, reports BIGINT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS reports(id TEXT PRIMARY KEY, run BIGINT NOT NULL, title TEXT, published TEXT, outlet TEXT, url TEXT,
            origin TEXT, text TEXT NOT NULL, problems TEXT NOT NULL, issues TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS mentions(id TEXT PRIMARY KEY, report_id TEXT NOT NULL, ordinal BIGINT NOT NULL, incident_id TEXT NOT NULL,
            data TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS reports_run ON reports(run);
        CREATE INDEX IF NOT EXISTS mentions_incident ON mentions(incident_id);
        CREATE INDEX IF NOT EXISTS mentions_report ON mentions(report_id);
        CREATE TABLE IF NOT EXISTS mention_keys(key TEXT NOT NULL, mention_id TEXT NOT NULL, PRIMARY KEY(key, mention_id));
        CREATE TABLE IF NOT EXISTS key_counts(key TEXT PRIMARY KEY, n BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS corpus_counts(key TEXT PRIMARY KEY, n BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS incidents(id TEXT PRIMARY KEY, created_run BIGINT NOT NULL, merged_into TEXT, summary TEXT, why TEXT);
        CREATE TABLE IF NOT EXISTS revisions(seq BIGINT PRIMARY KEY, run BIGINT NOT NULL, incident_id TEXT NOT NULL, kind TEXT NOT NULL,
            detail TEXT NOT NULL, why TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS revisions_incident ON revisions(incident_id);
        CREATE TEMP TABLE IF NOT EXISTS batch_keys(key TEXT PRIMARY KEY);
        """;

    /// <summary>Opens a connection with the schema in place.</summary>
    public DbConnection Open()
    {
        DbConnection connection = CreateConnection();
        connection.Open();
        using DbCommand command = connection.CreateCommand();
        command.CommandText = SessionSql + Schema;
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Statements run on each new connection before the schema (session settings).</summary>
    protected virtual string SessionSql => string.Empty;

    protected abstract DbConnection CreateConnection();

    /// <summary>Starts a batch's transaction, holding the store's write lock until it ends.</summary>
    public abstract DbTransaction BeginBatch(DbConnection connection);
}

/// <summary>SQLite through Microsoft.Data.Sqlite: a file path is all it needs. A batch is a <c>BEGIN IMMEDIATE</c> transaction
/// (the database's one writer); the rollback journal undoes a batch that a crash interrupted.</summary>
internal sealed class SqliteBackend(string path) : StoreBackend
{
    /// <summary>A 64 MB page cache (the default is 2 MB): a batch looks up index keys and candidate mentions all over a large store.</summary>
    protected override string SessionSql => "PRAGMA cache_size = -65536;\n";

    protected override DbConnection CreateConnection() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 300 }.ToString());

    public override DbTransaction BeginBatch(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false);
}

/// <summary>PostgreSQL through Npgsql, for a team sharing one database. A batch takes a transaction-scoped advisory lock, so batches
/// from several machines follow one another.</summary>
internal sealed class PostgreSqlBackend(string connectionString) : StoreBackend
{
    private const long LockKey = 0x5265636F6E63L;

    protected override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public override DbTransaction BeginBatch(DbConnection connection)
    {
        DbTransaction transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(" + StoreJson.Invariant(LockKey) + ")";
        command.ExecuteNonQuery();
        return transaction;
    }
}
