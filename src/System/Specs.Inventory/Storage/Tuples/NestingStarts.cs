using System.Runtime.CompilerServices;

namespace Specs.Inventory.Storage.Tuples;

/// <summary>
/// The offsets where the nested tuples a reader is inside began, kept inline so that the reader does
/// not allocate; they name the tuple that lacks its terminator in an error.
/// </summary>
[InlineArray(TupleLimits.MaxNestingDepth)]
internal struct NestingStarts
{
    private int _element;
}
