package org.thawcorpus.annotation;

import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.thawcorpus.system.BadRequestException;

/**
 * Remembers the annotation layers a reader chose last, without a login: a choice made
 * with the {@code layers} parameter is kept in a cookie ({@value #COOKIE}, the layers'
 * names and nothing else, for a year, SameSite=Lax, sent to this site only), and a view
 * opened without the parameter shows what the cookie holds, or people and places without
 * one. A cookie that cannot be read is ignored.
 */
public final class LayerMemory {

	/** The cookie's name. */
	public static final String COOKIE = "thaw-layers";

	static final long MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

	private LayerMemory() {
	}

	/**
	 * The layers to show: those the parameter names (remembered for next time), else
	 * those remembered, else {@link LayerChoice#DEFAULT}.
	 * @param layers the {@code layers} parameter's values, or null if absent
	 * @throws BadRequestException if the parameter names no layer
	 */
	public static LayerChoice choose(List<String> layers, HttpServletRequest request, HttpServletResponse response) {
		if (layers != null) {
			LayerChoice choice = LayerChoice.parse(layers);
			response.addHeader(HttpHeaders.SET_COOKIE,
					ResponseCookie.from(COOKIE, cookieValue(choice))
						.path("/")
						.maxAge(MAX_AGE_SECONDS)
						.sameSite("Lax")
						.httpOnly(true)
						.secure(request.isSecure())
						.build()
						.toString());
			return choice;
		}
		return remembered(request);
	}

	/** The choice a request's cookie holds, or the default. */
	static LayerChoice remembered(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return LayerChoice.DEFAULT;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() <= 200) {
				try {
					LayerChoice choice = LayerChoice.parse(List.of(cookie.getValue().replace('.', ',')));
					return new LayerChoice(choice.shown(), false);
				}
				catch (BadRequestException ex) {
					return LayerChoice.DEFAULT;
				}
			}
		}
		return LayerChoice.DEFAULT;
	}

	/**
	 * The cookie's value: layer names joined by dots (a comma is not allowed in a
	 * cookie).
	 */
	static String cookieValue(LayerChoice choice) {
		return choice.param().replace(',', '.');
	}

}
