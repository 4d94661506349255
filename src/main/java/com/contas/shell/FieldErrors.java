package com.contas.shell;

import com.contas.common.FieldProblem;
import com.contas.common.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A form's messages: a service's validation problems go next to the fields they name, anything
 * else to the form's own message. It remembers which fields the server marked, so that a field the
 * component itself marks (a date or number the browser could not read) is not mistaken for one.
 */
public final class FieldErrors implements Serializable {

    private final Component translator;
    /** Live: a form may register its fields after making this. */
    private final Map<String, ? extends HasValidation> fields;

    private final Paragraph formMessage;
    private final Set<HasValidation> marked = new LinkedHashSet<>();

    public FieldErrors(Component translator, Map<String, ? extends HasValidation> fields) {
        this.translator = translator;
        this.fields = fields;
        this.formMessage = new Paragraph();
        formMessage.addClassName("contas-form-error");
        formMessage.setVisible(false);
    }

    /** Where problems of no field on screen are shown; add it below the form. */
    public Paragraph formMessage() {
        return formMessage;
    }

    /**
     * Clears what the server said before.
     *
     * @return false when a field still refuses what was typed (its own message is showing): do not
     *         send the form then
     */
    public boolean clear() {
        marked.forEach(f -> f.setInvalid(false));
        marked.clear();
        formMessage.setVisible(false);
        return fields.values().stream().noneMatch(FieldErrors::refusesInput);
    }

    /**
     * A field that marks itself invalid while holding no value could not read what was typed ("abc"
     * in a number field, "31/02" in a date field): its own message says so. Anything else (too long,
     * out of range, a required field left empty) is left to the server, which says it next to the
     * field like any other problem.
     */
    private static boolean refusesInput(HasValidation field) {
        if (!field.isInvalid()) {
            return false;
        }
        if (field instanceof HasValue<?, ?> value) {
            return value.isEmpty() && !value.isRequiredIndicatorVisible();
        }
        return true;
    }

    public void show(ValidationException e) {
        clear();
        StringBuilder rest = new StringBuilder();
        for (FieldProblem problem : e.problems()) {
            HasValidation field = fields.get(problem.field());
            String message = Messages.of(translator, problem);
            if (field == null) {
                rest.append(rest.isEmpty() ? "" : " ").append(message);
            } else if (marked.add(field)) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!rest.isEmpty()) {
            show(rest.toString());
        }
    }

    /** A message about the whole form, added to any already showing. */
    public void show(String message) {
        formMessage.setText(formMessage.isVisible() ? formMessage.getText() + " " + message : message);
        formMessage.setVisible(true);
    }
}
