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
 * keyboard and screen readers too (focusable, Enter or Space); the active one is marked. Its
 * accessible name is its text (title and value; no aria-label that would leave the value out). A
 * large sum is shown compact ("R$ 14,9 bi"); the exact figure is on hover and, visually hidden,
 * in the card's text for screen readers.
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
    private final Map<Tile, Div> titles = new EnumMap<>(Tile.class);
    private final Span exactWonValue = new Span();

    public KpiTiles(SerializableConsumer<Tile> onClick) {
        Div row = getContent();
        row.addClassName("contas-kpis");
        for (Tile tile : Tile.values()) {
            Span value = new Span("…");
            value.addClassName("contas-kpi-value");
            Card card = new Card();
            card.addClassName("contas-kpi");
            // Not Card.setTitle: the card would take the title alone as its accessible name.
            Div title = new Div(getTranslation("accounts.kpi." + tile.name()));
            title.addClassName("contas-kpi-title");
            card.add(title, value);
            titles.put(tile, title);
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
        exactWonValue.addClassNames("contas-kpi-exact", "visually-hidden");
        cards.get(Tile.WON_VALUE).add(exactWonValue);
    }

    public void show(AccountKpis kpis, DetailFormat format) {
        values.get(Tile.ACCOUNTS).setText(format.number(BigDecimal.valueOf(kpis.accounts())));
        String exact = format.money(kpis.wonValue());
        String compact = format.moneyCompact(kpis.wonValue());
        values.get(Tile.WON_VALUE).setText(compact);
        values.get(Tile.WON_VALUE).getElement().setAttribute("title", exact);
        exactWonValue.setText(compact.equals(exact) ? "" : exact);
        values.get(Tile.NO_ACTIVITY).setText(format.number(BigDecimal.valueOf(kpis.noActivity())));
        values.get(Tile.OVERDUE).setText(format.number(BigDecimal.valueOf(kpis.overdue())));
        values.get(Tile.NOT_CONTACTED).setText(format.number(BigDecimal.valueOf(kpis.notContacted())));
        titles.get(Tile.NOT_CONTACTED)
                .setText(getTranslation("accounts.kpi.NOT_CONTACTED.days", kpis.notContactedDays()));
        if (kpis.unconvertedDeals() > 0) {
            values.get(Tile.WON_VALUE)
                    .getElement()
                    .setAttribute(
                            "title", exact + " · " + getTranslation("accounts.unconverted", kpis.unconvertedDeals()));
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

    /** For tests: the exact figure a tile gives on hover. */
    public String exactValueOf(Tile tile) {
        return values.get(tile).getElement().getAttribute("title");
    }

    /** For tests and keyboard users: what clicking the tile does. */
    public Card card(Tile tile) {
        return cards.get(tile);
    }
}
