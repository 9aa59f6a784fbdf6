using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds words that name an incident type.</summary>
internal static class IncidentTypeRecognizer
{
    /// <summary>Adds the incident-type words of one sentence to <paramref name="results"/>, in text order.</summary>
    public static void Find(string text, TextSpan sentence, List<TypeFinding> results)
    {
        throw new NotImplementedException();
    }
}
