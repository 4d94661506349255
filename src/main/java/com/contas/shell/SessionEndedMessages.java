package com.contas.shell;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a tab shows when the server no longer knows its session: the instance it was on stopped or
 * died (the balancer sends the next request to another), or the session timed out. In the user's
 * language, it says what is safe (what was saved) and what is not (what was being typed), and a
 * click or Esc reloads the page, which asks to sign in and then returns to it. Vaadin's own
 * wording ("Session Expired. Take note of any unsaved data…") exists only in English.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
    }

    static CustomizedSystemMessages messages(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(I18NProvider.translate(language, "session.ended.caption"));
        messages.setSessionExpiredMessage(I18NProvider.translate(language, "session.ended.message"));
        messages.setSessionExpiredNotificationEnabled(true);
        return messages;
    }
}
