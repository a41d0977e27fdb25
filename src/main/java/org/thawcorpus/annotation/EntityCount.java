package org.thawcorpus.annotation;

/**
 * An entity with the number of its mentions.
 *
 * @param id the entity's id
 * @param name its canonical name
 * @param sortName the name as the index sorts it ("Khrushchev, Nikita")
 * @param description its description, or null
 * @param mentions how many times the corpus mentions it
 */
public record EntityCount(String id, String name, String sortName, String description, long mentions) {

}
