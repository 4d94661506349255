package com.contas.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form in a dialog whose service validates: each field is registered under the name the
 * service's problems use, so a refusal shows next to its field (or above the buttons when it is
 * about the whole form, such as someone else having changed the record), and nothing is written.
 */
public class FormDialog extends Dialog {

    /** What a screen does once a form succeeded: {@code key} says what happened to {@code name}. */
    @FunctionalInterface
    public interface Done extends Serializable {
        void done(String key, String name);
    }

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors(this, fields);
    private final SerializableRunnable saveAction;
    private final Button cancel;
    private boolean succeeded;

    /**
     * @param title  the dialog's title (already translated)
     * @param action what saving does (calls the service); runs {@code onDone} and closes when it succeeds
     */
    public FormDialog(String title, String saveKey, SerializableRunnable action, SerializableRunnable onDone) {
        this.saveAction = action;
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        add(form, errors.formMessage());
        Button save = new Button(getTranslation(saveKey), e -> run(this::save, onDone));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** For forms that are classes of their own: they override {@link #save()}. */
    protected FormDialog(String title, String saveKey, SerializableRunnable onDone) {
        this(title, saveKey, null, onDone);
    }

    /** What saving does: calls the service, which validates and throws on a refusal. */
    protected void save() {
        saveAction.run();
    }

    /** Names the button that closes the form without saving ("Cancel" unless said otherwise). */
    public void setCancelText(String text) {
        cancel.setText(text);
    }

    /** Runs {@code then} when the form is closed without anything done (Cancel, Esc, Skip). */
    public void onClosedWithoutSaving(SerializableRunnable then) {
        addOpenedChangeListener(e -> {
            if (!e.isOpened() && !succeeded) {
                then.run();
            }
        });
    }

    /** Adds a field that the service's problems name {@code name}. */
    public <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    /** Adds a component that is not validated (a link, a hint). */
    public void addContent(Component component) {
        form.add(component);
    }

    /** Adds a button left of Cancel and Save, for actions on the record (mark won, delete). */
    public Button action(String labelKey, SerializableRunnable action, SerializableRunnable onDone) {
        return button(labelKey, () -> run(action, onDone));
    }

    /** Adds a button left of Cancel and Save that only runs {@code onClick} (opens another dialog). */
    public Button button(String labelKey, SerializableRunnable onClick) {
        Button button = new Button(getTranslation(labelKey), e -> onClick.run());
        getFooter().addComponentAsFirst(button);
        return button;
    }

    /**
     * Runs {@code action}; on a refusal shows why and keeps the dialog open, else closes it and
     * runs {@code onDone}.
     */
    public boolean run(SerializableRunnable action, SerializableRunnable onDone) {
        if (!errors.clear()) {
            return false; // a field could not read what was typed; its own message is showing
        }
        if (!Refusals.runKeeping(this, errors, action, errors::show)) {
            return false;
        }
        succeeded = true;
        close();
        onDone.run();
        return true;
    }

    /** The non-blank lines of a text area, for list inputs typed one per line (e-mails, options). */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R")).filter(s -> !s.isBlank()).toList();
    }
}
