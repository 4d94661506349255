package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The account manager's day in a real browser: the next step after a done, bulk reassignment and
 * its Undo, the bell when a colleague assigns an activity, a view shared with the team, and an
 * organization's page once its last won deal is lost.
 */
@Tag("e2e")
class AccountManagerDayE2E {

    /**
     * A due date before the app's today in CI ({@code contas.clock.start}, 11 March 2026) and in real
     * time, typed as the browser's locale (en-US) writes dates: the activity is overdue.
     */
    private static final String OVERDUE_DATE = "3/9/2026";

    /** A button found below {@code scope} (a dialog, the drawer) or anywhere when searched from the driver. */
    private static By button(String text) {
        return By.xpath(".//vaadin-button[normalize-space(.)='" + text + "']");
    }

    /** The account names the list shows (its name column's links), top first. */
    private static List<String> names(Browser browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** The first {@code n} account names of the list, once it shows that many. */
    private static List<String> firstNames(Browser browser, int n) {
        return browser.wait.until(d -> {
            List<String> shown = names(browser);
            return shown.size() >= n ? shown.subList(0, n) : null;
        });
    }

    /** The list's footer count ("12 accounts"); null before it shows one. */
    private static String footerCount(Browser browser) {
        return browser.driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .filter(text -> text.matches("[\\d,]+ accounts?"))
                .findFirst()
                .orElse(null);
    }

    /** The dialog on screen whose text (its title included) contains {@code text}. */
    private static WebElement dialog(Browser browser, String text) {
        return browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).stream()
                .filter(o -> o.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /** The input of the Vaadin field ({@code tag}) labelled {@code label} below {@code scope}. */
    private static WebElement input(WebElement scope, String tag, String label) {
        return scope.findElement(By.xpath(".//" + tag + "[label[normalize-space(.)='" + label + "']]//input"));
    }

    /**
     * Clicks the item of an open overlay ({@code css}: vaadin-combo-box-item, vaadin-select-item,
     * vaadin-menu-bar-item) whose text {@code text} accepts, scrolling the overlay to it first (a
     * long menu scrolls, and Selenium would click where the item is hidden).
     */
    private static void clickItem(Browser browser, String css, Predicate<String> text) {
        WebElement item = browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(i -> i.isDisplayed()
                        && text.test(i.getDomProperty("textContent").strip()))
                .findFirst()
                .orElse(null));
        browser.scrollIntoView(item);
        browser.wait.until(d -> item.isDisplayed() && text.test(item.getText()));
        item.click();
    }

    /** Types {@code text} over what a combo box's input holds and picks the item that shows it. */
    private static void choose(Browser browser, WebElement comboInput, String text) {
        comboInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        clickItem(browser, "vaadin-combo-box-item", item -> item.contains(text));
    }

    /**
     * Schedules an activity from the drawer's Activities tab, due {@link #OVERDUE_DATE}, assigned to
     * {@code assignee} (null: the form's default, the signed-in user).
     */
    private static void scheduleActivity(
            Browser browser, WebElement drawer, String account, String subject, String assignee) {
        browser.selectTab(drawer, "Activities");
        drawer.findElement(button("Schedule activity")).click();
        WebElement form = dialog(browser, "Schedule an activity for " + account);
        input(form, "vaadin-text-field", "Subject").sendKeys(subject);
        input(form, "vaadin-date-picker", "Date").sendKeys(OVERDUE_DATE, Keys.ENTER);
        if (assignee != null) {
            choose(browser, input(form, "vaadin-combo-box", "Assignee"), assignee);
        }
        form.findElement(button("Schedule")).click();
        browser.wait.until(
                d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
    }

    /** The texts of the elements below {@code scope} that {@code css} finds. */
    private static List<String> texts(WebElement scope, String css) {
        return scope.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The value of the drawer's fact labelled {@code label} ("Won": "R$1,234.00 · 1 won"). */
    private static String fact(WebElement drawer, String label) {
        return drawer.findElements(By.cssSelector(".contas-fact")).stream()
                .filter(f -> f.findElement(By.cssSelector(".contas-fact-label"))
                        .getText()
                        .equals(label))
                .map(f -> f.findElement(By.cssSelector(".contas-fact-value")).getText())
                .findFirst()
                .orElseThrow();
    }

    /** How many activities the bell says are due ("Reminders: 9 due", "Reminders: nothing due"). */
    private static int dueCount(Browser browser) {
        String label = browser.driver
                .findElement(By.cssSelector(".contas-reminder-bell"))
                .getAttribute("aria-label");
        return label.contains("nothing") ? 0 : Integer.parseInt(label.replaceAll("\\D", ""));
    }

    /** Opens the list's Views menu and clicks its item that starts with {@code label}. */
    private static void inViewsMenu(Browser browser, String label) {
        browser.driver
                .findElement(By.cssSelector(".contas-views vaadin-menu-bar-button"))
                .click();
        clickItem(browser, "vaadin-menu-bar-item", item -> item.startsWith(label));
    }

    /** The text the Views menu's button shows: the name of the view on screen, or "Views". */
    private static String viewsMenuText(Browser browser) {
        return browser.driver
                .findElement(By.cssSelector(".contas-views vaadin-menu-bar-button"))
                .getText();
    }

    /** The parts of the address's query ("owner=3", "nc=30"). */
    private static Set<String> queryParts(Browser browser) {
        String url = browser.driver.getCurrentUrl();
        return url.contains("?") ? Set.of(url.substring(url.indexOf('?') + 1).split("&")) : Set.of();
    }

    /** The labels of the owners chosen in the accounts' owner filter. */
    @SuppressWarnings("unchecked")
    private static List<String> ownersChosen(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "return arguments[0].selectedItems.map(i => i.label)",
                        filter(browser, "vaadin-multi-select-combo-box", "Owner"));
    }

    /** The account list's filter field labelled {@code label} (a multi-select combo box, an integer field). */
    private static WebElement filter(Browser browser, String tag, String label) {
        return browser.driver.findElement(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]"));
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

            WebElement form = dialog(browser, "Next step with " + name);
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
            WebElement dialog = dialog(browser, "Reassign 2 accounts");
            choose(browser, dialog.findElement(By.cssSelector("vaadin-combo-box input")), "Mariana");
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

    @Test
    void the_bell_counts_an_activity_a_colleague_assigns_as_it_happens() {
        try (Browser sofia = new Browser();
                Browser james = new Browser()) {
            sofia.signIn("sofia", "demo1234");
            sofia.open("accounts");
            sofia.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".contas-reminder-bell")));
            int before = dueCount(sofia);
            // Gone if the page were loaded again: the count must arrive by push.
            ((JavascriptExecutor) sofia.driver).executeScript("window.contasSamePage = true");

            james.signIn("james", "demo1234");
            james.open("accounts");
            WebElement drawer = james.openFirstAccount();
            String account =
                    drawer.findElement(By.cssSelector(".contas-drawer-title")).getText();
            String subject = "Call back about the renewal " + System.nanoTime();
            scheduleActivity(james, drawer, account, subject, "Sofia Ribeiro");
            long scheduled = System.nanoTime();

            new WebDriverWait(sofia.driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> dueCount(sofia) == before + 1);
            System.out.printf("e2e bell_push ms=%d before=%d%n", (System.nanoTime() - scheduled) / 1_000_000, before);
            assertThat(sofia.driver
                            .findElement(By.cssSelector(".contas-reminder-count"))
                            .getText())
                    .isEqualTo(String.valueOf(before + 1));
            assertThat(((JavascriptExecutor) sofia.driver).executeScript("return window.contasSamePage"))
                    .isEqualTo(Boolean.TRUE);
            sofia.screenshot("bell-after-assignment");

            sofia.driver.findElement(By.cssSelector(".contas-reminder-bell")).click();
            WebElement list = dialog(sofia, "Due today and overdue");
            // Earliest first: the new one may be below the list's fold, where the user scrolls to it.
            WebElement reminder = sofia.wait.until(d -> list.findElements(By.cssSelector(".contas-reminder")).stream()
                    .filter(r -> subject.equals(
                            r.findElement(By.cssSelector(".contas-item-title")).getDomProperty("textContent")))
                    .findFirst()
                    .orElse(null));
            sofia.scrollIntoView(reminder);
            sofia.wait.until(d -> reminder.getText().startsWith(subject));
            sofia.screenshot("bell-list");
            assertThat(reminder.getText()).contains(account).contains("overdue");
            // The list shows the 50 earliest.
            assertThat(list.findElements(By.cssSelector(".contas-reminder"))).hasSize(Math.min(before + 1, 50));
        }
    }

