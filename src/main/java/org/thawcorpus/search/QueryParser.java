package org.thawcorpus.search;

import java.util.ArrayList;
import java.util.List;

import org.thawcorpus.search.QueryNode.All;
import org.thawcorpus.search.QueryNode.Any;
import org.thawcorpus.search.QueryNode.Fuzzy;
import org.thawcorpus.search.QueryNode.Not;
import org.thawcorpus.search.QueryNode.Phrase;
import org.thawcorpus.search.QueryNode.Prefix;
import org.thawcorpus.search.QueryNode.Word;

/**
 * Reads a query as a historian types it: words (all must match), "phrases in quotes",
 * prefix*, spelling~, AND, OR, NOT (in capitals), +word and -word, and parentheses. Pure
 * function; a query it cannot read raises an exception whose message says what to fix.
 */
final class QueryParser {

	static final int MAX_LENGTH = 500;

	static final int MAX_TERMS = 32;

	private static final String QUOTES = "\"“”„«»";

	private final List<Token> tokens;

	private int next;

	private int terms;

	private QueryParser(List<Token> tokens) {
		this.tokens = tokens;
	}

	/**
	 * The parsed query.
	 * @throws QuerySyntaxException if the query cannot be read, with a message saying
	 * what to change
	 */
	static QueryNode parse(String query) {
		String q = (query != null) ? query.strip() : "";
		if (q.isEmpty()) {
			throw new QuerySyntaxException("Type a word to search for.");
		}
		if (q.length() > MAX_LENGTH) {
			throw new QuerySyntaxException(
					"The query is " + q.length() + " characters long: shorten it to at most " + MAX_LENGTH + ".");
		}
		QueryParser parser = new QueryParser(tokenize(q));
		if (parser.tokens.isEmpty()) {
			throw new QuerySyntaxException(
					"\"" + q + "\" has no letters or digits to search for: type a word, as in Thaw.");
		}
		QueryNode node = parser.or();
		if (parser.peek() != null) {
			throw new QuerySyntaxException(
					"A closing parenthesis \")\" closes nothing: remove it, or add \"(\" before the words it should group.");
		}
		if (!findsSomething(node)) {
			throw new QuerySyntaxException("The query only says what to leave out: add a word to find, "
					+ "as in word NOT other, or word -other.");
		}
		return node;
	}

	private QueryNode or() {
		List<QueryNode> parts = new ArrayList<>();
		parts.add(and());
		while (peekIs(Kind.OR)) {
			this.next++;
			if (atOperandEnd()) {
				throw new QuerySyntaxException("OR needs a word on both sides, as in word OR other.");
			}
			parts.add(and());
		}
		return (parts.size() == 1) ? parts.get(0) : new Any(parts);
	}

	private QueryNode and() {
		List<QueryNode> parts = new ArrayList<>();
		while (true) {
			Token token = peek();
			if (token == null || token.kind() == Kind.CLOSE || token.kind() == Kind.OR) {
				break;
			}
			if (token.kind() == Kind.AND) {
				this.next++;
				if (parts.isEmpty() || atOperandEnd()) {
					throw new QuerySyntaxException("AND needs a word on both sides, as in word AND other.");
				}
				continue;
			}
			parts.add(unary());
		}
		if (parts.isEmpty()) {
			Token token = peek();
			if (token != null && token.kind() == Kind.OR) {
				throw new QuerySyntaxException("OR needs a word on both sides, as in word OR other.");
			}
			if (token != null && token.kind() == Kind.CLOSE) {
				throw new QuerySyntaxException(
						"The parentheses enclose nothing: put words between them, as in (word OR other), or remove them.");
			}
			throw new QuerySyntaxException("Type a word to search for.");
		}
		return (parts.size() == 1) ? parts.get(0) : new All(parts);
	}

	private QueryNode unary() {
		Token token = peek();
		if (token.kind() == Kind.NOT) {
			this.next++;
			if (atOperandEnd()) {
				throw new QuerySyntaxException(
						"NOT needs a word after it, as in word NOT other: add one or remove the NOT.");
			}
			return new Not(unary());
		}
		if (token.kind() == Kind.MINUS) {
			this.next++;
			return new Not(primary());
		}
		if (token.kind() == Kind.PLUS) {
			this.next++;
		}
		return primary();
	}

	private QueryNode primary() {
		Token token = peek();
		if (token == null || token.kind() != Kind.OPEN && token.kind() != Kind.WORD && token.kind() != Kind.PHRASE) {
			throw new QuerySyntaxException("A + or - must stand right before a word, as in -word.");
		}
		this.next++;
		if (token.kind() == Kind.OPEN) {
			if (peekIs(Kind.CLOSE)) {
				throw new QuerySyntaxException(
						"The parentheses enclose nothing: put words between them, as in (word OR other), or remove them.");
			}
			QueryNode inner = or();
			if (!peekIs(Kind.CLOSE)) {
				throw new QuerySyntaxException(
						"A parenthesis \"(\" is opened but not closed: add \")\" after the words it groups, or remove it.");
			}
			this.next++;
			return inner;
		}
		if (++this.terms > MAX_TERMS) {
			throw new QuerySyntaxException("The query has more than " + MAX_TERMS + " words: use fewer.");
		}
		if (token.kind() == Kind.PHRASE) {
			return new Phrase(token.text());
		}
		return word(token.text());
	}

