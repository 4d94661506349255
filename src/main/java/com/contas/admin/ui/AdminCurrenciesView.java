package com.contas.admin.ui;

import com.contas.currency.CurrencyInfo;
import com.contas.currency.CurrencyService;
import com.contas.currency.ExchangeRateInput;
import com.contas.currency.ExchangeRateRow;
import com.contas.settings.SettingsService;
import com.contas.shell.DatePickers;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Exchange rates, each from its effective date on: add one, or open one to delete it. The rates
 * in force convert money to the company's default currency in every aggregate.
 */
@Route(value = "admin/currencies", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminCurrenciesView extends ListPage<ExchangeRateRow, String> {

    private final transient CurrencyService currencies;
    private final List<String> codes;
    private final String defaultCurrency;
    private final LocalDate today;

    public AdminCurrenciesView(CurrencyService currencies, SettingsService settings, Clock clock) {
        super("admin.currencies.title", "admin.currencies.new");
        this.currencies = currencies;
        readFrom((f, page) -> this.currencies.rates(f, page), (f, atMost) -> this.currencies.countRates(f));
        this.codes =
                currencies.activeCurrencies().stream().map(CurrencyInfo::code).toList();
        this.defaultCurrency = settings.get().defaultCurrency();
        this.today = LocalDate.now(clock.withZone(settings.get().timeZone()));
        addToHeader(new Paragraph(getTranslation("admin.currencies.default", defaultCurrency)));
        Formats formats = new Formats(getLocale(), settings.get().timeZone());
        column("admin.currencies.column.base", ExchangeRateRow::baseCurrency, "baseCurrency");
        column("admin.currencies.column.quote", ExchangeRateRow::quoteCurrency, "quoteCurrency");
        column(
                        "admin.currencies.column.rate",
                        r -> r.rate().stripTrailingZeros().toPlainString(),
                        "rate")
                .setTextAlign(ColumnTextAlign.END);
        column("admin.currencies.column.effectiveDate", r -> formats.date(r.effectiveDate()), "effectiveDate");
    }

    @Override
    protected String filter() {
        return searchText();
    }

    @Override
    protected FormDialog form(ExchangeRateRow row) {
        if (row != null) {
            FormDialog dialog = new FormDialog(
                    getTranslation(
                            "admin.currencies.rate",
                            row.baseCurrency(),
                            row.rate().stripTrailingZeros().toPlainString(),
                            row.quoteCurrency()),
                    "form.delete",
                    () -> currencies.deleteRate(row.id(), row.version()),
                    () -> done("form.deleted", row.baseCurrency() + "/" + row.quoteCurrency()));
            return dialog;
        }
        Select<String> base = new Select<>();
        base.setLabel(getTranslation("admin.currencies.column.base"));
        base.setItems(codes);
        Select<String> quote = new Select<>();
        quote.setLabel(getTranslation("admin.currencies.column.quote"));
        quote.setItems(codes);
        quote.setValue(defaultCurrency);
        BigDecimalField rate = new BigDecimalField(getTranslation("admin.currencies.column.rate"));
        DatePicker date =
                DatePickers.localized(new DatePicker(getTranslation("admin.currencies.column.effectiveDate")), this);
        date.setValue(today);
        FormDialog dialog = new FormDialog(
                getTranslation("admin.currencies.new"),
                "form.save",
                () -> currencies.addRate(
                        new ExchangeRateInput(base.getValue(), quote.getValue(), rate.getValue(), date.getValue())),
                () -> done("form.saved", base.getValue() + "/" + quote.getValue()));
        dialog.field("baseCurrency", base);
        dialog.field("quoteCurrency", quote);
        dialog.field("rate", rate);
        dialog.field("effectiveDate", date);
        return dialog;
    }
}
