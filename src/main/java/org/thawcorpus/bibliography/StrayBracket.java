package org.thawcorpus.bibliography;

/**
 * A bracket with no partner in a passage, such as a footnote marker's remains.
 *
 * @param offset the bracket's offset in the passage text
 * @param bracket the bracket character
 */
public record StrayBracket(int offset, char bracket) {

}
