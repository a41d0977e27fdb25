package org.thawcorpus.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParser;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.thawcorpus.CorpusTest;
import org.thawcorpus.system.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the application, read from its request mappings (controllers, the error
 * page, actuator) and its static files, asked with hostile requests over a raw socket:
 * bad %-escapes and bytes that are not UTF-8 in path and query, page numbers past any
 * offset, repeated and huge parameters, script payloads, unknown and unproducible
 * {@code Accept} headers, every method, path traversal and a forged {@code Host}. No
 * answer may be a 5xx, name anything of the server's insides, lack the security headers
 * or repeat the forged host; no client error may be logged as a failure.
 */
@CorpusTest
class HostileRequestsTest {

	private static final String EVIL_HOST = "evil.example";

	/** Values a route's parameters are given, as sent (already escaped or not). */
	private static final List<String> PARAMETER_VALUES = List.of("%", "%G1", "%FF", "%C3%28", "%00", "2147483647", "-1",
			"99999999999", "", "x".repeat(2000), "x".repeat(9000), "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"%E2%80%AE%F0%9F%98%80");

	/** Values put in place of a path variable, or appended to a path without one. */
	private static final List<String> PATH_VALUES = List.of("no-such-thing", "%", "%G1", "%FF", "%C3%28", "%00", "%2F",
			"..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"x".repeat(2000), "99999999999999999999", "-1", "0", ";x=1", "x.css", "x.js", "x.json");

	/** Names a route reading its parameters as a map (the search) is given. */
	private static final List<String> MAP_PARAMETERS = List.of("q", "page", "kind", "document", "section", "part",
			"stars", "year");

	private static final List<String> ACCEPTS = List.of("text/html", "application/json", "image/png", "garbage",
			"text/html;q=x");

	private static final List<String> METHODS = List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
			"CONNECT", "BREW");

	private static final List<Pattern> INSIDES = List.of(Pattern.compile(
			"\\b(?:java|javax|jakarta|org\\.springframework|org\\.apache|org\\.hibernate|org\\.h2|com\\.fasterxml|tools\\.jackson|org\\.thawcorpus)\\.[a-z]\\w*"),
			Pattern.compile("\\[L[\\w.$]+;"), Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b"),
			Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"), Pattern.compile("(?i)\\binsert\\s+into\\b"),
			Pattern.compile("(?i)\\bselect\\s+(?:distinct\\s+)?(?:\\*|[a-z_]\\w*\\.\\w+)[^<>]{0,400}?\\bfrom\\b"),
			Pattern.compile("(?i)\\bSQL\\s*(?:State|\\[|statement|grammar)"), Pattern.compile("\\.java:\\d+"));

	/** The sentence of an error page, or of a page's own notice of a problem. */
	private static final Pattern SENTENCE = Pattern.compile("(<p class=\"message\">|role=\"alert\">)[^<]{10,}");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noRequestGetsA5xxShowsTheInsidesLacksTheSecurityHeadersOrRepeatsAForgedHost() throws Exception {
		RawHttp http = new RawHttp(this.port);
		List<Route> routes = routes();
		assertThat(routes).extracting(Route::pattern)
			.contains("/", "/documents/{slug}", "/documents/{slug}/cite/{anchor}", "/api/documents", "/search",
					"/api/search", "/error", "/actuator/health")
			.anyMatch((p) -> p.startsWith("/css/"));
		Map<String, List<String>> values = realValues(http);

		List<Probe> probes = new ArrayList<>();
		for (Route route : routes) {
			List<String> paths = route.fill(values);
			paths.forEach((path) -> probes.add(new Probe("GET", path)));
			route.hostilePaths(paths.get(0)).forEach((path) -> probes.add(new Probe("GET", path)));
		}
		ListAppender<ILoggingEvent> log = capture();
		Map<Probe, Response> first;
		try {
			first = run(http, probes);
			List<Probe> live = new ArrayList<>();
			for (Route route : routes) {
				route.fill(values)
					.stream()
					.filter((path) -> first.get(new Probe("GET", path)).status() == 200)
					.min(Comparator.comparingInt((path) -> first.get(new Probe("GET", path)).body().length()))
					.ifPresent((path) -> live.addAll(route.hostileRequests(path)));
			}
			first.putAll(run(http, live));
		}
		finally {
			release(log);
		}

		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		first.forEach((probe, response) -> {
			statuses.merge(response.status(), 1, Integer::sum);
			failures.addAll(check(probe, response));
		});
		log.list.stream()
			.filter((e) -> e.getLevel().isGreaterOrEqual(Level.ERROR)
					|| (e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null))
			.forEach((e) -> failures.add("logged " + e.getLevel() + ": " + e.getFormattedMessage()
					+ ((e.getThrowableProxy() != null) ? " (" + e.getThrowableProxy().getClassName() + ")" : "")));
		System.out.printf("Hostile requests: %d routes, %d requests, statuses %s%n", routes.size(), first.size(),
				statuses);
		assertThat(failures.stream().sorted().limit(400).toList()).as("%d failures, the first ones", failures.size())
			.isEmpty();
		assertThat(statuses).containsKeys(200, 400, 404, 405, 406);
	}

	private static List<String> check(Probe probe, Response response) {
		List<String> failures = new ArrayList<>();
		String what = probe.method() + " " + abbreviate(probe.target()) + probe.headers() + " -> " + response.status();
		boolean health = probe.target().startsWith("/actuator/health") && response.status() == 503
				&& (response.body().contains("\"status\":\"OUT_OF_SERVICE\"")
						|| response.body().contains("\"status\":\"DOWN\""));
		if (response.status() >= 500 && !health) {
			failures.add(what + ": a server error");
		}
		String csp = String.valueOf(response.header("Content-Security-Policy"));
		if (!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'")
				&& csp.contains("object-src 'none'") && csp.contains("base-uri") && csp.contains("form-action"))
				|| csp.contains("unsafe") || csp.contains("http") || csp.contains("*")) {
			failures.add(what + ": content security policy " + csp);
		}
		if (!"nosniff".equals(response.header("X-Content-Type-Options"))
				|| !"DENY".equals(response.header("X-Frame-Options")) || response.header("Referrer-Policy") == null
				|| response.header("Permissions-Policy") == null) {
			failures.add(what + ": security headers " + response.headers());
		}
		String type = response.contentType();
		boolean head = probe.method().equals("HEAD");
		if (!head && !response.body().isEmpty() && type.isEmpty()) {
			failures.add(what + ": a body without a content type");
		}
		if ((type.startsWith("text/") && (type.contains("html") || response.status() >= 400))
				&& !type.toLowerCase(Locale.ROOT).contains("charset=utf-8")) {
			failures.add(what + ": a page or error without its charset: " + type);
		}
		if (response.status() >= 400 && !head) {
			boolean problem = type.startsWith("application/problem+json") && detail(response.body()).length() >= 10;
			boolean page = type.startsWith("text/html") && SENTENCE.matcher(response.body()).find();
			boolean bareActuatorAnswer = probe.target().startsWith("/actuator/") && response.body().isEmpty();
			if (!bareActuatorAnswer && (probe.unreadable() ? !(problem || page)
					: probe.target().startsWith("/api/") ? !problem : !page)) {
				failures.add(what + ": an error without its sentence, as " + type);
			}
		}
		for (Pattern inside : INSIDES) {
			Matcher found = inside.matcher(response.body());
			if (found.find()) {
				failures.add(what + ": shows \"" + found.group() + "\"");
			}
		}
		for (String path : serverPaths()) {
			if (response.body().contains(path)) {
				failures.add(what + ": shows the server path " + path);
			}
		}
		if (response.body().contains(EVIL_HOST) || response.headers().toString().contains(EVIL_HOST)) {
			failures.add(what + ": repeats the forged host");
		}
		if (type.contains("html")
				&& (response.body().contains("<script>alert") || response.body().contains("<svg onload"))) {
			failures.add(what + ": renders a script payload as markup");
		}
		return failures;
	}

