using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Reconcile.Tests.PublicApi;

/// <summary>Lists every public (and protected) type and member of an assembly as stable text, one line each, with nullability.</summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(char)] = "char", [typeof(short)] = "short", [typeof(int)] = "int",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
    };

    public static string Generate(Assembly assembly)
    {
        var sb = new StringBuilder();
        var nullability = new NullabilityInfoContext();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            IEnumerable<string> members = Members(type, nullability);
            foreach (string line in type.IsEnum ? members : members.Order(StringComparer.Ordinal))
            {
                sb.Append("  ").Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string TypeHeader(Type t)
    {
        string kind = t switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => t.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        if (typeof(Delegate).IsAssignableFrom(t))
        {
            kind = "delegate";
        }

        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
        {
            bases.Add(Name(b, null));
        }

        if (t.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(t), null));
        }

        if (!t.IsEnum)
        {
            bases.AddRange(t.GetInterfaces().Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        }
        return $"public {kind} {Name(t, null)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type t, NullabilityInfoContext ctx)
    {
        if (t.IsEnum)
        {
            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
            {
                yield return $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (MemberInfo m in t.GetMembers(Declared))
        {
            switch (m)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"{Access(c)}{(c.IsStatic ? "static " : string.Empty)}.ctor({Parameters(c, ctx)})";
                    break;
                case MethodInfo mi when Visible(mi) && !IsAccessor(mi):
                    yield return $"{Access(mi)}{Modifiers(mi)}{Name(mi.ReturnType, ctx.Create(mi.ReturnParameter))} {mi.Name}{GenericArgs(mi)}({Parameters(mi, ctx)})";
                    break;
                case PropertyInfo p when (p.GetMethod ?? p.SetMethod) is { } acc && Visible(acc):
                    yield return $"{Access(acc)}{Modifiers(acc)}{(p.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty)}"
                        + $"{Name(p.PropertyType, ctx.Create(p))} {p.Name}{Indexer(p, ctx)} {{ {Accessors(p)}}}";
                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly:
                    string value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
                    string mods = f.IsLiteral ? "const " : (f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty);
                    yield return $"{(f.IsPublic ? "public " : "protected ")}{mods}{Name(f.FieldType, ctx.Create(f))} {f.Name}{value}";
                    break;
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"{Access(add)}event {Name(e.EventHandlerType!, ctx.Create(e))} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static bool IsAccessor(MethodInfo m) =>
        m.IsSpecialName && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal)
            || m.Name.StartsWith("add_", StringComparison.Ordinal) || m.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m) =>
        m.IsStatic ? "static "
        : m.DeclaringType!.IsInterface ? string.Empty
        : m.IsAbstract ? "abstract "
        : m.IsVirtual && !m.IsFinal ? (m.GetBaseDefinition() != m ? "override " : "virtual ")
        : m.GetBaseDefinition() != m ? "override "
        : string.Empty;

    private static string Accessors(PropertyInfo p)
    {
        var sb = new StringBuilder();
        if (p.GetMethod is { } g && Visible(g))
        {
            sb.Append("get; ");
        }

        if (p.SetMethod is { } s && Visible(s))
        {
            bool init = s.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            sb.Append(init ? "init; " : "set; ");
        }

        return sb.ToString();
    }

    private static string Indexer(PropertyInfo p, NullabilityInfoContext ctx)
    {
        ParameterInfo[] ps = p.GetIndexParameters();
        return ps.Length == 0 ? string.Empty : "[" + string.Join(", ", ps.Select(x => Name(x.ParameterType, ctx.Create(x)) + " " + x.Name)) + "]";
    }

    private static string GenericArgs(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Parameters(MethodBase m, NullabilityInfoContext ctx) =>
        string.Join(", ", m.GetParameters().Select(p =>
        {
            string prefix = p.IsDefined(typeof(ParamArrayAttribute)) || p.IsDefined(typeof(ParamCollectionAttribute)) ? "params "
                : p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : string.Empty;
            Type type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            string text = $"{prefix}{Name(type, ctx.Create(p))} {p.Name}";
            return p.HasDefaultValue ? text + " = " + Literal(p.RawDefaultValue) : text;
        }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type t, NullabilityInfo? n)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!, n);
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return Name(underlying, null) + "?";
        }

        string q = n is { ReadState: NullabilityState.Nullable } && !t.IsValueType ? "?" : string.Empty;
        if (t.IsArray)
        {
            return Name(t.GetElementType()!, n?.ElementType) + "[]" + q;
        }

        if (t.IsGenericParameter)
        {
            return t.Name + q;
        }

        if (Keywords.TryGetValue(t, out string? keyword))
        {
            return keyword + q;
        }

        string name = t.IsNested ? Name(t.DeclaringType!, null) + "." + t.Name : (t.Namespace is null ? t.Name : t.Namespace + "." + t.Name);
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            name = tick < 0 ? name : name[..tick];
            Type[] args = t.GetGenericArguments();
            name += "<" + string.Join(", ", args.Select((a, i) => Name(a, n is not null && i < n.GenericTypeArguments.Length ? n.GenericTypeArguments[i] : null))) + ">";
        }

        return name + q;
    }
}
