package org.thawcorpus.citation;

/** The part a person had in a cited work. */
public enum ContributorRole {

	AUTHOR, EDITOR, TRANSLATOR

}
