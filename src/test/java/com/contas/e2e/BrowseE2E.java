package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The lists and the admin area in a real browser, against a running app with demo data. */
@Tag("e2e")
class BrowseE2E {

    private static void opensWithRows(Browser browser, String route) {
        browser.open(route);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> !c.getText().isBlank()));
        browser.screenshot(route.replace('/', '-'));
    }

    @Test
    void every_list_opens_with_rows_and_a_deal_opens_in_its_form() {
        try (Browser browser = new Browser()) {
            browser.signIn("admin", "admin123");
            for (String route :
                    new String[] {"organizations", "people", "activities", "admin/users", "admin/history"}) {
                opensWithRows(browser, route);
            }
            opensWithRows(browser, "deals");
            WebElement firstTitle = browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .filter(c -> !c.getText().isBlank())
                    .skip(8)
                    .findFirst()
                    .orElseThrow();
            firstTitle.click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button"))
                            .size()
                    >= 3);
            browser.screenshot("deal-form");
            assertThat(browser.driver
                            .findElement(By.cssSelector("vaadin-dialog-overlay"))
                            .getText())
                    .contains("Save", "Delete");
        }
    }
}
