package io.jingwu.api.requests.entity;

/** Declared from least to most pressing. */
public enum Priority {
    NORMAL, HIGH, URGENT
}
