using Reconcile.Extraction.Lexicon;

namespace Reconcile.Extraction.Quantities;

/// <summary>The shape of a token, decided from its characters alone.</summary>
[Flags]
internal enum TokenShape : byte
{
    /// <summary>No flag.</summary>
    None = 0,

    /// <summary>Contains a letter ("killed", "pro-regime", "23-year-old", "3rd").</summary>
    Word = 1,

    /// <summary>Digits only, with thousands commas, a decimal point or hyphens ("1,500", "6.1", "20-30").</summary>
    Number = 2,

    /// <summary>One character that is neither a letter nor a digit.</summary>
    Punct = 4,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 8,

    /// <summary>Contains an inner hyphen.</summary>
    Hyphenated = 16,

    /// <summary>Digits joined by a colon ("9:09", "12:26"): a clock time, never a count.</summary>
    Time = 32,

    /// <summary>Digits with a decimal point ("6.1").</summary>
    Decimal = 64,

    /// <summary>Every letter is upper case and there are at least two ("IS", "ISIS", "US").</summary>
    AllCaps = 128,
}

/// <summary>One token of a sentence: a word, a number or a punctuation character, with its lexicon entry.</summary>
/// <remarks>A mutable struct kept in a pooled buffer; tokens are never allocated one by one.</remarks>
internal struct TextToken
{
    /// <summary>The absolute offset of the first character.</summary>
    public int Start;

    /// <summary>The absolute offset one past the last character.</summary>
    public int End;

    /// <summary>The roles of the word in the lexicon (none for unknown words): <see cref="Entry"/>'s, copied so that role tests
    /// read the token alone (it fits in the struct's padding).</summary>
    public LexRole Roles;

    /// <summary>The character shape.</summary>
    public TokenShape Shape;

    /// <summary>The lexicon entry of the word, or <see langword="null"/> when the word is not in the lexicon.</summary>
    public LexEntry? Entry;

    /// <summary>Gets whether the token is a word.</summary>
    public readonly bool IsWord => (Shape & TokenShape.Word) != 0;

    /// <summary>Gets whether the token is a number written in digits.</summary>
    public readonly bool IsNumber => (Shape & TokenShape.Number) != 0;

    /// <summary>Gets whether the token is a punctuation character.</summary>
    public readonly bool IsPunct => (Shape & TokenShape.Punct) != 0;

    /// <summary>Gets whether the word starts with a capital letter.</summary>
    public readonly bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;

    /// <summary>Returns whether the word has any of <paramref name="roles"/>.</summary>
    public readonly bool Has(LexRole roles) => (Roles & roles) != 0;
}
