package com.contas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium (never a downloaded browser), against the app at
 * {@code contas.e2e.url}. Screenshots go to {@code target/e2e/}.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("contas.e2e.url", "http://localhost:8080");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String baseUrl;

    public Browser() {
        this(BASE_URL);
    }

    /** A browser for the app at {@code baseUrl} (a balancer in front of several instances, say). */
    public Browser(String baseUrl) {
        this(baseUrl, Screen.DESKTOP, "en-US");
    }

    /** What the browser looks like to the app: a desktop window, or a phone with a touch screen. */
    public enum Screen {
        /** 1400 × 900, mouse. */
        DESKTOP,
        /** 390 × 844 CSS pixels at 3×, touch events, a phone's user agent (Chromium's device emulation). */
        PHONE
    }

    /** A desktop browser at {@code contas.e2e.url} whose language (and Accept-Language) is {@code language}. */
    public static Browser inLanguage(String language) {
        return new Browser(BASE_URL, Screen.DESKTOP, language);
    }

    /** A phone (390 × 844, touch) at {@code contas.e2e.url} in {@code language}. */
    public static Browser phone(String language) {
        return new Browser(BASE_URL, Screen.PHONE, language);
    }

    public Browser(String baseUrl, Screen screen, String language) {
        this.baseUrl = baseUrl;
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    screen == Screen.PHONE ? "--window-size=390,844" : "--window-size=1400,900",
                    "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("contas-e2e-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (screen == Screen.PHONE) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", 390, "height", 844, "pixelRatio", 3.0, "touch", true),
                            "userAgent",
                            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                                    + "Chrome/130.0 Mobile Safari/537.36"));
        }
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A list redrawn while a condition reads it (a reload, a live update): read it again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    public void signIn(String username, String password) {
        open("login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        wait.until(d -> d.findElement(By.cssSelector("input[name='username']")).isDisplayed());
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']"))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * Clicks a button in a notification by dispatching the click to it: Selenium's own click refuses
     * an element of a fixed overlay that it finds outside the viewport (seen in CI at the bottom
     * edge), although the user's click reaches it (the screenshots show it in view).
     */
    public void clickInNotification(WebElement button) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
    }

    /** The account drawer, once it shows the account {@code name}. */
    public WebElement drawer(String name) {
        WebElement drawer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contas-drawer")));
        wait.until(d -> drawer.findElement(By.cssSelector(".contas-drawer-title"))
                .getText()
                .equals(name));
        return drawer;
    }

    /** Opens the first account of the accounts list on screen (its name's link) in the drawer. */
    public WebElement openFirstAccount() {
        WebElement link = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(a -> !a.getText().isBlank())
                .findFirst()
                .orElse(null));
        String name = link.getText();
        link.click();
        return drawer(name);
    }

    /** Selects a tab of the drawer or of an organization's page by the start of its label ("Notes (2)"). */
    public void selectTab(WebElement container, String label) {
        wait.until(d -> container.findElements(By.cssSelector("vaadin-tab")).stream()
                        .filter(t -> t.getText().startsWith(label))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Scrolls the element's scrolling container (a list in a dialog) until it is in view, as the user would. */
    public void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "e2e");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
