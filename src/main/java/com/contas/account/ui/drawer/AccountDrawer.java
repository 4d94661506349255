package com.contas.account.ui.drawer;

import com.contas.account.AccountBucket;
import com.contas.account.AccountDetails;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.common.Option;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailScope;
import com.contas.detail.ui.DetailSection;
import com.contas.detail.ui.DetailSections;
import com.contas.detail.ui.DetailTabs;
import com.contas.detail.ui.Facts;
import com.contas.detail.ui.SectionContext;
import com.contas.detail.ui.Viewer;
import com.contas.live.AccountChange;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * Everything about one account in a panel at the side of the list or the board: a header with
 * its numbers, and tabs for activities, notes, files, deals, people, the organization's fields and
 * the history. Opening it reads the header and the first tab only; the other tabs read when shown.
 * Every change here is written through the features' services and announced with an
 * {@link AccountChangedEvent} so the view behind refreshes its numbers.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AccountDrawer extends Div implements SectionContext {

    private final transient AccountQueries accounts;
    private final transient DetailSections registry;
    private final Viewer viewer;

    private final H2 title = new H2();
    private final Facts facts = new Facts();
    private final Div body = new Div();
    private final Button close = new Button(VaadinIcon.CLOSE.create());
    /** The organization's own page, where everything stays reachable when it stops being an account. */
    private final Anchor page = new Anchor();

    private DetailTabs tabs;
    private Long organizationId;
    private AccountDetails details;
    private DetailQueries.SectionCounts lastCounts;

    AccountDrawer(
            AccountQueries accounts,
            DetailSections registry,
            UserService userService,
            CurrentUser currentUser,
            SettingsService settings) {
        this.accounts = accounts;
        this.registry = registry;
        this.viewer = new Viewer(
                userService,
                currentUser,
                settings,
                getLocale(),
                accounts.calendar().today());

        addClassName("contas-drawer");
        getElement().setAttribute("role", "dialog");
        getElement().setAttribute("aria-labelledby", "contas-drawer-title");
        title.setId("contas-drawer-title");
        title.addClassName("contas-drawer-title");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("drawer.close"));
        close.setTooltipText(getTranslation("drawer.close"));
        close.addClickListener(e -> requestClose());
        page.add(VaadinIcon.EXTERNAL_LINK.create());
        page.addClassName("contas-drawer-page-link");
        Div top = new Div(title, page, close);
        top.addClassName("contas-drawer-top");
        body.addClassName("contas-drawer-body");
        add(top, body);
        Shortcuts.addShortcutListener(this, this::requestClose, Key.ESCAPE).listenOn(this);

        setVisible(false);
    }

    /**
     * The tabs and their forms are made when the drawer first opens: a list or board whose user
     * never opens an account does not carry them.
     */
    private void buildTabs() {
        if (tabs == null) {
            tabs = new DetailTabs(registry, this, DetailScope.Kind.ORGANIZATION);
        }
    }

    /**
     * Shows the account, or a friendly message when the id names no account (unknown, deleted, or
     * an organization without a won deal).
     *
     * @return whether it is an account
     */
    public boolean open(long id) {
        setVisible(true);
        if (organizationId != null && organizationId == id && details != null) {
            close.focus();
            return true;
        }
        organizationId = id;
        Optional<AccountDetails> found = accounts.details(id);
        body.removeAll();
        if (found.isEmpty()) {
            details = null;
            organizationId = null;
            title.setText(getTranslation("account.notFound.title"));
            body.add(new Paragraph(getTranslation("account.notFound.text")));
            close.focus();
            return false;
        }
        details = found.get();
        buildTabs();
        showHeader();
        body.add(facts, tabs);
        lastCounts = registry.counts(DetailScope.organization(organizationId));
        tabs.showFirst(lastCounts);
        close.focus();
        return true;
    }

    /** Hides the drawer (the view decides the URL). */
    public void hide() {
        setVisible(false);
        if (tabs != null) {
            tabs.stopShowing();
        }
        organizationId = null;
        details = null;
    }

    public Optional<Long> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    private void requestClose() {
        fireEvent(new CloseRequestedEvent(this));
    }

    private void showHeader() {
        AccountRow row = details.row();
        title.setText(row.name());
        page.setHref("organizations/" + row.id());
        page.setTitle(getTranslation("drawer.organizationPage", row.name()));
        page.getElement().setAttribute("aria-label", getTranslation("drawer.organizationPage", row.name()));
        facts.removeAll();
        facts.fact("accounts.column.owner", row.ownerName());
        facts.fact("accounts.column.since", format().date(row.accountSince()));
        facts.fact("drawer.won", getTranslation("drawer.wonValue", format().money(row.wonValue()), row.wonCount()));
        facts.fact("drawer.open", getTranslation("drawer.openValue", format().money(row.openValue()), row.openCount()));
        facts.fact(
                "accounts.column.next",
                row.nextActivity() == null
                        ? getTranslation("accounts.next.none")
                        : getTranslation("activity.type." + row.nextActivity().type()) + " · "
                                + row.nextActivity().subject()
                                + " · " + format().date(row.nextActivity().dueDate())
                                + (row.nextActivity().dueTime() == null
                                        ? ""
                                        : " " + format().time(row.nextActivity().dueTime())));
        long currencies = details.perCurrency().stream()
                .map(AccountDetails.CurrencyTotal::currency)
                .distinct()
                .count();
        if (currencies > 1) {
            facts.add(CurrencyTable.of(this, details.perCurrency(), format()));
        }
        if (row.nextActivity() != null && row.bucket() == AccountBucket.OVERDUE) {
            facts.addClassName("overdue");
        } else {
            facts.removeClassName("overdue");
        }
    }

    /** The tab labels with how many items each holds (one statement). */
    private void showCounts() {
        lastCounts = registry.counts(DetailScope.organization(organizationId));
        tabs.showCounts(lastCounts);
    }

    /** The counts read when the header was last drawn (saves the sections a count query). */
    @Override
    public DetailQueries.SectionCounts counts() {
        return lastCounts;
    }

    /**
     * A section wrote something: the header and counts are read again, the section shows the new
     * state, the sections that show the same things (history, activities) reload when next shown,
     * and the view behind is told. If the account stopped being one (its last won deal deleted),
     * the drawer says so.
     */
    @Override
    public void changed(DetailSection source) {
        long id = organizationId;
        if (reread()) {
            tabs.changed();
        }
        fireEvent(new AccountChangedEvent(this, id));
    }

    /**
     * Reads the header and the counts again.
     *
     * @return false when the account stopped being one (its last won deal gone): the drawer says so
     */
    private boolean reread() {
        long id = organizationId;
        Optional<AccountDetails> found = accounts.details(id);
        if (found.isEmpty()) {
            organizationId = null;
            details = null;
            open(id);
            return false;
        }
        details = found.get();
        showHeader();
        showCounts();
        return true;
    }

    /**
     * Someone else changed accounts: if this one is among them, the header and counts are read
     * again and the sections reload, except one where the user is typing, which says so instead.
     */
    public void externalChange(AccountChange change) {
        if (organizationId == null || !change.concerns(organizationId) || !reread()) {
            return;
        }
        tabs.changedElsewhere(change.actorName() == null ? getTranslation("live.someone") : change.actorName());
    }

    @Override
    public DetailScope scope() {
        return DetailScope.organization(organizationId);
    }

    @Override
    public String name() {
        return details.row().name();
    }

    @Override
    public Option organizationOption() {
        return new Option(organizationId, name());
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    public Registration addAccountChangedListener(ComponentEventListener<AccountChangedEvent> listener) {
        return addListener(AccountChangedEvent.class, listener);
    }

    public Registration addCloseRequestedListener(ComponentEventListener<CloseRequestedEvent> listener) {
        return addListener(CloseRequestedEvent.class, listener);
    }

    /** Something of the account changed through the drawer. */
    public static class AccountChangedEvent extends ComponentEvent<AccountDrawer> {

        private final long organizationId;

        AccountChangedEvent(AccountDrawer source, long organizationId) {
            super(source, false);
            this.organizationId = organizationId;
        }

        public long getOrganizationId() {
            return organizationId;
        }
    }

    /** The user asked to close the drawer (close button or Esc). */
    public static class CloseRequestedEvent extends ComponentEvent<AccountDrawer> {

        CloseRequestedEvent(AccountDrawer source) {
            super(source, false);
        }
    }
}
