using System.Runtime.InteropServices;
using FluentAssertions;
using Reconcile.Extraction;
using Xunit;

namespace Reconcile.Tests.Extraction.Places;

public sealed class IndexColumnTests
{
    private static readonly int[] Values = [7, -1, 0, int.MaxValue, 123456];

    [Theory]
    [InlineData(0)] // the column starts aligned
    [InlineData(1)] // the column starts at an odd byte, as columns after a length-prefixed string in the index do
    [InlineData(3)] // and at another unaligned offset
    public unsafe void Read_EmbeddedMemory_ViewsTheSameValuesAndMovesPastThem(int offset)
    {
        byte[] bytes = Payload(offset);
        fixed (byte* start = bytes)
        {
            using var stream = new UnmanagedMemoryStream(start, bytes.Length);
            stream.Position = offset;

            IndexColumn<int> column = IndexColumn<int>.Read(stream, Values.Length);

            column.Span.ToArray().Should().Equal(Values);
            column[3].Should().Be(int.MaxValue);
            column.Length.Should().Be(Values.Length);
            stream.Position.Should().Be(offset + (Values.Length * sizeof(int)));
            stream.ReadByte().Should().Be(0xEE, "the byte after the column is next");

            start[offset] = 8; // the first element's low byte: a view shows the change, a copy would not
            column[0].Should().Be(8, "the column is a view of the memory, not a copy of it");
        }
    }

    [Fact] // any other stream (a gazetteer parsed from text, a file) gets a copy with the same values
    public void Read_OtherStream_CopiesTheSameValues()
    {
        byte[] bytes = Payload(1);
        using var stream = new MemoryStream(bytes) { Position = 1 };

        IndexColumn<int> column = IndexColumn<int>.Read(stream, Values.Length);
        bytes[1] = 8; // the first element's low byte in the memory the stream reads

        column.Span.ToArray().Should().Equal(Values, "a stream that is not the assembly's image is copied");
        stream.ReadByte().Should().Be(0xEE);
    }

    [Fact] // a view never reads past the end of the memory it was given
    public unsafe void Read_EmbeddedMemoryTooShort_Throws()
    {
        byte[] bytes = new byte[8];
        fixed (byte* start = bytes)
        {
            using var stream = new UnmanagedMemoryStream(start, bytes.Length);

            var act = () => IndexColumn<int>.Read(stream, 3);

            act.Should().Throw<EndOfStreamException>();
        }
    }

    [Fact] // a corrupt index with a negative length is a data error, not a crash
    public void Read_NegativeCount_InvalidData()
    {
        using var stream = new MemoryStream(new byte[16]);

        var act = () => IndexColumn<int>.Read(stream, -1);

        act.Should().Throw<InvalidDataException>();
    }

    private static byte[] Payload(int offset)
    {
        byte[] bytes = new byte[offset + (Values.Length * sizeof(int)) + 1];
        MemoryMarshal.AsBytes(Values.AsSpan()).CopyTo(bytes.AsSpan(offset));
        bytes[^1] = 0xEE;
        return bytes;
    }
}
