-- Staff accounts (clerks, supervisors, administrators), their roles and the units whose queues they work.
-- Sign-in lockout state lives here, not in one instance's memory, so that every instance of a cluster counts
-- the same failed attempts.

CREATE TABLE staff_users (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    -- Jakarta Security's Pbkdf2PasswordHash format: algorithm:iterations:salt:hash (never the password itself)
    password_hash       VARCHAR(255) NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    -- consecutive failed sign-ins since the last success or the last lock
    failed_attempts     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3)  NULL,
    last_sign_in_at     DATETIME(3)  NULL,
    password_changed_at DATETIME(3)  NOT NULL,
    -- carried by every token issued; a password reset raises it, so earlier tokens stop working everywhere
    token_generation    INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY staff_users_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE staff_user_roles (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    KEY staff_user_roles_role (role),
    CONSTRAINT staff_user_roles_user FOREIGN KEY (user_id) REFERENCES staff_users (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE staff_user_units (
    user_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, unit_id),
    KEY staff_user_units_unit (unit_id),
    CONSTRAINT staff_user_units_user FOREIGN KEY (user_id) REFERENCES staff_users (id),
    CONSTRAINT staff_user_units_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
