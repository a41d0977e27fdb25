package org.thawcorpus.system;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page the server forwards to when a failure happens outside a controller (a
 * filter, the server's own checks, a page that failed to render), in the same forms as
 * {@link ErrorHandling}. Asked for directly, {@code /error} is a page that does not
 * exist.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private static final String MESSAGE = ErrorPages.class.getName() + ".message";

	/**
	 * Answers a request with an error status and a sentence, through the error page.
	 */
	static void reject(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		request.setAttribute(MESSAGE, message);
		response.sendError(status);
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		SecurityHeaders.apply(response);
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			return ErrorHandling.respond(request, response, HttpStatus.NOT_FOUND,
					ErrorHandling.noPageAt(request.getRequestURI()));
		}
		HttpStatus status = HttpStatus.resolve((code instanceof Integer number) ? number : 500);
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String path = ErrorHandling.originalPath(request);
		if (status.is5xxServerError()) {
			log.error("Failure serving {}", path, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		}
		Object message = request.getAttribute(MESSAGE);
		if (message == null && status == HttpStatus.NOT_FOUND) {
			message = ErrorHandling.noPageAt(path);
		}
		return ErrorHandling.respond(request, response, status,
				(message != null) ? message.toString() : ErrorHandling.explain(status));
	}

}
