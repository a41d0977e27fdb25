package org.thawcorpus.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests {@code java.net.URI} and the HTTP clients
 * refuse to send: bad %-escapes, raw bytes that are not UTF-8, forged {@code Host}
 * headers. Each request has its own connection.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** A GET of a request target, with the Host header of the server. */
	Response get(String target, String... headers) throws IOException {
		return send("GET", target, "", headers);
	}

	/**
	 * A request; its target is sent as ISO-8859-1 bytes, so "\u00FF" sends the byte 0xFF.
	 * @param body the body, as UTF-8, or empty for none
	 * @param headers "Name: value" lines; a Host line replaces the server's own
	 */
	Response send(String method, String target, String body, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		boolean host = false;
		for (String header : headers) {
			host |= header.regionMatches(true, 0, "Host:", 0, 5);
			request.append(header).append("\r\n");
		}
		if (!host) {
			request.append("Host: localhost:").append(this.port).append("\r\n");
		}
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		if (content.length > 0) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
		}
	}

	/** A response: status, headers by lower-case name, and the body as UTF-8 text. */
	record Response(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? String.join(", ", values) : null;
		}

		String contentType() {
			String type = header("Content-Type");
			return (type != null) ? type : "";
		}

		static Response parse(byte[] raw, boolean head) throws IOException {
			int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
			if (end < 0) {
				throw new IOException("No complete response head in " + raw.length + " bytes");
			}
			String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers
					.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							(k) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			byte[] body = head ? new byte[0] : Arrays.copyOfRange(raw, end + 4, raw.length);
			if (!head && "chunked"
				.equalsIgnoreCase(String.join("", headers.getOrDefault("transfer-encoding", List.of())))) {
				body = unchunk(body);
			}
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] unchunk(byte[] chunked) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			InputStream in = new ByteArrayInputStream(chunked);
			while (true) {
				StringBuilder size = new StringBuilder();
				int c;
				while ((c = in.read()) != '\n') {
					if (c < 0) {
						throw new IOException("Chunked body cut short");
					}
					if (c != '\r') {
						size.append((char) c);
					}
				}
				int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
				if (length == 0) {
					return body.toByteArray();
				}
				body.write(in.readNBytes(length));
				in.skipNBytes(2);
			}
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			for (int i = from; i <= data.length - pattern.length; i++) {
				if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
					return i;
				}
			}
			return -1;
		}

	}

}
