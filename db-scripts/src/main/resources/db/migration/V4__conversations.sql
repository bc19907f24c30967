-- Chat conversations, shared by every application instance: whichever instance receives a
-- message continues the conversation from here. Only the state of the dialog is kept, never
-- the text a citizen wrote (it may hold personal data).

CREATE TABLE conversations (
    id            CHAR(36)    NOT NULL,           -- random UUID, handed to the client
    channel       VARCHAR(16) NOT NULL,           -- webchat, wechat
    lang          VARCHAR(8)  NOT NULL,           -- zh, en: the language of the latest message
    last_intent   VARCHAR(32) NULL,
    turns         INT         NOT NULL DEFAULT 0,
    handed_off_at DATETIME(3) NULL,               -- when the citizen first asked for a person (UTC)
    created_at    DATETIME(3) NOT NULL,           -- UTC
    updated_at    DATETIME(3) NOT NULL,           -- UTC
    PRIMARY KEY (id),
    KEY conversations_handed_off (handed_off_at),
    KEY conversations_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
