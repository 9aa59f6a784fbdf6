using Reconcile.Model;

namespace Reconcile.Extraction;

/// <summary>Everything the recognizers found in one sentence: the assembler's input.</summary>
internal sealed class SentenceFindings
{
    public SentenceFindings(int index, TextSpan span)
    {
        Index = index;
        Span = span;
    }

    public int Index { get; }

    public TextSpan Span { get; }

    public List<CasualtyFinding> Casualties { get; } = [];

    public List<DateFinding> Dates { get; } = [];

    public List<PlaceFinding> Places { get; } = [];

    public List<TypeFinding> Types { get; } = [];

    public List<ActorFinding> Actors { get; } = [];

    public SourceFinding? Source { get; set; }
}
