using System.Diagnostics;
using System.Globalization;
using Reconcile.Model;

namespace Reconcile.Cli;

/// <summary>Progress of a long run on one rewritten line of standard error ("Extracting 1,200/5,000 reports"), shown only when
/// standard error is a terminal and <c>--quiet</c> is not given; redrawn at most every <see cref="Interval"/>, then cleared.</summary>
internal sealed class ProgressLine(TextWriter stderr, Func<TimeSpan> clock) : IProgress<ReconcileProgress>
{
    /// <summary>The shortest time between two redraws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private TimeSpan _last = TimeSpan.MinValue;
    private ReconcileStage? _stage;
    private int _width;

    /// <summary>A progress line on the real clock.</summary>
    public ProgressLine(TextWriter stderr)
        : this(stderr, StartClock())
    {
    }

    /// <inheritdoc />
    public void Report(ReconcileProgress value)
    {
        lock (_gate)
        {
            TimeSpan now = clock();
            bool stageChanged = _stage != value.Stage;
            bool finished = value.Completed >= value.Total;
            if (!stageChanged && !finished && now - _last < Interval)
            {
                return;
            }

            _stage = value.Stage;
            _last = now;
            Draw(Text(value));
        }
    }

    /// <summary>Clears the line, so that what follows starts on a clean line.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_width > 0)
            {
                stderr.Write('\r');
                stderr.Write(new string(' ', _width));
                stderr.Write('\r');
                stderr.Flush();
                _width = 0;
            }
        }
    }

    private static Func<TimeSpan> StartClock()
    {
        var watch = Stopwatch.StartNew();
        return () => watch.Elapsed;
    }

    internal static string Text(ReconcileProgress value) => value.Stage switch
    {
        ReconcileStage.Extracting => string.Create(CultureInfo.InvariantCulture, $"Extracting {value.Completed:N0}/{value.Total:N0} reports"),
        ReconcileStage.Clustering => "Clustering mentions into incidents",
        _ => string.Create(CultureInfo.InvariantCulture, $"Merging {value.Completed:N0}/{value.Total:N0} incidents"),
    };

    private void Draw(string text)
    {
        stderr.Write('\r');
        stderr.Write(text);
        if (text.Length < _width)
        {
            stderr.Write(new string(' ', _width - text.Length));
        }

        _width = Math.Max(_width, text.Length);
        stderr.Flush();
    }
}
