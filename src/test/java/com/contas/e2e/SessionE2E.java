package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Sorting, undo, what a USER may see, and signing out, in a real browser. */
@Tag("e2e")
class SessionE2E {

    @Test
    void a_sort_changes_the_order_of_the_accounts_list() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts");
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            List<String> byName = firstNames(browser);

            WebElement sorter = browser.driver.findElements(By.cssSelector("vaadin-grid-sorter")).stream()
                    .filter(s -> s.getText().equals("Won value"))
                    .findFirst()
                    .orElseThrow();
            sorter.click();
            browser.wait.until(d -> !firstNames(browser).equals(byName));
            assertThat(browser.driver.getCurrentUrl()).contains("sort=wonValue");
        }
    }

    private static List<String> firstNames(Browser browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .limit(5)
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void undo_puts_a_dragged_card_back() {
        try (Browser browser = new Browser()) {
            browser.signIn("mariana", "demo1234");
            browser.open("accounts/board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            List<WebElement> columns = browser.driver.findElements(By.cssSelector(".kanban-column"));
            WebElement today = columns.get(2);
            WebElement later = columns.get(4); // Next week: in view at this window size
            WebElement card = today.findElement(By.cssSelector(".kanban-card"));
            String name = card.findElement(By.cssSelector(".account-card-name")).getText();
            String todayCount =
                    today.findElement(By.cssSelector(".kanban-column-count")).getText();
            String laterCount =
                    later.findElement(By.cssSelector(".kanban-column-count")).getText();

            new Actions(browser.driver).dragAndDrop(card, later).perform();
            browser.wait.until(d -> !today.findElement(By.cssSelector(".kanban-column-count"))
                    .getText()
                    .equals(todayCount));
            assertThat(total(later)).isEqualTo(total(laterCount) + 1);
            assertThat(today.getText()).doesNotContain(name);
            WebElement undo = browser.wait.until(
                    d -> d.findElements(By.cssSelector("vaadin-notification-card " + "vaadin-button")).stream()
                            // The button's label; its tooltip (the key that does the same) follows it.
                            .filter(b ->
                                    b.getText().lines().findFirst().orElse("").equals("Undo"))
                            .findFirst()
                            .orElse(null));
            browser.screenshot("board-undo-notice");
            browser.clickInNotification(undo);

            browser.wait.until(d -> today.findElement(By.cssSelector(".kanban-column-count"))
                    .getText()
                    .equals(todayCount));
            assertThat(today.getText()).contains(name);
            assertThat(total(later)).isEqualTo(total(laterCount));
        }
    }

    /** N of the column header's "n of N". */
    private static int total(WebElement column) {
        return total(column.findElement(By.cssSelector(".kanban-column-count")).getText());
    }

    private static int total(String countText) {
        return Integer.parseInt(countText.replaceAll(".*\\D(\\d+)$", "$1"));
    }

    @Test
    void a_user_sees_no_admin_entry_is_refused_at_admin_and_signs_out() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                            .map(WebElement::getText))
                    .doesNotContain("Admin");

            browser.open("admin");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Not allowed"));
            browser.screenshot("admin-refused");

            browser.open("accounts");
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                    .anyMatch(b -> b.getText().equals("Sign out")));
            browser.driver.findElements(By.cssSelector("vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Sign out"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(ExpectedConditions.urlContains("/login"));

            browser.open("accounts");
            browser.wait.until(ExpectedConditions.urlContains("/login"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        }
    }

    @Test
    void a_mistyped_address_shows_a_friendly_page() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/abc");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Page not found"));
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContain("Exception")
                    .doesNotContain("Could not navigate");
        }
    }

    @Test
    void an_admin_sees_the_admin_entry() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "admin123");
            browser.open("admin");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .anyMatch(i -> i.getText().startsWith("Admin")));
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Not allowed");
        }
    }
}
