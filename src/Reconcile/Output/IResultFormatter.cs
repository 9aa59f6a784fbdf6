using Reconcile.Model;

namespace Reconcile.Output;

/// <summary>Writes a run's result in one format (the output stage is this one method, like Serilog's <c>ITextFormatter</c>).</summary>
public interface IResultFormatter
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    void Format(ReconcileResult result, TextWriter output);
}
