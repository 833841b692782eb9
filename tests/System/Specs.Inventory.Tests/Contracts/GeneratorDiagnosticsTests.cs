using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Specs.Inventory.Contracts;
using Specs.Inventory.Generators;

namespace Specs.Inventory.Tests.Contracts;

/// <summary>Runs the contract generator in memory on small sources and checks what it reports.</summary>
public sealed class GeneratorDiagnosticsTests
{
    [Fact]
    public void A_valid_contract_set_generates_code_that_compiles_without_warnings()
    {
        var (diagnostics, compiled) = Run("""
            [assembly: ContractSet("Demo.Contracts", "DEMO")]
            namespace Demo;
            public enum Kind : byte { None = 0, Big = 1 }
            [ContractTable("Line.")] public sealed partial class Line { [Field(0, "n")] public long N { get; init; } }
            [EventContract(1000, "First.")] public sealed partial class First { [Field(0, "k")] public Kind K { get; init; } [Field(1, "l")] public Line[] Lines { get; init; } = []; }
            [EventContract(1254, "Last.")] public sealed partial record Last { [Field(0, "s")] public string? S { get; init; } }
            [CommandContract(2000, "Do.")] public sealed partial class Do { [Field(0, "g")] public Guid? G { get; init; } }
            """);

        Assert.Empty(diagnostics);
        Assert.Empty(compiled.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Duplicate_contract_ids_are_an_error_at_the_second_contract()
    {
        const string source = """
            namespace Demo;
            [EventContract(1000, "A.")] public sealed partial class A { }
            [EventContract(1000, "B.")] public sealed partial class B { }
            """;
        var (diagnostics, _) = Run(source);

        var error = Assert.Single(diagnostics);
        Assert.Equal("SPECS001", error.Id);
        Assert.Contains("1000", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("class B", Line(error, source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Field(1, \"a\")] public long A { get; init; }")]
    [InlineData("[Field(0, \"a\")] public long A { get; init; } [Field(0, \"b\")] public long B { get; init; }")]
    [InlineData("[Field(0, \"a\")] public long A { get; init; } [Field(2, \"b\")] public long B { get; init; }")]
    public void Field_indexes_with_gaps_or_repeats_are_an_error(string fields)
    {
        var (diagnostics, _) = Run($$"""
            namespace Demo;
            [ContractTable("T.")] public sealed partial class T { {{fields}} }
            """);

        Assert.Equal("SPECS002", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("float")]
    [InlineData("decimal")]
    [InlineData("DateTime")]
    [InlineData("string?[]")]
    [InlineData("long[][]")]
    [InlineData("List<long>")]
    public void Unsupported_field_types_are_an_error_at_the_property(string type)
    {
        var source = $$"""
            namespace Demo;
            [ContractTable("T.")] public sealed partial class T { [Field(0, "x")] public {{type}} X { get; init; } = default!; }
            """;
        var (diagnostics, _) = Run(source);

        var error = Assert.Single(diagnostics);
        Assert.Equal("SPECS003", error.Id);
        Assert.Contains("X { get; init; }", Line(error, source), StringComparison.Ordinal);
        Assert.Equal(Line(error, source).IndexOf(" X {", StringComparison.Ordinal) + 1, error.Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void A_contract_that_is_not_partial_is_an_error()
    {
        var (diagnostics, _) = Run("""
            namespace Demo;
            [CommandContract(2000, "C.")] public sealed class C { }
            """);

        Assert.Equal("SPECS004", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("EventContract(999")]
    [InlineData("EventContract(1255")]
    [InlineData("CommandContract(1000")]
    public void Contract_ids_outside_their_kind_s_range_are_an_error(string attribute)
    {
        var (diagnostics, _) = Run($$"""
            namespace Demo;
            [{{attribute}}, "X.")] public sealed partial class X { }
            """);

        Assert.Equal("SPECS005", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void An_enum_without_a_zero_member_is_an_error()
    {
        var (diagnostics, _) = Run("""
            namespace Demo;
            public enum Mode { On = 1 }
            [ContractTable("T.")] public sealed partial class T { [Field(0, "m")] public Mode M { get; init; } }
            """);

        Assert.Equal("SPECS006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_field_without_an_init_accessor_is_an_error()
    {
        var (diagnostics, _) = Run("""
            namespace Demo;
            [ContractTable("T.")] public sealed partial class T { [Field(0, "m")] public long M { get; } }
            """);

        Assert.Equal("SPECS007", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Two_contracts_with_one_name_in_a_contract_set_are_an_error()
    {
        var (diagnostics, _) = Run("""
            [assembly: ContractSet("Demo", "DEMO")]
            namespace Demo.A { [ContractTable("T.")] public sealed partial class T { } }
            namespace Demo.B { [ContractTable("T.")] public sealed partial class T { } }
            """);

        Assert.Equal("SPECS008", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_file_identifier_that_is_not_four_characters_is_an_error()
    {
        var (diagnostics, _) = Run("""
            [assembly: ContractSet("Demo", "TOOLONG")]
            """);

        Assert.Equal("SPECS009", Assert.Single(diagnostics).Id);
    }

    /// <summary>The source line a diagnostic points at (the generator reports file, span and line).</summary>
    private static string Line(Diagnostic diagnostic, string source)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.IsValid);
        return (Prelude + source).Split('\n')[span.StartLinePosition.Line];
    }

    private const string Prelude = "using System;\nusing System.Collections.Generic;\nusing Specs.Inventory.Contracts;\n";

    /// <summary>Runs the generator; returns its diagnostics and those of the compilation with its output.</summary>
    private static (ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Compilation) Run(string source)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var tree = CSharpSyntaxTree.ParseText(Prelude + source, options);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(FieldAttribute).Assembly.Location)
            .Append(typeof(Google.FlatBuffers.FlatBufferBuilder).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("Demo", [tree], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create([new ContractGenerator().AsSourceGenerator()], parseOptions: options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (diagnostics, output.GetDiagnostics());
    }
}
