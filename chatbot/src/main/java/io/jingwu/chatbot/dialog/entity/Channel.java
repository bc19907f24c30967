package io.jingwu.chatbot.dialog.entity;

/** Where a conversation takes place; stored by its code. */
public enum Channel {
    WEBCHAT("webchat"),
    WECHAT("wechat");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
