package org.thawcorpus.annotation;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thawcorpus.annotation.parse.TextRecognition;

/**
 * The register's reading of texts, each text read once per transaction: the import of a
 * file annotates its passages and indexes them for search from one reading. Outside a
 * transaction every call reads the text afresh.
 */
@Component
public class Recognitions {

	private final AnnotationRegister register;

	Recognitions(AnnotationRegister register) {
		this.register = register;
	}

	/** What a text names and dates. */
	public TextRecognition of(String text) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return TextRecognition.of(this.register.recognizer(), text);
		}
		return read().computeIfAbsent(text, (t) -> TextRecognition.of(this.register.recognizer(), t));
	}

	/** The texts read in the current transaction, forgotten when it ends. */
	@SuppressWarnings("unchecked")
	private Map<String, TextRecognition> read() {
		Map<String, TextRecognition> read = (Map<String, TextRecognition>) TransactionSynchronizationManager
			.getResource(this);
		if (read == null) {
			Map<String, TextRecognition> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(Recognitions.this);
				}
			});
			read = fresh;
		}
		return read;
	}

}