    @Test
    void a_view_shared_with_the_team_opens_with_the_same_filters_for_a_colleague() {
        String view = "Quiet clients of Mariana " + System.nanoTime();
        try (Browser lucas = new Browser();
                Browser james = new Browser()) {
            lucas.signIn("user", "user1234");
            lucas.open("accounts");
            lucas.wait.until(d -> !names(lucas).isEmpty());
            WebElement owners = filter(lucas, "vaadin-multi-select-combo-box", "Owner");
            owners.findElement(By.tagName("input")).sendKeys("Mariana");
            clickItem(lucas, "vaadin-multi-select-combo-box-item", "Mariana Costa"::equals);
            owners.findElement(By.tagName("input")).sendKeys(Keys.ESCAPE);
            lucas.wait.until(ExpectedConditions.urlMatches("[?&]owner=\\d+"));
            filter(lucas, "vaadin-integer-field", "Not contacted for")
                    .findElement(By.tagName("input"))
                    .sendKeys("30", Keys.ENTER);
            lucas.wait.until(ExpectedConditions.urlMatches("[?&]nc=30(&|$)"));
            Set<String> filters = queryParts(lucas);
            String count = lucas.wait.until(d -> footerCount(lucas));
            List<String> rows = firstNames(lucas, Math.min(5, Integer.parseInt(count.replaceAll("\\D", ""))));
            assertThat(rows).isNotEmpty();
            lucas.screenshot("view-filters");

            inViewsMenu(lucas, "Save as a view");
            WebElement save = dialog(lucas, "Save these filters as a view");
            input(save, "vaadin-text-field", "Name").sendKeys(view);
            WebElement shared = save.findElement(By.xpath(".//vaadin-checkbox[label='Share with the team']"));
            shared.findElement(By.tagName("label")).click();
            lucas.wait.until(d -> shared.getAttribute("checked") != null);
            save.findElement(button("Save")).click();
            lucas.wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getText().contains("View \"" + view + "\" saved.")));
            lucas.wait.until(d -> viewsMenuText(lucas).equals(view));

