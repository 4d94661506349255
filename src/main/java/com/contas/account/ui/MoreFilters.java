package com.contas.account.ui;

import com.contas.account.AccountFilter;
import com.contas.account.FieldCondition;
import com.contas.account.Range;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldType;
import com.contas.shell.DatePickers;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "More filters", folded under the accounts' filter bar: the won value between two amounts and one
 * control per active custom field, by its type (text contains, number or date range, options in a
 * set, yes or no). Every filled control is one more condition (AND). A range whose start comes after
 * its end is marked next to the field and not applied.
 */
class MoreFilters extends Composite<Details> {

    private final RangeInput<BigDecimal> won;
    private final List<FieldInput> inputs = new ArrayList<>();
    private final SerializableRunnable onChange;
    private boolean showing;

    /** @param onChange called when the user changes a control and every control reads well */
    MoreFilters(List<CustomFieldInfo> fields, SerializableRunnable onChange) {
        this.onChange = onChange;
        Div content = new Div();
        content.addClassName("contas-more-filters");
        won = numberRange(getTranslation("accounts.filter.wonValue"));
        content.add(won.component());
        for (CustomFieldInfo field : fields) {
            FieldInput input = input(field);
            inputs.add(input);
            content.add(input.component());
        }
        getContent().setSummaryText(getTranslation("accounts.filter.more"));
        getContent().add(content);
        getContent().addClassName("contas-more-filters-details");
    }

    /** The won value range and the field conditions the controls hold; empty while one reads badly. */
    Optional<AccountFilter> applyTo(AccountFilter filter) {
        if (!won.valid() || inputs.stream().anyMatch(i -> !i.valid().get())) {
            return Optional.empty();
        }
        List<FieldCondition> conditions = new ArrayList<>();
        inputs.forEach(i -> i.read().get().ifPresent(conditions::add));
        return Optional.of(filter.withWonValue(won.read().orElse(null)).withFields(conditions));
    }

    /** Puts the filter's won range and field conditions in the controls, without reporting a change. */
    void show(AccountFilter filter) {
        showing = true;
        try {
            won.show(filter.wonValue());
            inputs.forEach(i -> i.show()
                    .accept(filter.fields().stream()
                            .filter(c -> c.fieldId() == i.fieldId())
                            .findFirst()
                            .orElse(null)));
            summary(filter);
        } finally {
            showing = false;
        }
    }

    /** How many of its conditions a filter uses. */
    int activeCount(AccountFilter filter) {
        return filter.fields().size() + (filter.wonValue() == null ? 0 : 1);
    }

    /** "More filters (2)" when two of its conditions are in use; open when any is. */
    void summary(AccountFilter filter) {
        int used = activeCount(filter);
        getContent()
                .setSummaryText(
                        used == 0
                                ? getTranslation("accounts.filter.more")
                                : getTranslation("accounts.filter.moreUsed", used));
        if (used > 0) {
            getContent().setOpened(true);
        }
    }

    private void changed() {
        if (!showing) {
            onChange.run();
        }
    }

