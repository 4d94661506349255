package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A day's round with the keyboard alone (the mouse is never used): sign in, reach the accounts
 * list, sort, filter, open an account, move through the drawer's tabs, add a note, close with Esc
 * and land on the row it came from, switch to the board, move a card with its Move dialog (focus
 * stays on the card in its new column), undo with Ctrl+Z, sign out. Every place the focus stops
 * must show it; Tab must get out of everything but a dialog, and a dialog gives the focus back.
 * The page is only read, to find names and check where things are. Signs in as the demo's
 * {@code user}, or as {@code -Dcontas.e2e.user} / {@code -Dcontas.e2e.password} (an operator's
 * instance without demo users).
 */
@Tag("e2e")
class KeyboardE2E {

    @Test
    void a_keyboard_alone_does_the_rounds_with_the_focus_always_visible_and_never_trapped() {
        try (Browser browser = new Browser()) {
            Keyboard keyboard = new Keyboard(browser);

            // Sign in: the user name has the focus when the page opens.
            browser.open("login");
            browser.wait.until(d -> {
                Keyboard.Stop at = keyboard.focus();
                return at != null && at.chain().contains("vaadinLoginUsername");
            });
            keyboard.press(System.getProperty("contas.e2e.user", "user"));
            keyboard.press(Keys.TAB);
            keyboard.press(System.getProperty("contas.e2e.password", "user1234"));
            keyboard.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

            // The navigation, then the accounts list.
            keyboard.tabTo(
                    "Accounts in the navigation",
                    at -> at.tag().equals("a") && at.text().equals("Accounts"));
            keyboard.press(Keys.ENTER);
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a[data-account]"))
                    .isEmpty());

            // Sort by won value: into the grid's header, along it, Space.
            keyboard.tabTo("the grid's header", at -> at.tag().equals("th"));
            for (int i = 0; i < 12 && !keyboard.focus().text().equals("Won value"); i++) {
                keyboard.press(Keys.ARROW_RIGHT);
            }
            assertThat(keyboard.focus().text()).isEqualTo("Won value");
            keyboard.press(Keys.SPACE);
            browser.wait.until(ExpectedConditions.urlContains("sort=wonValue"));

            // Filter by a name: back to the search field, type.
            String name = firstName(browser);
            String typed = name.split(" ")[0];
            keyboard.tabTo("the search field", at -> at.text().equals("Search accounts"), 40, true);
            keyboard.press(typed);
            browser.wait.until(ExpectedConditions.urlContains("q="));
            browser.wait.until(d -> firstName(browser).toLowerCase().contains(typed.toLowerCase()));
            name = firstName(browser);

            // Open the first row's account: into the body, to the name, Enter (the link), Enter.
            keyboard.tabTo("the grid's rows", at -> at.tag().equals("td"));
            keyboard.chord(Keys.CONTROL, Keys.HOME);
            for (int i = 0; i < 3 && !keyboard.focus().text().equals(name); i++) {
                keyboard.press(Keys.ARROW_RIGHT);
            }
            assertThat(keyboard.focus().text()).isEqualTo(name);
            keyboard.press(Keys.ENTER);
            assertThat(keyboard.focus().tag()).isEqualTo("a");
            keyboard.press(Keys.ENTER);
            WebElement drawer = browser.drawer(name);
            String account = browser.driver.getCurrentUrl().replaceAll(".*/accounts/(\\d+).*", "$1");
            assertThat(keyboard.focus().text())
                    .as("the drawer opens on its Close button")
                    .isEqualTo("Close");

            // Its tabs: arrows move along them, Enter shows one.
            keyboard.tabTo("the drawer's tabs", at -> at.tag().equals("vaadin-tab"));
            keyboard.press(Keys.ARROW_RIGHT);
            assertThat(keyboard.focus().text()).startsWith("Notes");
            keyboard.press(Keys.ENTER);
            browser.wait.until(d -> drawer.findElements(By.cssSelector(".contas-drawer-notes textarea")).stream()
                    .anyMatch(WebElement::isDisplayed));

            // A note.
            String note = "Typed without a mouse " + System.nanoTime();
            keyboard.tabTo("the note's text", at -> at.tag().equals("textarea"));
            keyboard.press(note);
            keyboard.tabTo("Add note", at -> at.text().equals("Add note"));
            keyboard.press(Keys.ENTER);
            browser.wait.until(d -> drawer.findElement(By.cssSelector(".contas-drawer-notes"))
                    .getText()
                    .contains(note));
            browser.screenshot("keyboard-drawer-note");

            // Esc closes the drawer and the focus is back on the row it was opened from.
            keyboard.press(Keys.ESCAPE);
            browser.wait.until(ExpectedConditions.invisibilityOf(drawer));
            browser.wait.until(d -> {
                Keyboard.Stop at = keyboard.focus();
                return at != null && at.tag().equals("a") && at.text().equals(nameOf(browser, account));
            });
            assertThat(activeAttribute(browser, "data-account")).isEqualTo(account);

            // The board, by its switch.
            keyboard.tabTo("the Board switch", at -> at.text().equals("Board"), 60, true);
            keyboard.press(Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().contains("/accounts/board"));
            browser.wait.until(
                    d -> !d.findElements(By.cssSelector(".kanban-card")).isEmpty());

            // The board keeps the list's filter: the search is emptied first.
            keyboard.tabTo("the search field", at -> at.text().equals("Search accounts"));
            keyboard.chord(Keys.CONTROL, "a");
            keyboard.press(Keys.BACK_SPACE);
            browser.wait.until(d -> !columnNames(browser, "Next week").isEmpty());

            // A card of "Next week" moves to "Today" with its Move dialog.
            String card = cardIn(browser, "Next week");
            int cardsBefore =
                    browser.driver.findElements(By.cssSelector(".kanban-card")).size();
            keyboard.press(card);
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() < cardsBefore
                            && columnNames(browser, "Next week").contains(card));
            keyboard.tabTo(
                    "the card " + card,
                    at -> at.chain().startsWith("div.account-card") && at.text().startsWith(card));
            // The card's own buttons follow it ("Done", then "Move").
            keyboard.tabTo("the card's Move button", at -> at.text().equals("Move"), 3, false);

