using System.Reflection;
using Specs.Runner.Execution;

namespace Specs.Runner.Tests.Execution;

public sealed class FailureTextTests
{
    /// <summary>
    /// A binding reached through reflection fails with the same text on its first call (the runtime's own invoke
    /// path) as on later ones (a stub the runtime emits): the frames of the call are dropped, the binding's kept.
    /// </summary>
    [Fact]
    public void The_text_of_a_failure_is_the_same_on_every_call_and_keeps_the_binding_frame()
    {
        var method = typeof(FailureTextTests).GetMethod(nameof(Fail), BindingFlags.NonPublic | BindingFlags.Static)!;
        var texts = Enumerable.Range(0, 4).Select(_ => FailureText.Of(Assert.Throws<TargetInvocationException>(() => method.Invoke(null, null)).InnerException!)).ToList();

        Assert.All(texts, text => Assert.Equal(texts[0], text));
        Assert.StartsWith("System.InvalidOperationException: the binding failed", texts[0]);
        Assert.Contains($"at {typeof(FailureTextTests).FullName}.{nameof(Fail)}()", texts[0]);
        Assert.DoesNotContain("System.Reflection", texts[0]);
        Assert.DoesNotContain("InvokeStub_", texts[0]);
    }

    private static void Fail() => throw new InvalidOperationException("the binding failed");
}
