-- One taxonomy of scams: the fraud report's scamKind choices become the nine kinds the anti-fraud text model and the
-- checks name (io.jingwu.api.fraud.scams.entity.ScamKind). Choices that meant the same keep their rows under the new
-- value; romance joins investment (杀猪盘 leads from one to the other); three kinds are new. Answers stored with the
-- old values are rewritten at the next start (ScamKindAnswers), since answers are encrypted.
SET @field = (SELECT f.id FROM service_fields f JOIN services s ON s.id = f.service_id
              WHERE s.type = 'FRAUD_REPORT' AND s.category = 'money-lost' AND f.code = 'scamKind');

DELETE FROM field_choices WHERE field_id = @field AND value = 'romance';
UPDATE field_choices SET value = 'loan-credit', position = 2 WHERE field_id = @field AND value = 'loan';
UPDATE field_choices SET value = 'brushing-jobs', position = 4 WHERE field_id = @field AND value = 'task-rebate';
UPDATE field_choices SET value = 'investment-romance', position = 5 WHERE field_id = @field AND value = 'investment';
UPDATE field_choices SET value = 'other-scam', position = 8 WHERE field_id = @field AND value = 'other';

UPDATE choice_texts t JOIN field_choices c ON c.id = t.choice_id SET t.label = CASE t.lang
        WHEN 'zh' THEN '贷款、代办信用卡' WHEN 'en' THEN 'Loans or credit cards' ELSE t.label END
    WHERE c.field_id = @field AND c.value = 'loan-credit';
UPDATE choice_texts t JOIN field_choices c ON c.id = t.choice_id SET t.label = CASE t.lang
        WHEN 'zh' THEN '刷单返利' WHEN 'en' THEN 'Paid clicks or orders with rebates' ELSE t.label END
    WHERE c.field_id = @field AND c.value = 'brushing-jobs';
UPDATE choice_texts t JOIN field_choices c ON c.id = t.choice_id SET t.label = CASE t.lang
        WHEN 'zh' THEN '杀猪盘、虚假投资理财' WHEN 'en' THEN 'Fake investment or online romance' ELSE t.label END
    WHERE c.field_id = @field AND c.value = 'investment-romance';
UPDATE choice_texts t JOIN field_choices c ON c.id = t.choice_id SET t.label = CASE t.lang
        WHEN 'zh' THEN '其他诈骗' WHEN 'en' THEN 'Another kind of scam' ELSE t.label END
    WHERE c.field_id = @field AND c.value = 'other-scam';
UPDATE choice_texts t JOIN field_choices c ON c.id = t.choice_id SET t.label = CASE t.lang
        WHEN 'zh' THEN '冒充客服退款' WHEN 'en' THEN 'Fake customer service offering a refund' ELSE t.label END
    WHERE c.field_id = @field AND c.value = 'fake-customer-service';

INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'impersonating-acquaintance', 3);
SET @choice = LAST_INSERT_ID();
INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '冒充领导、熟人'), (@choice, 'en', 'Someone posing as your boss or an acquaintance');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'fake-relative', 6);
SET @choice = LAST_INSERT_ID();
INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '谎称亲人出事'), (@choice, 'en', 'A relative said to be in trouble');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'game-trading', 7);
SET @choice = LAST_INSERT_ID();
INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '虚假游戏交易'), (@choice, 'en', 'A game account or item trade');

CREATE TABLE data_fixes (
    name    VARCHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
    done_at DATETIME(3) NULL
) ENGINE = InnoDB;
INSERT INTO data_fixes (name, done_at) VALUES ('scam-kinds-in-answers', NULL);

UPDATE reference_revisions SET revision = revision + 1 WHERE name = 'service-catalogue';
