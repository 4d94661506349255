package com.contas.account.ui.list;

import com.contas.account.AccountKpis;
import com.contas.detail.ui.DetailFormat;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers on top of the accounts list, as a responsive row of cards. A card is a button for
 * keyboard and screen readers too (focusable, Enter or Space); the active one is marked.
 */
public class KpiTiles extends Composite<Div> {

    /** What a tile counts and, when clicked, shows. */
    public enum Tile {
        ACCOUNTS,
        WON_VALUE,
        NO_ACTIVITY,
        OVERDUE,
        NOT_CONTACTED
    }

    private final Map<Tile, Card> cards = new EnumMap<>(Tile.class);
    private final Map<Tile, Span> values = new EnumMap<>(Tile.class);

    public KpiTiles(SerializableConsumer<Tile> onClick) {
        Div row = getContent();
        row.addClassName("contas-kpis");
        for (Tile tile : Tile.values()) {
            Span value = new Span("…");
            value.addClassName("contas-kpi-value");
            Card card = new Card();
            card.addClassName("contas-kpi");
            card.setTitle(getTranslation("accounts.kpi." + tile.name()));
            card.add(value);
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-pressed", "false");
            card.getElement().addEventListener("click", e -> onClick.accept(tile));
            card.getElement()
                    .addEventListener("keydown", e -> onClick.accept(tile))
                    .setFilter("event.key === 'Enter' || event.key === ' '")
                    .preventDefault();
            cards.put(tile, card);
            values.put(tile, value);
            row.add(card);
        }
    }

    public void show(AccountKpis kpis, DetailFormat format) {
        values.get(Tile.ACCOUNTS).setText(format.number(BigDecimal.valueOf(kpis.accounts())));
        values.get(Tile.WON_VALUE).setText(format.money(kpis.wonValue()));
        values.get(Tile.WON_VALUE).getElement().setAttribute("title", format.money(kpis.wonValue()));
        values.get(Tile.NO_ACTIVITY).setText(format.number(BigDecimal.valueOf(kpis.noActivity())));
        values.get(Tile.OVERDUE).setText(format.number(BigDecimal.valueOf(kpis.overdue())));
        values.get(Tile.NOT_CONTACTED).setText(format.number(BigDecimal.valueOf(kpis.notContacted())));
        cards.get(Tile.NOT_CONTACTED)
                .setTitle(getTranslation("accounts.kpi.NOT_CONTACTED.days", kpis.notContactedDays()));
        if (kpis.unconvertedDeals() > 0) {
            values.get(Tile.WON_VALUE)
                    .getElement()
                    .setAttribute(
                            "title",
                            format.money(kpis.wonValue()) + " · "
                                    + getTranslation("accounts.unconverted", kpis.unconvertedDeals()));
        }
    }

    public void markActive(Tile active) {
        cards.forEach((tile, card) -> {
            card.getElement().getClassList().set("active", tile == active);
            card.getElement().setAttribute("aria-pressed", Boolean.toString(tile == active));
        });
    }

    /** For tests: the value shown on a tile. */
    public String valueOf(Tile tile) {
        return values.get(tile).getText();
    }

    /** For tests and keyboard users: what clicking the tile does. */
    public Card card(Tile tile) {
        return cards.get(tile);
    }
}
