package org.thawcorpus.source.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What a page's structure alone says is furniture, not the page's text: navigation, site
 * headers and footers, sidebars, forms and their controls, dialogs, hidden elements,
 * cookie notices, share buttons, breadcrumbs, links that only run a script
 * ({@code href="javascript:..."}) and link lists outside the main content. Decided from
 * elements, ARIA roles and class or id words, never from the text itself. A kind's reader
 * may call more blocks furniture from its own knowledge of the page's layout.
 */
public final class HtmlFurniture {

	private static final Map<String, String> TAGS = Map.of("nav", "navigation", "form", "form", "button", "button",
			"select", "form control", "input", "form control", "textarea", "form control", "dialog", "dialog", "iframe",
			"embedded frame", "noscript", "no-script notice");

	private static final Map<String, String> ROLES = Map.ofEntries(Map.entry("navigation", "navigation"),
			Map.entry("search", "search"), Map.entry("dialog", "dialog"), Map.entry("alertdialog", "dialog"),
			Map.entry("menu", "menu"), Map.entry("menubar", "menu"), Map.entry("toolbar", "toolbar"),
			Map.entry("tablist", "tabs"), Map.entry("contentinfo", "page footer"), Map.entry("button", "button"));

	/** Class or id words and what they name. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("cookie", "cookie notice"),
			Map.entry("cookies", "cookie notice"), Map.entry("consent", "cookie notice"),
			Map.entry("gdpr", "cookie notice"), Map.entry("share", "share buttons"),
			Map.entry("sharing", "share buttons"), Map.entry("sharedaddy", "share buttons"),
			Map.entry("social", "share buttons"), Map.entry("breadcrumb", "breadcrumbs"),
			Map.entry("breadcrumbs", "breadcrumbs"), Map.entry("navbar", "navigation"),
			Map.entry("navigation", "navigation"), Map.entry("nav", "navigation"), Map.entry("menu", "navigation"),
			Map.entry("sidebar", "sidebar"), Map.entry("advert", "advertisement"),
			Map.entry("advertisement", "advertisement"), Map.entry("ads", "advertisement"),
			Map.entry("newsletter", "subscription prompt"), Map.entry("subscribe", "subscription prompt"),
			Map.entry("skip", "skip link"), Map.entry("skiplink", "skip link"), Map.entry("toolbar", "toolbar"),
			Map.entry("banner", "banner"), Map.entry("masthead", "page header"), Map.entry("edit", "edit link"),
			Map.entry("editsection", "edit link"));

	/** Landmarks that are furniture at page level but part of an article inside one. */
	private static final Set<String> PAGE_LEVEL = Set.of("header", "footer", "aside");

	private static final Pattern WORD_SPLIT = Pattern.compile("[-_\\s]+");

	private static final Pattern HIDDEN_STYLE = Pattern
		.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

	private HtmlFurniture() {
	}

	/**
	 * Why the structure makes this element furniture, or null when it does not. Asked of
	 * each element that is not already inside furniture.
	 * @param e the element
	 * @param inContent whether it sits inside an article or the main content
	 */
	public static String reason(Element e, boolean inContent) {
		String tag = e.normalName();
		String byTag = TAGS.get(tag);
		if (byTag != null) {
			return byTag;
		}
		if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
				|| HIDDEN_STYLE.matcher(e.attr("style")).find()) {
			return "hidden";
		}
		if (tag.equals("a") && e.attr("href").strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
			return "script control";
		}
		String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
		if (ROLES.containsKey(role)) {
			return ROLES.get(role);
		}
		if (!inContent && (role.equals("banner") || tag.equals("header"))) {
			return "page header";
		}
		if (!inContent && tag.equals("footer")) {
			return "page footer";
		}
		if (!inContent && (role.equals("complementary") || tag.equals("aside"))) {
			return "sidebar";
		}
		String byWord = byWords(e);
		if (byWord != null) {
			return byWord;
		}
		if (!inContent && isLinkList(e)) {
			return "link list";
		}
		return null;
	}

	/** Whether the element is an article or the page's main content. */
	static boolean isContent(Element e) {
		String tag = e.normalName();
		return tag.equals("article") || tag.equals("main") || "main".equals(e.attr("role"))
				|| "article".equals(e.attr("role"));
	}

	private static String byWords(Element e) {
		if (e.normalName().equals("body") || e.normalName().equals("html")) {
			return null;
		}
		String named = byWords(e.id());
		return (named != null) ? named : byWords(e.className());
	}

	private static String byWords(String names) {
		if (names.isEmpty()) {
			return null;
		}
		for (String word : WORD_SPLIT.split(names.toLowerCase(Locale.ROOT))) {
			String named = WORDS.get(word);
			if (named != null) {
				return named;
			}
		}
		return null;
	}

	/** A list of three or more items whose text is nearly all link text. */
	private static boolean isLinkList(Element e) {
		String tag = e.normalName();
		if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("menu"))) {
			return false;
		}
		if (e.children().size() < 3) {
			return false;
		}
		int all = e.text().length();
		int linked = e.select("a").text().length();
		return all > 0 && linked >= 0.9 * all;
	}

}
