package io.jingwu.portal.i18n.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Names of request types, statuses, moves and repeat kinds, and times, as the API words them: the pages never define
 * them again.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    /** Citizens and clerks read times in China Standard Time. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);

    /** As a label stands alone: the API words it for the middle of a sentence ("your dispute request"). */
    public String type(Enum<?> type, Language language) {
        String text = Messages.text(language, "type." + type.name());
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }

    public String status(Enum<?> status, Language language) {
        return Messages.text(language, "status." + status.name());
    }

    /** A move of the lifecycle by its {@code EventAction} name, as the timeline and the buttons name it. */
    public String action(String action, Language language) {
        return Messages.text(language, "action." + action);
    }

    /** Why a request is marked as a repeat: 一人多警, 一地多警 or 重复报警. */
    public String repeatKind(Enum<?> kind, Language language) {
        return Messages.text(language, "repeats.kind." + kind.name());
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A moment as the language writes it ("December 4, 2026, 3:55 PM", "2026年12月4日 下午3:55"), in China time. */
    public String dateTime(Instant instant, Language language) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(Clocks.CHINA).format(instant);
    }

    /** The time of day alone, as the language writes it, in China time: for moments minutes away. */
    public String clockTime(Instant instant, Language language) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(Clocks.CHINA).format(instant);
    }
}
