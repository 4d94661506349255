package com.contas.account.ui;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.customfield.CustomFieldInfo;
import com.contas.security.UserSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts' filters, the same on the list and the board: a debounced search, the owners (me,
 * users; none: everyone), the next-activity buckets (list only), "not contacted for N days", and
 * {@link MoreFilters} (won value, custom fields). Every part is AND.
 */
public class AccountFilterBar extends Composite<VerticalLayout> {

    static final int SEARCH_DEBOUNCE_MS = 350;
    /** The desktop's widths of the owner and "not contacted" fields (a phone's are the screen's). */
    private static final String OWNER_WIDTH = "16em";

    private static final String DAYS_WIDTH = "12em";

    private final TextField search = new TextField();
    private final MultiSelectComboBox<OwnerChoice> owner = new MultiSelectComboBox<>();
    private final MoreFilters more;
    private final MultiSelectComboBox<AccountBucket> buckets = new MultiSelectComboBox<>();
    private final IntegerField notContacted = new IntegerField();
    private final List<OwnerChoice> choices = new ArrayList<>();
    private final HorizontalLayout fields = new HorizontalLayout();
    /** A phone's fold for every filter but the search (hidden on a desktop). */
    private final Details onPhone = new Details();

    private AccountFilter filter = AccountFilter.ALL;
    private boolean ownerIsMe;
    private boolean showing;
    private final Long myId;

