package com.contas.live.ui;

import com.contas.live.AccountChange;
import com.contas.live.LiveUpdates;
import com.contas.live.NoticeArg;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a screen live: while it is attached, changes other screens commit are handed to it (its
 * own are not, it has redrawn already), and the user is told discreetly who changed what.
 */
public final class LiveScreen {

    public static final int NOTICE_MILLIS = 4000;

    private LiveScreen() {}

    public static void follow(Component view, LiveUpdates live, SerializableConsumer<AccountChange> onChange) {
        Registration[] subscription = new Registration[1];
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            if (subscription[0] != null) {
                subscription[0].remove();
            }
            String me = ui.getSession().getPushId() + "/" + ui.getUIId();
            subscription[0] = live.subscribe(ui, change -> {
                if (!me.equals(change.origin())) {
                    onChange.accept(change);
                }
            });
        });
        view.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }

    /** "Ana moved Acme to Next week", for a few seconds at the bottom. */
    public static void tell(Component view, AccountChange change) {
        Notification notice = new Notification(sentence(view, change), NOTICE_MILLIS, Notification.Position.BOTTOM_END);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.addClassName("contas-live-notice");
        notice.open();
    }

    public static String sentence(Component view, AccountChange change) {
        List<Object> args = new ArrayList<>();
        args.add(change.actorName() == null ? view.getTranslation("live.someone") : change.actorName());
        for (NoticeArg arg : change.args()) {
            args.add(arg.translated() ? view.getTranslation(arg.value()) : arg.value());
        }
        return view.getTranslation(change.messageKey(), args.toArray());
    }
}
