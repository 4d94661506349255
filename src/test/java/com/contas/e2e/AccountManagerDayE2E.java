package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The account manager's day in a real browser: the next step after a done, bulk reassignment and its Undo. */
@Tag("e2e")
class AccountManagerDayE2E {

    private static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    /** The account names the list shows (its name column's links), top first. */
    private static List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    @Test
    void done_on_a_board_card_offers_the_next_step_and_scheduling_it_closes_the_form() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            browser.wait.until(d -> d.findElements(By.cssSelector(".kanban-card .kanban-action"))
                            .size()
                    > 3);
            WebElement overdue = browser.driver
                    .findElements(By.cssSelector(".kanban-column"))
                    .get(1);
            WebElement card = overdue.findElement(By.cssSelector(".kanban-card"));
            String name = card.findElement(By.cssSelector(".account-card-name")).getText();

            card.findElement(By.cssSelector(".kanban-action")).click();

            WebElement form = browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).stream()
                    .filter(o -> o.getText().contains("Next step with " + name))
                    .findFirst()
                    .orElse(null));
            browser.screenshot("next-step-form");
            form.findElement(button("Schedule")).click();
            browser.wait.until(
                    d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                            .map(WebElement::getText))
                    .noneMatch(text -> text.contains("went wrong"));
        }
    }

    @Test
    void two_accounts_are_reassigned_from_the_list_and_undo_gives_them_back() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts?owner=me");
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox"))
                            .size()
                    > 3);
            List<String> firstTwo = names(browser).subList(0, 2);
            List<WebElement> boxes =
                    browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox")).stream()
                            .filter(WebElement::isDisplayed)
                            .toList();
            boxes.get(0).click();
            boxes.get(1).click();
            browser.wait.until(d ->
                    d.findElement(By.cssSelector(".contas-bulk-bar")).getText().contains("2 chosen"));

            browser.driver.findElement(button("Reassign…")).click();
            WebElement dialog = browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).stream()
                    .filter(o -> o.getText().contains("Reassign 2 accounts"))
                    .findFirst()
                    .orElse(null));
            WebElement owner = dialog.findElement(By.cssSelector("vaadin-combo-box input"));
            owner.sendKeys("Mariana");
            WebElement mariana =
                    browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                            .filter(item -> item.isDisplayed() && item.getText().contains("Mariana"))
                            .findFirst()
                            .orElse(null));
            mariana.click();
            dialog.findElement(button("Reassign")).click();
            browser.screenshot("bulk-reassign-confirmed");

            WebElement notice =
                    browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                            .filter(n -> n.getText().contains("2 accounts reassigned to Mariana"))
                            .findFirst()
                            .orElse(null));
            browser.screenshot("bulk-reassigned");
            // The list shows my accounts: the two left it, and come back with Undo.
            browser.wait.until(d -> names(browser).stream().noneMatch(firstTwo::contains));
            browser.clickInNotification(notice.findElement(button("Undo")));
            browser.wait.until(d -> names(browser).containsAll(firstTwo));
        }
    }
}
