package org.thawcorpus.bibliography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IsbnTests {

	/** The EAN-13 checksum worked out here, independently of the code under test. */
	private static String isbn13Of(String isbn10) {
		String body = "978" + isbn10.replace("-", "").substring(0, 9);
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (body.charAt(i) - '0') * ((i % 2 == 0) ? 1 : 3);
		}
		return body + (10 - sum % 10) % 10;
	}

	@ParameterizedTest
	@ValueSource(strings = { "0-02-922401-2", "0-253-20915-3", "0-8047-5606-6", "0-312-22644-6" })
	void acceptsTheSeedIsbn10s(String printed) {
		assertThat(Isbn.check(printed).valid()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "0-02-922401-2, 9780029224014", "0-253-20915-3, 9780253209153", "0-8047-5606-6, 9780804756068",
			"0-312-22644-6, 9780312226442" })
	void convertsTheSeedIsbn10sToIsbn13(String printed, String expected13) {
		assertThat(expected13).isEqualTo(isbn13Of(printed));
		assertThat(Isbn.check(printed).isbn13()).isEqualTo(expected13);
	}

	@ParameterizedTest
	@CsvSource({ "978-0-02-922401-4, 0029224012", "978-0-253-20915-3, 0253209153", "9780804756068, 0804756066",
			"978 0 312 22644 2, 0312226446" })
	void convertsIsbn13sBackToIsbn10(String printed, String expected10) {
		assertThat(Isbn.check(printed).isbn10()).isEqualTo(expected10);
	}

	@Test
	void keepsTheIsbnAsPrinted() {
		assertThat(Isbn.check("0-02-922401-2").raw()).isEqualTo("0-02-922401-2");
	}

	@Test
	void readsXAsTen() {
		Isbn isbn = Isbn.check("0-8044-2957-X");
		assertThat(isbn.valid()).isTrue();
		assertThat(isbn.isbn13()).isEqualTo(isbn13Of("0-8044-2957-X"));
	}

	@Test
	void readsLowerCaseXAsTen() {
		assertThat(Isbn.check("080442957x").valid()).isTrue();
	}

	@Test
	void gives979IsbnsNoIsbn10() {
		Isbn isbn = Isbn.check("979-10-90636-07-1");
		assertThat(isbn.valid()).isTrue();
		assertThat(isbn.isbn10()).isNull();
	}

	@Test
	void explainsAWrongCheckDigit() {
		Isbn isbn = Isbn.check("0-02-922401-7");
		assertThat(isbn.valid()).isFalse();
		assertThat(isbn.problem()).isEqualTo("checksum digit should be 2, not 7");
	}

	@Test
	void explainsAWrongIsbn13CheckDigit() {
		assertThat(Isbn.check("978-0-02-922401-2").problem()).isEqualTo("checksum digit should be 4, not 2");
	}

	@Test
	void explainsAWrongLength() {
		assertThat(Isbn.check("0-02-92240-1").problem()).isEqualTo("10 or 13 digits expected, found 9");
	}

	@Test
	void explainsAWrongPrefix() {
		assertThat(Isbn.check("977-0-02-922401-4").problem()).isEqualTo("ISBN-13 must start with 978 or 979");
	}

	@Test
	void explainsAnInvalidCharacter() {
		assertThat(Isbn.check("0-02-922Q01-2").problem()).isEqualTo("invalid character 'Q'");
	}

	@Test
	void neverRepairsAnInvalidIsbn() {
		Isbn isbn = Isbn.check("0-02-922401-7");
		assertThat(isbn.raw()).isEqualTo("0-02-922401-7");
		assertThat(isbn.isbn13()).isNull();
		assertThat(isbn.isbn10()).isNull();
	}

	@Test
	void explainsAMissingIsbn() {
		assertThat(Isbn.check(" ").problem()).isEqualTo("no ISBN given");
	}

	@ParameterizedTest
	@CsvSource({ "0029224012, 978-0-02-922401-4", "0253209153, 978-0-253-20915-3", "0804756066, 978-0-8047-5606-8",
			"0312226446, 978-0-312-22644-2", "9791090636071, 979-10-90636-07-1" })
	void hyphenatesByTheAgencyRanges(String plain, String hyphenated) {
		assertThat(Isbn.check(plain).hyphenated()).isEqualTo(hyphenated);
	}

	@ParameterizedTest
	@CsvSource({ "0-02-922401-2", "0-253-20915-3", "0-8047-5606-6", "0-312-22644-6" })
	void hyphenatesIsbn10sAsThePublishersPrintedThem(String printed) {
		assertThat(Isbn.check(printed.replace("-", "")).hyphenated10()).isEqualTo(printed);
	}

	@Test
	void hyphenatesNothingInvalid() {
		assertThat(Isbn.check("0-02-922401-7").hyphenated()).isNull();
	}

}
