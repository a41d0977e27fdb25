import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes two long text sources of about BYTES each for the reading benchmark: plain
 * paragraphs ("long-essay.txt") and an encyclopedia article of many sections with a
 * citation in every section ("long-article.txt"). The sentences name people, places and
 * years, so the reading view has annotations to mark as it would on real text.
 *
 * Usage: java bench/GenerateLongSources.java OUT_DIR [BYTES]   (default 3,900,000)
 */
public class GenerateLongSources {

	private static final String[] SENTENCES = { "Khrushchev spoke to the congress in Moscow in February 1956.",
			"In Budapest the students met in October 1956 and read out their demands.",
			"Ehrenburg's novel gave the period its name, and readers argued over it for years.",
			"Letters to the editors of Novy Mir asked what the Secret Speech meant for their families.",
			"The Gulag released prisoners in their thousands, and many came home to Leningrad.",
			"By 1961 the Twenty-Second Congress had removed Stalin from the mausoleum.",
			"Poets read to full halls, and the censors watched what was printed afterwards.",
			"Warsaw followed its own October, and Gomułka spoke to a crowd of hundreds of thousands." };

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java bench/GenerateLongSources.java OUT_DIR [BYTES]");
			System.exit(2);
		}
		Path out = Files.createDirectories(Path.of(args[0]));
		long bytes = (args.length > 1) ? Long.parseLong(args[1]) : 3_900_000;
		write(out.resolve("long-essay.txt"), essay(bytes));
		write(out.resolve("long-article.txt"), article(bytes));
	}

	private static String essay(long bytes) {
		Text text = new Text("A Long Essay on the Thaw\n\n");
		for (int n = 1; text.bytes < bytes - 1000; n++) {
			text.add(paragraph(n) + "\n\n");
		}
		return text.toString();
	}

	private static String article(long bytes) {
		Text text = new Text(
				"The Long Thaw was the period after 1953 in which the Soviet Union relaxed its censorship.\n\n");
		int n = 0;
		for (int section = 1; text.bytes < bytes - 3000; section++) {
			text.add("Part " + section + " of the storyEdit\n\n");
			for (int p = 1; p <= 12 && text.bytes < bytes - 3000; p++) {
				String paragraph = paragraph(++n);
				if (p == 2) {
					paragraph += " (Charles Gati, Failed Illusions, Stanford University Press, 2006, p. " + section
							+ ", ISBN 0-8047-5606-6).";
				}
				text.add(paragraph + "\n\n");
			}
		}
		return text.toString();
	}

	/** A paragraph of one to eight sentences, by its number. */
	private static String paragraph(int n) {
		StringBuilder text = new StringBuilder("Paragraph ").append(n).append('.');
		for (int s = 0; s <= n % 8; s++) {
			text.append(' ').append(SENTENCES[(n + s) % SENTENCES.length]);
		}
		return text.toString();
	}

	/** Text with its size in UTF-8 bytes kept as it grows. */
	private static final class Text {

		private final StringBuilder text = new StringBuilder();

		private long bytes;

		Text(String start) {
			add(start);
		}

		void add(String more) {
			this.text.append(more);
			this.bytes += more.getBytes(StandardCharsets.UTF_8).length;
		}

		@Override
		public String toString() {
			return this.text.toString();
		}

	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
		System.out.printf("Wrote %s (%,d bytes)%n", file, Files.size(file));
	}

}
