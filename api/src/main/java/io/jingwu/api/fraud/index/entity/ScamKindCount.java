package io.jingwu.api.fraud.index.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;

/** How many fraud reports of a window named this kind of scam. */
public record ScamKindCount(ScamKind kind, int reports) {
}
