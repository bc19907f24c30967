package io.jingwu.api.fraud.links.entity;

/** What kind of organisation a protected domain belongs to. */
public enum ProtectedDomainKind {
    BANK, PAYMENT, GOVERNMENT, POLICE, SHOPPING, TELECOM
}
