package bench.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling of a Spring Boot application here: the bytes of the file {@code bare.fixed}
 * (none when unset) answered as a page, read once (bench/pages-benchmark.sh).
 */
@RestController
class FixedBytes {

	private final byte[] body;

	FixedBytes(@Value("${bare.fixed:}") String file) throws IOException {
		this.body = file.isEmpty() ? new byte[0] : Files.readAllBytes(Path.of(file));
	}

	@GetMapping("/fixed")
	ResponseEntity<byte[]> fixed() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(this.body);
	}

}
