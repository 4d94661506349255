package com.contas.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * Phone or desktop, by the width of the browser's window. CSS lays out what it can (the drawer, the
 * board's single column); what exists on the server (a grid's columns, which board column shows) is
 * decided here, with the same breakpoint as {@code styles.css}.
 */
public final class ScreenWidth implements Serializable {

    /** Up to this width (CSS pixels) a screen lays itself out for a phone: {@code @media (max-width: 600px)}. */
    public static final int PHONE_MAX_WIDTH = 600;

    /**
     * The class a view carries once its layout follows the window's width. Until then (one round
     * trip on a UI's first screen) a phone's stylesheet hides what would be drawn for a desktop.
     */
    public static final String LAID_OUT_CLASS = "contas-laid-out";

    /** The UI's last known window width, kept across views (the browser's details are read once per UI). */
    private static final String LAST_WIDTH = ScreenWidth.class.getName() + ".width";

    private final SerializableConsumer<Boolean> phoneChanged;
    private boolean phone;

    private ScreenWidth(SerializableConsumer<Boolean> phoneChanged) {
        this.phoneChanged = phoneChanged;
    }

    /**
     * Tells {@code phoneChanged} whether the window is a phone's while {@code view} is on screen:
     * once when it is attached to a phone's window, then whenever a resize (a rotation) crosses the
     * breakpoint. A screen starts in its desktop layout and is told only of the phone.
     */
    public static void follow(Component view, SerializableConsumer<Boolean> phoneChanged) {
        ScreenWidth width = new ScreenWidth(phoneChanged);
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Integer known = (Integer) ComponentUtil.getData(ui, LAST_WIDTH);
            SerializableConsumer<Integer> widthKnown = w -> {
                ComponentUtil.setData(ui, LAST_WIDTH, w);
                width.widthIs(w);
                view.getElement().getClassList().add(LAID_OUT_CLASS);
            };
            if (known != null) {
                widthKnown.accept(known);
            } else {
                ui.getPage().retrieveExtendedClientDetails(details -> {
                    // A resize heard meanwhile is newer than the width these details were read at.
                    Integer resized = (Integer) ComponentUtil.getData(ui, LAST_WIDTH);
                    widthKnown.accept(resized != null ? resized : details.getWindowInnerWidth());
                });
            }
            Registration resize =
                    ui.getPage().addBrowserWindowResizeListener(resized -> widthKnown.accept(resized.getWidth()));
            view.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Whether a window of {@code width} CSS pixels is a phone's. */
    public static boolean isPhone(int width) {
        return width > 0 && width <= PHONE_MAX_WIDTH;
    }

    private void widthIs(int width) {
        boolean nowPhone = isPhone(width);
        if (nowPhone != phone) {
            phone = nowPhone;
            phoneChanged.accept(nowPhone);
        }
    }
}
