package org.thawcorpus.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * What a researcher supplied about a source in the metadata file beside it: the facts a
 * reference needs that the copy does not state. Each value is null where the file does
 * not say.
 */
@Entity
@Table(name = "document_metadata")
public class DocumentMetadata {

	@Id
	private Long documentId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private Document document;

	private String fileName;

	private String title;

	private String authors;

	private String site;

	private String publisher;

	private String url;

	private String published;

	private LocalDate accessed;

	protected DocumentMetadata() {
	}

	/**
	 * The metadata supplied for a document.
	 * @param fileName the metadata file's name
	 * @param published an ISO 8601 year, month or day ("2018", "2018-07", "2018-07-29")
	 */
	public DocumentMetadata(Document document, String fileName, String title, List<String> authors, String site,
			String publisher, String url, String published, LocalDate accessed) {
		this.document = document;
		this.fileName = fileName;
		this.title = title;
		this.authors = authors.isEmpty() ? null : String.join("\n", authors);
		this.site = site;
		this.publisher = publisher;
		this.url = url;
		this.published = published;
		this.accessed = accessed;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	/** The metadata file's name ("post.txt.meta"). */
	public String getFileName() {
		return this.fileName;
	}

	/** The title to cite instead of the one read from the copy. */
	public String getTitle() {
		return this.title;
	}

	/** The authors, each "Family, Given" or a name to keep whole, in order. */
	public List<String> getAuthors() {
		return (this.authors == null) ? List.of() : Arrays.asList(this.authors.split("\n"));
	}

	/** The encyclopedia, blog or site the source appeared in. */
	public String getSite() {
		return this.site;
	}

	public String getPublisher() {
		return this.publisher;
	}

	/** The address of the original page. */
	public String getUrl() {
		return this.url;
	}

	/** When the source was published: an ISO 8601 year, month or day. */
	public String getPublished() {
		return this.published;
	}

	/** The day the copy was made from the original page. */
	public LocalDate getAccessed() {
		return this.accessed;
	}

	/**
	 * Whether another document's metadata supplies the same values from a file of the
	 * same name.
	 */
	public boolean sameAs(DocumentMetadata other) {
		return Objects.equals(this.fileName, other.fileName) && Objects.equals(this.title, other.title)
				&& Objects.equals(this.authors, other.authors) && Objects.equals(this.site, other.site)
				&& Objects.equals(this.publisher, other.publisher) && Objects.equals(this.url, other.url)
				&& Objects.equals(this.published, other.published) && Objects.equals(this.accessed, other.accessed);
	}

}
