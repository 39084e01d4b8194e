package org.bangfu.workflow.guard;

import java.util.List;
import java.util.Set;

import org.bangfu.workflow.guard.ExpressionGrammar.NotAllowed;

/** The tokenizer of {@link ExpressionGrammar}: identifiers, numbers, strings, symbols, the closing brace. */
final class ExpressionLexer {

    private ExpressionLexer() {
    }

    enum Kind { IDENT, NUMBER, STRING, SYMBOL, CLOSE, EOF }

    record Token(Kind kind, String text, Object value, int at) {
    }

    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "div", "mod", "empty", "true", "false", "null", "instanceof");

    static final class Lexer {
        private final String text;
        private final boolean delimited;
        int pos;

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
}