	private static QueryNode word(String text) {
		int star = text.indexOf('*');
		if (star >= 0) {
			if (!hasLetterOrDigit(text)) {
				throw new QuerySyntaxException(
						"A * cannot stand alone: write it after the start of a word, as in revolution*.");
			}
			if (star != text.length() - 1) {
				throw new QuerySyntaxException("Put * only at the end of a word, as in revol*; \"" + text + "\" has it "
						+ ((star == 0) ? "at the start." : "inside."));
			}
			return new Prefix(text.substring(0, star));
		}
		if (text.endsWith("~")) {
			String body = text.substring(0, text.length() - 1);
			if (body.contains("~")) {
				throw new QuerySyntaxException("Put a single ~ at the end of a word, as in word~.");
			}
			return new Fuzzy(body);
		}
		return new Word(text);
	}

	private boolean atOperandEnd() {
		Token token = peek();
		return token == null || token.kind() == Kind.CLOSE || token.kind() == Kind.OR || token.kind() == Kind.AND;
	}

	private Token peek() {
		return (this.next < this.tokens.size()) ? this.tokens.get(this.next) : null;
	}

	private boolean peekIs(Kind kind) {
		Token token = peek();
		return token != null && token.kind() == kind;
	}

	private static boolean findsSomething(QueryNode node) {
		if (node instanceof Not) {
			return false;
		}
		if (node instanceof All all) {
			return all.parts().stream().anyMatch(QueryParser::findsSomething);
		}
		if (node instanceof Any any) {
			return any.parts().stream().allMatch(QueryParser::findsSomething);
		}
		return true;
	}

	private static List<Token> tokenize(String q) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < q.length()) {
			char c = q.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '(' || c == ')') {
				tokens.add(new Token((c == '(') ? Kind.OPEN : Kind.CLOSE, String.valueOf(c)));
				i++;
			}
			else if (QUOTES.indexOf(c) >= 0) {
				int end = i + 1;
				while (end < q.length() && QUOTES.indexOf(q.charAt(end)) < 0) {
					end++;
				}
				if (end >= q.length()) {
					throw new QuerySyntaxException("The quotation mark before \"" + abbreviate(q.substring(i + 1))
							+ "\" is not closed: add a closing quotation mark after the phrase, or remove the opening one.");
				}
				String phrase = q.substring(i + 1, end).strip();
				if (!hasLetterOrDigit(phrase)) {
					throw new QuerySyntaxException(
							"The quotation marks enclose no words: put a phrase between them, as in \"two words\", or remove them.");
				}
				tokens.add(new Token(Kind.PHRASE, phrase));
				i = end + 1;
			}
			else if ((c == '-' || c == '+') && startsOperand(q, i + 1)) {
				tokens.add(new Token((c == '-') ? Kind.MINUS : Kind.PLUS, String.valueOf(c)));
				i++;
			}
			else if (c == '|') {
				tokens.add(new Token(Kind.OR, "|"));
				i++;
			}
			else {
				int end = i;
				while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '('
						&& q.charAt(end) != ')' && QUOTES.indexOf(q.charAt(end)) < 0) {
					end++;
				}
				String text = q.substring(i, end);
				i = end;
				switch (text) {
					case "AND", "&&" -> tokens.add(new Token(Kind.AND, text));
					case "OR", "||" -> tokens.add(new Token(Kind.OR, text));
					case "NOT" -> tokens.add(new Token(Kind.NOT, text));
					case "-", "+" -> throw new QuerySyntaxException(
							"A " + text + " must stand right before a word, as in " + text + "word, with no space.");
					default -> {
						if (hasLetterOrDigit(text) || text.contains("*")) {
							tokens.add(new Token(Kind.WORD, text));
						}
					}
				}
			}
		}
		return tokens;
	}

	private static boolean startsOperand(String q, int at) {
		if (at >= q.length()) {
			return false;
		}
		char c = q.charAt(at);
		return !Character.isWhitespace(c) && c != ')' && c != '-' && c != '+';
	}

	static boolean hasLetterOrDigit(String text) {
		return text.codePoints().anyMatch(Character::isLetterOrDigit);
	}

	private static String abbreviate(String text) {
		String t = text.strip();
		return (t.length() > 30) ? t.substring(0, 30) + "…" : t;
	}

	private enum Kind {

		WORD, PHRASE, AND, OR, NOT, PLUS, MINUS, OPEN, CLOSE

	}

	private record Token(Kind kind, String text) {

	}

}
