package io.jingwu.api.fraud.links.entity;

/** What was found about a link, each with its weight; a finding's detail is described on each code. */
public enum LinkFindingCode {
    /**
     * The host has a label a browser would show as punycode rather than trust its letters: mixed scripts, letters of
     * one script that all look Latin, digit lookalikes, odd combining marks. Detail: the reason, one of
     * {@code mixed-scripts} (or a character not allowed in names), {@code repeated-mark},
     * {@code whole-script-confusable}, {@code digit-lookalike}, {@code latin-accent-mixed},
     * {@code dangerous-pattern}, {@code tld-specific-character}, {@code middle-dot}.
     */
    SPOOFED_IDN(LinkSeverity.DANGER),
    /** The registrable domain looks like a protected one without being it. Detail: the protected domain. */
    LOOKALIKE_DOMAIN(LinkSeverity.DANGER),
    /**
     * A protected organisation's name or hotline stands inside a domain that is not the organisation's
     * ({@code icbc.com.cn.verify-login.top}, {@code icbc-vip.cc}, {@code 95588-help.com}). Detail: the protected
     * domain whose name was used.
     */
    PROTECTED_NAME_ELSEWHERE(LinkSeverity.DANGER),
    /**
     * The text before an {@code @} in the address poses as the host ({@code http://icbc.com.cn@evil.cc}). Detail:
     * that text.
     */
    USERINFO_TRICK(LinkSeverity.DANGER),
    /** A link shortener hides where the link leads. Detail: the shortener's domain. */
    SHORTENER(LinkSeverity.CAUTION),
    /** The host is a bare IP address, which no bank or office sends. Detail: the address. */
    IP_HOST(LinkSeverity.CAUTION),
    /** An explicit port other than the scheme's own. Detail: the port. */
    UNUSUAL_PORT(LinkSeverity.CAUTION),
    /** A top-level domain with a high share of phishing domains. Detail: the top-level domain. */
    RISKY_TLD(LinkSeverity.CAUTION),
    /** The host is a protected organisation's official domain or one of its subdomains. Detail: that domain. */
    PROTECTED_DOMAIN(LinkSeverity.REASSURING);

    private final LinkSeverity severity;

    LinkFindingCode(LinkSeverity severity) {
        this.severity = severity;
    }

    public LinkSeverity severity() {
        return severity;
    }
}
