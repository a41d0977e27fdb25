package org.thawcorpus.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through chromedriver, pointed at the application. The
 * viewport is set exactly (not the window), so widths are the widths a reader's screen
 * would have.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int HEIGHT = 900;

	private final ChromeDriver driver;

	private final String base;

	private final Path profile;

	private int width;

	private Browser(ChromeDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	/** Starts Chromium for the application at {@code base}, 1280 pixels wide. */
	static Browser start(BrowserEnvironment environment, String base) {
		System.setProperty("SE_OFFLINE", "true");
		Path profile;
		try {
			profile = Files.createTempDirectory("thaw-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(environment.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--hide-scrollbars", "--lang=en-GB", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(environment.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		Browser browser = new Browser(new ChromeDriver(service, options), base, profile);
		browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		browser.width(1280);
		return browser;
	}

	WebDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application, such as {@code /citations}. */
	Browser open(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	/** The path, query and fragment of the current page. */
	String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
				+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
	}

	Browser back() {
		this.driver.navigate().back();
		return this;
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	/** Clicks the element and waits for the address to change. */
	Browser follow(WebElement link) {
		String before = this.driver.getCurrentUrl();
		link.click();
		waitUntil((d) -> !d.getCurrentUrl().equals(before));
		return this;
	}

	<T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(condition);
	}

	@SuppressWarnings("unchecked")
	<T> T script(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	@SuppressWarnings("unchecked")
	<T> T asyncScript(String script, Object... args) {
		return (T) ((JavascriptExecutor) this.driver).executeAsyncScript(script, args);
	}

	/** Sets the viewport to {@code width} CSS pixels and the usual height. */
	Browser width(int width) {
		this.width = width;
		viewport(width, HEIGHT);
		return this;
	}

	int width() {
		return this.width;
	}

	/** Runs a command of the Chrome DevTools Protocol. */
	Map<String, Object> devTools(String command, Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	/** Shows the page as printed ({@code true}) or on screen. */
	Browser printMedia(boolean print) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
		return this;
	}

	/**
	 * Saves the whole page, as tall as it is, at the current width to
	 * {@code target/screenshots/<name>.png}.
	 */
	Path screenshot(String name) {
		Number height = script("return Math.ceil(document.documentElement.scrollHeight)");
		viewport(this.width, Math.max(HEIGHT, height.intValue()));
		try {
			return save(name + ".png", this.driver.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			viewport(this.width, HEIGHT);
		}
	}

	/** Prints the page to {@code target/screenshots/<name>.pdf} on A4 paper. */
	Path printToPdf(String name) {
		PrintOptions options = new PrintOptions();
		options.setBackground(true);
		return save(name + ".pdf", Base64.getDecoder().decode(this.driver.print(options).getContent()));
	}

	private void viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	private static Path save(String file, byte[] bytes) {
		try {
			Files.createDirectories(SCREENSHOTS);
			return Files.write(SCREENSHOTS.resolve(file), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (var paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
