package io.jingwu.portal.workbench.boundary;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The time left on a stage as a clerk reads it at a glance: the two largest units, rounded down (days and hours,
 * hours and minutes, or minutes), in the words of the page's bundle ({@code queue.countdown.*}).
 */
public final class SlaCountdown {

    private SlaCountdown() {
    }

    /** @param seconds the time left, or overdue (the sign is ignored: the caller words which it is) */
    public static String text(long seconds, ResourceBundle texts) {
        long total = Math.abs(seconds);
        long days = total / 86_400;
        long hours = total % 86_400 / 3_600;
        long minutes = total % 3_600 / 60;
        if (days > 0) {
            return MessageFormat.format(texts.getString("queue.countdown.days"), days, hours);
        }
        if (hours > 0) {
            return MessageFormat.format(texts.getString("queue.countdown.hours"), hours, minutes);
        }
        if (minutes > 0) {
            return MessageFormat.format(texts.getString("queue.countdown.minutes"), minutes);
        }
        return texts.getString("queue.countdown.underMinute");
    }
}