	private static String detail(String problem) {
		try {
			return String.valueOf(JsonParserFactory.getJsonParser().parseMap(problem).get("detail"));
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private static Set<String> serverPaths() {
		Set<String> paths = new LinkedHashSet<>();
		paths.add(System.getProperty("user.dir"));
		paths.add(System.getProperty("java.home"));
		paths.add(System.getProperty("user.home") + "/");
		paths.add(System.getProperty("java.io.tmpdir").replaceAll("/$", "") + "/");
		return paths;
	}

	/** The routes: every pattern of every request mapping, and every static file. */
	private List<Route> routes() throws IOException {
		Map<String, Route> routes = new TreeMap<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				Parameters parameters = parameters(entry.getValue());
				for (String pattern : entry.getKey().getPatternValues()) {
					routes.merge(pattern, new Route(pattern, parameters.names(), parameters.map()),
							(a, b) -> new Route(pattern, union(a.parameters(), b.parameters()), a.map() || b.map()));
				}
			}
		}
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:/static/**/*.*")) {
			String path = file.getURL().toString().replaceFirst(".*/static/", "/");
			routes.put(path, new Route(path, List.of(), false));
		}
		return routes.values()
			.stream()
			.map((r) -> r.map() ? new Route(r.pattern(), union(r.parameters(), MAP_PARAMETERS), true) : r)
			.toList();
	}

	private static Parameters parameters(HandlerMethod method) {
		List<String> names = new ArrayList<>();
		boolean map = false;
		for (var parameter : method.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			if (Map.class.isAssignableFrom(parameter.getParameterType())) {
				map = true;
			}
			else {
				names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
		}
		return new Parameters(names, map);
	}

	/**
	 * Real values of the seed corpus for path variables, by name, read from the JSON API:
	 * slugs (smallest document first), anchors, citation and entity ids, years.
	 */
	private Map<String, List<String>> realValues(RawHttp http) throws IOException {
		JsonParser json = JsonParserFactory.getJsonParser();
		List<Map<String, Object>> documents = maps(json.parseList(http.get("/api/documents").body()));
		documents.sort(Comparator.comparingInt(
				(d) -> number(d.get("passageCount")) + number(d.get("reviewCount")) + number(d.get("commentCount"))));
		List<String> slugs = documents.stream().map((d) -> (String) d.get("slug")).toList();
		Set<String> anchors = new LinkedHashSet<>();
		for (String slug : slugs) {
			Map<String, Object> detail = json.parseMap(http.get("/api/documents/" + slug).body());
			for (Map<String, Object> section : maps((List<?>) detail.get("sections"))) {
				maps((List<?>) section.get("passages")).stream()
					.findFirst()
					.ifPresent((p) -> anchors.add((String) p.get("anchor")));
			}
			maps((List<?>) detail.get("comments")).stream()
				.findFirst()
				.ifPresent((c) -> anchors.add((String) c.get("anchor")));
		}
		List<Map<String, Object>> years = maps(json.parseList(http.get("/api/timeline").body()));
		maps(json.parseList(http.get("/api/timeline/" + years.get(0).get("year")).body()))
			.forEach((m) -> anchors.add((String) m.get("anchor")));
		String citation = String.valueOf(maps(json.parseList(http.get("/api/citations").body())).get(0).get("id"));
		String entity = String.valueOf(maps(json.parseList(http.get("/api/entities").body())).get(0).get("id"));
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("slug", slugs);
		values.put("anchor", anchors.stream().limit(4).toList());
		values.put("id", List.of(citation, entity));
		values.put("year", List.of(String.valueOf(years.get(0).get("year"))));
		values.put("number", List.of("1"));
		return values;
	}

	private Map<Probe, Response> run(RawHttp http, Collection<Probe> probes) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Map<Probe, Future<Response>> futures = new LinkedHashMap<>();
			for (Probe probe : new LinkedHashSet<>(probes)) {
				futures.put(probe, pool.submit(() -> probe.send(http)));
			}
			Map<Probe, Response> responses = new LinkedHashMap<>();
			for (Map.Entry<Probe, Future<Response>> future : futures.entrySet()) {
				responses.put(future.getKey(), future.getValue().get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static ListAppender<ILoggingEvent> capture() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
		return appender;
	}

	private static void release(ListAppender<ILoggingEvent> appender) {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
		appender.stop();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(List<?> list) {
		return (list != null) ? new ArrayList<>((List<Map<String, Object>>) list) : new ArrayList<>();
	}

	private static int number(Object value) {
		return (value instanceof Number n) ? n.intValue() : 0;
	}

	private static List<String> union(List<String> a, List<String> b) {
		return List.copyOf(new LinkedHashSet<>(java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
	}

	private static String abbreviate(String value) {
		return (value.length() > 120) ? value.substring(0, 120) + "…(" + value.length() + " chars)" : value;
	}

	record Parameters(List<String> names, boolean map) {

	}

	/** A route: its pattern and the parameters it reads. */
	record Route(String pattern, List<String> parameters, boolean map) {

		private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::([^}]*))?}|\\*\\*");

		/** Real paths of the route: each variable filled with real values. */
		List<String> fill(Map<String, List<String>> values) {
			List<String> paths = List.of("");
			Matcher variable = VARIABLE.matcher(this.pattern);
			int at = 0;
			while (variable.find()) {
				String literal = this.pattern.substring(at, variable.start());
				List<String> choices = choices(variable, values);
				List<String> longer = new ArrayList<>();
				for (String path : paths) {
					for (String choice : choices) {
						longer.add(path + literal + choice);
					}
				}
				paths = longer.stream().limit(16).toList();
				at = variable.end();
			}
			String rest = this.pattern.substring(at);
			return paths.stream().map((p) -> p + rest).toList();
		}

		private static List<String> choices(Matcher variable, Map<String, List<String>> values) {
			if (variable.group(1) == null) {
				return List.of("x");
			}
			String regex = variable.group(2);
			if (regex != null && regex.matches("[\\w-]+(\\|[\\w-]+)*")) {
				return List.of(regex.split("\\|"));
			}
			return values.getOrDefault(variable.group(1), List.of("1", "x"));
		}

		/** The route's path with each variable, or a further segment, made hostile. */
		List<String> hostilePaths(String real) {
			List<String> patternSegments = List.of(this.pattern.split("/", -1));
			List<String> segments = List.of(real.split("/", -1));
			List<Integer> variables = new ArrayList<>();
			for (int i = 0; i < patternSegments.size() && i < segments.size(); i++) {
				if (VARIABLE.matcher(patternSegments.get(i)).find()) {
					variables.add(i);
				}
			}
			List<String> paths = new ArrayList<>();
			for (String value : PATH_VALUES) {
				if (variables.isEmpty()) {
					paths.add(real.replaceAll("/$", "") + "/" + value);
				}
				for (int position : variables) {
					List<String> changed = new ArrayList<>(segments);
					changed.set(position, value);
					paths.add(String.join("/", changed));
				}
			}
			paths.add(real + "\u00FF");
			paths.add("/.." + real);
			paths.add(real + "/../../../../etc/passwd");
			return paths;
		}

		/**
		 * Hostile parameters, headers and methods for a path of the route that answers.
		 */
		List<Probe> hostileRequests(String path) {
			List<Probe> probes = new ArrayList<>();
			for (String name : this.parameters) {
				for (String value : PARAMETER_VALUES) {
					probes.add(new Probe("GET", path + "?" + name + "=" + value));
				}
				probes.add(new Probe("GET", path + "?" + name + "=&" + name + "=x"));
				probes.add(new Probe("GET", path + "?" + name + "=1&" + name + "=2"));
				probes.add(new Probe("GET", path + "?" + name + "=\u00FF"));
			}
			probes.add(new Probe("GET", path + "?%"));
			probes.add(new Probe("GET", path + "?=&&=%FF"));
			probes.add(new Probe("GET", path + "?" + "a=1&".repeat(1001)));
			for (String accept : ACCEPTS) {
				probes.add(new Probe("GET", path, List.of("Accept: " + accept)));
			}
			for (String method : METHODS) {
				probes.add(new Probe(method, path));
			}
			probes.add(
					new Probe("POST", path, List.of("Content-Type: application/x-www-form-urlencoded"), "a=%G1&b=%FF"));
			probes.add(new Probe("PUT", path, List.of("Content-Type: application/x-www-form-urlencoded"), "a=%"));
			probes.add(new Probe("POST", path, List.of("Content-Type: multipart/form-data; boundary=x"), "--x\r\nzz"));
			probes.add(new Probe("GET", path, List.of("Host: " + EVIL_HOST)));
			probes.add(new Probe("GET", path + (path.contains("?") ? "&" : "?") + "page=1&size=1",
					List.of("Host: " + EVIL_HOST + ":8443")));
			probes.add(new Probe("GET", path, List.of("X-Forwarded-Host: " + EVIL_HOST, "X-Forwarded-Proto: https",
					"Forwarded: host=" + EVIL_HOST)));
			probes.add(new Probe("GET", path, List.of("Cookie: JSESSIONID=" + "x".repeat(100),
					"Accept-Language: xx-%FF", "User-Agent: <script>")));
			return probes;
		}

	}

	/** One request. */
	record Probe(String method, String target, List<String> headers, String body) {

		Probe(String method, String target) {
			this(method, target, List.of(), "");
		}

		Probe(String method, String target, List<String> headers) {
			this(method, target, headers, "");
		}

		/**
		 * Whether the server cannot read the request target at all (raw bytes beyond
		 * ASCII, longer than its limit), and so cannot know whether it is an address of
		 * the API.
		 */
		boolean unreadable() {
			return this.target.length() > 8000 || this.target.chars().anyMatch((c) -> c > 0x7F);
		}

		Response send(RawHttp http) throws IOException {
			return http.send(this.method, this.target, this.body, this.headers.toArray(String[]::new));
		}

		@Override
		public String toString() {
			return this.method + " " + this.target + " " + this.headers.stream().collect(Collectors.joining("; "));
		}

	}

}
