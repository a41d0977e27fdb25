package org.thawcorpus.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page's bytes as a browser would: a byte order mark first, then the
 * charset the page declares ({@code <meta charset>}, {@code http-equiv} or the XML
 * declaration), then UTF-8. Saved pages often say the wrong thing, so a declaration is
 * checked against the bytes: a page declared UTF-8 (or undeclared) whose bytes are not
 * UTF-8 is read as Windows-1252; a page declared single-byte whose bytes are valid
 * multi-byte UTF-8 is read as UTF-8. ISO-8859-1 and US-ASCII are read as Windows-1252,
 * their superset, as browsers do. Each such choice is a warning in the import report.
 */
final class PageDecoder {

	/** How far into the file a charset declaration is looked for. */
	private static final int PRESCAN = 4096;

	private static final Pattern META_CHARSET = Pattern
		.compile("(?is)<meta[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");

	private static final Pattern XML_ENCODING = Pattern
		.compile("(?is)^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private PageDecoder() {
	}

	/** A page's text and what was noticed on the way. */
	record Decoded(String text, Charset charset, List<String> warnings) {

	}

	static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8, "The page starts with a UTF-8 byte order mark.");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE,
					"The page is UTF-16 (big-endian), by its byte order mark.");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE,
					"The page is UTF-16 (little-endian), by its byte order mark.");
		}
		String declaredName = declared(bytes);
		Charset declared = charset(declaredName);
		String utf8 = tryUtf8(bytes);
		if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
			if (utf8 != null) {
				return new Decoded(utf8, StandardCharsets.UTF_8,
						(declaredName != null && declared == null) ? List
							.of("The page declares the unknown charset \"" + declaredName + "\"; it was read as UTF-8.")
								: List.of());
			}
			String said = (declaredName == null) ? "declares no charset"
					: (declared == null) ? "declares the unknown charset \"" + declaredName + "\"" : "declares UTF-8";
			return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, List.of("The page " + said
					+ " but its bytes are not UTF-8; it was read as Windows-1252, the usual charset of such pages."));
		}
		if (utf8 != null && hasMultiByte(bytes) && isSingleByte(declared)) {
			return new Decoded(utf8, StandardCharsets.UTF_8, List.of("The page declares " + declared.name()
					+ " but its bytes are UTF-8 with multi-byte characters; it was read as UTF-8."));
		}
		Charset used = (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII))
				? WINDOWS_1252 : declared;
		return new Decoded(new String(bytes, used), used, List.of());
	}

	/**
	 * Whether the page opens with a UTF-16 byte order mark (so NUL bytes are its text).
	 */
	static boolean isUtf16(byte[] bytes) {
		return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
	}

	private static Decoded strict(byte[] bytes, int skip, Charset charset, String warning) {
		return new Decoded(new String(bytes, skip, bytes.length - skip, charset), charset, List.of(warning));
	}

	/** The charset named in the first bytes of the page, or null. */
	static String declared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
		Matcher xml = XML_ENCODING.matcher(head);
		if (xml.find()) {
			return xml.group(1);
		}
		Matcher meta = META_CHARSET.matcher(head);
		return meta.find() ? meta.group(1) : null;
	}

	private static Charset charset(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Charset.forName(name.toLowerCase(Locale.ROOT).equals("utf8") ? "UTF-8" : name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return null;
		}
	}

	private static String tryUtf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean hasMultiByte(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSingleByte(Charset charset) {
		return charset.newEncoder().maxBytesPerChar() == 1.0f;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
