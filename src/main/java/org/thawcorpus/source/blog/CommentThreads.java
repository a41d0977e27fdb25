package org.thawcorpus.source.blog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * The comments of a saved blog page as its markup holds them, and who replies to whom.
 * <p>
 * A comment is a WordPress {@code li.comment} (or {@code li.pingback},
 * {@code li.trackback}, a {@code div} or {@code article} of id {@code comment-N}), an
 * Epoch {@code div[data-comment-id]}, a Blogger {@code li.comment} of a
 * {@code .comment-thread}, or an older Blogger {@code dt.comment-author} with the
 * {@code dd} elements after it. An element of that shape inside another with no list or
 * thread between them is the same comment's body, not a reply. A comment replies to the
 * comment an Epoch wrapper names ({@code child-of-N}), else to the comment it is nested
 * in (WordPress's {@code ol.children}, Blogger's {@code .comment-replies}), else, where
 * the markup is broken and replies stand beside their parent, to the latest comment one
 * level shallower by its {@code depth-N} class, or the comment just before its
 * {@code .children} list.
 */
final class CommentThreads {

	private static final String UNITS = "li.comment, li.pingback, li.trackback, div.comment, article.comment, "
			+ "li[id~=^comment-\\d+$], div[id~=^comment-\\d+$], article[id~=^comment-\\d+$], div[data-comment-id]";

	private static final Pattern CHILD_OF = Pattern.compile("(?:^|\\s)child-of-(\\d+)(?:\\s|$)");

	private static final Pattern DEPTH = Pattern.compile("(?:^|\\s)depth-(\\d+)(?:\\s|$)");

	private static final Pattern ID = Pattern.compile("(?:li-)?(?:comment-|c)(\\d+)");

	private static final Pattern THREAD_WORDS = Pattern.compile("(?i).*(?:children|child|replies|thread).*");

	/**
	 * One comment's elements.
	 *
	 * @param root the element of the comment (for an older Blogger comment, its
	 * {@code dt})
	 * @param parts the root and any elements after it that belong to it
	 * @param pingback whether the markup marks it a pingback or trackback
	 * @param parent the index of the comment it replies to, or -1
	 */
	record Unit(Element root, List<Element> parts, boolean pingback, int parent) {

	}

	private CommentThreads() {
	}

	/** The comments in page order, each with the comment it replies to. */
	static List<Unit> find(HtmlPage page, ElementIndex elements) {
		List<Element> roots = new ArrayList<>();
		Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Element e : elements.select(UNITS + ", dt.comment-author")) {
			Element outer = enclosing(e, rootSet);
			boolean sameComment = outer != null && !threadBetween(e, outer);
			if (!sameComment && hasContent(page, e)) {
				roots.add(e);
				rootSet.add(e);
			}
		}
		Map<String, Integer> byId = new HashMap<>();
		Map<Element, Integer> index = new IdentityHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			index.put(roots.get(i), i);
			for (String id : List.of(roots.get(i).id(), roots.get(i).attr("data-comment-id"))) {
				Matcher m = ID.matcher(id);
				if (m.matches() || id.matches("\\d+")) {
					byId.putIfAbsent(m.matches() ? m.group(1) : id, i);
				}
			}
		}
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < roots.size(); i++) {
			Element root = roots.get(i);
			int parent = parent(root, i, rootSet, index, byId, roots);
			units.add(new Unit(root, parts(root), isPingback(root), (parent < i) ? parent : -1));
		}
		return units;
	}

	private static int parent(Element root, int i, Set<Element> rootSet, Map<Element, Integer> index,
			Map<String, Integer> byId, List<Element> roots) {
		for (Element e = root; e != null; e = e.parent()) {
			Matcher childOf = CHILD_OF.matcher(e.className());
			if (childOf.find() && byId.containsKey(childOf.group(1))) {
				return byId.get(childOf.group(1));
			}
			if (e != root && rootSet.contains(e)) {
				break;
			}
		}
		Element outer = enclosing(root, rootSet);
		if (outer != null) {
			return index.get(outer);
		}
		int depth = depth(root);
		if (depth > 1) {
			for (int j = i - 1; j >= 0; j--) {
				if (depth(roots.get(j)) == depth - 1) {
					return j;
				}
			}
		}
		Element list = root.parent();
		if (list != null && list.hasClass("children") && list.previousElementSibling() != null
				&& rootSet.contains(list.previousElementSibling())) {
			return index.get(list.previousElementSibling());
		}
		return -1;
	}

	/** The nearest comment element around an element, or null. */
	private static Element enclosing(Element e, Set<Element> roots) {
		for (Element at = e.parent(); at != null; at = at.parent()) {
			if (roots.contains(at)) {
				return at;
			}
		}
		return null;
	}

	/**
	 * Whether a list or a thread container stands between an element and an outer one.
	 */
	private static boolean threadBetween(Element inner, Element outer) {
		for (Element at = inner.parent(); at != null && at != outer; at = at.parent()) {
			String tag = at.normalName();
			if (tag.equals("ol") || tag.equals("ul") || tag.equals("dl")
					|| THREAD_WORDS.matcher(at.className()).matches()) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasContent(HtmlPage page, Element e) {
		List<Element> parts = parts(e);
		return parts.stream().flatMap((p) -> page.within(p).stream()).anyMatch((b) -> !b.isFurniture());
	}

	/** An older Blogger comment's {@code dt} and the {@code dd} elements after it. */
	private static List<Element> parts(Element root) {
		if (!root.normalName().equals("dt")) {
			return List.of(root);
		}
		List<Element> parts = new ArrayList<>(List.of(root));
		for (Element next = root.nextElementSibling(); next != null
				&& next.normalName().equals("dd"); next = next.nextElementSibling()) {
			parts.add(next);
		}
		return parts;
	}

	private static boolean isPingback(Element root) {
		return root.hasClass("pingback") || root.hasClass("trackback");
	}

	private static int depth(Element e) {
		Matcher m = DEPTH.matcher(e.className());
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	/** Each block's comment: the index of the innermost comment it lies in, or -1. */
	static int[] owners(HtmlPage page, List<Unit> units) {
		int[] owners = new int[page.blocks().size()];
		Arrays.fill(owners, -1);
		for (int i = 0; i < units.size(); i++) {
			for (Element part : units.get(i).parts()) {
				for (TextBlock block : page.within(part)) {
					owners[block.number() - 1] = i;
				}
			}
		}
		return owners;
	}

}
