package io.jingwu.api.fraud.links.entity;

import java.util.Objects;

/** One thing found about a link; {@link LinkFindingCode} says what its detail holds. */
public record LinkFinding(LinkFindingCode code, String detail) {

    public LinkFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public LinkSeverity severity() {
        return code.severity();
    }
}
