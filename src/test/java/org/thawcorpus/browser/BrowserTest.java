package org.thawcorpus.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.thawcorpus.CorpusTest;

/**
 * A test class that drives a real browser against the whole application on a random port,
 * over the seeds. Its test methods take a {@link Browser} parameter; each test opens the
 * page it starts from and sets the width it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@CorpusTest
@interface BrowserTest {

}
