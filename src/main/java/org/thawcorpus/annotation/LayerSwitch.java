package org.thawcorpus.annotation;

import java.util.List;

/**
 * The layer switch of a document's reading view: every layer, whether it is shown, and
 * how many annotations the document has in it.
 *
 * @param choice the reader's choice
 * @param options one per layer, in order
 */
public record LayerSwitch(LayerChoice choice, List<Option> options) {

	public LayerSwitch {
		options = List.copyOf(options);
	}

	/** The document's annotations in all layers. */
	public long total() {
		return this.options.stream().mapToLong(Option::count).sum();
	}

	/**
	 * One layer of the switch.
	 *
	 * @param layer the layer
	 * @param shown whether it is shown
	 * @param count the document's annotations in it
	 */
	public record Option(Layer layer, boolean shown, long count) {

	}

}