            // A dialog keeps the focus while open and gives it back when closed.
            keyboard.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            for (int i = 0; i < 12; i++) {
                assertThat(keyboard.press(Keys.TAB).chain())
                        .as("Tab stays in the dialog")
                        .contains("vaadin-dialog-overlay");
            }
            keyboard.press(Keys.ESCAPE);
            browser.wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            browser.wait.until(d -> "Move".equals(keyboard.focus().text()));

            keyboard.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog-overlay")));
            keyboard.tabTo("Today in the Move dialog", at -> at.text().equals("Today"));
            keyboard.press(Keys.ENTER);
            browser.wait.until(d -> columnNames(browser, "Today").contains(card));
            browser.wait.until(d -> card.equals(focusedCard(browser)) && "Today".equals(focusedColumn(browser)));
            browser.wait.until(d -> announcement(browser).startsWith(card + " moved to Today"));
            browser.screenshot("keyboard-board-moved");

            // Ctrl+Z undoes it; the card is back, with the focus.
            keyboard.chord(Keys.CONTROL, "z");
            browser.wait.until(d -> columnNames(browser, "Next week").contains(card));
            assertThat(columnNames(browser, "Today")).doesNotContain(card);
            browser.wait.until(d -> card.equals(focusedCard(browser)) && "Next week".equals(focusedColumn(browser)));
            browser.wait.until(d -> announcement(browser).startsWith("Move undone: " + card));

            // Sign out.
            keyboard.tabTo("Sign out", at -> at.text().equals("Sign out"), 80, true);
            keyboard.press(Keys.ENTER);
            browser.wait.until(ExpectedConditions.urlContains("/login"));

            List<Keyboard.Stop> invisible = keyboard.invisibleStops();
            System.out.println("keyboard: " + keyboard.keysPressed() + " keys, " + invisible.size()
                    + " stops without a visible focus" + (invisible.isEmpty() ? "" : ": " + invisible));
            assertThat(invisible).as("stops where the focus cannot be seen").isEmpty();
        }
    }

    private static String firstName(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("const a = [...document.querySelectorAll('vaadin-grid-cell-content a[data-account]')]"
                        + ".find(a => a.textContent.trim()); return a ? a.textContent.trim() : ''");
    }

    private static String nameOf(Browser browser, String account) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const a = document.querySelector('a[data-account=\"' + arguments[0] + '\"]');"
                                + " return a ? a.textContent.trim() : ''",
                        account);
    }

    private static String activeAttribute(Browser browser, String attribute) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.activeElement.getAttribute(arguments[0])", attribute);
    }

    /** The name of the first card in a column. */
    private static String cardIn(Browser browser, String column) {
        return columnNames(browser, column).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> columnNames(Browser browser, String column) {
        return (List<String>) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const c = [...document.querySelectorAll('.kanban-column')]"
                                + ".find(c => c.querySelector('.kanban-column-title').textContent === arguments[0]);"
                                + " return c ? [...c.querySelectorAll('.account-card-name')]"
                                + ".map(n => n.textContent.trim()) : []",
                        column);
    }

    /** The account of the card that has the focus (on the card or its Move button). */
    private static String focusedCard(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("const c = document.activeElement.closest('.kanban-card');"
                        + " return c ? c.querySelector('.account-card-name').textContent.trim() : null");
    }

    private static String focusedColumn(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript("const c = document.activeElement.closest('.kanban-column');"
                        + " return c ? c.querySelector('.kanban-column-title').textContent : null");
    }

    private static String announcement(Browser browser) {
        return browser.driver
                .findElement(By.cssSelector(".kanban-board > [aria-live]"))
                .getAttribute("textContent");
    }
}
