package com.contas.shell;

import com.contas.common.Option;
import com.contas.common.PageSpec;
import com.contas.security.UserSummary;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.List;
import java.util.Objects;

/** Pickers for things too many to list at once: the service finds them by name, a page at a time. */
public final class Pickers {

    private Pickers() {}

    /**
     * A combo box that asks {@code find(typedText, page)} for options as the user types and scrolls.
     * The value can be set to an option that has not been fetched (an edited record's link).
     */
    public static ComboBox<Option> lazy(String label, SerializableBiFunction<String, PageSpec, List<Option>> find) {
        ComboBox<Option> box = new ComboBox<>(label);
        box.setItems(
                query -> find
                        .apply(
                                query.getFilter().orElse(""),
                                new PageSpec(query.getOffset(), query.getLimit(), null, true))
                        .stream());
        box.setItemLabelGenerator(Option::label);
        box.setClearButtonVisible(true);
        return box;
    }

    /** A picker of active users (few enough to list), with {@code selectedId} picked if given. */
    public static ComboBox<UserSummary> users(String label, List<UserSummary> users, Long selectedId) {
        ComboBox<UserSummary> box = new ComboBox<>(label);
        box.setItems(users);
        box.setItemLabelGenerator(UserSummary::displayName);
        select(box, users, selectedId);
        return box;
    }

    /** Picks the user with this id in a user picker (none when null or not listed). */
    public static void select(ComboBox<UserSummary> box, List<UserSummary> users, Long id) {
        box.setValue(users.stream()
                .filter(u -> id != null && u.id() == id)
                .findFirst()
                .orElse(null));
    }

    /** The id of the picked user, or null. */
    public static Long userId(ComboBox<UserSummary> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    /** The option for a link, or null when there is no link. */
    public static Option option(Long id, String label) {
        return id == null ? null : new Option(id, label == null ? "#" + id : label);
    }

    /**
     * The option for a link read fresh ({@code id}), named as a list row showed it when the row
     * showed the same link (else by its id: it changed since the list was read).
     */
    public static Option option(Long id, Long shownId, String shownLabel) {
        return option(id, Objects.equals(id, shownId) ? shownLabel : null);
    }

    /** The id of the picked option, or null. */
    public static Long id(ComboBox<Option> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
