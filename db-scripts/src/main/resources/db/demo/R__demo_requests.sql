-- Demo data for the embedded default only (this location is enabled by the launcher, never in production).
-- Synthetic people: every name starts with 演示 / Demo and the phones are unassigned test numbers.
-- A repeatable migration with INSERT IGNORE, so it can run again whenever it changes. Personal data is written
-- plain here and encrypted by the application as it starts (PlaintextRequests), which also fills the phone hash.

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT 'M9S346Q3D25J', 'DISPUTE', 'general', 'SUBMITTED', 'NORMAL', 'PORTAL', 'zh', id, id, '330502100', '演示数据：按辖区派至该单位。', '童装加工厂老板拖欠三名工人两个月工资，约一万八千元。', '织里镇大河路 12 号', '演示·王师傅', '+8613800000001', '{}',
       '2026-11-20 08:15:00', '2026-11-20 08:15:00', '2026-11-20 08:15:00', TIMESTAMP '2026-11-20 08:15:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'DISPUTE' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'HUZ-ZL-LIVELIHOOD';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = 'M9S346Q3D25J' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT 'VT4F5V37E3SM', 'DISPUTE', 'general', 'SUBMITTED', 'NORMAL', 'WECHAT', 'zh', id, id, '330327100', '演示数据：按辖区派至该单位。', '与邻居因宅基地边界的围墙发生争执，希望有人调解。', '灵溪镇中兴社区', '演示·林阿姨', '+8613800000002', '{}',
       '2026-11-20 10:02:00', '2026-11-20 10:02:00', '2026-11-20 10:02:00', TIMESTAMP '2026-11-20 10:02:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'DISPUTE' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'CNG-XIANGXIAN';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = 'VT4F5V37E3SM' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT '3E28JT97KB6A', 'FRAUD_REPORT', 'general', 'SUBMITTED', 'NORMAL', 'API', 'zh', id, id, '330109001', '演示数据：按辖区派至该单位。', '接到自称外省刑侦大队民警的电话，说我涉嫌洗钱，要求转账到安全账户。', '萧山区城厢街道', '演示·尧女士', '+8613800000003', '{}',
       '2026-11-21 14:40:00', '2026-11-21 14:40:00', '2026-11-21 14:40:00', TIMESTAMP '2026-11-21 14:40:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'FRAUD_REPORT' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'HGH-ANTIFRAUD';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = '3E28JT97KB6A' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT 'CQ643DZVMXXK', 'DOCUMENT_REISSUE', 'general', 'SUBMITTED', 'NORMAL', 'KIOSK', 'zh', id, id, '330502006', '演示数据：按辖区派至该单位。', '在学校附近丢失身份证，需要补办。', '凤凰街道', '演示·张同学', '+8613800000004', '{}',
       '2026-11-21 16:20:00', '2026-11-21 16:20:00', '2026-11-21 16:20:00', TIMESTAMP '2026-11-21 16:20:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'DOCUMENT_REISSUE' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'HUZ-WX-HOUSEHOLD';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = 'CQ643DZVMXXK' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT 'QKFBF5KZNWJ0', 'INCIDENT', 'general', 'SUBMITTED', 'NORMAL', 'PORTAL', 'en', id, id, '330523', 'Demo data: routed to this unit by jurisdiction.', '山上发现有人下铁夹捕猎野生动物。', '安吉县天荒坪镇', 'Demo · Li Wei', '+8613800000005', '{}',
       '2026-11-22 09:05:00', '2026-11-22 09:05:00', '2026-11-22 09:05:00', TIMESTAMP '2026-11-22 09:05:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'INCIDENT' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'HUZ-ECO-POLICE';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = 'QKFBF5KZNWJ0' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT '47TAN9ZT24MM', 'DISPUTE', 'general', 'SUBMITTED', 'NORMAL', 'PORTAL', 'en', id, id, '330402', 'Demo data: routed to this unit by jurisdiction.', 'The landlord refuses to return my 3,000 yuan deposit.', '南湖区解放街道', 'Demo · Anna Smith', '+8613800000006', '{}',
       '2026-11-22 11:30:00', '2026-11-22 11:30:00', '2026-11-22 11:30:00', TIMESTAMP '2026-11-22 11:30:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'DISPUTE' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'JIX-NH-LIVELIHOOD';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = '47TAN9ZT24MM' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);

INSERT IGNORE INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id, routed_unit_id, division_code,
    routing_reason, description, address, contact_name, contact_phone, answers, created_at, updated_at, queued_at, accept_due_at)
SELECT 'NPZX45HY43K3', 'CONSULTATION', 'general', 'SUBMITTED', 'NORMAL', 'WEBCHAT', 'zh', id, id, '330327122', '演示数据：按辖区派至该单位。', '想咨询办理无犯罪记录证明需要带什么材料。', '望里镇', '演示·陈先生', '+8613800000007', '{}',
       '2026-11-23 07:50:00', '2026-11-23 07:50:00', '2026-11-23 07:50:00', TIMESTAMP '2026-11-23 07:50:00' + INTERVAL (SELECT p.accept_minutes FROM sla_policies p WHERE p.type = 'CONSULTATION' AND p.category IS NULL AND p.priority IS NULL) MINUTE FROM units WHERE code = 'CNG-WANGLI-PS';
INSERT INTO request_events (request_id, action, from_status, to_status, actor, note, visibility, to_unit_id, occurred_at)
SELECT r.id, 'SUBMITTED', NULL, 'SUBMITTED', 'citizen', NULL, 'PUBLIC', r.unit_id, r.created_at FROM requests r
WHERE r.tracking_number = 'NPZX45HY43K3' AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id);
