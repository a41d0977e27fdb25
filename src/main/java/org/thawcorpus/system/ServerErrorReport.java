package org.thawcorpus.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's answer to a request it refuses before the application sees it (a bad %-escape
 * or an escaped slash in the path, bytes that are not UTF-8, a character an address may
 * not hold, headers too large): the site's security headers and a sentence, as a small
 * page, or as an RFC 9457 problem under {@code /api}. Nothing of the request is repeated,
 * and nothing of the server is named.
 */
class ServerErrorReport extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean io = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
		if (!io.get()) {
			return;
		}
		if (code == HttpStatus.NOT_IMPLEMENTED.value()) {
			code = HttpStatus.METHOD_NOT_ALLOWED.value();
			response.setStatus(code);
			response.setHeader("Allow", "GET, HEAD, OPTIONS");
		}
		HttpStatus status = HttpStatus.resolve(code);
		String message = (status != null) ? sentence(status) : "This request cannot be answered.";
		String title = (status != null) ? status.getReasonPhrase() : "Error";
		String uri = request.getRequestURI();
		boolean api = uri != null && uri.startsWith("/api/");
		try {
			SecurityHeaders.apply(response);
			response.setHeader("Cache-Control", CacheHeaders.NO_STORE);
			response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/html;charset=UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? problem(code, title, message) : page(code, title, message));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone; nothing more can be sent
		}
	}

	private static String sentence(HttpStatus status) {
		if (status == HttpStatus.BAD_REQUEST) {
			return "This request cannot be read: its address or headers are malformed. Check that every % in the "
					+ "address is followed by two hexadecimal digits (as in %20), that escaped text is UTF-8, "
					+ "and that the address holds no escaped slash (%2F) or character an address may not hold.";
		}
		return ErrorHandling.explain(status);
	}

	private static String problem(int code, String title, String message) {
		return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\"" + message
				+ "\"}";
	}

	private static String page(int code, String title, String message) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
				+ " · Thaw Corpus</title>\n<link rel=\"stylesheet\" href=\"/css/thaw.css\">\n</head>\n<body>\n"
				+ "<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n<header class=\"site-header\">\n"
				+ "  <a class=\"brand\" href=\"/\">Thaw Corpus</a>\n</header>\n"
				+ "<main id=\"content\" tabindex=\"-1\" class=\"page error-page\">\n  <p class=\"status\">" + code
				+ "</p>\n  <h1>" + title + "</h1>\n  <p class=\"message\">" + message + "</p>\n"
				+ "  <p><a href=\"/\">Go to the list of sources</a></p>\n" + "</main>\n</body>\n</html>\n";
	}

}
