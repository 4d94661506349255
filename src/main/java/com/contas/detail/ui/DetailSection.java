package com.contas.detail.ui;

import com.contas.detail.DetailScope;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * One tab of an organization's or a person's sections (the account drawer, the organization and
 * person pages). It reads the database only when first shown (so opening the
 * drawer costs the header and the first tab alone) and again when something it shows changed.
 */
public abstract class DetailSection extends Div {

    protected final SectionContext drawer;
    private boolean loaded;
    private boolean stale;

    DetailSection(SectionContext drawer, String className) {
        this.drawer = drawer;
        addClassName("contas-drawer-section");
        addClassName(className);
    }

    /** Reads and shows the section's content. */
    abstract void load();

    /** Called when the tab is shown: loads the first time and after a change elsewhere. */
    public final void shown() {
        if (!loaded || stale) {
            loaded = true;
            stale = false;
            load();
        }
    }

    /** Something this section shows may have changed: reload now if it is on screen, else when shown. */
    public final void invalidate(boolean onScreen) {
        if (onScreen) {
            loaded = true;
            stale = false;
            load();
        } else {
            stale = loaded;
        }
    }

    /** Whether the user is typing here (a reload would lose it). */
    public boolean busy() {
        return false;
    }

    /**
     * Someone else changed the account. A section the user is typing in keeps the text and says
     * so (see {@link #keptBecauseBusy}); the others reload now or when next shown.
     */
    public final void changedElsewhere(boolean onScreen, String who) {
        if (busy()) {
            stale = true;
            keptBecauseBusy(who);
        } else {
            invalidate(onScreen);
        }
    }

    /** Tells the user that someone else changed what they are editing. */
    void keptBecauseBusy(String who) {}

    /**
     * Runs a command of the user's. Success tells the drawer (which refreshes the numbers and
     * this section); a conflict says someone else changed it and shows the current state; any
     * other refusal is explained.
     */
    protected final boolean run(SerializableRunnable command) {
        if (Refusals.runRedrawing(this, null, command, () -> drawer.changed(this))) {
            drawer.changed(this);
            return true;
        }
        return false;
    }

    protected final void done(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The section's main button ("Schedule activity", "New deal"), above its list. */
    protected Button addButton(String labelKey, SerializableRunnable open) {
        Button button = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /**
     * Adds " · " and a link to the person's page to {@code meta}, unless there is no person or it
     * is the person these sections are about.
     */
    final void appendPerson(HasComponents meta, Long personId, String personName) {
        if (personId != null && !drawer.scope().equals(DetailScope.person(personId))) {
            meta.add(new Text(" · "), PageLinks.person(personId, personName));
        }
    }

    /** A small icon button whose label is read by screen readers and shown as a tooltip. */
    static Button iconButton(VaadinIcon icon, String label, SerializableRunnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
