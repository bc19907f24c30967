package io.jingwu.api.requests.entity;

/** Where a request came in. */
public enum Channel {
    PORTAL, KIOSK, WECHAT, WEBCHAT, PHONE, OPEN311, API
}