    /**
     * @param onChange called with the new filter and whether its owner is "me" when the user
     *                 changes a field
     */
    public AccountFilterBar(
            List<UserSummary> users,
            List<CustomFieldInfo> customFields,
            Long me,
            boolean withBuckets,
            SerializableBiConsumer<AccountFilter, Boolean> onChange) {
        this.myId = me;
        search.setPlaceholder(getTranslation("accounts.filter.search"));
        search.setAriaLabel(getTranslation("accounts.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(AccountUrlState.MAX_SEARCH_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DEBOUNCE_MS);
        search.addValueChangeListener(e -> changed(filter.withSearch(e.getValue()), ownerIsMe, onChange));

        choices.add(new OwnerChoice(me, getTranslation("accounts.filter.owner.me"), true));
        users.forEach(u -> choices.add(new OwnerChoice(u.id(), u.displayName(), false)));
        owner.setLabel(getTranslation("accounts.filter.owner"));
        owner.setPlaceholder(getTranslation("accounts.filter.owner.everyone"));
        owner.setItems(choices);
        owner.setItemLabelGenerator(OwnerChoice::label);
        owner.setClearButtonVisible(true);
        owner.setWidth(OWNER_WIDTH);
        owner.addValueChangeListener(e -> {
            Set<Long> ids = new LinkedHashSet<>();
            e.getValue().forEach(choice -> ids.add(choice.id()));
            if (ids.size() > AccountUrlState.MAX_OWNERS) {
                owner.setErrorMessage(getTranslation("accounts.filter.tooManyOwners", AccountUrlState.MAX_OWNERS));
                owner.setInvalid(true);
                return;
            }
            owner.setInvalid(false);
            changed(filter.withOwners(ids), e.getValue().stream().anyMatch(OwnerChoice::me), onChange);
        });

        buckets.setLabel(getTranslation("accounts.filter.buckets"));
        buckets.setItems(AccountBucket.values());
        buckets.setItemLabelGenerator(b -> getTranslation(b.messageKey()));
        buckets.setClearButtonVisible(true);
        buckets.setVisible(withBuckets);
        buckets.addValueChangeListener(e -> changed(filter.withBuckets(e.getValue()), ownerIsMe, onChange));

        notContacted.setLabel(getTranslation("accounts.filter.notContacted"));
        notContacted.setSuffixComponent(new Span(getTranslation("accounts.filter.days")));
        notContacted.setMin(1);
        notContacted.setMax(AccountUrlState.MAX_DAYS);
        notContacted.setClearButtonVisible(true);
        notContacted.setWidth(DAYS_WIDTH);
        notContacted.addValueChangeListener(e -> {
            Integer days = e.getValue();
            if (days != null && (days < 1 || days > AccountUrlState.MAX_DAYS)) {
                notContacted.setInvalid(true);
                notContacted.setErrorMessage(getTranslation("validation.outOfRange", 1, AccountUrlState.MAX_DAYS));
                return;
            }
            notContacted.setInvalid(false);
            changed(filter.withNotContactedDays(days), ownerIsMe, onChange);
        });

        more = new MoreFilters(customFields, () -> moreChanged(onChange));

        fields.add(search, owner, buckets, notContacted);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.getStyle().set("flex-wrap", "wrap");
        onPhone.addClassName("contas-phone-filters");
        onPhone.setVisible(false);
        VerticalLayout bar = getContent();
        bar.setPadding(false);
        bar.setSpacing(false);
        bar.add(fields, more, onPhone);
    }

    /**
     * A phone keeps the search in sight and folds the other filters under "Filters" (which says how
     * many are on), so that the list or the board starts on the first screen; a desktop shows them
     * all in a row.
     */
    public void phoneLayout(boolean phone) {
        if (phone == onPhone.isVisible()) {
            return;
        }
        if (phone) {
            VerticalLayout folded = new VerticalLayout(owner, buckets, notContacted, more);
            folded.setPadding(false);
            folded.setSpacing(false);
            owner.setWidthFull();
            buckets.setWidthFull();
            notContacted.setWidthFull();
            search.setWidthFull();
            onPhone.add(folded);
            onPhone.setVisible(true);
            showActiveCount();
        } else {
            onPhone.removeAll();
            onPhone.setVisible(false);
            owner.setWidth(OWNER_WIDTH);
            buckets.setWidth(null);
            notContacted.setWidth(DAYS_WIDTH);
            search.setWidth(null);
            fields.add(owner, buckets, notContacted);
            getContent().addComponentAtIndex(1, more);
        }
    }

    /** "Filters" on a phone, "Filters (2)" when two of the folded ones are on. */
    private void showActiveCount() {
        int on = (filter.ownerIds().isEmpty() ? 0 : 1)
                + (filter.buckets().isEmpty() ? 0 : 1)
                + (filter.notContactedDays() == null ? 0 : 1)
                + more.activeCount(filter);
        onPhone.setSummaryText(on == 0 ? getTranslation("phone.filters") : getTranslation("phone.filters.on", on));
    }

    private void moreChanged(SerializableBiConsumer<AccountFilter, Boolean> onChange) {
        more.applyTo(filter).ifPresent(f -> {
            more.summary(f);
            changed(f, ownerIsMe, onChange);
        });
    }

    private void changed(AccountFilter newFilter, boolean me, SerializableBiConsumer<AccountFilter, Boolean> onChange) {
        if (showing) {
            return;
        }
        filter = newFilter;
        ownerIsMe = me;
        if (onPhone.isVisible()) {
            showActiveCount();
        }
        onChange.accept(newFilter, me);
    }

    /** Puts a filter in the fields without reporting it back as a change. */
    public void show(AccountFilter newFilter, boolean me) {
        showing = true;
        try {
            filter = newFilter;
            ownerIsMe = me;
            search.setValue(newFilter.search() == null ? "" : newFilter.search());
            owner.setValue(choices.stream()
                    .filter(c -> c.me() ? me : newFilter.ownerIds().contains(c.id()) && !(me && c.id().equals(myId)))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            owner.setInvalid(false);
            buckets.setValue(newFilter.buckets());
            notContacted.setValue(newFilter.notContactedDays());
            notContacted.setInvalid(false);
            more.show(newFilter);
            if (onPhone.isVisible()) {
                showActiveCount();
            }
        } finally {
            showing = false;
        }
    }

    /** An entry of the owner filter: everyone (no id), me, or a user. */
    public record OwnerChoice(Long id, String label, boolean me) implements Serializable {}
}
