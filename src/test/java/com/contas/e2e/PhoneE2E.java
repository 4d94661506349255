package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The accounts screens on a phone (390 × 844, touch, a phone's user agent), in English and in
 * Portuguese: navigation through the collapsed drawer, the list's three columns and a row's
 * details, the board's one column with its switcher and a card moved by taps on its Move dialog,
 * and the account drawer over the whole screen. Every tap is a touch (no mouse, no drag).
 */
@Tag("e2e")
class PhoneE2E {

    /** What the test reads on screen, in the browser's language. */
    record Texts(
            String suffix,
            String activities,
            String owner,
            String thisWeek,
            String nextWeek,
            String moveThemToo,
            String close) {

        static Texts of(String language) {
            return language.startsWith("pt")
                    ? new Texts(
                            "pt",
                            "Atividades",
                            "Responsável",
                            "Esta semana",
                            "Próxima semana",
                            "Mover também",
                            "Fechar")
                    : new Texts("en", "Activities", "Owner", "This week", "Next week", "Move them too", "Close");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "pt-BR"})
    void the_navigation_is_a_drawer_opened_by_its_toggle(String language) {
        Texts texts = Texts.of(language);
        try (Browser browser = signedIn(language, "accounts")) {
            WebElement layout = browser.wait.until(d -> d.findElement(By.cssSelector("vaadin-app-layout[overlay]")));
            assertThat(layout.getAttribute("drawer-opened")).isNull();
            WebElement activities =
                    browser.driver.findElement(By.cssSelector("vaadin-side-nav-item[path='activities']"));
            assertThat(activities.isDisplayed()).isFalse();

            tap(browser, browser.driver.findElement(By.cssSelector("vaadin-drawer-toggle")));
            browser.wait.until(d -> layout.getAttribute("drawer-opened") != null && activities.isDisplayed());
            assertThat(activities.getText()).contains(texts.activities());
            browser.screenshot("phone-nav-" + texts.suffix());
            tap(browser, activities);

            browser.wait.until(d -> d.getCurrentUrl().endsWith("/activities"));
            browser.wait.until(d -> layout.getAttribute("drawer-opened") == null);
            assertNoSidewaysScrolling(browser);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "pt-BR"})
    void the_list_shows_three_columns_and_a_tapped_row_shows_the_rest(String language) {
        Texts texts = Texts.of(language);
        try (Browser browser = signedIn(language, "accounts")) {
            browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                    .isEmpty());
            browser.wait.until(d -> visibleColumns(browser) == 3);
            assertNoSidewaysScrolling(browser);
            browser.wait.until(d -> (Boolean) js(browser)
                    .executeScript("const t = document.querySelector('vaadin-grid.contas-accounts').shadowRoot"
                            + ".querySelector('#table'); return t.scrollWidth <= t.clientWidth"));

            // The KPI tiles (one row) and the search fit above the list: it starts in the first screen.
            assertThat(((Number) js(browser)
                                    .executeScript("return document.querySelector('.contas-kpis')"
                                            + ".getBoundingClientRect().height"))
                            .doubleValue())
                    .as("the KPI tiles' height")
                    .isGreaterThan(40);
            assertThat(((Number) js(browser)
                                    .executeScript("return document.querySelector('vaadin-grid.contas-accounts')"
                                            + ".getBoundingClientRect().top / window.innerHeight"))
                            .doubleValue())
                    .as("where the list starts, as a share of the screen's height")
                    .isLessThan(0.6);

            WebElement nextActivity = firstOnScreen(browser, "vaadin-grid-cell-content .next-activity");
            tap(browser, nextActivity);
            WebElement details = browser.wait.until(d -> d.findElements(By.cssSelector(".contas-row-details")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
            browser.wait.until(d -> details.getText().contains(texts.owner()));
            assertNoSidewaysScrolling(browser);
            browser.screenshot("phone-list-" + texts.suffix());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "pt-BR"})
    void the_board_shows_one_column_and_a_card_moves_with_its_move_dialog(String language) {
        Texts texts = Texts.of(language);
        try (Browser browser = signedIn(language, "accounts/board")) {
            browser.wait.until(
                    d -> !d.findElements(By.cssSelector(".kanban-card")).isEmpty());
            browser.wait.until(d -> shownColumns(browser).size() == 1);
            assertNoSidewaysScrolling(browser);

            tap(browser, browser.driver.findElement(By.cssSelector("vaadin-select.contas-column-switcher")));
            WebElement thisWeekItem =
                    browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                            .filter(i -> i.isDisplayed() && i.getText().equals(texts.thisWeek()))
                            .findFirst()
                            .orElse(null));
            tap(browser, thisWeekItem);
            browser.wait.until(d -> shownColumns(browser).size() == 1
                    && title(shownColumns(browser).get(0)).equals(texts.thisWeek()));
            WebElement column = shownColumns(browser).get(0);
            browser.wait.until(
                    d -> !column.findElements(By.cssSelector(".kanban-card")).isEmpty());
            assertNoSidewaysScrolling(browser);
            browser.screenshot("phone-board-" + texts.suffix());

            long before = total(column);
            WebElement card = column.findElement(By.cssSelector(".kanban-card"));
            WebElement move = card.findElement(By.cssSelector(".kanban-move"));
            assertThat(move.getSize().getHeight())
                    .as("a finger-sized Move button")
                    .isGreaterThanOrEqualTo(44);
            tap(browser, move);
            WebElement target = browser.wait.until(d ->
                    d.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                            .filter(b -> b.isDisplayed() && b.getText().equals(texts.nextWeek()))
                            .findFirst()
                            .orElse(null));
            browser.screenshot("phone-board-move-" + texts.suffix());
            tap(browser, target);
            // An account with more activities this week keeps its card here: the notice offers to move those too.
            browser.wait.until(d -> total(column) != before
                    || !d.findElements(By.xpath("//vaadin-button[contains(., '" + texts.moveThemToo() + "')]"))
                            .isEmpty());
            List<WebElement> moveToo = browser.driver.findElements(
                    By.xpath("//vaadin-button[contains(., '" + texts.moveThemToo() + "')]"));
            if (!moveToo.isEmpty()) {
                browser.clickInNotification(moveToo.get(0));
            }
            browser.wait.until(d -> total(column) == before - 1);
            assertThat(title(shownColumns(browser).get(0))).isEqualTo(texts.thisWeek());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "pt-BR"})
    void the_drawer_covers_the_screen_and_closes_with_its_close_button(String language) {
        Texts texts = Texts.of(language);
        try (Browser browser = signedIn(language, "accounts")) {
            WebElement link =
                    browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                            .filter(a -> !a.getText().isBlank())
                            .findFirst()
                            .orElse(null));
            String name = link.getText();
            tap(browser, link);
            WebElement drawer = browser.drawer(name);

            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) js(browser)
                    .executeScript(
                            "const r = arguments[0].getBoundingClientRect();"
                                    + "const hit = document.elementFromPoint(innerWidth / 2, 10);"
                                    + "return {left: r.left, top: r.top, width: r.width, height: r.height,"
                                    + " w: innerWidth, h: innerHeight, onTop: arguments[0].contains(hit)};",
                            drawer);
            assertThat(number(box, "left")).isZero();
            assertThat(number(box, "top")).isZero();
            assertThat(number(box, "width")).isEqualTo(number(box, "w"));
            assertThat(number(box, "height")).isEqualTo(number(box, "h"));
            assertThat(box.get("onTop")).as("the drawer is above the navbar").isEqualTo(true);
            assertNoSidewaysScrolling(browser);
            browser.screenshot("phone-drawer-" + texts.suffix());

            WebElement close = drawer.findElement(By.cssSelector("vaadin-button[aria-label='" + texts.close() + "']"));
            assertThat(close.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            tap(browser, close);
            browser.wait.until(d -> !drawer.isDisplayed());
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("/accounts/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US"})
    void column_headers_stay_in_view_and_cards_keep_still_for_reduced_motion(String language) {
        try (Browser browser = signedIn(language, "accounts/board")) {
            browser.wait.until(
                    d -> !d.findElements(By.cssSelector(".kanban-card")).isEmpty());
            browser.wait.until(d -> shownColumns(browser).size() == 1);
            WebElement board = browser.driver.findElement(By.cssSelector(".kanban-board"));
            WebElement header = shownColumns(browser).get(0).findElement(By.cssSelector(".kanban-column-header"));
            double boardTop = ((Number)
                            js(browser).executeScript("return arguments[0].getBoundingClientRect().top", board))
                    .doubleValue();
            double scrolled = ((Number) js(browser)
                            .executeScript("arguments[0].scrollTop = 600; return arguments[0].scrollTop", board))
                    .doubleValue();
            assertThat(scrolled).as("a long column scrolls inside the board").isPositive();
            double headerTop = ((Number)
                            js(browser).executeScript("return arguments[0].getBoundingClientRect().top", header))
                    .doubleValue();
            assertThat(headerTop).isBetween(boardTop - 1, boardTop + 1);

            WebElement card = browser.driver.findElement(By.cssSelector(".kanban-card"));
            assertThat(transition(browser, card)).isNotEqualTo("0s");
            ((ChromeDriver) browser.driver)
                    .executeCdpCommand(
                            "Emulation.setEmulatedMedia",
                            Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            assertThat(transition(browser, card)).isEqualTo("0s");
        }
    }

    /** A phone in {@code language}, signed in as the demo's user, on {@code path}. */
    private static Browser signedIn(String language, String path) {
        Browser browser = Browser.phone(language);
        try {
            browser.signIn("user", "user1234");
            browser.open(path);
            return browser;
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    private static String transition(Browser browser, WebElement element) {
        return (String) js(browser).executeScript("return getComputedStyle(arguments[0]).transitionDuration", element);
    }

    /** A finger's tap on the element's centre: touch down and up, as a phone's screen sends it. */
    private static void tap(Browser browser, WebElement element) {
        browser.scrollIntoView(element);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((ChromeDriver) browser.driver).perform(List.of(tap));
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }

    /** The page never scrolls sideways on a phone: nothing is wider than the screen. */
    private static void assertNoSidewaysScrolling(Browser browser) {
        Number scrollWidth = (Number) js(browser).executeScript("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) js(browser).executeScript("return innerWidth");
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(innerWidth.intValue());
        // Nor does the shell's content area, which scrolls the page under the navbar.
        Boolean contentFits = (Boolean) js(browser)
                .executeScript("const c = document.querySelector('vaadin-app-layout').shadowRoot"
                        + ".querySelector('[content]'); return c.scrollWidth <= c.clientWidth");
        assertThat(contentFits).as("the content area does not scroll sideways").isTrue();
    }

    private static long visibleColumns(Browser browser) {
        return ((Number) js(browser)
                        .executeScript("return [...document.querySelectorAll('vaadin-grid.contas-accounts "
                                + "vaadin-grid-column')].filter(c => !c.hidden).length"))
                .longValue();
    }

    /** The element of {@code css} nearest the top of the screen (the grid reuses its rows in any order). */
    private static WebElement firstOnScreen(Browser browser, String css) {
        return (WebElement) js(browser)
                .executeScript(
                        "return [...document.querySelectorAll(arguments[0])]"
                                + ".filter(e => e.getBoundingClientRect().top > 0 && e.offsetParent)"
                                + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]",
                        css);
    }

    private static List<WebElement> shownColumns(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".kanban-column")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private static String title(WebElement column) {
        return column.findElement(By.cssSelector(".kanban-column-title")).getText();
    }

    /** N of "n of N" in a column's header. */
    private static long total(WebElement column) {
        String count =
                column.findElement(By.cssSelector(".kanban-column-count")).getText();
        return Long.parseLong(count.substring(count.lastIndexOf(' ') + 1).replaceAll("\\D", ""));
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
