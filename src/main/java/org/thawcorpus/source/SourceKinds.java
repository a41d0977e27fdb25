package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The registered kinds of source, in the order of
 * {@code META-INF/services/org.thawcorpus.source.SourceKind}, and the one pure function
 * that recognises a source's kind and reads it.
 */
public final class SourceKinds {

	private static final List<SourceKind> ALL = load();

	private SourceKinds() {
	}

	/** Every registered kind, the fallback included. */
	public static List<SourceKind> all() {
		return ALL;
	}

	/** The kind that takes sources no other kind claims. */
	public static SourceKind fallback() {
		return ALL.stream().filter(SourceKind::isFallback).findFirst().orElseThrow();
	}

	/** Recognises a source's kind and reads it with that kind's reader. */
	public static ParsedDocument parse(SourceLines lines) {
		return read(KindDetector.detect(lines), (kind) -> kind.read(lines));
	}

	/**
	 * Reads a source with the kind detected for it, and says so when it fell to the
	 * fallback kind.
	 * @param detection the kind recognised
	 * @param reader how a kind reads the source
	 */
	public static ParsedDocument read(Detection detection, Function<SourceKind, ParsedDocument> reader) {
		ParsedDocument parsed = reader.apply(detection.reader());
		if (!detection.reader().isFallback()) {
			return parsed;
		}
		List<SourceNote> notes = new ArrayList<>();
		notes.add(new SourceNote(null, NoteKind.PLAIN_TEXT_FALLBACK,
				"Imported as plain text: " + detection.reason() + "."));
		notes.addAll(parsed.notes());
		return parsed.withNotes(notes);
	}

	private static List<SourceKind> load() {
		List<SourceKind> kinds = new ArrayList<>();
		ServiceLoader.load(SourceKind.class, SourceKind.class.getClassLoader()).forEach(kinds::add);
		long fallbacks = kinds.stream().filter(SourceKind::isFallback).count();
		if (fallbacks != 1) {
			throw new IllegalStateException(
					"Exactly one registered kind of source must be the fallback; found " + fallbacks + " in " + kinds);
		}
		return List.copyOf(kinds);
	}

}
