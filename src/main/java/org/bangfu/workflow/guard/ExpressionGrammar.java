package org.bangfu.workflow.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * A small tokenizer and parser for the expressions a model may contain: the allow-list grammar of
 * docs/security/deployment-rules.md. It accepts process variables (plain identifiers), literals, comparisons,
 * arithmetic, logical operators, parentheses, the ternary, and calls of allow-listed methods on allow-listed beans
 * ({@link GuardRules#EXPRESSION_BEANS}), to which {@code execution} or {@code task} may be passed. Everything else
 * (property access, brackets, functions, static calls, chained calls, lambdas, assignments) does not parse.
 * This is an allow-list by construction: whatever the grammar does not name is refused.
 */
public final class ExpressionGrammar {

    private ExpressionGrammar() {
    }

    /** Why an expression is refused. */
    public static final class NotAllowed extends Exception {
        NotAllowed(String message) {
            super(message, null, false, false);
        }
    }

    /** The parsed form of one {@code ${…}} expression. */
    public sealed interface Node permits Literal, Variable, Call, ContextArgument, ContextProperty, Operation {
    }

    public record Literal(Object value) implements Node {
    }

    public record Variable(String name) implements Node {
    }

    public record Call(String bean, String method, List<Node> arguments) implements Node {
    }

    public record ContextArgument(String name) implements Node {
    }

    public record ContextProperty(String context, String property) implements Node {
    }

    public record Operation(String operator, List<Node> operands) implements Node {
    }

    /** True when the text contains an expression delimiter ({@code ${} or {@code #{}) at all. */
    public static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /**
     * Parses a text that may mix literal text with {@code ${…}} / {@code #{…}} expressions and returns the
     * expressions in it (none for plain text).
     */
    public static List<Node> parseTemplate(String text) throws NotAllowed {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                if (i > 0 && text.charAt(i - 1) == '\\') {
                    throw new NotAllowed("escaped expression delimiters are not allowed");
                }
                Parser parser = new Parser(text, i + 2, true);
                nodes.add(parser.parseWhole());
                i = parser.lexer.pos;
            } else {
                i++;
            }
        }
        return nodes;
    }

    /** Parses one bare expression without delimiters (JUEL text of a DMN decision). */
    public static Node parseBare(String text) throws NotAllowed {
        String trimmed = text.trim();
        if (trimmed.startsWith("${") || trimmed.startsWith("#{")) {
            List<Node> nodes = parseTemplate(trimmed);
            if (nodes.size() != 1 || !(trimmed.endsWith("}"))) {
                throw new NotAllowed("one expression expected");
            }
            return nodes.get(0);
        }
        Parser parser = new Parser(text, 0, false);
        return parser.parseWhole();
    }

    // ------------------------------------------------------------------------------------------------------------

    private static final class Parser {
        private final ExpressionLexer.Lexer lexer;
        private ExpressionLexer.Token token;
        private ExpressionLexer.Token peeked;
        private int depth;

        Parser(String text, int pos, boolean delimited) {
            this.lexer = new ExpressionLexer.Lexer(text, pos, delimited);
        }

        Node parseWhole() throws NotAllowed {
            advance();
            if (token.kind() == ExpressionLexer.Kind.CLOSE || token.kind() == ExpressionLexer.Kind.EOF) {
                throw new NotAllowed("empty expression");
            }
            Node node = expression();
            if (token.kind() != ExpressionLexer.Kind.CLOSE && token.kind() != ExpressionLexer.Kind.EOF) {
                throw new NotAllowed("unexpected '" + token.text() + "'");
            }
            return node;
        }

        private void advance() throws NotAllowed {
            if (peeked != null) {
                token = peeked;
                peeked = null;
            } else {
                token = lexer.next();
            }
        }

        private ExpressionLexer.Token peek() throws NotAllowed {
            if (peeked == null) {
                peeked = lexer.next();
            }
            return peeked;
        }

        private boolean is(String... texts) {
            if (token.kind() != ExpressionLexer.Kind.SYMBOL && token.kind() != ExpressionLexer.Kind.IDENT) {
                return false;
            }
            for (String t : texts) {
                if (token.text().equals(t)) {
                    return true;
                }
            }
            return false;
        }

        private void expect(String symbol) throws NotAllowed {
            if (token.kind() != ExpressionLexer.Kind.SYMBOL || !token.text().equals(symbol)) {
                throw new NotAllowed("'" + symbol + "' expected but found '" + token.text() + "'");
            }
            advance();
        }

        private Node expression() throws NotAllowed {
            if (++depth > 64) {
                throw new NotAllowed("expression nested too deeply");
            }
            try {
                Node condition = binary(0);
                if (is("?")) {
                    advance();
                    Node then = expression();
                    expect(":");
                    Node otherwise = expression();
                    return new Operation("?:", List.of(condition, then, otherwise));
                }
                return condition;
            } finally {
                depth--;
            }
        }

        private static final List<List<String>> LEVELS = List.of(
                List.of("||", "or"),
                List.of("&&", "and"),
                List.of("==", "!=", "eq", "ne"),
                List.of("<", ">", "<=", ">=", "lt", "gt", "le", "ge"),
                List.of("+", "-"),
                List.of("*", "/", "%", "div", "mod"));

        private Node binary(int level) throws NotAllowed {
            if (level == LEVELS.size()) {
                return unary();
            }
            Node left = binary(level + 1);
            while (is(LEVELS.get(level).toArray(String[]::new))) {
                String operator = token.text();
                advance();
                Node right = binary(level + 1);
                left = new Operation(operator, List.of(left, right));
            }
            return left;
        }

        private Node unary() throws NotAllowed {
            if (is("!", "not", "-", "empty")) {
                String operator = token.text();
                advance();
                if (++depth > 64) {
                    throw new NotAllowed("expression nested too deeply");
                }
                try {
                    return new Operation("unary" + operator, List.of(unary()));
                } finally {
                    depth--;
                }
            }
            return primary();
        }

        private Node primary() throws NotAllowed {
            ExpressionLexer.Token t = token;
            switch (t.kind()) {
                case NUMBER, STRING -> {
                    advance();
                    return new Literal(t.value());
                }
                case SYMBOL -> {
                    if (t.text().equals("(")) {
                        advance();
                        Node inner = expression();
                        expect(")");
                        return inner;
                    }
                    throw new NotAllowed("unexpected '" + t.text() + "'");
                }
                case IDENT -> {
                    return identifier(t);
                }
                default -> throw new NotAllowed("incomplete expression");
            }
        }

        private Node identifier(ExpressionLexer.Token t) throws NotAllowed {
            String name = t.text();
            switch (name) {
                case "true", "false" -> {
                    advance();
                    return new Literal(Boolean.valueOf(name));
                }
                case "null" -> {
                    advance();
                    return new Literal(null);
                }
                default -> {
                    if (ExpressionLexer.KEYWORDS.contains(name)) {
                        throw new NotAllowed("'" + name + "' is not allowed here");
                    }
                }
            }
            advance();
            if (is("(")) {
                throw new NotAllowed("function '" + name + "' may not be called");
            }
            if (!is(".")) {
                if (GuardRules.EXPRESSION_BEANS.containsKey(name)) {
                    throw new NotAllowed("the bean '" + name + "' may only be called through its allowed methods");
                }
                if (GuardRules.CONTEXT_ARGUMENTS.contains(name)) {
                    throw new NotAllowed("'" + name + "' may only be passed to an allowed method");
                }
                return new Variable(name);
            }
            advance();
            if (token.kind() != ExpressionLexer.Kind.IDENT) {
                throw new NotAllowed("a name is expected after '.'");
            }
            String member = token.text();
            advance();
            Node result;
            if (is("(")) {
                if (!GuardRules.isAllowedCall(name, member)) {
                    throw new NotAllowed("'" + name + "." + member + "(…)' is not an allowed method call");
                }
                advance();
                List<Node> arguments = new ArrayList<>();
                if (!is(")")) {
                    arguments.add(argument());
                    while (is(",")) {
                        advance();
                        arguments.add(argument());
                    }
                }
                expect(")");
                result = new Call(name, member, arguments);
            } else {
                if (!GuardRules.isAllowedContextProperty(name, member)) {
                    throw new NotAllowed("property access '" + name + "." + member + "' is not allowed");
                }
                result = new ContextProperty(name, member);
            }
            if (is(".", "(")) {
                throw new NotAllowed("chained access after '" + name + "." + member + "' is not allowed");
            }
            return result;
        }

        private Node argument() throws NotAllowed {
            if (token.kind() == ExpressionLexer.Kind.IDENT && GuardRules.CONTEXT_ARGUMENTS.contains(token.text())) {
                ExpressionLexer.Token next = peek();
                if (next.kind() == ExpressionLexer.Kind.SYMBOL && (next.text().equals(",") || next.text().equals(")"))) {
                    String name = token.text();
                    advance();
                    return new ContextArgument(name);
                }
            }
            return expression();
        }
    }
}
