package org.thawcorpus.importer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.document.DocumentRepository;

import static org.assertj.core.api.Assertions.assertThat;

@CorpusTest
class SeedImportTest {

	@Autowired
	DocumentRepository documents;

	@Autowired
	ImportReportService reports;

	@Test
	void importsTheThreeSeedsAtStartup() {
		assertThat(this.documents.count()).isEqualTo(3);
		assertThat(this.reports.pageByPath(Pageable.unpaged()).getContent()).hasSize(3)
			.allSatisfy((f) -> assertThat(f.status()).isEqualTo(ImportStatus.IMPORTED));
	}

}
