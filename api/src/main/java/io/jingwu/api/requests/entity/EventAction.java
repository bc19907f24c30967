package io.jingwu.api.requests.entity;

/** The kinds of move recorded in a request's event trail. */
public enum EventAction {
    SUBMITTED
}
