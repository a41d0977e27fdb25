package org.thawcorpus.annotation;

/**
 * Published when the register changed and the corpus was annotated again, so that
 * whatever depends on the register's names (the search index) is rebuilt.
 *
 * @param fingerprint the new register's fingerprint
 */
public record RegisterChanged(String fingerprint) {

}
