package org.thawcorpus.search;

/**
 * How far apart two spellings are: the edits (a letter added, dropped, changed, or two
 * letters swapped) that turn one into the other, the first letter kept, as the index's
 * loose matching counts them. Pure functions.
 */
final class Spelling {

	private Spelling() {
	}

	/**
	 * Whether a term is within so many edits of a wanted one, both starting with the same
	 * letter.
	 */
	static boolean near(String wanted, String term, int edits) {
		if (wanted.equals(term)) {
			return true;
		}
		if (edits == 0 || wanted.isEmpty() || term.isEmpty() || wanted.codePointAt(0) != term.codePointAt(0)
				|| Math.abs(wanted.length() - term.length()) > edits) {
			return false;
		}
		return distance(wanted, term) <= edits;
	}

	/** The edits between two spellings, a swap of neighbours counting as one. */
	static int distance(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[][] d = new int[x.length + 1][y.length + 1];
		for (int i = 0; i <= x.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			for (int j = 1; j <= y.length; j++) {
				int cost = (x[i - 1] == y[j - 1]) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[x.length][y.length];
	}

}
