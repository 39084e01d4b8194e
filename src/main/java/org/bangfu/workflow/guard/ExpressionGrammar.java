package org.bangfu.workflow.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    private enum Kind { IDENT, NUMBER, STRING, SYMBOL, CLOSE, EOF }

    private record Token(Kind kind, String text, Object value, int at) {
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "empty", "true", "false", "null", "instanceof");

    private static final class Lexer {
        private final String text;
        private final boolean delimited;
        private int pos;

        Lexer(String text, int pos, boolean delimited) {
            this.text = text;
            this.pos = pos;
            this.delimited = delimited;
        }

        Token next() throws NotAllowed {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            int start = pos;
            if (pos >= text.length()) {
                if (delimited) {
                    throw new NotAllowed("the expression is not closed with '}'");
                }
                return new Token(Kind.EOF, "", null, start);
            }
            char c = text.charAt(pos);
            if (c == '}') {
                if (!delimited) {
                    throw new NotAllowed("'}' is not allowed here");
                }
                pos++;
                return new Token(Kind.CLOSE, "}", null, start);
            }
            if (isIdentStart(c)) {
                while (pos < text.length() && isIdentPart(text.charAt(pos))) {
                    pos++;
                }
                return new Token(Kind.IDENT, text.substring(start, pos), null, start);
            }
            if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
                return number(start);
            }
            if (c == '\'' || c == '"') {
                return string(c, start);
            }
            for (String symbol : List.of("==", "!=", "<=", ">=", "&&", "||")) {
                if (text.startsWith(symbol, pos)) {
                    pos += 2;
                    return new Token(Kind.SYMBOL, symbol, null, start);
                }
            }
            if ("<>!+-*/%(),.?:".indexOf(c) >= 0) {
                pos++;
                return new Token(Kind.SYMBOL, String.valueOf(c), null, start);
            }
            throw new NotAllowed("the character '" + c + "' is not allowed in an expression");
        }

        private Token number(int start) throws NotAllowed {
            boolean decimal = false;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length()
                    && isDigit(text.charAt(pos + 1))) {
                decimal = true;
                pos++;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                decimal = true;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                int digits = pos;
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (digits == pos) {
                    throw new NotAllowed("malformed number");
                }
            }
            if (pos < text.length() && isIdentPart(text.charAt(pos))) {
                throw new NotAllowed("malformed number");
            }
            String literal = text.substring(start, pos);
            try {
                Object value = decimal ? (Object) Double.valueOf(literal) : (Object) Long.valueOf(literal);
                return new Token(Kind.NUMBER, literal, value, start);
            } catch (NumberFormatException e) {
                throw new NotAllowed("malformed number");
            }
        }

        private Token string(char quote, int start) throws NotAllowed {
            pos++;
            StringBuilder value = new StringBuilder();
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == quote) {
                    return new Token(Kind.STRING, text.substring(start, pos), value.toString(), start);
                }
                if (c == '\\') {
                    if (pos >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(pos++);
                    if (escaped != '\\' && escaped != '\'' && escaped != '"') {
                        throw new NotAllowed("unknown escape in a string");
                    }
                    value.append(escaped);
                } else {
                    value.append(c);
                }
            }
            throw new NotAllowed("a string is not closed");
        }

        private static boolean isIdentStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isIdentPart(char c) {
            return isIdentStart(c) || isDigit(c);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    private static final class Parser {
        private final Lexer lexer;
        private Token token;
        private Token peeked;
        private int depth;

        Parser(String text, int pos, boolean delimited) {
            this.lexer = new Lexer(text, pos, delimited);
        }

        Node parseWhole() throws NotAllowed {
            advance();
            if (token.kind == Kind.CLOSE || token.kind == Kind.EOF) {
                throw new NotAllowed("empty expression");
            }
            Node node = expression();
            if (token.kind != Kind.CLOSE && token.kind != Kind.EOF) {
                throw new NotAllowed("unexpected '" + token.text + "'");
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

        private Token peek() throws NotAllowed {
            if (peeked == null) {
                peeked = lexer.next();
            }
            return peeked;
        }

        private boolean is(String... texts) {
            if (token.kind != Kind.SYMBOL && token.kind != Kind.IDENT) {
                return false;
            }
            for (String t : texts) {
                if (token.text.equals(t)) {
                    return true;
                }
            }
            return false;
        }

        private void expect(String symbol) throws NotAllowed {
            if (token.kind != Kind.SYMBOL || !token.text.equals(symbol)) {
                throw new NotAllowed("'" + symbol + "' expected but found '" + token.text + "'");
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
                String operator = token.text;
                advance();
                Node right = binary(level + 1);
                left = new Operation(operator, List.of(left, right));
            }
            return left;
        }

        private Node unary() throws NotAllowed {
            if (is("!", "not", "-", "empty")) {
                String operator = token.text;
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
            Token t = token;
            switch (t.kind) {
                case NUMBER, STRING -> {
                    advance();
                    return new Literal(t.value);
                }
                case SYMBOL -> {
                    if (t.text.equals("(")) {
                        advance();
                        Node inner = expression();
                        expect(")");
                        return inner;
                    }
                    throw new NotAllowed("unexpected '" + t.text + "'");
                }
                case IDENT -> {
                    return identifier(t);
                }
                default -> throw new NotAllowed("incomplete expression");
            }
        }

        private Node identifier(Token t) throws NotAllowed {
            String name = t.text;
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
                    if (KEYWORDS.contains(name)) {
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
            if (token.kind != Kind.IDENT) {
                throw new NotAllowed("a name is expected after '.'");
            }
            String member = token.text;
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
            if (token.kind == Kind.IDENT && GuardRules.CONTEXT_ARGUMENTS.contains(token.text)) {
                Token next = peek();
                if (next.kind == Kind.SYMBOL && (next.text.equals(",") || next.text.equals(")"))) {
                    String name = token.text;
                    advance();
                    return new ContextArgument(name);
                }
            }
            return expression();
        }
    }
}
