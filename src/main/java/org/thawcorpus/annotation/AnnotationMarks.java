package org.thawcorpus.annotation;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.markup.Mark;
import org.thawcorpus.markup.PassageMarks;
import org.thawcorpus.markup.SegmentRun;

/**
 * Turns stored annotations into marks for the reading view, and counts them per layer.
 */
@Service
public class AnnotationMarks {

	/**
	 * Above this many passages, a document's annotations are read by document, not by
	 * passage.
	 */
	static final int BY_DOCUMENT_ABOVE = 500;

	private final AnnotationRepository annotations;

	AnnotationMarks(AnnotationRepository annotations) {
		this.annotations = annotations;
	}

	/** The marks of the chosen layers, looked up in one query per call. */
	public PassageMarks marks(LayerChoice choice) {
		Set<Layer> layers = choice.shown();
		if (layers.isEmpty()) {
			return PassageMarks.NONE;
		}
		return (documentId, passageIds) -> find(documentId, passageIds, layers);
	}

	/** The layer switch of a document. */
	@Transactional(readOnly = true)
	public LayerSwitch layerSwitch(long documentId, LayerChoice choice) {
		Map<Layer, Long> counts = new EnumMap<>(Layer.class);
		for (Object[] row : this.annotations.countByLayer(documentId)) {
			counts.put((Layer) row[0], ((Number) row[1]).longValue());
		}
		return new LayerSwitch(choice,
				Arrays.stream(Layer.values())
					.map((l) -> new LayerSwitch.Option(l, choice.shows(l), counts.getOrDefault(l, 0L)))
					.toList());
	}

	private Map<Long, List<Mark>> find(long documentId, Collection<Long> passageIds, Set<Layer> layers) {
		List<StoredMark> found;
		if (passageIds.size() > BY_DOCUMENT_ABOVE) {
			Set<Long> wanted = new HashSet<>(passageIds);
			found = this.annotations.findMarksOfDocument(documentId, layers)
				.stream()
				.filter((m) -> wanted.contains(m.passageId()))
				.toList();
		}
		else {
			found = this.annotations.findMarksOfPassages(passageIds, layers);
		}
		return found.stream()
			.collect(Collectors.groupingBy(StoredMark::passageId, LinkedHashMap::new,
					Collectors.mapping(AnnotationMarks::mark, Collectors.toList())));
	}

	/**
	 * The mark of an annotation: valued with the entity's id or the date's ISO form (a
	 * period's and a publication's with a prefix, {@link SegmentRun#PERIOD},
	 * {@link SegmentRun#PUBLICATION}), labelled with the layer and the entity's name or
	 * the date ("Person: Nikita Khrushchev", "Date: early 1950s (1950/1953)").
	 */
	static Mark mark(StoredMark stored) {
		if (stored.entityId() != null) {
			return new Mark(stored.start(), stored.end(), Mark.Type.ANNOTATION, stored.entityId(),
					stored.layer().label() + ": " + stored.entityName());
		}
		String iso = stored.normalized();
		String value = (stored.layer() == Layer.PUBLICATION) ? SegmentRun.PUBLICATION + iso
				: stored.period() ? SegmentRun.PERIOD + iso : iso;
		String shown = (stored.period() && Periods.isKey(iso)) ? Periods.labelWithYears(iso) : iso;
		return new Mark(stored.start(), stored.end(), Mark.Type.ANNOTATION, value,
				stored.layer().label() + ": " + shown);
	}

}
