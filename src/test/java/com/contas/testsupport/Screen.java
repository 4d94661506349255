package com.contas.testsupport;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.BooleanSupplier;

/** What a user sees on a Karibu screen: text with hidden parts left out, and the notifications. */
public final class Screen {

    private Screen() {}

    /** The text of a component as a user sees it: hidden elements and their children left out. */
    public static String visibleText(Component component) {
        return visibleText(component.getElement());
    }

    private static String visibleText(Element e) {
        if (e.isTextNode()) {
            return e.getText();
        }
        if (!e.isVisible()) {
            return "";
        }
        return e.getChildren().map(Screen::visibleText).reduce(e.getText(), String::concat);
    }

    /**
     * Lets queued pushes run, as the browser's round trips would, until the condition holds (2 s at
     * most): for what reaches a screen from another thread (live updates, reminders).
     */
    public static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** The message a form shows below its fields when the server refused it ("" when none). */
    public static String formError(Component form) {
        return LocatorJ._find(form, Paragraph.class, spec -> spec.withClasses("contas-form-error")).stream()
                .filter(Component::isVisible)
                .map(Paragraph::getText)
                .findFirst()
                .orElse("");
    }

    /**
     * The open notifications' texts: a text notification's text, or the text of the components a
     * notification holds ("… moved to Mon 16 Mar" and its Undo button).
     */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> {
                    String text = com.github.mvysny.kaributools.NotificationsKt.getText(n);
                    return text.isEmpty()
                            ? n.getChildren()
                                    .map(c -> c.getElement().getTextRecursively())
                                    .reduce("", String::concat)
                            : text;
                })
                .toList();
    }
}
