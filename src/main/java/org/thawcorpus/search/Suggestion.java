package org.thawcorpus.search;

/**
 * Something to try after a search found nothing.
 *
 * @param advice what to do, in a sentence
 * @param query the query to try, or null if the advice changes no query
 * @param link the search to try, or null
 * @param count how many results it finds
 */
public record Suggestion(String advice, String query, String link, long count) {

}
