package io.jingwu.portal.settings.boundary;

import io.jingwu.api.notifications.boundary.OutboxMessageView;
import io.jingwu.api.notifications.boundary.SmsOutbox;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.portal.forms.boundary.FieldMessages;
import io.jingwu.portal.i18n.boundary.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code settings/outbox.xhtml}: the newest text messages to citizens, optionally to one phone, as the admin REST
 * API shows them (phones masked; the texts only while no SMS provider is connected, one-time codes masked).
 */
@Named("outboxPage")
@ViewScoped
public class OutboxPage implements Serializable {

    static final int SHOWN = 50;

    @Inject
    SmsOutbox outbox;

    @Inject
    LanguageSelection language;

    private String phone;
    private transient List<OutboxMessageView> messages;

    /** Reads the messages again, for the phone given (all when none). */
    public void filter() {
        try {
            messages = outbox.newest(phone, SHOWN);
        } catch (InvalidInputException e) {
            messages = List.of();
            FieldMessages.show(e, Map.of("phone", "outbox:phone"), language.current());
        }
    }

    public List<OutboxMessageView> getMessages() {
        if (messages == null) {
            filter();
        }
        return messages;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
