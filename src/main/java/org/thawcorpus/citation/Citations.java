package org.thawcorpus.citation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Groups citations by the passage they stand in. */
public final class Citations {

	private Citations() {
	}

	/** Citations by passage id, each list in document order. */
	public static Map<Long, List<Citation>> byPassage(Collection<Citation> citations) {
		return citations.stream()
			.collect(Collectors.groupingBy((c) -> c.getPassage().getId(), LinkedHashMap::new, Collectors.toList()));
	}

}
