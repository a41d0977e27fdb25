package org.thawcorpus.search;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of a concordance: its lines (or its groups), and how many there are.
 *
 * @param request the concordance
 * @param passages the passages and citations that match
 * @param total the lines in all pages (of the group shown, if one is)
 * @param lines the page's lines, each with the address of its passage
 * @param groups a page of the groups with their sizes, largest first, when grouped and no
 * group is shown; else empty
 * @param groupShown how the group shown reads, or null
 * @param filters the chosen facet values, each with a link to the search without it
 */
public record ConcordanceView(ConcordanceRequest request, long passages, long total, Page<Row> lines,
		Page<GroupCount> groups, String groupShown, List<SearchResults.Filter> filters) {

	public ConcordanceView {
		filters = List.copyOf(filters);
	}

	/**
	 * A line with the page of the reading view that holds its passage.
	 *
	 * @param line the line
	 * @param href the passage's address, the query highlighted
	 */
	public record Row(ConcordanceLine line, String href) {

	}

	/**
	 * A group of lines.
	 *
	 * @param value the group's value, as the URL carries it
	 * @param label how it reads
	 * @param lines its lines
	 * @param link the concordance of its lines
	 */
	public record GroupCount(String value, String label, long lines, String link) {

	}

}
