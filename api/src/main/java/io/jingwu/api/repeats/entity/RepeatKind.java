package io.jingwu.api.repeats.entity;

/** Why two requests are linked as repeats; also the kind of fingerprint that matched. */
public enum RepeatKind {
    /** 一人多警: the same contact phone. */
    SAME_PHONE,
    /** 一地多警: the same address in the same division. */
    SAME_PLACE,
    /** 重复报警: a near-identical description, in a request of the same type. */
    SIMILAR_TEXT
}
