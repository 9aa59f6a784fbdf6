using System.Runtime.InteropServices;

namespace Reconcile.Extraction;

/// <summary>A read-only column of the compact gazetteer index: either a view of the index where the loaded assembly's image holds
/// it (no copy, and only the pages a lookup touches are ever read in), or an array read from any other stream.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal readonly unsafe struct IndexColumn<T>
    where T : unmanaged
{
    private readonly T[]? _array;
    private readonly T* _pointer;

    private IndexColumn(T[] array)
    {
        _array = array;
        Length = array.Length;
    }

    private IndexColumn(T* pointer, int length)
    {
        _pointer = pointer;
        Length = length;
    }

    /// <summary>Gets the number of elements.</summary>
    public int Length { get; }

    /// <summary>Gets the elements.</summary>
    public ReadOnlySpan<T> Span => _array is { } array ? array : new ReadOnlySpan<T>(_pointer, Length);

    /// <summary>Gets the element at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the column.</exception>
    public T this[int index] => Span[index];

    /// <summary>Reads <paramref name="count"/> elements at the stream's position and moves past them. From the stream of a resource
    /// embedded in a loaded assembly (an <see cref="UnmanagedMemoryStream"/>, which stays valid while the assembly is loaded) on a
    /// little-endian machine, the column is a view of that memory (64-bit processes read unaligned elements; 32-bit ones only aligned
    /// ones); otherwise they are copied.</summary>
    /// <exception cref="EndOfStreamException">The stream ends first.</exception>
    /// <exception cref="InvalidDataException"><paramref name="count"/> is negative.</exception>
    public static IndexColumn<T> Read(Stream stream, int count)
    {
        if (count < 0)
        {
            throw new InvalidDataException("The gazetteer index has a column of negative length.");
        }

        long bytes = (long)count * sizeof(T);
        if (BitConverter.IsLittleEndian && stream is UnmanagedMemoryStream memory && memory.Length - memory.Position >= bytes
            && (Environment.Is64BitProcess || (nuint)memory.PositionPointer % (nuint)sizeof(T) == 0))
        {
            var view = new IndexColumn<T>((T*)memory.PositionPointer, count);
            memory.Seek(bytes, SeekOrigin.Current);
            return view;
        }

        T[] values = GC.AllocateUninitializedArray<T>(count); // every element is read next: no need to zero them first
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        Gazetteer.ToLittleEndian(values);
        return new IndexColumn<T>(values);
    }
}
