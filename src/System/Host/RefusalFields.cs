using System.Text.Json.Nodes;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Host;

/// <summary>
/// A refusal's <c>errorFields</c> in the 422 problem: the typed error's own fields (the SKU, the quantity short...),
/// and nothing the problem already says at its top level. <see cref="DomainErrorJson.Detail"/> writes every public
/// property of the error record, the rule id among them, as the scenario record and the stored response need it;
/// in the problem the rule id is <c>ruleId</c>, and a client reading two members for one fact cannot tell which wins.
/// </summary>
internal static class RefusalFields
{
    /// <summary>The JSON name of <see cref="DomainError.RuleId"/>, which every refusal's detail holds.</summary>
    private const string RuleIdName = "ruleId";

    public static JsonObject Of(DomainError refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal is UnrecognizedRefusal)
        {
            // A stored refusal of a type this build no longer has keeps only its rule id, type name and message:
            // the problem's ruleId, error and detail. Its own fields are not known, so there are none to give.
            return [];
        }

        var fields = DomainErrorJson.Detail(refusal);
        fields.Remove(RuleIdName);
        return fields;
    }
}
