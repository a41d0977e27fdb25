package org.thawcorpus.source.article;

import java.util.List;

import org.jsoup.nodes.Element;

import org.thawcorpus.source.LineRole;
import org.thawcorpus.source.html.HtmlPage;
import org.thawcorpus.source.html.TextBlock;

/**
 * The parts of a wiki page that are not its running text, found by their markup: the
 * contents box, navigation boxes, hatnotes, notice boxes, the tagline and the "Retrieved
 * from" line (furniture); the infobox and the category links (metadata: what the wiki
 * says about the subject and how it files the page); image captions (text of the article,
 * read as such).
 */
final class WikiRegions {

	/** A kind of region: what its blocks become. */
	private record Region(String selector, LineRole role, String label) {

	}

	/** Labels for blocks, the first region that holds a block naming it. */
	private static final List<Region> REGIONS = List.of(
			new Region("#toc, .toc, .vector-toc, #mw-panel-toc, .vector-page-titlebar-toc", LineRole.FURNITURE,
					"table of contents"),
			new Region(".navbox, .vertical-navbox, #navbox, table[id^=navbox]", LineRole.FURNITURE, "navbox"),
			new Region(".mw-editsection", LineRole.FURNITURE, "edit link"),
			new Region(".hatnote, .dablink, .rellink", LineRole.FURNITURE, "hatnote"),
			new Region("table.ambox, table.mbox-small, table.ombox, table.tmbox, table.imbox, table.cmbox, "
					+ ".sistersitebox, .mw-message-box", LineRole.FURNITURE, "notice box"),
			new Region("#siteSub", LineRole.FURNITURE, "site tagline"),
			new Region("#contentSub, #contentSub2", LineRole.FURNITURE, "page subtitle"),
			new Region("#jump-to-nav", LineRole.FURNITURE, "jump link"),
			new Region(".mw-indicators", LineRole.FURNITURE, "page indicators"),
			new Region(".printfooter", LineRole.FURNITURE, "retrieval link"),
			new Region("#catlinks, .catlinks", LineRole.METADATA, "category"),
			new Region("table.infobox, .infobox_v2, table[id^=infobox], aside.portable-infobox, div.infobox",
					LineRole.METADATA, "infobox"),
			new Region(".thumbcaption, figcaption, .gallerytext", LineRole.PASSAGE, "caption"));

	/** Inline links that skip to the navigation ("Jump to navigation"). */
	private static final String JUMP_LINKS = "a.mw-jump-link";

	private final LineRole[] roles;

	private final String[] labels;

	private WikiRegions(int blocks) {
		this.roles = new LineRole[blocks + 1];
		this.labels = new String[blocks + 1];
	}

	/** Finds the regions of a page. */
	static WikiRegions of(HtmlPage page) {
		WikiRegions regions = new WikiRegions(page.blocks().size());
		for (Region region : REGIONS) {
			for (Element e : page.dom().body().select(region.selector())) {
				for (TextBlock block : page.within(e)) {
					regions.mark(block.number(), region.role(), region.label());
				}
			}
		}
		regions.markJumpLinks(page);
		return regions;
	}

	/** A block whose text is nothing but jump links. */
	private void markJumpLinks(HtmlPage page) {
		for (Element link : page.dom().body().select(JUMP_LINKS)) {
			page.blockOf(link).ifPresent((block) -> {
				String rest = block.text();
				for (Element other : block.element().select(JUMP_LINKS)) {
					rest = rest.replace(other.text(), "");
				}
				if (rest.isBlank()) {
					mark(block.number(), LineRole.FURNITURE, "jump link");
				}
			});
		}
	}

	private void mark(int block, LineRole role, String label) {
		if (this.roles[block] == null) {
			this.roles[block] = role;
			this.labels[block] = label;
		}
	}

	/** What a region makes of the block, or null when it lies in none. */
	LineRole role(int block) {
		return this.roles[block];
	}

	/** The region's label for the block, or null. */
	String label(int block) {
		return this.labels[block];
	}

}
