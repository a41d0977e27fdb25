package org.thawcorpus.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;
import org.thawcorpus.source.html.HtmlPage;

/**
 * Reads a source file and refuses, with a sentence saying what is wrong and where,
 * anything that is not a readable text copy or saved page: a missing or unreadable file,
 * one over the size limit, an empty or blank file, a binary file or one with NUL bytes, a
 * text copy whose bytes are not UTF-8, and a line too long to store. A saved page (a
 * {@code .html} or {@code .htm} file, or any file that opens as an HTML document) is
 * decoded by its charset ({@link PageDecoder}).
 */
public class SourceFileReader {

	/** The longest line that can be stored, in characters. */
	public static final int MAX_LINE_LENGTH = 1_048_576;

	private static final double MAX_CONTROL_SHARE = 0.10;

	private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml");

	private static final Pattern CLOSING_TAG = Pattern.compile("(?i)</(?:html|body)\\s*>");

	private final DataSize maxFileSize;

	private final DataSize maxPageSize;

	public SourceFileReader(DataSize maxFileSize, DataSize maxPageSize) {
		this.maxFileSize = maxFileSize;
		this.maxPageSize = maxPageSize;
	}

	/** Reads and checks a file. */
	public SourceText read(Path file) throws SourceFileException {
		if (!Files.exists(file)) {
			throw new SourceFileException("The file does not exist.", null);
		}
		if (!Files.isRegularFile(file)) {
			throw new SourceFileException("This is not a regular file.", null);
		}
		if (!Files.isReadable(file)) {
			throw new SourceFileException("The file cannot be read (permission denied).", null);
		}
		byte[] bytes = readBytes(file);
		if (bytes.length == 0) {
			throw new SourceFileException("The file is empty (0 bytes).", null);
		}
		if (isPage(file, bytes)) {
			return readPage(bytes);
		}
		if (bytes.length > this.maxFileSize.toBytes()) {
			throw new SourceFileException("The file is " + bytes.length + " bytes, over the limit of "
					+ this.maxFileSize.toBytes() + " bytes for a text copy (thaw.max-file-size).", null);
		}
		checkNoNul(bytes);
		List<String> warnings = new ArrayList<>();
		int start = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			start = 3;
			warnings.add("The UTF-8 byte order mark at the start of the file was skipped.");
		}
		String text = decodeUtf8(bytes, start);
		if (text.isBlank()) {
			throw new SourceFileException("The file holds only white space (" + bytes.length + " bytes).", null);
		}
		checkText(text);
		return new SourceText(text, bytes.length, sha256(bytes), warnings, false);
	}

	/** Whether a file is a saved page: by its name, or because it opens as HTML. */
	static boolean isPage(Path file, byte[] bytes) {
		Path name = file.getFileName();
		String lower = (name != null) ? name.toString().toLowerCase(Locale.ROOT) : "";
		if (PAGE_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
			return true;
		}
		return HtmlPage.looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1));
	}

	private SourceText readPage(byte[] bytes) throws SourceFileException {
		if (bytes.length > this.maxPageSize.toBytes()) {
			throw new SourceFileException("The page is " + bytes.length + " bytes, over the limit of "
					+ this.maxPageSize.toBytes() + " bytes for a saved page (thaw.max-page-size).", null);
		}
		if (!PageDecoder.isUtf16(bytes)) {
			checkNoNul(bytes);
		}
		PageDecoder.Decoded decoded = PageDecoder.decode(bytes);
		String text = decoded.text();
		if (text.isBlank()) {
			throw new SourceFileException("The file holds only white space (" + bytes.length + " bytes).", null);
		}
		List<String> warnings = new ArrayList<>(decoded.warnings());
		if (!CLOSING_TAG.matcher(text).find()) {
			warnings.add("The page has no closing </body> or </html> tag: it may have been saved or copied only in "
					+ "part. Everything up to its end was read.");
		}
		return new SourceText(text, bytes.length, sha256(bytes), warnings, true);
	}

	private byte[] readBytes(Path file) throws SourceFileException {
		try {
			long size = Files.size(file);
			long limit = Math.max(this.maxFileSize.toBytes(), this.maxPageSize.toBytes());
			if (size > limit) {
				throw new SourceFileException(
						"The file is " + size + " bytes, over the limit of " + limit
								+ " bytes (thaw.max-file-size for text copies, thaw.max-page-size for saved pages).",
						null);
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new SourceFileException("The file cannot be read (" + SourceFiles.why(ex) + ").", null);
		}
	}

	private static void checkNoNul(byte[] bytes) throws SourceFileException {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new SourceFileException("The file holds a NUL byte at byte " + i + " (line "
						+ lineOfByte(bytes, i) + "); it is binary or not UTF-8 text (UTF-16?).", lineOfByte(bytes, i));
			}
		}
	}

	private static String decodeUtf8(byte[] bytes, int start) throws SourceFileException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			int line = lineOfByte(bytes, offset);
			throw new SourceFileException(String
				.format("The file is not valid UTF-8: byte 0x%02X at byte %d (line %d) cannot be decoded. Only UTF-8 is "
						+ "accepted; if the file is in another encoding (such as Windows-1252), convert it to UTF-8.",
						bytes[offset] & 0xFF, offset, line),
					line);
		}
		try {
			CoderResult flushed = decoder.flush(out);
			if (flushed.isError()) {
				flushed.throwException();
			}
		}
		catch (CharacterCodingException ex) {
			throw new SourceFileException("The file is not valid UTF-8: it ends in the middle of a character.",
					lineOfByte(bytes, bytes.length - 1));
		}
		out.flip();
		return out.toString();
	}

	private static void checkText(String text) throws SourceFileException {
		int controls = 0;
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				checkLineLength(i - lineStart, line);
				line++;
				lineStart = i + 1;
			}
			else if (Character.isISOControl(c) && c != '\r' && c != '\t' && c != '\f') {
				controls++;
			}
		}
		checkLineLength(text.length() - lineStart, line);
		if (controls > MAX_CONTROL_SHARE * text.length()) {
			throw new SourceFileException("The file looks binary: " + controls + " of its " + text.length()
					+ " characters are control characters.", null);
		}
	}

	private static void checkLineLength(int length, int line) throws SourceFileException {
		if (length > MAX_LINE_LENGTH) {
			throw new SourceFileException(
					"Line " + line + " is " + length + " characters long, over the limit of " + MAX_LINE_LENGTH + ".",
					line);
		}
	}

	private static int lineOfByte(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
