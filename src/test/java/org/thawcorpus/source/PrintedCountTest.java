package org.thawcorpus.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading counts as pages print them, grouped or abbreviated, in the languages met. */
class PrintedCountTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "5,107,550", "5.107.550", "5 107 550", "5\u00a0107\u00a0550", "5\u202f107\u202f550",
			"5'107'550", "5\u2019107\u2019550", "5107550" })
	void readsAnExactCountWithItsGroupingAsPrinted(String printed) {
		assertThat(PrintedCount.read(printed)).isEqualTo(new PrintedCount(5_107_550, printed, true));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "1.2k;1200", "15.2k;15200", "165k;165000", "2m;2000000", "1.5M;1500000", "15,2 Tsd.;15200",
					"15,2\u00a0Tsd.;15200", "1,5 Mio.;1500000", "3 Mrd.;3000000000", "15,2 mil;15200", "2,3 M;2300000",
					"4bn;4000000000" })
	void readsAnAbbreviatedCountAsApproximate(String printed, long value) {
		PrintedCount count = PrintedCount.read(printed);
		assertThat(count.value()).isEqualTo(value);
		assertThat(count.printed()).isEqualTo(printed);
		assertThat(count.exact()).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "", "  ", "3.75", "1,23", "1,234.567", "12,34,567", "k", "15.2 kilos", "one",
			"1234567890123456789" })
	void readsNoCountFromOtherText(String text) {
		assertThat(PrintedCount.read(text)).isNull();
	}

	@Test
	void keepsTheValueOutOfAnIntWhenTooLarge() {
		PrintedCount large = PrintedCount.read("3 Mrd.");
		assertThat(large.intValue()).isNull();
		assertThat(PrintedCount.intOrNull(PrintedCount.read("2,520"))).isEqualTo(2520);
		assertThat(PrintedCount.intOrNull(null)).isNull();
		assertThat(PrintedCount.printedOrNull(PrintedCount.read("103k"))).isEqualTo("103k");
		assertThat(PrintedCount.read(null)).isNull();
	}

	@Test
	void findsCountsGluedToTheirWordsInsideOtherPatterns() {
		Matcher glued = Pattern.compile("(" + PrintedCount.EXACT + ") ratings(" + PrintedCount.EXACT + ") reviews")
			.matcher("9,369,257 ratings238,122 reviews");
		assertThat(glued.matches()).isTrue();
		assertThat(glued.group(1)).isEqualTo("9,369,257");
		assertThat(glued.group(2)).isEqualTo("238,122");
		Matcher stats = Pattern.compile("(" + PrintedCount.ANY + ") reviews(" + PrintedCount.ANY + ") followers")
			.matcher("927 reviews15.2k followers");
		assertThat(stats.matches()).isTrue();
		assertThat(PrintedCount.read(stats.group(2))).isEqualTo(new PrintedCount(15_200, "15.2k", false));
	}

	@Test
	void valuesReadsExactCountsOnly() {
		assertThat(Values.count("2.520")).isEqualTo(2520);
		assertThat(Values.count("2 520")).isEqualTo(2520);
		assertThat(Values.count("15.2k")).isNull();
		assertThat(Values.isCount("1'204")).isTrue();
	}

}
