package org.thawcorpus.annotation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.thawcorpus.system.BadRequestException;

/**
 * The annotation layers a reader chose to see, read from the {@code layers} parameter:
 * layer names separated by commas or repeated ({@code ?layers=person,place}), "all" or
 * "none". Without the parameter people and places are shown (or the choice a reader made
 * last, see {@link LayerMemory}); with it, only those it names (so a form whose boxes are
 * all unticked, which sends {@code layers=none}, shows none).
 *
 * @param shown the layers shown
 * @param given whether the parameter was given
 */
public record LayerChoice(Set<Layer> shown, boolean given) {

	/** People and places, as when the parameter is absent and no choice is remembered. */
	public static final LayerChoice DEFAULT = new LayerChoice(EnumSet.of(Layer.PERSON, Layer.PLACE), false);

	public LayerChoice {
		EnumSet<Layer> copy = EnumSet.noneOf(Layer.class);
		copy.addAll(shown);
		shown = Collections.unmodifiableSet(copy);
	}

	/**
	 * Reads the parameter's values; null means absent.
	 * @throws BadRequestException if a value names no layer
	 */
	public static LayerChoice parse(List<String> values) {
		if (values == null) {
			return DEFAULT;
		}
		EnumSet<Layer> shown = EnumSet.noneOf(Layer.class);
		for (String value : values) {
			for (String token : value.split(",")) {
				String name = token.strip().toLowerCase(Locale.ROOT);
				if (name.equals("all")) {
					shown.addAll(EnumSet.allOf(Layer.class));
				}
				else if (!name.isEmpty() && !name.equals("none")) {
					shown.add(layer(name));
				}
			}
		}
		return new LayerChoice(shown, true);
	}

	/**
	 * The layer a name means: its parameter name, singular or plural ("person", "people",
	 * "organization").
	 * @throws BadRequestException if it means none
	 */
	public static Layer layer(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT).replace('z', 's');
		for (Layer layer : Layer.values()) {
			if (key.equals(layer.param()) || key.equals(layer.param() + "s")
					|| key.equals(layer.title().toLowerCase(Locale.ROOT))) {
				return layer;
			}
		}
		throw new BadRequestException("There is no annotation layer \"" + abbreviate(name.strip())
				+ "\"; the layers are person, place, organisation, work, event, date and publication (or all, or none).");
	}

	public boolean shows(Layer layer) {
		return this.shown.contains(layer);
	}

	/** The choice as a parameter value: "person,place", "all" or "none". */
	public String param() {
		if (this.shown.isEmpty()) {
			return "none";
		}
		if (this.shown.size() == Layer.values().length) {
			return "all";
		}
		return this.shown.stream().map(Layer::param).collect(Collectors.joining(","));
	}

	static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
