-- Units that own a queue, as described in the seed articles (Huzhou, Hangzhou, Jiaxing, Cangnan),
-- plus the national duty desk that takes whatever no local unit serves.

INSERT INTO units (code, name_zh, name_en, kind) VALUES
('NATIONAL-DUTY',        '警务服务值班受理台',                 'Police service duty desk',                                  'DUTY_DESK'),
-- Huzhou 湖州 (3305)
('HUZ-ANTIFRAUD',        '湖州市公安局反诈中心',               'Huzhou Public Security Bureau anti-fraud centre',           'ANTI_FRAUD_CENTRE'),
('HUZ-EXIT-ENTRY',       '湖州市公安局出入境管理支队',         'Huzhou exit-entry administration',                          'EXIT_ENTRY'),
('HUZ-WX-HOUSEHOLD',     '湖州市公安局吴兴分局户政服务中心',   'Wuxing household and ID-card office, Huzhou',               'HOUSEHOLD_OFFICE'),
('HUZ-ZL-ZHINAN-PS',     '湖州市公安局织里分局织南派出所',     'Zhinan police station, Zhili sub-bureau, Huzhou',           'POLICE_STATION'),
('HUZ-ZL-LIVELIHOOD',    '织里民生服务队',                     'Zhili livelihood service team',                             'LIVELIHOOD_TEAM'),
('HUZ-WX-LIVELIHOOD',    '吴兴区民生服务队',                   'Wuxing district livelihood service team',                   'LIVELIHOOD_TEAM'),
('HUZ-WX-VETERANS',      '吴兴区老兵驿站调解室',               'Wuxing veterans'' station mediation room',                  'MEDIATION'),
('HUZ-ECO-POLICE',       '湖州市生态警长工作室',               'Huzhou ecological police office',                           'ECOLOGICAL_POLICE'),
('HUZ-CAMPUS-ZJHU',      '湖州师范学院高校社会服务联动工作站', 'Huzhou University campus police service station',           'CAMPUS_STATION'),
-- Hangzhou 杭州 (3301)
('HGH-ANTIFRAUD',        '杭州市公安局反诈中心',               'Hangzhou Public Security Bureau anti-fraud centre',         'ANTI_FRAUD_CENTRE'),
('HGH-EXIT-ENTRY',       '杭州市公安局出入境管理局',           'Hangzhou exit-entry administration',                        'EXIT_ENTRY'),
('HGH-XS-CHENGXIANG-PS', '杭州市公安局萧山区分局城厢派出所',   'Chengxiang police station, Xiaoshan sub-bureau, Hangzhou',  'POLICE_STATION'),
('HGH-XS-LIVELIHOOD',    '萧山区民生服务队',                   'Xiaoshan district livelihood service team',                 'LIVELIHOOD_TEAM'),
('HGH-XS-HOUSEHOLD',     '杭州市公安局萧山区分局户政服务中心', 'Xiaoshan household and ID-card office, Hangzhou',           'HOUSEHOLD_OFFICE'),
-- Jiaxing 嘉兴 (3304)
('JIX-ANTIFRAUD',        '嘉兴市公安局反诈中心',               'Jiaxing Public Security Bureau anti-fraud centre',          'ANTI_FRAUD_CENTRE'),
('JIX-NH-QIYI-PS',       '嘉兴市公安局南湖分局七一派出所',     'Qiyi police station, Nanhu sub-bureau, Jiaxing',            'POLICE_STATION'),
('JIX-NH-LIVELIHOOD',    '南湖区民生服务队',                   'Nanhu district livelihood service team',                    'LIVELIHOOD_TEAM'),
('JIX-EXIT-ENTRY',       '嘉兴市公安局出入境管理支队',         'Jiaxing exit-entry administration',                         'EXIT_ENTRY'),
-- Cangnan 苍南 (330327)
('CNG-LINGXI-PS',        '苍南县公安局灵溪中心派出所',         'Lingxi central police station, Cangnan',                    'POLICE_STATION'),
('CNG-YISHAN-PS',        '苍南县公安局宜山派出所',             'Yishan police station, Cangnan',                            'POLICE_STATION'),
('CNG-JINXIANG-PS',      '苍南县公安局金乡派出所',             'Jinxiang police station, Cangnan',                          'POLICE_STATION'),
('CNG-ZAOXI-PS',         '苍南县公安局藻溪派出所',             'Zaoxi police station, Cangnan',                             'POLICE_STATION'),
('CNG-WANGLI-PS',        '苍南县公安局望里派出所',             'Wangli police station, Cangnan',                            'POLICE_STATION'),
('CNG-XIANGXIAN',        '苍南县乡贤调解团',                   'Cangnan village elders'' mediation group',                  'MEDIATION'),
('CNG-HOUSEHOLD',        '苍南县公安局户政服务中心',           'Cangnan household and ID-card office',                      'HOUSEHOLD_OFFICE');

INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '' FROM units WHERE code = 'NATIONAL-DUTY';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3305' FROM units WHERE code = 'HUZ-ANTIFRAUD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3305' FROM units WHERE code = 'HUZ-EXIT-ENTRY';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502' FROM units WHERE code = 'HUZ-WX-HOUSEHOLD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502100' FROM units WHERE code = 'HUZ-ZL-ZHINAN-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502100' FROM units WHERE code = 'HUZ-ZL-LIVELIHOOD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502' FROM units WHERE code = 'HUZ-WX-LIVELIHOOD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502' FROM units WHERE code = 'HUZ-WX-VETERANS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3305' FROM units WHERE code = 'HUZ-ECO-POLICE';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330502006' FROM units WHERE code = 'HUZ-CAMPUS-ZJHU';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3301' FROM units WHERE code = 'HGH-ANTIFRAUD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3301' FROM units WHERE code = 'HGH-EXIT-ENTRY';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330109001' FROM units WHERE code = 'HGH-XS-CHENGXIANG-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330109' FROM units WHERE code = 'HGH-XS-LIVELIHOOD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330109' FROM units WHERE code = 'HGH-XS-HOUSEHOLD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3304' FROM units WHERE code = 'JIX-ANTIFRAUD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330402' FROM units WHERE code = 'JIX-NH-QIYI-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330402' FROM units WHERE code = 'JIX-NH-LIVELIHOOD';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '3304' FROM units WHERE code = 'JIX-EXIT-ENTRY';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327100' FROM units WHERE code = 'CNG-LINGXI-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327103' FROM units WHERE code = 'CNG-YISHAN-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327107' FROM units WHERE code = 'CNG-JINXIANG-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327112' FROM units WHERE code = 'CNG-ZAOXI-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327122' FROM units WHERE code = 'CNG-WANGLI-PS';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327' FROM units WHERE code = 'CNG-XIANGXIAN';
INSERT INTO unit_jurisdictions (unit_id, division_prefix) SELECT id, '330327' FROM units WHERE code = 'CNG-HOUSEHOLD';
