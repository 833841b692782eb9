using Io.Cucumber.Messages.Types;
using Reqnroll.Bindings;

namespace Specs.Runner.Execution;

/// <summary>The argument groups a step definition captured from a step's text, for stepMatchArgumentsLists.</summary>
public static class StepMatchArguments
{
    public static StepMatchArgumentsList From(IStepDefinitionBinding binding, string text)
    {
        var arguments = new List<StepMatchArgument>();
        var match = binding.Regex?.Match(text);
        if (match is { Success: true })
        {
            for (var i = 1; i < match.Groups.Count; i++)
            {
                var group = match.Groups[i];
                arguments.Add(new StepMatchArgument(
                    new Group([], group.Success ? group.Index : null, group.Success ? group.Value : null),
                    null));
            }
        }

        return new StepMatchArgumentsList(arguments);
    }
}
