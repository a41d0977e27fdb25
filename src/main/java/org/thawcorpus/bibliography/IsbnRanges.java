package org.thawcorpus.bibliography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hyphenates ISBN-13s by the International ISBN Agency's range message, read from the
 * copy that the isbn-core library ships (its own formatter needs a JAXB runtime this
 * application does not carry). Ranges newer than that copy are unknown.
 */
final class IsbnRanges {

	private static final String RANGE_MESSAGE = "/com/github/ladutsko/isbn/RangeMessage.xml";

	private IsbnRanges() {
	}

	/**
	 * The hyphenated form of a valid 13-digit ISBN without hyphens, or null if its
	 * registration group or registrant range is not in the range message.
	 */
	static String hyphenate(String isbn13) {
		String prefix = isbn13.substring(0, 3);
		Integer groupLength = Table.INSTANCE.lengthAfter(prefix, isbn13.substring(3, 12));
		if (groupLength == null) {
			return null;
		}
		String group = isbn13.substring(3, 3 + groupLength);
		Integer registrantLength = Table.INSTANCE.lengthAfter(prefix + "-" + group,
				isbn13.substring(3 + groupLength, 12));
		if (registrantLength == null) {
			return null;
		}
		int registrantEnd = 3 + groupLength + registrantLength;
		return prefix + "-" + group + "-" + isbn13.substring(3 + groupLength, registrantEnd) + "-"
				+ isbn13.substring(registrantEnd, 12) + "-" + isbn13.charAt(12);
	}

	/** A rule of the range message: 7-digit bounds and the length of the element. */
	private record Rule(int min, int max, int length) {

	}

	/** The rules by prefix ("978" for groups, "978-0" for registrants), loaded once. */
	private static final class Table {

		static final Table INSTANCE = load();

		private final Map<String, List<Rule>> rules;

		private Table(Map<String, List<Rule>> rules) {
			this.rules = rules;
		}

		/**
		 * Length of the element that the digits start with, or null when undefined. The
		 * range message compares the first seven digits, padded with zeros.
		 */
		Integer lengthAfter(String prefix, String digits) {
			List<Rule> list = this.rules.get(prefix);
			if (list == null) {
				return null;
			}
			int seven = Integer.parseInt((digits + "0000000").substring(0, 7));
			for (Rule rule : list) {
				if (seven >= rule.min() && seven <= rule.max()) {
					return (rule.length() == 0 || rule.length() >= digits.length()) ? null : rule.length();
				}
			}
			return null;
		}

		private static Table load() {
			try (InputStream in = IsbnRanges.class.getResourceAsStream(RANGE_MESSAGE)) {
				if (in == null) {
					return new Table(Map.of());
				}
				XMLInputFactory factory = XMLInputFactory.newFactory();
				factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
				XMLStreamReader xml = factory.createXMLStreamReader(in);
				Map<String, List<Rule>> rules = new HashMap<>();
				List<Rule> current = null;
				String range = null;
				while (xml.hasNext()) {
					if (xml.next() != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					switch (xml.getLocalName()) {
						case "Prefix" -> {
							current = new ArrayList<>();
							rules.put(xml.getElementText().strip(), current);
						}
						case "Range" -> range = xml.getElementText().strip();
						case "Length" -> {
							int dash = range.indexOf('-');
							current.add(new Rule(Integer.parseInt(range.substring(0, dash)),
									Integer.parseInt(range.substring(dash + 1)),
									Integer.parseInt(xml.getElementText().strip())));
						}
						default -> {
						}
					}
				}
				return new Table(rules);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException("ISBN range message unreadable", ex);
			}
		}

	}

}
