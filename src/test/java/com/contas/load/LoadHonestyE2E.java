package com.contas.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.e2e.Browser;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The load generator is honest: the same clicks, made by Chromium and by a virtual user, leave the
 * same rows in the database — a card dragged from This week to Next week (the activity's due date a
 * week later, one history row) and a note added in the drawer (the note, its history row) — as the
 * account's drawer reads them back (History and Notes tabs, read by a third, fresh session).
 */
@Tag("e2e")
class LoadHonestyE2E {

    private static final Pattern DATES = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[^→]* → (\\d{4}-\\d{2}-\\d{2})");

    @Test
    void chromium_and_a_virtual_user_leave_the_same_rows_for_the_same_drag_and_note() throws Exception {
        String browserNote = "Honesty note from Chromium " + System.nanoTime();
        String virtualNote = "Honesty note from a virtual user " + System.nanoTime();
        String browserKey;
        String browserName;
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            // The first board of a fresh browser on a busy machine: more time than the usual 20 s.
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            List<WebElement> columns = browser.driver.findElements(By.cssSelector(".kanban-column"));
            WebElement thisWeek = columns.get(3);
            WebElement nextWeek = columns.get(4);
            WebElement card = thisWeek.findElement(By.cssSelector(".kanban-card"));
            browserKey = card.getAttribute("data-kanban-card");
            browserName = card.findElement(By.cssSelector(".account-card-name")).getText();
            String nextWeekCount =
                    nextWeek.findElement(By.cssSelector(".kanban-column-count")).getText();
            new Actions(browser.driver).dragAndDrop(card, nextWeek).perform();
            browser.wait.until(d -> !nextWeek.findElement(By.cssSelector(".kanban-column-count"))
                    .getText()
                    .equals(nextWeekCount));
            browser.wait.until(d -> d.findElement(By.cssSelector("vaadin-notification-card"))
                    .getText()
                    .contains(browserName));

            browser.open("accounts/board/" + browserKey);
            WebElement drawer =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contas-drawer")));
            browser.wait.until(d -> drawer.findElement(By.cssSelector(".contas-drawer-title"))
                    .getText()
                    .equals(browserName));
            browser.wait
                    .until(d -> drawer.findElements(By.cssSelector("vaadin-tab")).stream()
                            .filter(t -> t.getText().startsWith("Notes"))
                            .findFirst()
                            .orElse(null))
                    .click();
            WebElement area = browser.wait.until(
                    d -> drawer.findElement(By.cssSelector(".contas-drawer-notes vaadin-text-area textarea")));
            area.sendKeys(browserNote);
            drawer.findElements(By.cssSelector(".contas-drawer-notes vaadin-button")).stream()
                    .filter(b -> b.getText().equals("Add note"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(d -> drawer.findElements(By.cssSelector(".contas-note .contas-plain-text")).stream()
                    .anyMatch(n -> n.getText().equals(browserNote)));
        }

        URI base = URI.create(Browser.BASE_URL);
        var http = VaadinClient.sharedHttp(Duration.ofSeconds(30));
        Stats stats = new Stats();
        ContasUser.Move virtual;
        try (ContasUser user = new ContasUser(http, base, () -> stats, 0)) {
            assertThat(user.act("sign_in", () -> user.signIn("user", "user1234")))
                    .isTrue();
            assertThat(user.act("open_board", user::openBoard)).isTrue();
            ContasUser.Move[] move = new ContasUser.Move[1];
            assertThat(user.act("drop_card", () -> move[0] = user.dropFirstCard(3, 4, browserKey)))
                    .isTrue();
            virtual = move[0];
            assertThat(virtual.key()).isNotEqualTo(browserKey);
            assertThat(user.act("open_account", () -> user.openAccountPage(virtual.key(), virtual.name())))
                    .isTrue();
            assertThat(user.act("add_note", () -> user.addNote(virtualNote))).isTrue();
        }
        assertThat(stats.failureReasons()).isEmpty();

        // A fresh session reads both accounts back from the database.
        try (ContasUser reader = new ContasUser(http, base, () -> stats, 0)) {
            assertThat(reader.act("sign_in", () -> reader.signIn("admin", "admin123")))
                    .isTrue();
            List<String>[] rows = new List[2];
            assertThat(reader.act("open_account", () -> reader.openAccountPage(browserKey, browserName)))
                    .isTrue();
            assertThat(reader.act("history", () -> rows[0] = reader.history())).isTrue();
            assertThat(reader.act("open_account", () -> reader.openAccountPage(virtual.key(), virtual.name())))
                    .isTrue();
            assertThat(reader.act("history", () -> rows[1] = reader.history())).isTrue();
            assertThat(stats.failureReasons()).isEmpty();

            List<String> byBrowser = newest(rows[0], browserNote);
            List<String> byVirtualUser = newest(rows[1], virtualNote);
            System.out.println("honesty: Chromium left " + byBrowser + "; the virtual user left " + byVirtualUser);
            assertThat(byVirtualUser).isEqualTo(byBrowser);
            assertThat(byBrowser)
                    .containsExactly(
                            "Lucas Ferreira wrote a note | <note>",
                            "Lucas Ferreira changed the activity's due date | a week later");
        }
    }

    /**
     * The two newest history rows, with what differs by design written the same way: the note's text
     * (checked to be the one typed) and the due date's change (as how far it moved).
     */
    private static List<String> newest(List<String> rows, String note) {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        return rows.subList(0, 2).stream()
                .map(row -> {
                    String[] parts = row.split(" \\| ");
                    String what = parts[0];
                    if (row.contains(note)) {
                        return what + " | <note>";
                    }
                    Matcher dates = DATES.matcher(row);
                    if (dates.find()) {
                        long days = java.time.temporal.ChronoUnit.DAYS.between(
                                LocalDate.parse(dates.group(1)), LocalDate.parse(dates.group(2)));
                        return what + " | " + (days == 7 ? "a week later" : days + " days later");
                    }
                    return row;
                })
                .toList();
    }
}
