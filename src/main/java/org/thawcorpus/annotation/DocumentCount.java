package org.thawcorpus.annotation;

/**
 * How many times a document mentions an entity.
 *
 * @param entityId the entity's id
 * @param slug the document's slug
 * @param title the document's title
 * @param mentions the number of mentions
 */
public record DocumentCount(String entityId, String slug, String title, long mentions) {

}
