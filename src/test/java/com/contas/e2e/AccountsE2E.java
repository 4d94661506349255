package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The accounts list and board in a real browser, against a running app with demo data. */
@Tag("e2e")
class AccountsE2E {

    @Test
    void a_user_signs_in_and_sees_the_accounts_list() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
            browser.screenshot("accounts-list");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content a"))).isNotEmpty();
        }
    }

    @Test
    void a_real_drag_moves_a_card_from_this_week_to_next_week() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            browser.wait.until(d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            browser.screenshot("accounts-board");
            List<WebElement> columns = browser.driver.findElements(By.cssSelector(".kanban-column"));
            WebElement thisWeek = columns.get(3);
            WebElement nextWeek = columns.get(4);
            WebElement card = thisWeek.findElement(By.cssSelector(".kanban-card"));
            String name = card.findElement(By.cssSelector(".account-card-name")).getText();
            String nextWeekCount = nextWeek.findElement(By.cssSelector(".kanban-column-count")).getText();
            new Actions(browser.driver).dragAndDrop(card, nextWeek).perform();
            browser.wait.until(d -> !nextWeek.findElement(By.cssSelector(".kanban-column-count")).getText()
                    .equals(nextWeekCount));
            browser.screenshot("accounts-board-after-move");
            assertThat(thisWeek.getText()).doesNotContain(name);
            assertThat(browser.driver.findElement(By.cssSelector("vaadin-notification-card")).getText())
                    .contains(name).contains("Undo");
        }
    }
}
