-- Routing as data: (request type, category, division prefix) -> unit. The empty string means "any", so that the
-- unique key also refuses a rule that ties with another one (same specificity, overlapping requests).
-- The most specific rule wins: longest division prefix, then a named category, then a named type.

CREATE TABLE routing_rules (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    request_type    VARCHAR(32) NOT NULL DEFAULT '',
    category        VARCHAR(64) NOT NULL DEFAULT '',
    division_prefix VARCHAR(9)  NOT NULL DEFAULT '',
    unit_id         BIGINT      NOT NULL,
    created_at      DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY routing_rules_scope (request_type, category, division_prefix),
    CONSTRAINT routing_rules_unit FOREIGN KEY (unit_id) REFERENCES units (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE requests ADD COLUMN routing_rule_id BIGINT NULL AFTER unit_id,
    ADD CONSTRAINT requests_routing_rule FOREIGN KEY (routing_rule_id) REFERENCES routing_rules (id);

-- Whatever no rule below covers goes to the national duty desk.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT '', '', '', id FROM units WHERE code = 'NATIONAL-DUTY';

-- Disputes (双非警情) go to the livelihood service teams and mediators, not to police stations.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', '', '330502100', id FROM units WHERE code = 'HUZ-ZL-LIVELIHOOD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', '', '330502', id FROM units WHERE code = 'HUZ-WX-LIVELIHOOD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', 'family', '330502', id FROM units WHERE code = 'HUZ-WX-VETERANS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', 'neighbours', '330502', id FROM units WHERE code = 'HUZ-WX-VETERANS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', '', '330109', id FROM units WHERE code = 'HGH-XS-LIVELIHOOD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', '', '330402', id FROM units WHERE code = 'JIX-NH-LIVELIHOOD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DISPUTE', '', '330327', id FROM units WHERE code = 'CNG-XIANGXIAN';

-- Fraud reports: the city's anti-fraud centre, in minutes.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'FRAUD_REPORT', '', '3305', id FROM units WHERE code = 'HUZ-ANTIFRAUD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'FRAUD_REPORT', '', '3301', id FROM units WHERE code = 'HGH-ANTIFRAUD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'FRAUD_REPORT', '', '3304', id FROM units WHERE code = 'JIX-ANTIFRAUD';

-- Non-emergency incidents: the police station of the place; wildlife to the ecological police.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330502100', id FROM units WHERE code = 'HUZ-ZL-ZHINAN-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', 'wildlife-trapping', '3305', id FROM units WHERE code = 'HUZ-ECO-POLICE';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330523', id FROM units WHERE code = 'HUZ-ECO-POLICE';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330109001', id FROM units WHERE code = 'HGH-XS-CHENGXIANG-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330402', id FROM units WHERE code = 'JIX-NH-QIYI-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330327100', id FROM units WHERE code = 'CNG-LINGXI-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330327103', id FROM units WHERE code = 'CNG-YISHAN-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330327107', id FROM units WHERE code = 'CNG-JINXIANG-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330327112', id FROM units WHERE code = 'CNG-ZAOXI-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'INCIDENT', '', '330327122', id FROM units WHERE code = 'CNG-WANGLI-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'CONSULTATION', '', '330502100', id FROM units WHERE code = 'HUZ-ZL-ZHINAN-PS';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'CONSULTATION', '', '330327100', id FROM units WHERE code = 'CNG-LINGXI-PS';

-- Documents: the household and ID-card office; students of the campus at its service station; passports at exit-entry.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', '', '330502', id FROM units WHERE code = 'HUZ-WX-HOUSEHOLD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', '', '330502006', id FROM units WHERE code = 'HUZ-CAMPUS-ZJHU';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', '', '330109', id FROM units WHERE code = 'HGH-XS-HOUSEHOLD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', '', '330327', id FROM units WHERE code = 'CNG-HOUSEHOLD';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', 'passport', '3305', id FROM units WHERE code = 'HUZ-EXIT-ENTRY';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'DOCUMENT_REISSUE', 'passport', '3301', id FROM units WHERE code = 'HGH-EXIT-ENTRY';

-- Identity verification exceptions (foreign residents' e境通 included): exit-entry administration.
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', '', '3305', id FROM units WHERE code = 'HUZ-EXIT-ENTRY';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', '', '3301', id FROM units WHERE code = 'HGH-EXIT-ENTRY';
INSERT INTO routing_rules (request_type, category, division_prefix, unit_id) SELECT 'IDENTITY_EXCEPTION', '', '3304', id FROM units WHERE code = 'JIX-EXIT-ENTRY';
