package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A browser whose language is pt-BR walks every screen and the main dialogs as an admin (who sees
 * the admin screens too), collects the text it shows (light and shadow DOM, open overlays,
 * placeholders), and finds no English left: no English text of the bundle whose Portuguese differs,
 * and none of the Vaadin components' English defaults. It changes nothing, so the other suites'
 * English screens stay as they were.
 */
@Tag("e2e")
class PortugueseE2E {

    /** Vaadin's own English, not in the bundle: login form, date picker, upload, confirm dialog. */
    private static final List<String> VAADIN_DEFAULTS = List.of(
            "Log in",
            "Forgot password",
            "Username",
            "Password",
            "Incorrect username or password",
            "Drop file here",
            "Drop files here",
            "Upload File...",
            "Upload Files...",
            "Today",
            "Cancel",
            "Confirm",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday");

    /**
     * Data, not the app's text: the demo user's login name ("user", shown on the sign-in page and in
     * the users list) and the activities the English-speaking demo users wrote (DemoLanguage.EN).
     */
    private static final Pattern DATA =
            Pattern.compile("\\buser(1234|@contas\\.example)?\\b|Lunch with the client|Business lunch"
                    // What the other browser tests typed (the suite shares one app): a text ending in a nano time.
                    + "|[A-Za-z<>/' ]+ \\d{10,}|Went with a competitor");

    /** Months and weekdays as dates show them in English ("Mar 11, 2026", "Wed 11 Mar"). */
    private static final Pattern ENGLISH_DATE =
            Pattern.compile("\\b(Jan|Feb|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}\\b"
                    + "|\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}\\b");

    /** An amount written the English way: R$1,234.56 or $1,234.56 (pt-BR writes R$ 1.234,56). */
    private static final Pattern ENGLISH_MONEY = Pattern.compile("R?\\$\\d{1,3}(,\\d{3})*\\.\\d{2}\\b");

    private static final String VISIBLE_TEXT_SCRIPT = """
            const out = [];
            const visible = el => el && el.checkVisibility
                && el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
            const walk = root => {
              for (const node of root.childNodes) {
                if (node.nodeType === Node.TEXT_NODE) {
                  const text = node.textContent.trim();
                  if (text && visible(node.parentElement)) out.push(text);
                } else if (node.nodeType === Node.ELEMENT_NODE) {
                  if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') continue;
                  const ph = node.getAttribute('placeholder');
                  if (ph && visible(node)) out.push(ph);
                  if (node.shadowRoot) walk(node.shadowRoot);
                  walk(node);
                }
              }
            };
            walk(document.body);
            out.push(document.title);
            return out;
            """;

    private final Properties english = bundle("en");
    private final Properties portuguese = bundle("pt_BR");
    private final Map<String, Pattern> forbidden = forbiddenPhrases();
    private final Map<String, Set<String>> found = new LinkedHashMap<>();

    private static Properties bundle(String locale) {
        Properties p = new Properties();
        try (InputStream in =
                PortugueseE2E.class.getResourceAsStream("/vaadin-i18n/translations_" + locale + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * The English texts that must not appear: each bundle value whose Portuguese differs, cut at its
     * placeholders ("{0}") into fragments; fragments shorter than four letters, and words that the
     * Portuguese bundle uses too ("Total", "E-mail"), say nothing about the language and are left out.
     */
    private Map<String, Pattern> forbiddenPhrases() {
        String allPortuguese = String.join(
                "\n",
                portuguese.stringPropertyNames().stream()
                        .map(portuguese::getProperty)
                        .toList());
        Map<String, Pattern> phrases = new LinkedHashMap<>();
        List<String> candidates = new ArrayList<>(VAADIN_DEFAULTS);
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(portuguese.getProperty(key))) {
                continue;
            }
            for (String fragment : en.split("\\{[^}]*\\}|''|'|\\n")) {
                candidates.add(fragment.replaceAll("^[\\s\\p{Punct}…·—–]+|[\\s\\p{Punct}…·—–]+$", ""));
            }
        }
        for (String phrase : candidates) {
            if (phrase.replaceAll("[^\\p{L}]", "").length() < 4) {
                continue;
            }
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(phrase) + "(?![\\p{L}\\d])");
            if (!Pattern.compile(pattern.pattern(), Pattern.CASE_INSENSITIVE)
                    .matcher(allPortuguese)
                    .find()) {
                phrases.put(phrase, pattern);
            }
        }
        return phrases;
    }

    private List<String> visibleText(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(VISIBLE_TEXT_SCRIPT);
        return texts;
    }

    /** Collects what is on screen now and remembers the English in it under {@code screen}. */
    private void check(Browser browser, String screen) {
        Set<String> english = new TreeSet<>();
        List<String> texts = visibleText(browser);
        for (String shown : texts) {
            String text = DATA.matcher(shown).replaceAll(" ");
            forbidden.forEach((phrase, pattern) -> {
                if (pattern.matcher(text).find()) {
                    english.add(phrase + "  ⟵  " + abbreviate(text));
                }
            });
            if (ENGLISH_DATE.matcher(text).find() || ENGLISH_MONEY.matcher(text).find()) {
                english.add("(English date or number)  ⟵  " + abbreviate(text));
            }
        }
        assertThat(texts).as("text on " + screen).hasSizeGreaterThan(3);
        found.put(screen, english);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }

    private void settle(Browser browser) {
        browser.wait.until(d -> ((JavascriptExecutor) d)
                .executeScript("return !document.querySelector('vaadin-connection-indicator[loading]')")
                .equals(Boolean.TRUE));
        try {
            Thread.sleep(400); // lets lazy grids and overlays draw their rows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void screen(Browser browser, String route, String name) {
        browser.open(route);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        settle(browser);
        check(browser, name);
    }

    private WebElement button(Browser browser, String key) {
        String text = portuguese.getProperty(key).replaceAll("\\{.*", "").trim();
        return browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-button, vaadin-details-summary")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().startsWith(text))
                .findFirst()
                .orElse(null));
    }

    /** Selects a drawer tab by its label, scrolled into view first (the tab row scrolls when it overflows). */
    private void selectTab(Browser browser, WebElement drawer, String tab) {
        String label = portuguese.getProperty("drawer.tab." + tab);
        WebElement element = browser.wait.until(d -> drawer.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(t -> t.getText().startsWith(label))
                .findFirst()
                .orElse(null));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", element);
    }

    private void closeOverlays(Browser browser) {
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
    }

    @Test
    void a_portuguese_browser_sees_no_english_on_any_screen() {
        try {
            walk();
        } finally {
            report();
        }
        assertThat(found.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("English text on the pt-BR screens")
                .isEmpty();
        assertThat(forbidden).as("the check knows English").hasSizeGreaterThan(300);
    }

    private void walk() {
        try (Browser browser = Browser.inLanguage("pt-BR")) {
            browser.open("login");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
            settle(browser);
            check(browser, "sign-in");
            browser.signIn("admin", "admin123");

            screen(browser, "accounts", "accounts list");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            settle(browser);
            check(browser, "accounts list");
            browser.screenshot("pt-list");

            button(browser, "accounts.filter.more").click();
            settle(browser);
            check(browser, "more filters");
            button(browser, "accounts.filter.more").click();

            WebElement drawer = browser.openFirstAccount();
            settle(browser);
            check(browser, "drawer");
            browser.screenshot("pt-drawer");
            for (String tab : List.of("activities", "notes", "files", "deals", "people", "fields", "history")) {
                selectTab(browser, drawer, tab);
                settle(browser);
                check(browser, "drawer · " + tab);
            }
            selectTab(browser, drawer, "activities");
            button(browser, "drawer.activities.schedule").click();
            WebElement form = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            settle(browser);
            check(browser, "new activity");
            form.findElement(By.cssSelector("vaadin-date-picker input")).click();
            browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-date-picker-overlay")));
            settle(browser);
            check(browser, "new activity · date picker");
            new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
            closeOverlays(browser);

            screen(browser, "accounts/board", "board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            settle(browser);
            check(browser, "board");
            browser.screenshot("pt-board");

            for (String route : List.of(
                    "deals",
                    "people",
                    "organizations",
                    "activities",
                    "admin",
                    "admin/users",
                    "admin/custom-fields",
                    "admin/currencies",
                    "admin/settings",
                    "admin/trash",
                    "admin/history")) {
                screen(browser, route, route);
            }

            browser.open("organizations");
            WebElement organization =
                    browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                            .filter(a -> !a.getText().isBlank())
                            .findFirst()
                            .orElse(null));
            organization.click();
            browser.wait.until(ExpectedConditions.urlMatches("/organizations/\\d+"));
            settle(browser);
            check(browser, "organization page");

            browser.driver.findElement(By.cssSelector(".contas-my-account")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            settle(browser);
            check(browser, "my account");
            closeOverlays(browser);
        }
    }

    private void report() {
        int total = found.values().stream().mapToInt(Set::size).sum();
        System.out.println(
                "English found on pt-BR screens: " + total + " (" + forbidden.size() + " English phrases checked)");
        found.forEach((screen, english) -> {
            System.out.println("  " + screen + ": " + english.size());
            english.forEach(e -> System.out.println("      " + e));
        });
    }
}
