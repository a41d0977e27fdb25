import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.thawcorpus.source.ParsedDocument;
import org.thawcorpus.source.html.HtmlKinds;
import org.thawcorpus.source.html.HtmlPage;

/**
 * Times the reading of saved pages: each HTML fixture is grown to about the size asked
 * (its body's content repeated), written to an output folder for an import run, and
 * parsed and read in this JVM a number of times; prints the median and the spread.
 *
 * Usage: java -cp CLASSPATH bench/PageBenchmark.java OUT_DIR TARGET_BYTES RUNS FIXTURE_DIR...
 */
public class PageBenchmark {

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int target = Integer.parseInt(args[1]);
		int runs = Integer.parseInt(args[2]);
		Files.createDirectories(out);
		List<Path> fixtures = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
				files.filter((p) -> p.toString().endsWith(".html")).sorted().forEach(fixtures::add);
			}
		}
		System.out.printf("%-44s %9s %7s %9s %9s %9s%n", "page (grown)", "bytes", "blocks", "median", "min", "max");
		for (Path fixture : fixtures) {
			String source;
			try {
				source = Files.readString(fixture, StandardCharsets.UTF_8);
			}
			catch (java.nio.charset.MalformedInputException ex) {
				System.out.println(fixture.getFileName() + ": not UTF-8, left out");
				continue;
			}
			String html = grow(source, target);
			String name = fixture.getParent().getFileName() + "-" + fixture.getFileName();
			Files.writeString(out.resolve(name), html, StandardCharsets.UTF_8);
			List<Long> times = new ArrayList<>();
			ParsedDocument parsed = null;
			int blocks = 0;
			for (int r = 0; r < runs; r++) {
				long start = System.nanoTime();
				HtmlPage page = HtmlPage.parse(html);
				parsed = HtmlKinds.parse(page);
				times.add(System.nanoTime() - start);
				blocks = page.blocks().size();
			}
			List<Long> sorted = times.stream().sorted().toList();
			System.out.printf("%-44s %9d %7d %7.0f ms %6.0f ms %6.0f ms  %s%n", name, html.length(), blocks,
					sorted.get(sorted.size() / 2) / 1e6, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
					parsed.kind().code());
		}
	}

	/** The page with its body's content repeated until it is about {@code target} bytes. */
	private static String grow(String html, int target) {
		Document doc = Jsoup.parse(html);
		Element body = doc.body();
		List<Element> original = new ArrayList<>(body.children());
		while (doc.outerHtml().length() < target && !original.isEmpty()) {
			int before = body.html().length();
			for (Element child : original) {
				body.appendChild(child.clone());
			}
			if (body.html().length() == before) {
				break;
			}
		}
		return doc.outerHtml();
	}

}
