using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Reconcile.Model;

/// <summary>The members part of a model record's <c>ToString</c>, readable where the compiler's is not: a list shows its items
/// (<c>Reports = [a, b]</c>, not <c>System.Collections.Generic.List`1[System.String]</c>), a long text is cut with its length
/// (<c>Text = "Beirut: A car bomb… (1,234 chars)"</c>), so a record prints usefully in a notebook, a REPL or a debugger.</summary>
internal static class RecordText
{
    private const int MaxItems = 8;
    private const int MaxChars = 80;

    /// <summary>Appends <c>Name = value, ...</c> for every public instance property of <typeparamref name="T"/>, in declaration order.</summary>
    public static bool Print<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(T value, StringBuilder builder)
    {
        bool first = true;
        foreach (PropertyInfo property in Properties<T>.All)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(property.Name).Append(" = ");
            Append(builder, property.GetValue(value), depth: 0);
        }

        return true;
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                AppendText(builder, s);
                break;
            case IEnumerable items when depth < 2:
                builder.Append('[');
                int n = 0;
                foreach (object? item in items)
                {
                    if (n == MaxItems)
                    {
                        int more = items is ICollection c ? c.Count - MaxItems : -1;
                        builder.Append(more > 0 ? string.Create(CultureInfo.InvariantCulture, $", … (+{more})") : ", …");
                        break;
                    }

                    builder.Append(n == 0 ? string.Empty : ", ");
                    Append(builder, item, depth + 1);
                    n++;
                }

                builder.Append(']');
                break;
            case IEnumerable:
                builder.Append("[…]");
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void AppendText(StringBuilder builder, string text)
    {
        builder.Append('"');
        if (text.Length <= MaxChars)
        {
            builder.Append(text);
        }
        else
        {
            int cut = MaxChars - 1;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            builder.Append(text, 0, cut).Append('…').Append(string.Create(CultureInfo.InvariantCulture, $" ({text.Length:N0} chars)"));
        }

        builder.Append('"');
    }

    private static class Properties<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
    {
        public static readonly PropertyInfo[] All = [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)];
    }
}
