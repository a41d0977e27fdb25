package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the site furniture at the head and foot of a text copy by its shape. */
class TextFurnitureTest {

	private static SourceLines lines(String... lines) {
		return SourceLines.of(String.join("\n", lines) + "\n");
	}

	private static TextFurniture find(SourceLines lines) {
		return TextFurniture.find(lines, FurnitureWords.COMMON, null);
	}

	/** The furniture's labels, line by line, null for other lines. */
	private static List<String> labels(SourceLines lines, TextFurniture furniture) {
		List<String> labels = new ArrayList<>();
		for (int n = 1; n <= lines.count(); n++) {
			labels.add(furniture.label(n));
		}
		return labels;
	}

	@Test
	void namesAMenuAtTheHeadAndAFooterAtTheFootAndLeavesThePageBetween() {
		SourceLines lines = lines("Skip to content", "Thaw Archive", "Menu", "Home", "Collections", "About us",
				"Search for:", "Sign in", "", "The Thaw on Stage", "", "In 1956 a studio opened in Moscow.", "",
				"Privacy policy", "Terms of use", "© 2024 Thaw Archive");
		TextFurniture furniture = find(lines);
		assertThat(labels(lines, furniture)).containsExactly("skip link", "page header", "site menu", "site menu",
				"site menu", "site menu", "search box", "sign-in prompt", null, null, null, null, null, "page footer",
				"page footer", "copyright line");
		assertThat(furniture.headEnd()).isEqualTo(8);
		assertThat(furniture.footStart()).isEqualTo(14);
	}

	@Test
	void stopsAMenuAtTheTitleUnderIt() {
		SourceLines lines = lines("Home", "My Books", "Browse ▾", "Genres", "Community ▾", "Sign in", "Join",
				"The Thaw Apartment", "Elena Varga", "4.05");
		assertThat(find(lines).headEnd()).isEqualTo(7);
	}

	@Test
	void takesNoTitleForAMenuOnTheStrengthOfOneWordUnderIt() {
		SourceLines lines = lines("A Title", "Genres", "Few novels of the period crossed so many of them.");
		TextFurniture furniture = find(lines);
		assertThat(furniture.headEnd()).isZero();
		assertThat(furniture.isFurniture(1)).isFalse();
	}

	@Test
	void neverReachesTheTitleThePageStates() {
		SourceLines lines = lines("Menu", "Home", "About", "News", "Search", "Blog", "", "Queues for Poetry",
				"Posted on July 29, 2018 by Anna Keller", "", "The square filled every evening.");
		TextFurniture furniture = TextFurniture.find(lines, FurnitureWords.COMMON,
				TitleCandidate.at(6, "a title the test states"));
		assertThat(furniture.headEnd()).isEqualTo(5);
		assertThat(furniture.isFurniture(6)).isFalse();
	}

	@Test
	void takesASidebarsArchivesTagsAndPostExcerptsAtTheFoot() {
		SourceLines lines = lines("The last paragraph of the post ends here.", "Popular Posts", "BGA process notes",
				"I've gotten a lot of requests recently to share some details on my BGA assembly process, so without "
						+ "further ado here it is! The board ...",
				"Blog Archive", "►  2016 (1)", "▼  May (1)", "Open Verilog flow for Silego GreenPak4 programmabl...",
				"Categories", "FPGA", "Current Events", "Debugging", "Infosec", "MEMS", "Teardowns", "Thesis", "Xilinx",
				"About Me", "Followers", "Copyright (C) 2016 A. Writer.");
		TextFurniture furniture = find(lines);
		assertThat(furniture.footStart()).isEqualTo(2);
		assertThat(furniture.label(4)).isEqualTo("recent posts");
		assertThat(furniture.label(8)).isEqualTo("archive");
		assertThat(furniture.label(13)).isEqualTo("tag list");
		assertThat(furniture.isFurniture(1)).isFalse();
	}

