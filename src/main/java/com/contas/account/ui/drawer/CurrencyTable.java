package com.contas.account.ui.drawer;

import com.contas.account.AccountDetails.CurrencyTotal;
import com.contas.deal.DealStatus;
import com.contas.detail.ui.DetailFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An account's deals per currency and status, before conversion: one row a currency, one column
 * a status (won, open, lost), "count · value" in each cell. A currency without an exchange rate
 * says so in its row, as its deals are left out of the converted totals.
 */
final class CurrencyTable {

    static final List<DealStatus> COLUMNS = List.of(DealStatus.WON, DealStatus.OPEN, DealStatus.LOST);

    private CurrencyTable() {}

    static NativeTable of(Component owner, List<CurrencyTotal> totals, DetailFormat format) {
        Map<String, Map<DealStatus, CurrencyTotal>> byCurrency = new LinkedHashMap<>();
        Map<String, Boolean> hasRate = new LinkedHashMap<>();
        for (CurrencyTotal total : totals) {
            byCurrency
                    .computeIfAbsent(total.currency(), c -> new LinkedHashMap<>())
                    .put(total.status(), total);
            hasRate.merge(total.currency(), total.hasRate(), Boolean::logicalAnd);
        }
        NativeTable table = new NativeTable();
        table.addClassName("contas-drawer-currencies");
        table.setCaptionText(owner.getTranslation("drawer.currencies.caption"));
        NativeTableRow head = table.getHead().addRow();
        header(head, owner.getTranslation("drawer.currencies.currency"), "col");
        COLUMNS.forEach(status -> header(head, owner.getTranslation("deal.status." + status), "col"));
        byCurrency.forEach((currency, cells) -> {
            NativeTableRow row = table.getBody().addRow();
            header(
                    row,
                    hasRate.get(currency) ? currency : currency + " (" + owner.getTranslation("account.noRate") + ")",
                    "row");
            for (DealStatus status : COLUMNS) {
                CurrencyTotal total = cells.get(status);
                NativeTableCell cell = row.addDataCell();
                cell.setText(
                        total == null
                                ? "–"
                                : total.count() + " · "
                                        + format.money(
                                                total.value() == null ? BigDecimal.ZERO : total.value(),
                                                total.currency()));
            }
        });
        return table;
    }

    private static void header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
    }
}
