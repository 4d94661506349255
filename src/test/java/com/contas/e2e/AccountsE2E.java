package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The accounts list in a real browser, against a running app with demo data. */
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
}
