package org.thawcorpus.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Records what each line of a source became, so that every line is accounted for exactly
 * once. A parser that assigns a line twice has a bug and gets an exception.
 */
public final class LineLedger {

	private final SourceLines lines;

	private final LineUse[] uses;

	public LineLedger(SourceLines lines) {
		this.lines = lines;
		this.uses = new LineUse[lines.count()];
	}

	/**
	 * Records what a line became.
	 * @throws IllegalStateException if the line was already assigned
	 */
	public void assign(int line, LineRole role, String label, String anchor) {
		LineUse previous = this.uses[line - 1];
		if (previous != null) {
			throw new IllegalStateException("Line " + line + " is already " + previous + ", cannot also be " + role);
		}
		this.uses[line - 1] = new LineUse(line, role, label, anchor);
	}

	/** Assigns every non-blank line of a range (inclusive) the same use. */
	public void assignRange(int first, int last, LineRole role, String label, String anchor) {
		for (int n = first; n <= last; n++) {
			if (!this.lines.isBlank(n)) {
				assign(n, role, label, anchor);
			}
		}
	}

	/** What a line became, or null while it is unassigned. */
	public LineUse use(int line) {
		return this.uses[line - 1];
	}

	public boolean isAssigned(int line) {
		return this.uses[line - 1] != null;
	}

	/**
	 * One use per line, in order: blank lines not otherwise assigned are
	 * {@link LineRole#BLANK}, other unassigned lines {@link LineRole#UNACCOUNTED}.
	 */
	public List<LineUse> uses() {
		List<LineUse> result = new ArrayList<>(this.uses.length);
		for (int i = 0; i < this.uses.length; i++) {
			LineUse use = this.uses[i];
			if (use == null) {
				use = new LineUse(i + 1, this.lines.isBlank(i + 1) ? LineRole.BLANK : LineRole.UNACCOUNTED, null, null);
			}
			result.add(use);
		}
		return result;
	}

}
