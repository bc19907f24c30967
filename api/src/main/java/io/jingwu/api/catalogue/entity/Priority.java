package io.jingwu.api.catalogue.entity;

/** Declared from least to most pressing. */
public enum Priority {
    NORMAL, HIGH, URGENT
}
