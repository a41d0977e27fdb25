package org.thawcorpus.source.blog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A page's elements indexed once by class, id and tag, so that the many class selectors a
 * blog reader asks about cost a look-up each rather than a walk of the whole page.
 * Selectors of one element ({@code .a}, {@code #b}, {@code tag.a.b}, with at most one
 * attribute test {@code [a]}, {@code [a=v]}, {@code [a*=v]}, {@code [a~=regex]}) are
 * answered from the index; any other alternative ({@code div.comments > h4}) by jsoup.
 * Results come in page order, without repeats.
 */
final class ElementIndex {

	private static final Pattern SIMPLE = Pattern
		.compile("([a-z][a-z0-9]*)?((?:[.#][\\w-]+)*)(?:\\[([\\w-]+)(?:(=|\\*=|~=)([^\\]]+))?\\])?");

	private static final Pattern PART = Pattern.compile("([.#])([\\w-]+)");

	private final Element root;

	private final Map<String, List<Element>> byClass = new HashMap<>();

	private final Map<String, List<Element>> byId = new HashMap<>();

	private final Map<String, List<Element>> byTag = new HashMap<>();

	private final Map<Element, Integer> order = new IdentityHashMap<>();

	private final List<Element> all;

	private final Map<String, List<Element>> answers = new HashMap<>();

	private ElementIndex(Element root) {
		this.root = root;
		int n = 0;
		this.all = root.getAllElements();
		for (Element e : this.all) {
			this.order.put(e, n++);
			this.byTag.computeIfAbsent(e.normalName(), (k) -> new ArrayList<>()).add(e);
			if (!e.id().isEmpty()) {
				this.byId.computeIfAbsent(e.id(), (k) -> new ArrayList<>()).add(e);
			}
			for (String name : e.classNames()) {
				if (!name.isEmpty()) {
					this.byClass.computeIfAbsent(name, (k) -> new ArrayList<>()).add(e);
				}
			}
		}
	}

	/** Indexes the elements under (and including) a root. */
	static ElementIndex of(Element root) {
		return new ElementIndex(root);
	}

	/** The elements matching a selector list, in page order. */
	List<Element> select(String css) {
		return this.answers.computeIfAbsent(css, this::answer);
	}

	private List<Element> answer(String css) {
		Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
		for (String alternative : css.split(",")) {
			String simple = alternative.strip();
			Matcher m = SIMPLE.matcher(simple);
			if (m.matches() && !simple.isEmpty()) {
				found.addAll(simple(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
			}
			else {
				found.addAll(this.root.select(simple));
			}
		}
		List<Element> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt((e) -> this.order.getOrDefault(e, Integer.MAX_VALUE)));
		return List.copyOf(sorted);
	}

	private List<Element> simple(String tag, String parts, String attribute, String operator, String value) {
		List<String[]> wanted = new ArrayList<>();
		Matcher part = PART.matcher(parts);
		while (part.find()) {
			wanted.add(new String[] { part.group(1), part.group(2) });
		}
		List<Element> candidates;
		if (!wanted.isEmpty()) {
			String[] first = wanted.get(0);
			candidates = (first[0].equals(".") ? this.byClass : this.byId).getOrDefault(first[1], List.of());
		}
		else {
			candidates = (tag != null) ? this.byTag.getOrDefault(tag, List.of()) : this.all;
		}
		Pattern regex = "~=".equals(operator) ? Pattern.compile(value) : null;
		List<Element> matching = new ArrayList<>();
		for (Element e : candidates) {
			boolean all = tag == null || e.normalName().equals(tag);
			for (String[] w : wanted) {
				all = all && (w[0].equals(".") ? e.hasClass(w[1]) : e.id().equals(w[1]));
			}
			if (all && (attribute == null || attributeMatches(e, attribute, operator, value, regex))) {
				matching.add(e);
			}
		}
		return matching;
	}

	private static boolean attributeMatches(Element e, String attribute, String operator, String value, Pattern regex) {
		if (!e.hasAttr(attribute)) {
			return false;
		}
		String actual = e.attr(attribute);
		if (operator == null) {
			return true;
		}
		return switch (operator) {
			case "=" -> actual.strip().equalsIgnoreCase(value);
			case "*=" -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
			default -> regex.matcher(actual).find();
		};
	}

}
