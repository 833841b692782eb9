using System.Text;

namespace Specs.Runner.Discovery.TagExpressions;

/// <summary>
/// Parses Cucumber tag expressions (and, or, not, parentheses, backslash escapes) with the shunting-yard
/// algorithm: `not` binds tightest and is right-associative, then `and`, then `or`, both left-associative.
/// </summary>
public static class TagExpressionParser
{
    /// <summary>Longest expression accepted; a selection filter longer than this is a mistake, not a need.</summary>
    public const int LengthMax = 10_000;

    private enum Expect
    {
        Operand,
        Operator,
    }

    public static TagExpression Parse(string expression)
    {
        if (expression.Length > LengthMax)
        {
            throw new TagExpressionException(expression[..80] + "...", $"Longer than {LengthMax} characters.");
        }

        var tokens = Tokenize(expression);
        if (tokens.Count == 0)
        {
            return new TagExpression.True();
        }

        var operators = new Stack<string>();
        var operands = new Stack<TagExpression>();
        var expected = Expect.Operand;
        foreach (var (text, isLiteral) in tokens)
        {
            if (!isLiteral && text == "not")
            {
                Check(expression, expected, Expect.Operand);
                operators.Push(text);
                expected = Expect.Operand;
            }
            else if (!isLiteral && text is ("and" or "or"))
            {
                Check(expression, expected, Expect.Operator);
                while (operators.Count > 0 && IsOperator(operators.Peek()) && Precedence(text) <= Precedence(operators.Peek()))
                {
                    Reduce(expression, operators.Pop(), operands);
                }

                operators.Push(text);
                expected = Expect.Operand;
            }
            else if (!isLiteral && text == "(")
            {
                Check(expression, expected, Expect.Operand);
                operators.Push(text);
                expected = Expect.Operand;
            }
            else if (!isLiteral && text == ")")
            {
                Check(expression, expected, Expect.Operator);
                while (operators.Count > 0 && operators.Peek() != "(")
                {
                    Reduce(expression, operators.Pop(), operands);
                }

                if (operators.Count == 0)
                {
                    throw new TagExpressionException(expression, "Unmatched ).");
                }

                operators.Pop();
                expected = Expect.Operator;
            }
            else
            {
                Check(expression, expected, Expect.Operand);
                operands.Push(new TagExpression.Literal(text));
                expected = Expect.Operator;
            }
        }

        if (expected == Expect.Operand)
        {
            throw new TagExpressionException(expression, "Expected operand.");
        }

        while (operators.Count > 0)
        {
            var op = operators.Pop();
            if (op == "(")
            {
                throw new TagExpressionException(expression, "Unmatched (.");
            }

            Reduce(expression, op, operands);
        }

        return operands.Pop();
    }

    private static bool IsOperator(string token) => token is "not" or "and" or "or";

    private static int Precedence(string op) => op switch
    {
        "or" => 0,
        "and" => 1,
        _ => 2,
    };

    private static void Check(string expression, Expect actual, Expect wanted)
    {
        if (actual != wanted)
        {
            throw new TagExpressionException(expression, actual == Expect.Operand ? "Expected operand." : "Expected operator.");
        }
    }

    private static void Reduce(string expression, string op, Stack<TagExpression> operands)
    {
        var needed = op == "not" ? 1 : 2;
        if (operands.Count < needed)
        {
            throw new TagExpressionException(expression, "Expected operand.");
        }

        var right = operands.Pop();
        operands.Push(op switch
        {
            "not" => new TagExpression.Not(right),
            "and" => new TagExpression.And(operands.Pop(), right),
            _ => new TagExpression.Or(operands.Pop(), right),
        });
    }

    /// <summary>Splits on whitespace and parentheses; a backslash makes the next (, ), \ or whitespace literal.</summary>
    private static List<(string Text, bool IsLiteral)> Tokenize(string expression)
    {
        var tokens = new List<(string, bool)>();
        var current = new StringBuilder();
        var escaped = false;
        var hadEscape = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                var text = current.ToString();
                // An escaped word such as `\and` would be an illegal escape, so only plain words can be operators.
                tokens.Add((text, hadEscape || !IsOperator(text)));
                current.Clear();
                hadEscape = false;
            }
        }

        foreach (var character in expression)
        {
            if (escaped)
            {
                if (character is not ('(' or ')' or '\\') && !char.IsWhiteSpace(character))
                {
                    throw new TagExpressionException(expression, $"Illegal escape before \"{character}\".");
                }

                current.Append(character);
                escaped = false;
                hadEscape = true;
            }
            else if (character == '\\')
            {
                escaped = true;
            }
            else if (char.IsWhiteSpace(character))
            {
                Flush();
            }
            else if (character is '(' or ')')
            {
                Flush();
                tokens.Add((character.ToString(), false));
            }
            else
            {
                current.Append(character);
            }
        }

        if (escaped)
        {
            throw new TagExpressionException(expression, "Illegal escape at the end.");
        }

        Flush();
        return tokens;
    }
}
