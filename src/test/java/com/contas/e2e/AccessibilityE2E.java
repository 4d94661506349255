package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (Deque's Selenium binding, its bundled script) on every screen and the dialogs a user
 * opens: no serious or critical violation anywhere. Prints the count of every violation by screen,
 * rule and impact ({@code axe ...} lines), moderate and minor ones included, for the README.
 */
@Tag("e2e")
class AccessibilityE2E {

    /** Impacts that fail the test. */
    private static final List<String> BLOCKING = List.of("serious", "critical");

    private final Map<String, List<Rule>> byScreen = new LinkedHashMap<>();

    @Test
    void no_screen_or_dialog_has_a_serious_or_critical_violation() {
        try (Browser browser = new Browser()) {
            browser.open("login");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
            check(browser, "sign-in");

            // The demo's admin, or an operator's instance's first administrator.
            browser.signIn(
                    System.getProperty("contas.e2e.admin", "admin"),
                    System.getProperty("contas.e2e.admin-password", "admin123"));
            browser.open("accounts");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            check(browser, "accounts list");

            clickButton(browser, "More filters");
            check(browser, "accounts list, more filters open");

            WebElement drawer = browser.openFirstAccount();
            for (String tab : List.of("Activities", "Notes", "Files", "Deals", "People", "Details", "History")) {
                browser.selectTab(drawer, tab);
                check(browser, "drawer: " + tab);
            }
            browser.selectTab(drawer, "Activities");
            clickButton(browser, "Schedule activity");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            check(browser, "new activity dialog");
            escape(browser);
            escape(browser);

            browser.open("accounts/board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            check(browser, "accounts board");
            browser.driver.findElements(By.cssSelector(".kanban-move")).get(0).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            check(browser, "move to dialog");
            escape(browser);

            for (String list : List.of("deals", "people", "organizations", "activities")) {
                browser.open(list);
                browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content"))
                        .isEmpty());
                check(browser, list + " list");
            }
            for (String page : List.of("organizations", "people")) {
                browser.open(page);
                browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                        .isEmpty());
                browser.driver
                        .findElements(By.cssSelector("vaadin-grid-cell-content a"))
                        .get(0)
                        .click();
                browser.wait.until(ExpectedConditions.urlMatches(".*/" + page + "/\\d+$"));
                browser.wait.until(
                        d -> !d.findElements(By.cssSelector("vaadin-tab")).isEmpty());
                check(browser, page.equals("people") ? "person page" : "organization page");
            }

            for (String admin : List.of(
                    "admin",
                    "admin/users",
                    "admin/custom-fields",
                    "admin/currencies",
                    "admin/settings",
                    "admin/history",
                    "admin/trash")) {
                browser.open(admin);
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
                browser.wait.until(d ->
                        d.findElement(By.tagName("vaadin-app-layout")).getText().length() > 100);
                check(browser, admin);
            }

            browser.open("accounts");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            browser.driver.findElement(By.cssSelector(".contas-my-account")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            check(browser, "my account dialog");
            escape(browser);
        }

        List<String> blocking = new ArrayList<>();
        Map<String, Integer> totalByRule = new TreeMap<>();
        byScreen.forEach((screen, rules) -> {
            System.out.println("axe " + screen + ": "
                    + (rules.isEmpty()
                            ? "no violations"
                            : rules.stream()
                                    .map(r -> r.getId() + " (" + r.getImpact() + ", "
                                            + r.getNodes().size() + " nodes)")
                                    .collect(Collectors.joining(", "))));
            for (Rule rule : rules) {
                totalByRule.merge(
                        rule.getId() + " (" + rule.getImpact() + ")",
                        rule.getNodes().size(),
                        Integer::sum);
                if (BLOCKING.contains(rule.getImpact())) {
                    blocking.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                            + rule.getNodes().stream()
                                    .limit(3)
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining("; ")));
                }
            }
        });
        System.out.println("axe screens checked: " + byScreen.size() + "; nodes by rule: " + totalByRule);
        assertThat(blocking).as("serious or critical axe violations").isEmpty();
    }

    private void check(Browser browser, String screen) {
        // Let a screen settle (lazy rows, overlays opening) before it is judged.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Results results = new AxeBuilder().analyze(browser.driver);
        assertThat(results.isErrored()).as("axe ran on " + screen).isFalse();
        byScreen.put(screen, results.getViolations());
        System.out.println("axe checked " + screen + ": "
                + results.getViolations().stream()
                        .map(r -> r.getId() + " (" + r.getImpact() + ", "
                                + r.getNodes().size() + ")"
                                // A rule with few nodes names them, so that a finding can be traced.
                                + (r.getNodes().size() <= 2
                                        ? " "
                                                + r.getNodes().stream()
                                                        .map(n -> String.valueOf(n.getTarget()))
                                                        .collect(Collectors.joining("; "))
                                        : ""))
                        .collect(Collectors.joining(", ")));
        browser.screenshot("axe-" + screen.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    }

    private static void clickButton(Browser browser, String text) {
        browser.wait
                .until(d -> d.findElements(By.cssSelector("vaadin-button, vaadin-details-summary")).stream()
                        .filter(b -> b.isDisplayed() && b.getText().startsWith(text))
                        .findFirst()
                        .orElse(null))
                .click();
    }

    private static void escape(Browser browser) {
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
