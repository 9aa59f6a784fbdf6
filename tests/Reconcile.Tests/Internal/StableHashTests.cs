using Reconcile.Internal;

namespace Reconcile.Tests.Internal;

public class StableHashTests
{
    [Theory] // values computed independently (FNV-1a 64 over UTF-16 LE bytes, 0x1F after each part): ids must never change between processes or versions
    [InlineData("2140b4be58a93433", new[] { "000#0" })] // a mention id
    [InlineData("1b6ccf5ac78522ef", new[] { "Deir ez-Zor" })] // a place name with a hyphen and spaces
    [InlineData("3e8192e69987b98c", new[] { "a", "b" })] // parts are separated ...
    [InlineData("3fae9afc849a326b", new[] { "ab" })] // ... so "a"+"b" differs from "ab"
    public void Hex_KnownInputs_GiveFixedValues(string expected, string[] parts) =>
        StableHash.Hex(16, parts).Should().Be(expected);

    [Fact] // a short id is a prefix of the full hash
    public void Hex_FewerDigits_IsPrefix() =>
        StableHash.Hex(12, "000#0").Should().Be("2140b4be58a9");
}
