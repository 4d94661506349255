package com.contas.shell;

import com.contas.common.DomainException;
import com.contas.common.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Set;

/** Turns the services' translation keys into sentences in the user's language. */
public final class Messages {

    private static final Set<String> ENTITIES = Set.of(
            "Organization",
            "Person",
            "Deal",
            "Activity",
            "Note",
            "File",
            "User",
            "CustomField",
            "Settings",
            "ExchangeRate");

    private Messages() {}

    public static String of(Component component, DomainException e) {
        return component.getTranslation(e.messageKey(), translateArgs(component, e.args()));
    }

    public static String of(Component component, FieldProblem problem) {
        return component.getTranslation(problem.messageKey(), translateArgs(component, problem.args()));
    }

    public static String of(UI ui, DomainException e) {
        return of((Component) ui, e);
    }

    /** Entity names passed as arguments ("Organization") are translated too. */
    private static Object[] translateArgs(Component component, Object[] args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String s && ENTITIES.contains(s)) {
                result[i] = component.getTranslation("entity." + s);
            }
        }
        return result;
    }
}
