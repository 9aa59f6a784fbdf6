using System.Reflection;

namespace Reconcile.Tests.PublicApi;

/// <summary>The public API is declared in <c>src/Reconcile/PublicAPI.Shipped.txt</c> and <c>PublicAPI.Unshipped.txt</c>, which
/// Microsoft.CodeAnalysis.PublicApiAnalyzers enforces at build time (RS0016 for an undeclared symbol, RS0017 for a declared
/// one that is gone). These tests back the analyzer: they fail if it were switched off while the surface drifted.</summary>
public class PublicApiFilesTests
{
    private static readonly string[] Declared = ReadDeclared();

    [Fact] // every public type of the assembly is declared, so a new public type is a reviewed line in the Unshipped file
    public void PublicTypes_AreAllDeclared()
    {
        Type[] types = typeof(Reconciler).Assembly.GetExportedTypes();
        types.Should().NotBeEmpty();
        string[] undeclared = types
            .Select(t => t.FullName!.Replace('+', '.'))
            .Where(name => !Declared.Any(line => line == name || line.StartsWith(name + ".", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal)))
            .ToArray();
        undeclared.Should().BeEmpty("every public type must be listed in src/Reconcile/PublicAPI.*.txt");
    }

    [Fact] // a declared type that is no longer public is a removal the files must record
    public void DeclaredTypes_AreAllPublic()
    {
        var exported = typeof(Reconciler).Assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);
        // In the analyzer's format a line without a space names a type; members carry " -> " or " = ".
        string[] typeLines = Declared.Where(l => !l.Contains(' ', StringComparison.Ordinal)).ToArray();
        typeLines.Should().NotBeEmpty();
        typeLines.Where(l => !exported.Contains(l)).Should().BeEmpty("every type declared in PublicAPI.*.txt must be public");
    }

    [Fact] // the declared surface keeps nullability, so a change from string to string? is a reviewed diff too
    public void DeclaredApi_HasNullableAnnotations()
    {
        Declared.Should().Contain(l => l.Contains("string!", StringComparison.Ordinal));
        Declared.Should().Contain(l => l.Contains('?', StringComparison.Ordinal));
    }

    private static string[] ReadDeclared() =>
        new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(f => File.ReadAllLines(RepoPaths.Combine("src", "Reconcile", f)))
            .Select(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal) ? string.Empty : l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
}
