package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.importer.ImportReport.FileReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import report as the corpus page and the report's page show it: failed files first,
 * then skipped paths, then the rest, each by path, a page at a time; and its totals,
 * which follow every import.
 */
@CorpusTest
class ImportReportServiceTest {

	@TempDir
	Path dir;

	@Autowired
	SourceImporter importer;

	@Autowired
	ImportReportService reports;

	@Test
	void listsFailedFilesThenSkippedPathsThenTheRestEachByPathAPageAtATime() throws IOException {
		Path corpus = Files.createDirectories(this.dir.resolve("corpus"));
		Files.writeString(corpus.resolve("b-good.txt"), "A Good Copy\n\nA paragraph about 1956.\n");
		Files.writeString(corpus.resolve("a-good.txt"), "Another Good Copy\n\nA paragraph about 1957.\n");
		Files.write(corpus.resolve("z-empty.txt"), new byte[0]);
		Files.write(corpus.resolve("y-nul.txt"), new byte[] { 'a', 0, 'b' });
		Files.createSymbolicLink(corpus.resolve("d-broken.txt"), this.dir.resolve("gone.txt"));
		Files.createSymbolicLink(corpus.resolve("c-broken.txt"), this.dir.resolve("gone.txt"));
		this.importer.importSources(List.of(corpus.toString()));

		List<FileReport> byPath = this.reports.pageByPath(Pageable.unpaged()).getContent();
		List<FileReport> expected = new ArrayList<>(byPath);
		expected.sort(Comparator.comparingInt(ImportReportServiceTest::rank));
		assertThat(expected).extracting(FileReport::path)
			.startsWith("corpus/y-nul.txt", "corpus/z-empty.txt", "corpus/c-broken.txt", "corpus/d-broken.txt")
			.contains("corpus/a-good.txt", "corpus/b-good.txt");

		Page<FileReport> whole = this.reports.page(PageRequest.of(0, 1000));
		assertThat(whole.getContent()).extracting(FileReport::path)
			.containsExactlyElementsOf(expected.stream().map(FileReport::path).toList());
		assertThat(whole.getTotalElements()).isEqualTo(byPath.size());
		for (int size : new int[] { 1, 2, 3, 5 }) {
			List<String> paged = new ArrayList<>();
			Page<FileReport> page = this.reports.page(PageRequest.of(0, size));
			paged.addAll(page.getContent().stream().map(FileReport::path).toList());
			while (page.hasNext()) {
				page = this.reports.page(page.nextPageable());
				assertThat(page.getContent()).isNotEmpty();
				paged.addAll(page.getContent().stream().map(FileReport::path).toList());
			}
			assertThat(paged).as("pages of %d", size)
				.containsExactlyElementsOf(expected.stream().map(FileReport::path).toList());
			assertThat(page.getTotalPages()).isEqualTo((byPath.size() + size - 1) / size);
		}
		assertThat(this.reports.page(PageRequest.of(byPath.size(), 1)).getContent()).isEmpty();
	}

	@Test
	void theTotalsFollowEveryImport() throws IOException {
		ImportTotals before = this.reports.totals();
		Path corpus = Files.createDirectories(this.dir.resolve("corpus"));
		Path good = corpus.resolve("good.txt");
		Files.writeString(good, "A Good Copy\n\nA paragraph about 1956.\n");
		Files.createSymbolicLink(corpus.resolve("broken.txt"), this.dir.resolve("gone.txt"));
		this.importer.importSources(List.of(corpus.toString()));
		ImportTotals first = this.reports.totals();
		assertThat(first.imported()).isEqualTo(before.imported() + 1);
		assertThat(first.skipped()).isEqualTo(before.skipped() + 1);
		assertThat(first.failed()).isEqualTo(before.failed());
		assertThat(first.linesPresent()).isEqualTo(before.linesPresent() + 2);

		Files.write(good, new byte[] { 'a', 0, 'b' });
		this.importer.importSources(List.of(corpus.toString()));
		ImportTotals second = this.reports.totals();
		assertThat(second.failed()).isEqualTo(before.failed() + 1);
		assertThat(second.imported()).isEqualTo(before.imported());
		assertThat(second.files()).isEqualTo(first.files());
	}

	/** The report's order of statuses: failed, skipped, the rest. */
	private static int rank(FileReport file) {
		return switch (file.status()) {
			case FAILED -> 0;
			case SKIPPED -> 1;
			default -> 2;
		};
	}

}
