package com.contas.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;

/**
 * A user with a keyboard and no mouse: keys go to whatever has the focus, as a real keyboard's do.
 * After every key it reads where the focus is (through shadow roots) and whether that place shows a
 * focus indicator; stops that show none are kept for the test to report.
 */
final class Keyboard {

    /** Where the focus is after a key: the focused element's tag, its path, its text, and whether it shows. */
    record Stop(String tag, String chain, String text, boolean visible, String why) {
        @Override
        public String toString() {
            return tag + " \"" + text + "\" (" + chain + ")";
        }
    }

    private static final String PROBE = read("/e2e/focus-probe.js");

    private final Browser browser;
    private final List<Stop> invisible = new ArrayList<>();
    private int keys;

    Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses keys (or types text) into the focused element, then reads the new focus. */
    Stop press(CharSequence... keysToSend) {
        new Actions(browser.driver).sendKeys(keysToSend).perform();
        return afterKey();
    }

    /** Presses {@code key} with a modifier held down (Ctrl+Z, Shift+Tab), and reads the new focus. */
    Stop chord(Keys modifier, CharSequence key) {
        new Actions(browser.driver)
                .keyDown(modifier)
                .sendKeys(key)
                .keyUp(modifier)
                .perform();
        return afterKey();
    }

    private Stop afterKey() {
        keys++;
        Stop stop = focus();
        if (stop != null && !stop.visible() && !"body".equals(stop.tag())) {
            invisible.add(stop);
        }
        return stop;
    }

    /** The element with the focus now. */
    @SuppressWarnings("unchecked")
    Stop focus() {
        Object result;
        try {
            result = ((JavascriptExecutor) browser.driver).executeScript(PROBE);
        } catch (WebDriverException pageChanging) {
            return null; // a navigation under way: nothing has the focus yet
        }
        if (!(result instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> m = (Map<String, Object>) map;
        return new Stop(
                (String) m.get("tag"),
                (String) m.get("chain"),
                (String) m.get("text"),
                Boolean.TRUE.equals(m.get("visible")),
                (String) m.get("why"));
    }

    /**
     * Presses Tab (or Shift+Tab) until the focus is where {@code wanted} says, at most {@code max}
     * times. Fails when it is not reached; says whether the focus went round in a loop (a trap).
     */
    Stop tabTo(String what, Predicate<Stop> wanted, int max, boolean backwards) {
        Stop now = focus();
        if (now != null && wanted.test(now)) {
            return now;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < max; i++) {
            now = backwards ? chord(Keys.SHIFT, Keys.TAB) : press(Keys.TAB);
            if (now != null && wanted.test(now)) {
                return now;
            }
            seen.add(String.valueOf(now));
        }
        throw new AssertionError("Tab did not reach " + what + " in " + max + " presses; it went through " + seen.size()
                + " places" + (seen.size() < max / 2 ? " in a loop (a focus trap?): " + seen : ""));
    }

    Stop tabTo(String what, Predicate<Stop> wanted) {
        return tabTo(what, wanted, 80, false);
    }

    /** The stops that showed no focus indicator. */
    List<Stop> invisibleStops() {
        return List.copyOf(invisible);
    }

    int keysPressed() {
        return keys;
    }

    private static String read(String resource) {
        try (InputStream in = Keyboard.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
