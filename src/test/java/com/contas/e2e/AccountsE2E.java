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
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            browser.screenshot("accounts-list");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content a")))
                    .isNotEmpty();
        }
    }

    @Test
    void a_real_drag_moves_a_card_from_this_week_to_next_week() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            browser.screenshot("accounts-board");
            List<WebElement> columns = browser.driver.findElements(By.cssSelector(".kanban-column"));
            WebElement thisWeek = columns.get(3);
            WebElement nextWeek = columns.get(4);
            WebElement card = thisWeek.findElement(By.cssSelector(".kanban-card"));
            String name = card.findElement(By.cssSelector(".account-card-name")).getText();
            String next = card.findElement(By.cssSelector(".account-card-next")).getText();
            java.time.format.DateTimeFormatter shown =
                    java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US);
            java.time.LocalDate due = java.time.LocalDate.parse(next.substring(next.lastIndexOf(" · ") + 3), shown);
            String was = shown.format(due);
            String nextWeekCount =
                    nextWeek.findElement(By.cssSelector(".kanban-column-count")).getText();
            new Actions(browser.driver).dragAndDrop(card, nextWeek).perform();
            // An account with more activities this week keeps its card here: the notice offers to move those too.
            browser.wait.until(d -> !nextWeek.findElement(By.cssSelector(".kanban-column-count"))
                            .getText()
                            .equals(nextWeekCount)
                    || !d.findElements(By.xpath("//vaadin-button[contains(., 'Move them too')]"))
                            .isEmpty());
            List<WebElement> moveToo =
                    browser.driver.findElements(By.xpath("//vaadin-button[contains(., 'Move them too')]"));
            if (!moveToo.isEmpty()) {
                browser.screenshot("accounts-board-move-them-too");
                browser.clickInNotification(moveToo.get(0));
                browser.wait.until(d -> !nextWeek.findElement(By.cssSelector(".kanban-column-count"))
                        .getText()
                        .equals(nextWeekCount));
            }
            browser.screenshot("accounts-board-after-move");
            assertThat(thisWeek.getText()).doesNotContain(name);
            // The first notice ("moved"/"move them too") may be replaced while it is read: wait for the one that
            // names the account and offers Undo.
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .anyMatch(text -> text.contains(name) && text.contains("Undo")));

            // The list reads the account from the database: its next activity is no longer the one moved
            // (the moved one is due a week later; another open activity may now come first).
            browser.open("accounts?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText)
                    .anyMatch(text ->
                            // A type name for screen readers may come first, "overdue" after.
                            text.matches("(?s).* · [A-Z][a-z]{2} \\d{1,2}, \\d{4}.*") && !text.contains(" · " + was)));
        }
    }

    @Test
    void the_drawer_opens_from_a_card_and_a_new_note_appears_in_it() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            WebElement card =
                    browser.driver.findElements(By.cssSelector(".kanban-card")).get(0);
            String name = card.findElement(By.cssSelector(".account-card-name")).getText();
            card.findElement(By.cssSelector(".account-card-name")).click();

            WebElement drawer = browser.drawer(name);
            assertThat(browser.driver.getCurrentUrl()).contains("/accounts/board/");
            browser.screenshot("account-drawer");

            browser.selectTab(drawer, "Notes");
            String text = "Called <b>them</b> at " + System.nanoTime();
            WebElement area = browser.wait.until(
                    d -> drawer.findElement(By.cssSelector(".contas-drawer-notes vaadin-text-area textarea")));
            area.sendKeys(text);
            drawer.findElements(By.cssSelector(".contas-drawer-notes vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Add note"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(d -> drawer.findElements(By.cssSelector(".contas-note .contas-plain-text")).stream()
                    .anyMatch(n -> n.getText().equals(text)));
            assertThat(drawer.findElements(By.cssSelector(".contas-note b"))).isEmpty();
            browser.screenshot("account-drawer-note");

            new Actions(browser.driver)
                    .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                    .perform();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".contas-drawer")));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/accounts/board");
        }
    }

    @Test
    void a_file_uploaded_in_the_browser_downloads_with_the_same_bytes() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts");
            WebElement drawer = browser.openFirstAccount();
            browser.selectTab(drawer, "Files");

            byte[] bytes = new byte[300_000];
            new java.util.Random(42).nextBytes(bytes);
            java.nio.file.Path file = java.nio.file.Files.createTempFile("contas-e2e-", ".bin");
            java.nio.file.Files.write(file, bytes);
            WebElement upload =
                    browser.wait.until(d -> d.findElement(By.cssSelector(".contas-drawer-files vaadin-upload")));
            WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
            input.sendKeys(file.toString());
            String stored = file.getFileName().toString();
            WebElement link = browser.wait.until(d -> drawer.findElements(By.cssSelector(".contas-file a")).stream()
                    .filter(a -> a.getText().equals(stored))
                    .findFirst()
                    .orElse(null));
            browser.screenshot("account-drawer-files");

            String href = link.getAttribute("href");
            String cookie = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                                    .header("Cookie", "JSESSIONID=" + cookie)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(bytes);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment");

            // A file that says it is an image and holds a page is served as a download, never inline.
            java.nio.file.Path fake = java.nio.file.Files.createTempFile("contas-e2e-", ".png");
            java.nio.file.Files.writeString(fake, "<html><body><script>alert(document.cookie)</script></body></html>");
            upload.getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(fake.toString());
            String fakeName = fake.getFileName().toString();
            WebElement fakeLink = browser.wait.until(d -> drawer.findElements(By.cssSelector(".contas-file a")).stream()
                    .filter(a -> a.getText().equals(fakeName))
                    .findFirst()
                    .orElse(null));
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(fakeLink.getAttribute("href")))
                                    .header("Cookie", "JSESSIONID=" + cookie)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(fakeLink.getAttribute("download")).isNotNull();
        }
    }
}
