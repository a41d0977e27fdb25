package org.thawcorpus.source.book;

/**
 * One bar of a star histogram as printed.
 *
 * @param stars 1 to 5
 * @param count readers who gave that many stars
 * @param printedPercent the percentage printed beside the count, or null if none
 * @param line the source line of the count
 */
public record HistogramBar(int stars, int count, Integer printedPercent, int line) {

}