            james.signIn("james", "demo1234");
            james.open("accounts");
            james.wait.until(d -> !names(james).isEmpty());
            assertThat(james.driver.getCurrentUrl()).doesNotContain("nc=");
            inViewsMenu(james, view + " · team");
            james.wait.until(ExpectedConditions.urlMatches("[?&]view=\\d+"));
            james.screenshot("view-opened-by-a-colleague");
            // The address names the view and holds its filters (in any order).
            Set<String> opened = queryParts(james);
            assertThat(opened).anyMatch(part -> part.matches("view=\\d+"));
            assertThat(opened.stream().filter(part -> !part.startsWith("view=")))
                    .containsExactlyInAnyOrderElementsOf(filters);
            assertThat(viewsMenuText(james)).isEqualTo(view);
            james.wait.until(d -> ownersChosen(james).equals(List.of("Mariana Costa")));
            assertThat(filter(james, "vaadin-integer-field", "Not contacted for")
                            .findElement(By.tagName("input"))
                            .getDomProperty("value"))
                    .isEqualTo("30");
            // The same accounts: the grid's rows arrive after the address, so wait for them.
            james.wait.until(d -> {
                List<String> shown = names(james);
                return count.equals(footerCount(james))
                        && shown.size() >= rows.size()
                        && shown.subList(0, rows.size()).equals(rows);
            });
        }
    }

    @Test
    void an_organization_whose_only_won_deal_is_lost_keeps_its_page_and_leaves_the_accounts() {
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            // Fewest won deals first: the first account has exactly one.
            browser.open("accounts?sort=wonCount");
            String name = firstNames(browser, 1).get(0);
            String id = browser.driver
                    .findElement(By.cssSelector("vaadin-grid-cell-content a"))
                    .getAttribute("href")
                    .replaceFirst(".*/accounts/(\\d+).*", "$1");
            // Its page shows its account numbers while it is one, and links to the account.
            browser.open("organizations/" + id);
            WebElement accountLink = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contas-organization-account")));
            assertThat(accountLink.getText()).startsWith("Account: 1 won");
            accountLink.click();
            WebElement drawer = browser.drawer(name);
            assertThat(fact(drawer, "Won")).endsWith(" · 1 won");

            String note = "Asked why they went quiet " + System.nanoTime();
            browser.selectTab(drawer, "Notes");
            browser.wait
                    .until(d -> drawer.findElement(By.cssSelector(".contas-drawer-notes vaadin-text-area textarea")))
                    .sendKeys(note);
            drawer.findElement(button("Add note")).click();
            browser.wait.until(
                    d -> texts(drawer, ".contas-note .contas-plain-text").contains(note));
            String activity = "Win them back " + System.nanoTime();
            scheduleActivity(browser, drawer, name, activity, null);
            browser.wait.until(
                    d -> texts(drawer, ".contas-activity .contas-item-title").contains(activity));

            browser.selectTab(drawer, "Deals");
            List<WebElement> won = browser.wait.until(d -> {
                List<WebElement> rows = drawer.findElements(By.cssSelector(".contas-deal")).stream()
                        .filter(row -> row.findElement(By.cssSelector("[theme~='badge']"))
                                .getText()
                                .equals("Won"))
                        .toList();
                return rows.isEmpty() ? null : rows;
            });
            assertThat(won).hasSize(1);
            String deal =
                    won.get(0).findElement(By.cssSelector(".contas-item-title")).getText();
            won.get(0).findElement(By.cssSelector("vaadin-button")).click();
            dialog(browser, "Deal: " + deal).findElement(button("Mark lost")).click();
            WebElement why = dialog(browser, "Mark " + deal + " lost");
            input(why, "vaadin-text-field", "Why was it lost?").sendKeys("Went with a competitor");
            why.findElement(button("Mark lost")).click();
            // The drawer says it is no account any more.
            browser.wait.until(d -> drawer.findElement(By.cssSelector(".contas-drawer-title"))
                    .getText()
                    .equals("Account not found"));
            browser.wait.until(
                    d -> d.findElements(By.cssSelector("vaadin-dialog-overlay")).isEmpty());
            browser.screenshot("last-won-deal-lost");

            // Its page keeps everything: the activity, the note, the deal (lost), and no account numbers.
            browser.open("organizations/" + id);
            WebElement page = browser.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".contas-organization-page")));
            browser.wait.until(d -> page.findElement(By.cssSelector(".contas-page-title"))
                    .getText()
                    .equals(name));
            browser.wait.until(
                    d -> texts(page, ".contas-activity .contas-item-title").contains(activity));
            assertThat(page.findElements(By.cssSelector(".contas-organization-account")))
                    .isEmpty();
            browser.selectTab(page, "Notes");
            browser.wait.until(
                    d -> texts(page, ".contas-note .contas-plain-text").contains(note));
            browser.selectTab(page, "Deals");
            browser.wait.until(d -> page.findElements(By.cssSelector(".contas-deal")).stream()
                    .anyMatch(row -> row.findElement(By.cssSelector(".contas-item-title"))
                                    .getText()
                                    .equals(deal)
                            && row.getText().contains("Lost")));
            browser.screenshot("organization-page-after-lost");

            // And the accounts list no longer has it.
            browser.open("accounts?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
            String count = browser.wait.until(d -> footerCount(browser));
            int found = Integer.parseInt(count.replaceAll("\\D", ""));
            assertThat(firstNames(browser, Math.min(found, 5))).doesNotContain(name);
            if (found == 0) {
                assertThat(browser.driver.findElement(By.tagName("body")).getText())
                        .contains("No account matches these filters.");
            }
        }
    }
}
