package org.thawcorpus.annotation.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The curated register of people, places, organisations, works and events, read from a
 * CSV file whose columns are {@value #HEADER}. Lines starting with {@code #} are
 * comments. Immutable once read.
 */
public final class Register {

	/** The register bundled with the application, on the class path. */
	public static final String RESOURCE = "/annotation/register.csv";

	static final String HEADER = "id,name,type,variants,description,wikidata,context,source,sort";

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,99}");

	private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

	private static Register standard;

	private final List<RegisterEntry> entries;

	private final Map<String, RegisterEntry> byId = new LinkedHashMap<>();

	private final Map<String, List<RegisterEntry>> bySpelling = new HashMap<>();

	private final String fingerprint;

	private Register(List<RegisterEntry> entries, String fingerprint) {
		this.entries = List.copyOf(entries);
		for (RegisterEntry entry : entries) {
			this.byId.put(entry.id(), entry);
			for (String spelling : entry.spellings()) {
				List<RegisterEntry> named = this.bySpelling.computeIfAbsent(FoldedText.key(spelling),
						(k) -> new ArrayList<>());
				if (!named.contains(entry)) {
					named.add(entry);
				}
			}
		}
		this.fingerprint = fingerprint;
	}

	/** The register bundled with the application, read once. */
	public static synchronized Register standard() {
		if (standard == null) {
			try (InputStream in = Register.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("The register " + RESOURCE + " is missing from the class path.");
				}
				standard = read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return standard;
	}

	/**
	 * Reads a register from the text of its CSV file.
	 * @throws IllegalArgumentException naming the line if an entry is malformed, an id or
	 * a spelling is used twice, or a context names nothing known
	 */
	public static Register read(String csv) {
		String[] lines = csv.replace("\r\n", "\n").split("\n", -1);
		List<RegisterEntry> entries = new ArrayList<>();
		Map<String, Integer> lineOfId = new HashMap<>();
		Map<String, String> spellingOwner = new HashMap<>();
		boolean header = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int number = i + 1;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!line.strip().equals(HEADER)) {
					throw problem(number, "the header must be \"" + HEADER + "\"");
				}
				header = true;
				continue;
			}
			RegisterEntry entry = entry(fields(line, number), number);
			if (lineOfId.putIfAbsent(entry.id(), number) != null) {
				throw problem(number,
						"the id \"" + entry.id() + "\" is already used on line " + lineOfId.get(entry.id()));
			}
			for (Variant variant : entry.variants()) {
				String key = FoldedText.key(variant.text());
				if (key.length() < 2) {
					throw problem(number, "the variant \"" + variant.text() + "\" is too short to match safely");
				}
				String owner = spellingOwner.putIfAbsent(key, entry.id());
				if (owner != null && !owner.equals(entry.id())) {
					throw problem(number,
							"the spelling \"" + variant.text() + "\" is already a variant of \"" + owner + "\"");
				}
			}
			entries.add(entry);
		}
		if (!header) {
			throw new IllegalArgumentException("The register has no header line \"" + HEADER + "\".");
		}
		for (RegisterEntry entry : entries) {
			for (String wanted : entry.context()) {
				if (!isType(wanted) && !lineOfId.containsKey(wanted)) {
					throw problem(lineOfId.get(entry.id()),
							"the context \"" + wanted + "\" is neither an entity type nor the id of an entry");
				}
			}
		}
		return new Register(entries, sha256(csv));
	}

	public List<RegisterEntry> entries() {
		return this.entries;
	}

	public Optional<RegisterEntry> entry(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/** A digest of the register's text: it changes whenever the file does. */
	public String fingerprint() {
		return this.fingerprint;
	}

	/**
	 * The entries one of whose spellings is the query, regardless of case, diacritics and
	 * typography ("kruschev" finds Nikita Khrushchev).
	 */
	public List<RegisterEntry> named(String query) {
		return List.copyOf(this.bySpelling.getOrDefault(FoldedText.key(query), List.of()));
	}

	private static RegisterEntry entry(List<String> fields, int number) {
		if (fields.size() != 8 && fields.size() != 9) {
			throw problem(number,
					"an entry has 9 columns (" + HEADER + "; the last may be left out), this one has " + fields.size());
		}
		String id = fields.get(0).strip();
		if (!ID.matcher(id).matches()) {
			throw problem(number, "the id \"" + id
					+ "\" must start with a lower-case letter and hold only lower-case letters, digits and hyphens");
		}
		String name = fields.get(1).strip();
		if (name.isEmpty()) {
			throw problem(number, "the name is empty");
		}
		String typeName = fields.get(2).strip();
		if (!isType(typeName)) {
			throw problem(number,
					"the type \"" + typeName + "\" is not one of PERSON, PLACE, ORGANISATION, WORK, EVENT");
		}
		List<Variant> variants = new ArrayList<>();
		for (String written : fields.get(3).split("\\|")) {
			if (!written.isBlank()) {
				variants.add(Variant.parse(written));
			}
		}
		if (variants.stream().noneMatch((v) -> v.text().equals(name))) {
			variants.add(0, new Variant(name, false, false));
		}
		String wikidata = blankToNull(fields.get(5));
		if (wikidata != null && !QID.matcher(wikidata).matches()) {
			throw problem(number, "the Wikidata item \"" + wikidata + "\" is not of the form Q123");
		}
		List<String> context = new ArrayList<>();
		for (String wanted : fields.get(6).strip().split("\\s+")) {
			if (!wanted.isEmpty()) {
				context.add(wanted);
			}
		}
		if (variants.stream().anyMatch(Variant::guarded) && context.isEmpty()) {
			throw problem(number, "a guarded variant (?) needs a context");
		}
		String source = fields.get(7).strip();
		if (source.isEmpty()) {
			throw problem(number, "the source is empty: say where the entry comes from");
		}
		EntityType type = EntityType.valueOf(typeName);
		String sort = (fields.size() == 9) ? blankToNull(fields.get(8)) : null;
		return new RegisterEntry(id, name, type, variants, blankToNull(fields.get(4)), wikidata, context, source,
				(sort != null) ? sort : SortNames.of(name, type));
	}

	/**
	 * The comma-separated fields of a line; a field in double quotes may hold commas and
	 * "" for a quote.
	 */
	private static List<String> fields(String line, int number) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				quoted = true;
				field.setLength(0);
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw problem(number, "a quoted field is not closed");
		}
		fields.add(field.toString());
		return fields;
	}

	private static boolean isType(String name) {
		for (EntityType type : EntityType.values()) {
			if (type.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static IllegalArgumentException problem(int line, String message) {
		return new IllegalArgumentException("Register line " + line + ": " + message + ".");
	}

	private static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "Register of " + this.entries.size() + " entries ("
				+ this.fingerprint.substring(0, 8).toLowerCase(Locale.ROOT) + ")";
	}

}
