package io.jingwu.chatbot.dialog.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jingwu.api.requests.entity.TrackingNumber;

/** Finds a tracking number in what a citizen wrote ("帮我查一下 7K3M-9QXD-2HFA 到哪一步了"). */
public final class TrackingNumberMentions {

    /** Twelve symbols, possibly grouped by dashes or spaces, not glued to other letters or digits. */
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9A-Za-z])([0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{4}[- ]?[0-9A-Za-z]{4})(?![0-9A-Za-z])");

    private TrackingNumberMentions() {
    }

    /** The first candidate whose check symbol matches; anything else is not a tracking number. */
    public static Optional<TrackingNumber> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            Optional<TrackingNumber> number = TrackingNumber.parse(matcher.group(1));
            if (number.isPresent()) {
                return number;
            }
        }
        return Optional.empty();
    }

    /** Something shaped like a tracking number, even with a wrong check symbol: worth answering "not found". */
    public static Optional<String> candidate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            String symbols = matcher.group(1);
            if (symbols.chars().anyMatch(Character::isDigit) && symbols.chars().anyMatch(Character::isLetter)) {
                return Optional.of(symbols.toUpperCase());
            }
        }
        return Optional.empty();
    }
}
