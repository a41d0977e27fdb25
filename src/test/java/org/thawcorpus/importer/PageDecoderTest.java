package org.thawcorpus.importer;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageDecoderTest {

	private static final byte[] CP1252_QUOTES = { (byte) 0x93, 'a', (byte) 0x94, ' ', (byte) 0x96, ' ', 'b' };

	private static byte[] page(String head, byte[] body) {
		byte[] start = ("<!DOCTYPE html><html><head>" + head + "</head><body><p>").getBytes(StandardCharsets.US_ASCII);
		byte[] end = "</p></body></html>".getBytes(StandardCharsets.US_ASCII);
		byte[] all = new byte[start.length + body.length + end.length];
		System.arraycopy(start, 0, all, 0, start.length);
		System.arraycopy(body, 0, all, start.length, body.length);
		System.arraycopy(end, 0, all, start.length + body.length, end.length);
		return all;
	}

	@Test
	void readsTheCharsetThePageDeclares() {
		PageDecoder.Decoded decoded = PageDecoder.decode(page("<meta charset=\"windows-1252\">", CP1252_QUOTES));
		assertThat(decoded.text()).contains("\u201ca\u201d \u2013 b");
		assertThat(decoded.warnings()).isEmpty();
		PageDecoder.Decoded httpEquiv = PageDecoder
			.decode(page("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", CP1252_QUOTES));
		assertThat(httpEquiv.text()).as("ISO-8859-1 is read as its superset, as browsers do")
			.contains("\u201ca\u201d \u2013 b");
	}

	@Test
	void aPageDeclaredUtf8WhoseBytesAreNotIsReadAsWindows1252AndSaysSo() {
		PageDecoder.Decoded decoded = PageDecoder.decode(page("<meta charset=\"utf-8\">", CP1252_QUOTES));
		assertThat(decoded.text()).contains("\u201ca\u201d \u2013 b");
		assertThat(decoded.warnings()).singleElement().asString().contains("declares UTF-8").contains("Windows-1252");
		assertThat(PageDecoder.decode(page("", CP1252_QUOTES)).warnings()).singleElement()
			.asString()
			.contains("declares no charset");
	}

	@Test
	void aPageDeclaredSingleByteWhoseBytesAreUtf8IsReadAsUtf8AndSaysSo() {
		byte[] utf8 = "Caf\u00e9 \u2013 \u0425\u0440\u0443\u0449\u0451\u0432".getBytes(StandardCharsets.UTF_8);
		PageDecoder.Decoded decoded = PageDecoder.decode(page("<meta charset=\"iso-8859-1\">", utf8));
		assertThat(decoded.text()).contains("Caf\u00e9 \u2013 \u0425\u0440\u0443\u0449\u0451\u0432");
		assertThat(decoded.warnings()).singleElement().asString().contains("read as UTF-8");
	}

	@Test
	void aByteOrderMarkDecidesAndAnUnknownCharsetFallsBackToUtf8() {
		byte[] utf16 = "\ufeff<html><body>\u0425</body></html>".getBytes(StandardCharsets.UTF_16LE);
		assertThat(PageDecoder.decode(utf16).text()).isEqualTo("<html><body>\u0425</body></html>");
		PageDecoder.Decoded unknown = PageDecoder
			.decode(page("<meta charset=\"x-no-such\">", "\u00e9".getBytes(StandardCharsets.UTF_8)));
		assertThat(unknown.text()).contains("\u00e9");
		assertThat(unknown.warnings()).singleElement().asString().contains("unknown charset \"x-no-such\"");
	}

}
