using NodaTime;
using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds date expressions and resolves them against the publication date (never the clock).</summary>
internal static class DateRecognizer
{
    /// <summary>Adds the date expressions of one sentence to <paramref name="results"/>, in text order.</summary>
    public static void Find(string text, TextSpan sentence, LocalDate? published, List<DateFinding> results)
    {
        throw new NotImplementedException();
    }
}
