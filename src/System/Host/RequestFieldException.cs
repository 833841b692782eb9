namespace Specs.Inventory.Host;

/// <summary>
/// A request body that does not fit the command's contract: answered 400, naming the field (a JSON
/// path such as <c>lines[2].quantity</c>, or empty for the body as a whole) and what is wrong with it.
/// </summary>
internal sealed class RequestFieldException(string field, string problem)
    : Exception(field.Length == 0 ? problem : $"Field '{field}': {problem}")
{
    public string Field { get; } = field;

    public string Problem { get; } = problem;
}
