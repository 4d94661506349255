package com.contas.shell;

import com.contas.common.DomainException;
import com.contas.common.StaleVersionException;
import com.contas.common.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The one way a screen shows why a service refused what the user did (docs/rules.md, "Bad input"
 * and "Conflicts"): validation problems next to the fields they name (the rest in the form's
 * message), any other rule of the domain by its message, and a conflict (someone else changed it
 * after it was shown) in one wording, "Someone else changed this … after you opened it.", followed by
 * what happens now: the screen shows the current state (nothing of the user's was saved), or what
 * they typed stays for them to copy. Every form, drawer section and board move goes through here.
 * A screen without fields for the problems (the board, a list row) shows them as a warning.
 */
public final class Refusals {

    private Refusals() {}

    /**
     * Runs a user's command; on a conflict the user is told that nothing of theirs was saved and
     * {@code redraw} shows the current state.
     *
     * @param errors where problems are shown; null for a warning notice
     * @return whether the command went through
     */
    public static boolean runRedrawing(
            Component screen, FieldErrors errors, SerializableRunnable command, SerializableRunnable redraw) {
        return run(screen, errors, command, "conflict.redrawn", message -> {
            tell(errors, message);
            redraw.run();
        });
    }

    /**
     * Runs a user's command; on a conflict what the user typed stays on screen, and
     * {@code showConflict} shows the message (and may offer a reload).
     *
     * @param errors where problems are shown; null for a warning notice
     * @return whether the command went through
     */
    public static boolean runKeeping(
            Component screen,
            FieldErrors errors,
            SerializableRunnable command,
            SerializableConsumer<String> showConflict) {
        return run(screen, errors, command, "conflict.kept", showConflict);
    }

    private static boolean run(
            Component screen,
            FieldErrors errors,
            SerializableRunnable command,
            String afterConflictKey,
            SerializableConsumer<String> onConflict) {
        try {
            command.run();
            return true;
        } catch (StaleVersionException e) {
            onConflict.accept(Messages.of(screen, e) + " " + screen.getTranslation(afterConflictKey));
        } catch (ValidationException e) {
            if (errors == null) {
                warn(Messages.of(screen, e));
            } else {
                errors.show(e);
            }
        } catch (DomainException e) {
            tell(errors, Messages.of(screen, e));
        }
        return false;
    }

    private static void tell(FieldErrors errors, String message) {
        if (errors == null) {
            warn(message);
        } else {
            errors.show(message);
        }
    }

    /** A warning in the middle of the screen for a few seconds (what could not be done, and why). */
    public static void warn(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