    private FieldInput input(CustomFieldInfo field) {
        long id = field.id();
        return switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(field.name());
                text.setPlaceholder(getTranslation("accounts.filter.contains"));
                text.setMaxLength(FieldCondition.MAX_TEXT_LENGTH);
                text.setClearButtonVisible(true);
                text.setValueChangeMode(ValueChangeMode.LAZY);
                text.setValueChangeTimeout(AccountFilterBar.SEARCH_DEBOUNCE_MS);
                text.addValueChangeListener(e -> changed());
                yield new FieldInput(
                        id,
                        text,
                        () -> true,
                        () -> text.getValue().isBlank()
                                ? Optional.empty()
                                : Optional.of(new FieldCondition.Contains(id, text.getValue())),
                        c -> text.setValue(c instanceof FieldCondition.Contains contains ? contains.text() : ""));
            }
            case NUMBER, MONEY -> {
                RangeInput<BigDecimal> range = numberRange(field.name());
                yield new FieldInput(
                        id,
                        range.component(),
                        range::valid,
                        () -> range.read().map(r -> new FieldCondition.NumberBetween(id, r)),
                        c -> range.show(c instanceof FieldCondition.NumberBetween between ? between.range() : null));
            }
            case DATE -> {
                DatePicker from = datePicker(field.name(), "accounts.filter.from");
                DatePicker to = datePicker(field.name(), "accounts.filter.to");
                RangeInput<LocalDate> range = new RangeInput<>(field.name(), from, to);
                yield new FieldInput(
                        id,
                        range.component(),
                        range::valid,
                        () -> range.read().map(r -> new FieldCondition.DateBetween(id, r)),
                        c -> range.show(c instanceof FieldCondition.DateBetween between ? between.range() : null));
            }
            case OPTION -> {
                MultiSelectComboBox<String> options = new MultiSelectComboBox<>(field.name());
                options.setItems(field.options());
                options.setPlaceholder(getTranslation("accounts.filter.anyOption"));
                options.setClearButtonVisible(true);
                options.addValueChangeListener(e -> changed());
                yield new FieldInput(
                        id,
                        options,
                        () -> true,
                        () -> options.getValue().isEmpty()
                                ? Optional.empty()
                                : Optional.of(new FieldCondition.OneOf(id, options.getValue())),
                        c -> options.setValue(c instanceof FieldCondition.OneOf oneOf ? oneOf.options() : Set.of()));
            }
            case YES_NO -> {
                Select<String> answer = new Select<>();
                answer.setLabel(field.name());
                answer.setItems(CustomFieldType.YES, CustomFieldType.NO);
                answer.setEmptySelectionAllowed(true);
                answer.setEmptySelectionCaption(getTranslation("accounts.filter.anyOption"));
                answer.setItemLabelGenerator(a -> a == null
                        ? getTranslation("accounts.filter.anyOption")
                        : getTranslation(CustomFieldType.YES.equals(a) ? "customFields.yes" : "customFields.no"));
                answer.addValueChangeListener(e -> changed());
                yield new FieldInput(
                        id,
                        answer,
                        () -> true,
                        () -> Optional.ofNullable(answer.getValue())
                                .map(a -> new FieldCondition.Answer(id, CustomFieldType.YES.equals(a))),
                        c -> answer.setValue(
                                c instanceof FieldCondition.Answer a
                                        ? a.values().get(0)
                                        : null));
            }
        };
    }

    private RangeInput<BigDecimal> numberRange(String name) {
        return new RangeInput<>(
                name, numberField(name, "accounts.filter.from"), numberField(name, "accounts.filter.to"));
    }

    private BigDecimalField numberField(String name, String end) {
        BigDecimalField number = new BigDecimalField();
        number.setPlaceholder(getTranslation(end));
        number.setAriaLabel(name + " " + getTranslation(end));
        number.setClearButtonVisible(true);
        number.setWidth("9em");
        number.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.badNumber")));
        return number;
    }

    private DatePicker datePicker(String name, String end) {
        DatePicker date = new DatePicker();
        date.setPlaceholder(getTranslation(end));
        date.setAriaLabel(name + " " + getTranslation(end));
        date.setClearButtonVisible(true);
        date.setWidth("10em");
        date.setI18n(DatePickers.i18n(this).setBadInputErrorMessage(getTranslation("validation.badDate")));
        return date;
    }

    /** A custom field's control: whether it reads well, its condition (none when empty), how to show one. */
    private record FieldInput(
            long fieldId,
            Component component,
            SerializableSupplier<Boolean> valid,
            SerializableSupplier<Optional<FieldCondition>> read,
            SerializableConsumer<FieldCondition> show)
            implements Serializable {}

    /** Two fields, from and to, under one label; the start may not come after the end. */
    private final class RangeInput<T extends Comparable<? super T> & Serializable> implements Serializable {

        private final AbstractField<?, T> from;
        private final AbstractField<?, T> to;
        private final Div component = new Div();

        <F extends AbstractField<?, T> & HasValidation> RangeInput(String label, F from, F to) {
            this.from = from;
            this.to = to;
            Span caption = new Span(label);
            caption.addClassName("contas-range-label");
            Div fields = new Div(from, new Span("–"), to);
            fields.addClassName("contas-range-fields");
            component.add(caption, fields);
            component.addClassName("contas-range");
            from.addValueChangeListener(e -> changed());
            to.addValueChangeListener(e -> changed());
        }

        Component component() {
            return component;
        }

        boolean valid() {
            HasValidation end = (HasValidation) to;
            if (((HasValidation) from).isInvalid() && from.getValue() == null) {
                return false; // unreadable input: the field's own message shows
            }
            boolean ordered = from.getValue() == null
                    || to.getValue() == null
                    || from.getValue().compareTo(to.getValue()) <= 0;
            if (!ordered) {
                end.setErrorMessage(getTranslation("accounts.filter.rangeOrder"));
                end.setInvalid(true);
                return false;
            }
            if (end.isInvalid() && to.getValue() == null) {
                return false;
            }
            end.setInvalid(false);
            return true;
        }

        Optional<Range<T>> read() {
            return Range.of(from.getValue(), to.getValue());
        }

        void show(Range<T> range) {
            from.setValue(range == null ? null : range.min());
            to.setValue(range == null ? null : range.max());
            ((HasValidation) to).setInvalid(false);
        }
    }
}
