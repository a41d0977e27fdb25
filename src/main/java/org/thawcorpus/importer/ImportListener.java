package org.thawcorpus.importer;

/** Told how far an import has got, before each file and at the end. */
@FunctionalInterface
public interface ImportListener {

	/** A listener that ignores what it is told. */
	ImportListener NONE = (progress) -> {
	};

	void progress(ImportProgress progress);

	/** Tells this listener, then the other. */
	default ImportListener andThen(ImportListener other) {
		return (progress) -> {
			progress(progress);
			other.progress(progress);
		};
	}

}
