package org.thawcorpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text cut into words by the index's own analyzer chains ({@link CorpusAnalysis}), so
 * that what is highlighted is what the index matched: each word with where it stands and
 * the terms indexed for it (as written and as its stem).
 *
 * @param words the words, in order
 */
record TextTokens(List<Token> words) {

	static final Analyzer INDEXED = CorpusAnalysis.build(CorpusAnalysis.INDEXED_FILTERS);

	static final Analyzer QUERIED = CorpusAnalysis.build(CorpusAnalysis.QUERIED_FILTERS);

	static final Analyzer EXACT = CorpusAnalysis.build(CorpusAnalysis.EXACT_FILTERS);

	TextTokens {
		words = List.copyOf(words);
	}

	/**
	 * A word of the text.
	 *
	 * @param start offset of its first character
	 * @param end offset just after its last
	 * @param terms the terms indexed at its position
	 */
	record Token(int start, int end, List<String> terms) {

	}

	/**
	 * The words of a text as an analyzer indexes them. Where the analyzer drops a
	 * possessive ("Khrushchev's" indexed as khrushchev), the word ends before it, as a
	 * name's annotation does.
	 */
	static TextTokens of(Analyzer analyzer, String text) {
		List<Token> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() == 0 && !words.isEmpty()) {
					Token last = words.remove(words.size() - 1);
					List<String> terms = new ArrayList<>(last.terms());
					terms.add(term.toString());
					words.add(new Token(last.start(), last.end(), terms));
				}
				else {
					int end = offset.endOffset();
					if (end - offset.startOffset() > 2 && isPossessive(text, end)
							&& !isPossessive(term, term.length())) {
						end -= 2;
					}
					words.add(new Token(offset.startOffset(), end, List.of(term.toString())));
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TextTokens(words);
	}

	private static boolean isPossessive(CharSequence text, int end) {
		if (end < 2) {
			return false;
		}
		char apostrophe = text.charAt(end - 2);
		char s = text.charAt(end - 1);
		return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S');
	}

	/** The terms of a query's words, one per position, as an analyzer makes them. */
	static List<String> terms(Analyzer analyzer, String text) {
		return of(analyzer, text).words().stream().map((t) -> t.terms().get(0)).toList();
	}

	/**
	 * A text folded for comparing and sorting: its words as a phrase in quotes matches
	 * them (case and diacritics folded, punctuation dropped), joined by spaces.
	 */
	static String folded(String text) {
		return String.join(" ", terms(EXACT, text));
	}

	/** A prefix or a single word folded as the analyzer folds words, without stemming. */
	static String normalize(Analyzer analyzer, String text) {
		return analyzer.normalize("text", text).utf8ToString();
	}

	/**
	 * Where the terms occur in a row, as [start, end) offsets of the first and last word;
	 * each word must have the term of its place among its own.
	 */
	List<MatchRanges.Range> sequence(List<String> terms) {
		List<MatchRanges.Range> found = new ArrayList<>();
		if (terms.isEmpty()) {
			return found;
		}
		for (int i = 0; i + terms.size() <= this.words.size(); i++) {
			boolean all = true;
			for (int k = 0; k < terms.size() && all; k++) {
				all = this.words.get(i + k).terms().contains(terms.get(k));
			}
			if (all) {
				found.add(new MatchRanges.Range(this.words.get(i).start(), this.words.get(i + terms.size() - 1).end()));
			}
		}
		return found;
	}

}
