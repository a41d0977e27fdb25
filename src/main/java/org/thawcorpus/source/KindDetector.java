package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Recognises the kind of page a source is a copy of from its content alone, never from
 * its file name.
 * <p>
 * Each registered kind scores the structural markers it finds in the text (a book page's
 * "Rate this book" and star histogram, a blog's comments header and reply form, an
 * article's edit links and ISBN citations). The best score wins if it reaches
 * {@link #ENOUGH} and beats every other kind; otherwise the source goes to the fallback
 * kind (plain text), with a reason naming what was (not) found.
 */
public final class KindDetector {

	/** The least score that makes a kind. */
	static final int ENOUGH = 3;

	private KindDetector() {
	}

	/** Recognises the kind of a text copy. */
	public static Detection detect(SourceLines lines) {
		return detect((kind) -> kind.score(lines));
	}

	/**
	 * Recognises a source's kind from each registered kind's score of it.
	 * @param scorer how a kind scores the source (its text markers, or its markup's)
	 */
	public static Detection detect(Function<SourceKind, Score> scorer) {
		SourceKind fallback = SourceKinds.fallback();
		List<Scored> scores = new ArrayList<>();
		for (SourceKind kind : SourceKinds.all()) {
			if (!kind.isFallback()) {
				scores.add(new Scored(kind, scorer.apply(kind)));
			}
		}
		scores.sort(Comparator.comparingInt((Scored s) -> s.score().points()).reversed());
		Score best = scores.get(0).score();
		Score second = (scores.size() > 1) ? scores.get(1).score() : Score.none(fallback.kind());
		if (best.points() >= ENOUGH && best.points() > second.points()) {
			return new Detection(scores.get(0).kind(), Score.join(best.evidence()));
		}
		if (best.points() == 0) {
			return new Detection(fallback, "no structural markers of " + kindsNamed(scores));
		}
		if (best.points() >= ENOUGH) {
			return new Detection(fallback,
					"the markers are mixed: " + best.describe() + " against " + second.describe());
		}
		List<String> weak = scores.stream()
			.map(Scored::score)
			.filter((score) -> score.points() > 0)
			.map(Score::describe)
			.toList();
		return new Detection(fallback, "too few markers of any kind of page, only " + Score.join(weak));
	}

	/** "an article, blog post or book page". */
	private static String kindsNamed(List<Scored> scores) {
		List<String> names = scores.stream().map((s) -> s.kind().kind().label().toLowerCase()).toList();
		String first = names.get(0);
		String joined = (names.size() == 1) ? first
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
		return ("aeiou".indexOf(first.charAt(0)) >= 0 ? "an " : "a ") + joined;
	}

	private record Scored(SourceKind kind, Score score) {

	}

}
