package org.thawcorpus.annotation.parse;

/** What kind of thing a register entry names. */
public enum EntityType {

	PERSON, PLACE, ORGANISATION, WORK, EVENT

}
