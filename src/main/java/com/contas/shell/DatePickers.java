package com.contas.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language: the calendar's month and weekday names come from Java's
 * locale data, its buttons from the bundle (Vaadin's own are English whatever the locale).
 */
public final class DatePickers {

    private DatePickers() {}

    /** The calendar's texts for {@code component}'s locale; callers may add their own messages. */
    public static DatePicker.DatePickerI18n i18n(Component component) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(capitalized(Arrays.copyOf(symbols.getMonths(), 12), locale))
                .setWeekdays(capitalized(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8), locale))
                .setWeekdaysShort(capitalized(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8), locale))
                .setToday(component.getTranslation("form.datePicker.today"))
                .setCancel(component.getTranslation("form.datePicker.cancel"));
    }

    /** Localizes {@code picker} for {@code component}'s locale and returns it. */
    public static DatePicker localized(DatePicker picker, Component component) {
        picker.setI18n(i18n(component));
        return picker;
    }

    private static List<String> capitalized(String[] names, Locale locale) {
        return Arrays.stream(names)
                .map(n -> n.isEmpty() ? n : n.substring(0, 1).toUpperCase(locale) + n.substring(1))
                .toList();
    }
}
