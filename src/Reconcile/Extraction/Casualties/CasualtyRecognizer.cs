using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Finds casualty figures (killed, wounded, casualties, ...) with their quantity, hedge and victim group.</summary>
internal sealed class CasualtyRecognizer
{
    public CasualtyRecognizer(VagueQuantityConvention convention)
    {
        _ = convention;
    }

    /// <summary>Adds the casualty figures of one sentence to <paramref name="results"/>, in text order.</summary>
    public void Find(string text, TextSpan sentence, List<CasualtyFinding> results)
    {
        throw new NotImplementedException();
    }
}
