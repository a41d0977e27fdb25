package org.thawcorpus.system;

import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request that repeats a parameter its page reads as one value
 * ({@code page=1&page=2}): a 400 saying so, rather than one of the values taken silently
 * or a conversion failing. Parameters read as lists ({@code layers}) may repeat.
 */
@Component
class RepeatedParameters implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		for (MethodParameter parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param == null || type.isArray() || Collection.class.isAssignableFrom(type)
					|| MultiValueMap.class.isAssignableFrom(type)) {
				continue;
			}
			if (Map.class.isAssignableFrom(type)) {
				request.getParameterMap().forEach(RepeatedParameters::once);
			}
			else {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				once(name, request.getParameterValues(name));
			}
		}
		return true;
	}

	private static void once(String name, String[] values) {
		if (values != null && values.length > 1) {
			throw new BadRequestException(
					"The parameter \"" + name + "\" must be given once; it was given " + values.length + " times.");
		}
	}

}
