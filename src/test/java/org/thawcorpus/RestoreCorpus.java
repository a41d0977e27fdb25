package org.thawcorpus;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thawcorpus.document.CorpusVersion;
import org.thawcorpus.document.Document;
import org.thawcorpus.document.DocumentRepository;
import org.thawcorpus.importer.ImportRecordRepository;
import org.thawcorpus.importer.SourceFiles;
import org.thawcorpus.importer.ThawProperties;
import org.thawcorpus.importer.write.DocumentWriter;

/**
 * Puts a shared corpus back as it was started: after each test, every document and import
 * record of a file outside the configured sources is deleted, from the search index too,
 * and the corpus's version raised (so no page rendered before is sent again).
 */
public class RestoreCorpus implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext extension) {
		ApplicationContext context = SpringExtension.getApplicationContext(extension);
		Set<String> configured = SourceFiles.list(context.getBean(ThawProperties.class).sources())
			.paths()
			.stream()
			.map((path) -> path.normalize().toString())
			.collect(Collectors.toSet());
		DocumentRepository documents = context.getBean(DocumentRepository.class);
		DocumentWriter writer = context.getBean(DocumentWriter.class);
		ImportRecordRepository records = context.getBean(ImportRecordRepository.class);
		new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult((status) -> {
			for (Document document : documents.findAll()) {
				if (!configured.contains(document.getSourcePath())) {
					writer.delete(document);
				}
			}
			records.findAll()
				.stream()
				.filter((record) -> !configured.contains(Path.of(record.getSourcePath()).normalize().toString()))
				.forEach(records::delete);
		});
		context.getBean(CorpusVersion.class).changed();
	}

}
