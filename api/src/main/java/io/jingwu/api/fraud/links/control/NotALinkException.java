package io.jingwu.api.fraud.links.control;

/** The text is no link or domain of any shape a browser would open. */
public class NotALinkException extends RuntimeException {

    public enum Reason {
        /** Nothing but blanks and punctuation. */
        EMPTY,
        /** A scheme other than http and https ({@code mailto:}, {@code javascript:}, {@code ftp://}). */
        UNSUPPORTED_SCHEME,
        /** An e-mail address: a phone opens it as mail, not as a page. */
        EMAIL_ADDRESS,
        /** No host, or one with characters no host name has (spaces, punctuation, empty labels). */
        INVALID_HOST,
        /** An international name that is not valid under IDNA (UTS #46): bad punycode, a label not in NFC, a
         * label starting with a combining mark, broken bidi rules. */
        INVALID_IDN,
        /** An IP address that does not parse. */
        INVALID_IP,
        /** The host ends in no top-level domain of the public suffix list ({@code readme.txt}, {@code localhost}). */
        UNKNOWN_SUFFIX,
        /** A port that is not a number from 0 to 65535. */
        INVALID_PORT
    }

    private final Reason reason;

    public NotALinkException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
