package io.jingwu.api.institutions.entity;

/** What kind of relying institution checks verifications: the administrators' lists group them by it. */
public enum InstitutionKind {
    BANK,
    HOTEL,
    PUBLIC_OFFICE,
    OTHER
}
