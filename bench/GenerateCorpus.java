import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus for the import benchmark: N source files made by cycling through
 * template sources (the seeds and the test fixtures), each made unique by a closing paragraph.
 *
 * Usage: java bench/GenerateCorpus.java OUT_DIR COUNT TEMPLATE_FILE_OR_DIR...
 */
public class GenerateCorpus {

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: java bench/GenerateCorpus.java OUT_DIR COUNT TEMPLATE_FILE_OR_DIR...");
			System.exit(2);
		}
		Path out = Files.createDirectories(Path.of(args[0]));
		int count = Integer.parseInt(args[1]);
		List<Path> templates = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			Path source = Path.of(args[i]);
			if (Files.isDirectory(source)) {
				try (Stream<Path> files = Files.walk(source)) {
					files.filter(Files::isRegularFile).filter((p) -> p.toString().endsWith(".txt")).sorted().forEach(templates::add);
				}
			}
			else {
				templates.add(source);
			}
		}
		List<String> texts = new ArrayList<>();
		for (Path template : templates) {
			texts.add(Files.readString(template, StandardCharsets.UTF_8));
		}
		long bytes = 0;
		for (int n = 0; n < count; n++) {
			int which = n % texts.size();
			String text = texts.get(which);
			String body = text.endsWith("\n") ? text : text + "\n";
			String unique = body + "\nBenchmark copy " + (n + 1) + " of " + templates.get(which).getFileName() + ".\n";
			Path file = out.resolve(String.format("%02d/%06d.txt", n % 100, n + 1));
			Files.createDirectories(file.getParent());
			Files.writeString(file, unique, StandardCharsets.UTF_8);
			bytes += unique.getBytes(StandardCharsets.UTF_8).length;
		}
		System.out.printf("Wrote %d sources (%,d bytes) from %d templates to %s%n", count, bytes, templates.size(), out);
	}

}
