package org.thawcorpus.annotation;

/**
 * A layer's share of the corpus.
 *
 * @param layer the layer
 * @param mentioned the entities of the layer the corpus mentions (for dates, 0)
 * @param registered the register's entries of the layer (for dates, 0)
 * @param mentions the annotations in the layer
 */
public record LayerSummary(Layer layer, long mentioned, long registered, long mentions) {

}
