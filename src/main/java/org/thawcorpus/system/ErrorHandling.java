package org.thawcorpus.system;

import java.net.URI;
import java.util.Collections;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into pages a reader understands (or RFC 9457 problems under
 * {@code /api}): a missing thing is a 404, a bad parameter a 400 saying what was wrong,
 * anything else a 500 without internals. Never a stack trace in an answer; one in the log
 * only for a fault of the server.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, cleared(response), HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/**
	 * A page past the last of a list: the 404 names the pages there are and links to the
	 * last, as a link on the error page or as {@code pages} and {@code last} in the
	 * problem with a {@code Link} header.
	 */
	@ExceptionHandler(PastTheEndException.class)
	Object pastTheEnd(PastTheEndException ex, HttpServletRequest request, HttpServletResponse response) {
		Object answer = respond(request, cleared(response), HttpStatus.NOT_FOUND, ex.getMessage());
		String last = Pages.address(ex.pages(), null);
		if (answer instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("pages", ex.pages());
			problem.setProperty("last", PublicUrls.absolute(last));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.header(HttpHeaders.LINK, "<" + PublicUrls.absolute(last) + ">; rel=\"last\"")
				.body(problem);
		}
		ModelAndView view = (ModelAndView) answer;
		view.addObject("wayOnHref", last);
		view.addObject("wayOnText", "Go to page " + ex.pages() + ((ex.pages() == 1) ? ", the only one" : ", the last"));
		return view;
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchPage(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, cleared(response), HttpStatus.NOT_FOUND, noPageAt(request.getRequestURI()));
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response) {
		return respond(request, cleared(response), HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return respond(request, cleared(response), HttpStatus.BAD_REQUEST,
				mismatch(ex.getName(), ex.getRequiredType(), ex.getValue()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return respond(request, cleared(response), HttpStatus.BAD_REQUEST,
				"The parameter \"" + ex.getParameterName() + "\" is required.");
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String detail = ex.getParameterValidationResults()
			.stream()
			.flatMap((r) -> r.getResolvableErrors()
				.stream()
				.map((e) -> "The parameter \"" + r.getMethodParameter().getParameterName() + "\" "
						+ e.getDefaultMessage() + "."))
			.findFirst()
			.orElse("A parameter of this request is not valid.");
		return respond(request, cleared(response), HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		cleared(response);
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader(HttpHeaders.ALLOW,
					ex.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", ")));
		}
		return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED,
				"This address does not accept " + abbreviate(ex.getMethod(), 40) + " requests.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) {
		String accept = abbreviate(String.join(", ", Collections.list(request.getHeaders(HttpHeaders.ACCEPT))), 40);
		try {
			MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
		}
		catch (InvalidMediaTypeException unreadable) {
			return respond(request, cleared(response), HttpStatus.BAD_REQUEST, "The Accept header \"" + accept
					+ "\" cannot be read: it must list media types such as text/html or application/json.");
		}
		String offered = ex.getSupportedMediaTypes()
			.stream()
			.map(MediaType::toString)
			.distinct()
			.collect(Collectors.joining(", "));
		return respond(request, cleared(response), HttpStatus.NOT_ACCEPTABLE,
				"This address cannot answer in a form the Accept header \"" + accept + "\" allows"
						+ (offered.isEmpty() ? "." : "; it answers with " + offered + "."));
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
			log.debug("Client error serving {}", request.getRequestURI(), ex);
			return respond(request, cleared(response), status, explain(status));
		}
		log.error("Unexpected failure serving {}", request.getRequestURI(), ex);
		return respond(request, cleared(response), HttpStatus.INTERNAL_SERVER_ERROR,
				explain(HttpStatus.INTERNAL_SERVER_ERROR));
	}

	/**
	 * An error answer: an RFC 9457 problem for the API, else the error page (HTML,
	 * whatever the failed handler would have answered with).
	 * @param request the request, or its error dispatch
	 * @param response the response, its security headers set
	 */
	static Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) {
		String path = originalPath(request);
		if (path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setTitle(status.getReasonPhrase());
			problem.setInstance(instance(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("title", title(status));
		view.addObject("message", message);
		return view;
	}

	/** The sentence for an error that carries none of its own. */
	static String explain(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "This request cannot be read: its address, parameters or headers are malformed.";
			case NOT_FOUND -> "There is no page at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not accept requests of this method.";
			case NOT_ACCEPTABLE -> "This address cannot answer in a form the Accept header allows.";
			case PAYLOAD_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE ->
				"This request is larger than the server accepts.";
			case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept a body of this type.";
			case INTERNAL_SERVER_ERROR ->
				"Something went wrong on our side while preparing this page. The failure has been logged.";
			default -> (status.is4xxClientError() ? "This request cannot be answered: " : "The server cannot answer: ")
					+ status.getReasonPhrase().toLowerCase(Locale.ROOT) + ".";
		};
	}

	static String noPageAt(String path) {
		return "There is no page at " + abbreviate(path, 100) + ".";
	}

	/** The path the reader asked for, also when answering from the error page. */
	static String originalPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original != null) ? original.toString() : request.getRequestURI();
	}

	/**
	 * Clears what a half-built answer set (download names, paging headers) before an
	 * error is written in its place, keeping the security headers.
	 */
	private static HttpServletResponse cleared(HttpServletResponse response) {
		if (!response.isCommitted()) {
			response.reset();
			SecurityHeaders.apply(response);
		}
		return response;
	}

	private static String mismatch(String name, Class<?> type, Object value) {
		String given = (value instanceof String[] values && values.length > 0) ? values[0]
				: (value instanceof String s) ? s : null;
		boolean number = type != null && Number.class.isAssignableFrom(box(type));
		if (given == null) {
			return "The parameter \"" + name + "\" must be " + (number ? "a whole number." : "a valid value.");
		}
		if (number && given.strip().matches("[+-]?\\d+")) {
			return "The number \"" + abbreviate(given, 40) + "\" is out of range for the parameter \"" + name + "\".";
		}
		return "The parameter \"" + name + "\" must be " + (number ? "a whole number" : "a valid value") + "; \""
				+ abbreviate(given, 40) + "\" is not.";
	}

	private static URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String title(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "Not found";
			case BAD_REQUEST -> "This request cannot be answered";
			case METHOD_NOT_ALLOWED -> "Method not allowed";
			case NOT_ACCEPTABLE -> "Not available in that form";
			default -> status.is4xxClientError() ? "This request cannot be answered" : "Something went wrong";
		};
	}

	private static Class<?> box(Class<?> type) {
		if (type == int.class) {
			return Integer.class;
		}
		return (type == long.class) ? Long.class : type;
	}

	private static String abbreviate(String value, int length) {
		return (value.length() > length) ? value.substring(0, length) + "…" : value;
	}

}
