package org.thawcorpus.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.thawcorpus.bibliography.CitationData;
import org.thawcorpus.bibliography.FoundCitation;
import org.thawcorpus.bibliography.Isbn;
import org.thawcorpus.bibliography.PersonName;
import org.thawcorpus.bibliography.WorkKey;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.Passage;

/**
 * A bibliographic citation where it stands in a passage: its raw text, its position, and
 * the fields parsed from it. Citations of the same work share a work key.
 */
@Entity
@Table(name = "citations")
public class Citation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citations_seq")
	@SequenceGenerator(name = "citations_seq", sequenceName = "citations_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "passage_id")
	private Passage passage;

	/**
	 * The document's sort key ({@link Document#titleSort(String)}), which orders the list
	 * of citations (a title never changes).
	 */
	private String documentTitle;

	private int position;

	private int startOffset;

	private int endOffset;

	private String raw;

	private String opener;

	private String closer;

	@Column(name = "pub_year")
	private Integer year;

	private String title;

	private String publisher;

	private String place;

	private String pages;

	private String isbn;

	private String isbn13;

	private Boolean isbnValid;

	private String isbnProblem;

	private String uncertain;

	private String workKey;

	/**
	 * For a footnote marker, the anchor of the works-cited passage it points to in the
	 * same document ("w3"); null for any other citation.
	 */
	private String entryAnchor;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "citation_contributors", joinColumns = @JoinColumn(name = "citation_id"))
	@OrderColumn(name = "position")
	private List<Contributor> contributors = new ArrayList<>();

	protected Citation() {
	}

	/**
	 * A citation found in a passage, with its parsed fields, its ISBN checked and its
	 * work key.
	 * @param position its 0-based position among the document's citations
	 */
	public Citation(Passage passage, int position, FoundCitation found) {
		this.document = passage.getDocument();
		this.documentTitle = this.document.getTitleSort();
		this.passage = passage;
		this.position = position;
		this.startOffset = found.start();
		this.endOffset = found.end();
		this.raw = found.raw();
		this.opener = bracket(found.opener());
		this.closer = bracket(found.closer());
		CitationData data = found.data();
		this.year = data.year();
		this.title = data.title();
		this.publisher = data.publisher();
		this.place = data.place();
		this.pages = data.pages();
		this.uncertain = data.uncertain().isEmpty() ? null
				: String.join(",", data.uncertain().stream().sorted().toList());
		if (data.isbn() != null) {
			Isbn isbn = Isbn.check(data.isbn());
			this.isbn = data.isbn();
			this.isbn13 = isbn.isbn13();
			this.isbnValid = isbn.valid();
			this.isbnProblem = isbn.problem();
		}
		this.workKey = WorkKey.of(data, found.workText());
		this.entryAnchor = (found.entry() != null) ? found.entry().anchor() : null;
		addContributors(ContributorRole.AUTHOR, data.authors());
		addContributors(ContributorRole.EDITOR, data.editors());
		addContributors(ContributorRole.TRANSLATOR, data.translators());
	}

	private void addContributors(ContributorRole role, List<PersonName> names) {
		for (PersonName name : names) {
			this.contributors.add(new Contributor(role, name.family(), name.given(), name.literal()));
		}
	}

	private static String bracket(char c) {
		return (c == 0) ? null : String.valueOf(c);
	}

	public Long getId() {
		return this.id;
	}

	public Document getDocument() {
		return this.document;
	}

	public Passage getPassage() {
		return this.passage;
	}

	/** Order within the document. */
	public int getPosition() {
		return this.position;
	}

	/** Offset of the citation's first character in the passage text. */
	public int getStartOffset() {
		return this.startOffset;
	}

	/** Offset just after the citation's last character in the passage text. */
	public int getEndOffset() {
		return this.endOffset;
	}

	/** The citation's text exactly as it stands, brackets included. */
	public String getRaw() {
		return this.raw;
	}

	/** The opening bracket, or null for a works-cited entry. */
	public String getOpener() {
		return this.opener;
	}

	/** The closing bracket, or null for a works-cited entry or an unclosed citation. */
	public String getCloser() {
		return this.closer;
	}

	public Integer getYear() {
		return this.year;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getPlace() {
		return this.place;
	}

	public String getPages() {
		return this.pages;
	}

	/** The ISBN as printed, or null. */
	public String getIsbn() {
		return this.isbn;
	}

	/** The ISBN-13 without hyphens when the printed ISBN is valid, otherwise null. */
	public String getIsbn13() {
		return this.isbn13;
	}

	/** Whether the printed ISBN is valid; null when there is none. */
	public Boolean getIsbnValid() {
		return this.isbnValid;
	}

	/** Why the printed ISBN is invalid, or null. */
	public String getIsbnProblem() {
		return this.isbnProblem;
	}

	/** Names of the fields the parser was unsure of. */
	public Set<String> getUncertain() {
		return (this.uncertain == null) ? Set.of() : new LinkedHashSet<>(Arrays.asList(this.uncertain.split(",")));
	}

	/** The key shared by every citation of the same work. */
	public String getWorkKey() {
		return this.workKey;
	}

	/**
	 * The anchor of the works-cited passage this footnote marker points to, or null when
	 * the citation is no marker.
	 */
	public String getEntryAnchor() {
		return this.entryAnchor;
	}

	public List<Contributor> getContributors() {
		return this.contributors;
	}

	/** The fields of this citation as the parser's record, for export and formatting. */
	public CitationData data() {
		return new CitationData(names(ContributorRole.AUTHOR), names(ContributorRole.EDITOR),
				names(ContributorRole.TRANSLATOR), this.year, this.title, this.publisher, this.place, this.pages,
				this.isbn, getUncertain());
	}

	private List<PersonName> names(ContributorRole role) {
		return contributors(role).stream()
			.map((c) -> new PersonName(c.getFamily(), c.getGiven(), c.getLiteral()))
			.toList();
	}

	/** The contributors in one role, in order. */
	public List<Contributor> contributors(ContributorRole role) {
		return this.contributors.stream().filter((c) -> c.getRole() == role).toList();
	}

	/** Whether the citation's brackets pair up (always true for works-cited entries). */
	public boolean isBracketsMatch() {
		if (this.opener == null) {
			return true;
		}
		String expected = switch (this.opener) {
			case "(" -> ")";
			case "[" -> "]";
			case "{" -> "}";
			default -> null;
		};
		return expected != null && expected.equals(this.closer);
	}

}