	@Test
	void leavesTheLastCommentAboveTheFooter() {
		SourceLines lines = lines("Vera says:", "August 2, 2018 at 6:40 pm", "Thanks for this!", "Reply",
				"Privacy policy", "Terms of use");
		TextFurniture furniture = find(lines);
		assertThat(furniture.footStart()).isEqualTo(4);
		assertThat(furniture.isFurniture(3)).isFalse();
	}

	@Test
	void leavesAKindsOwnWordsAtTheInnerEndOfARunToTheKind() {
		FurnitureWords words = FurnitureWords.COMMON.with((line) -> line.equals("Rate this book") ? "rating" : null);
		SourceLines lines = lines("Home", "Browse", "Sign in", "Join", "Rate this book", "The Thaw Apartment",
				"Elena Varga", "4.05", "The reviews end here.", "Rate this book", "Privacy", "Rate this book", "Terms");
		TextFurniture furniture = TextFurniture.find(lines, words, null);
		assertThat(furniture.headEnd()).isEqualTo(4);
		assertThat(furniture.isFurniture(5)).isFalse();
		assertThat(furniture.footStart()).isEqualTo(11);
		assertThat(furniture.label(12)).isEqualTo("rating");
	}

	@Test
	void findsNothingInAPageWithoutFurnitureNorInAPagesBlocks() {
		SourceLines essay = lines("The Weather of Politics", "", "Writers have long borrowed the seasons.");
		assertThat(find(essay).headEnd()).isZero();
		assertThat(find(essay).footStart()).isEqualTo(4);
		SourceLines blocks = SourceLines.ofBlocks(List.of("Home", "Sign in", "Privacy"),
				List.of(new LineOrigin("nav", 1, ""), new LineOrigin("nav", 1, ""), new LineOrigin("footer", 2, "")));
		assertThat(find(blocks).headEnd()).isZero();
		assertThat(find(blocks).isFurniture(1)).isFalse();
	}

	@Test
	void accountsTheFurnitureAKindsReaderSawBlankAndStatesTheTitleFound() {
		SourceLines lines = lines("Menu", "Home", "About", "Contact", "", "A Post", "By Anna Keller", "",
				"The text of the post.", "", "Privacy policy", "Terms of use");
		List<TextPage> seen = new ArrayList<>();
		ParsedDocument document = TextFurniture.read(lines, FurnitureWords.COMMON, TitleRules.GENERIC, (page) -> {
			seen.add(page);
			LineLedger ledger = new LineLedger(page.lines());
			ledger.assign(page.title().line(), LineRole.TITLE, "title", null);
			ledger.assign(7, LineRole.METADATA, "byline", null);
			ledger.assign(9, LineRole.PASSAGE, null, "p1");
			return new ParsedDocument(DocumentKind.of("TEXT"), "A Post", List.of(), List.of(), List.of(),
					ledger.uses());
		});
		assertThat(seen.get(0).title()).isEqualTo(TitleCandidate.at(6, "the line above the byline"));
		assertThat(seen.get(0).lines().isBlank(2)).as("the kind sees furniture blank").isTrue();
		assertThat(document.lines()).extracting(LineUse::role)
			.containsExactly(LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE,
					LineRole.BLANK, LineRole.TITLE, LineRole.METADATA, LineRole.BLANK, LineRole.PASSAGE, LineRole.BLANK,
					LineRole.FURNITURE, LineRole.FURNITURE);
		assertThat(document.lines().get(10).label()).isEqualTo("page footer");
	}

	@Test
	void takesMenuItemsByTheirShape() {
		assertThat(TextFurniture.isItem("My Books", false)).isTrue();
		assertThat(TextFurniture.isItem("Loading...", false)).isTrue();
		assertThat(TextFurniture.isItem("The square filled every evening.", false)).isFalse();
		assertThat(TextFurniture.isItem("CSCI 6974 - Hardware Reverse Engineering", false)).isFalse();
		assertThat(TextFurniture.isItem("CSCI 6974 - Hardware Reverse Engineering", true)).isTrue();
		assertThat(TextFurniture.isItem("A computer science professor at the University of Quebec writes this blog.",
				true))
			.isFalse();
	}

}
