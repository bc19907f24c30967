-- Evidence images of a request (at most five each), kept in the database so that every instance reaches them
-- without a shared disk. The content is the image after its metadata was stripped, encrypted (AES-GCM: version
-- byte, IV, ciphertext and tag); sha256 is of the stored image before encryption, to recognise it again.

CREATE TABLE attachments (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    media_type  VARCHAR(32)  NOT NULL,
    size_bytes  INT          NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY attachments_request (request_id, id),
    CONSTRAINT attachments_request FOREIGN KEY (request_id) REFERENCES requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
