package org.thawcorpus.system;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
 * anything else a 500 without internals. Never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object noSuchPage(Exception ex, HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "There is no page at " + request.getRequestURI() + ".");
	}

	@ExceptionHandler(BadRequestException.class)
	Object badRequest(BadRequestException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String expected = (ex.getRequiredType() != null && Number.class.isAssignableFrom(box(ex.getRequiredType())))
				? "a whole number" : "a valid value";
		return respond(request, HttpStatus.BAD_REQUEST, "The parameter \"" + ex.getName() + "\" must be " + expected
				+ "; \"" + abbreviate(String.valueOf(ex.getValue())) + "\" is not.");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "The parameter \"" + ex.getParameterName() + "\" is required.");
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request) {
		String detail = ex.getParameterValidationResults()
			.stream()
			.flatMap((r) -> r.getResolvableErrors()
				.stream()
				.map((e) -> "The parameter \"" + r.getMethodParameter().getParameterName() + "\" "
						+ e.getDefaultMessage() + "."))
			.findFirst()
			.orElse("A parameter of this request is not valid.");
		return respond(request, HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED,
				"This address does not accept " + ex.getMethod() + " requests.");
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure serving {}", request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side while preparing this page. The failure has been logged.");
	}

	private static Object respond(HttpServletRequest request, HttpStatus status, String message) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setTitle(status.getReasonPhrase());
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("title", title(status));
		view.addObject("message", message);
		return view;
	}

	private static String title(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "Not found";
			case BAD_REQUEST -> "This request cannot be answered";
			case METHOD_NOT_ALLOWED -> "Method not allowed";
			default -> "Something went wrong";
		};
	}

	private static Class<?> box(Class<?> type) {
		if (type == int.class) {
			return Integer.class;
		}
		return (type == long.class) ? Long.class : type;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
