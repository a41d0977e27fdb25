package org.thawcorpus.bibliography;

/**
 * The works-cited entry a footnote marker ("[3]") points to.
 *
 * @param anchor the anchor of the entry's passage in the same document ("w3")
 * @param raw the entry's citation text, which names the work when its fields do not
 */
public record CitedEntry(String anchor, String raw) {

}
