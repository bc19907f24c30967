-- The reference services of the catalogue, from the situations of the seed articles (Huzhou, Hangzhou, Jiaxing,
-- Cangnan): what a citizen asks for, the questions each service asks and their rules, in zh and en. Each
-- request type has a 'general' service for requests that name no category. Admins change services later
-- through the API (the whole definition at once); this migration only sets the starting point.
-- Session variables carry each new row's id to its children: Flyway runs a migration on one connection.

-- DISPUTE / unpaid-wages: 拖欠工资 / Unpaid wages
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'unpaid-wages', 'NORMAL', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '拖欠工资', '老板或用工单位拖欠工资、工钱结算不清等劳资纠纷。民生服务队会尽快联系双方调解。'),
    (@service, 'en', 'Unpaid wages', 'An employer owes you wages or will not settle what you earned. The livelihood service team contacts both sides to mediate.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'LIVELIHOOD_TEAM'), (@service, 1, 'MEDIATION'), (@service, 2, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'employerName', 'TEXT', TRUE, 0, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '用人单位或老板', '公司或店铺名称，或老板的姓名。'), (@field, 'en', 'Employer', 'The company or shop, or the boss''s name.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'workplace', 'TEXT', FALSE, 1, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '工作地点', '例如：织里镇大河路童装加工厂。'), (@field, 'en', 'Workplace', 'For example: the children''s clothing workshop on Dahe Road, Zhili.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'amountOwed', 'MONEY', TRUE, 2, NULL, NULL, '1', '100000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '拖欠金额（元）', '您被拖欠的工资总额。'), (@field, 'en', 'Amount owed (yuan)', 'The total wages owed to you.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'monthsOwed', 'NUMBER', TRUE, 3, NULL, NULL, '1', '120', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '拖欠月数', NULL), (@field, 'en', 'Months unpaid', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'workersAffected', 'NUMBER', FALSE, 4, NULL, NULL, '1', '10000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '涉及人数', '被拖欠工资的工友人数，包括您自己。'), (@field, 'en', 'Workers affected', 'How many workers are owed wages, including you.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'hasContract', 'BOOLEAN', FALSE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否签订劳动合同', NULL), (@field, 'en', 'Did you sign an employment contract?', NULL);

-- DISPUTE / tenancy: 房屋租赁纠纷 / Rent and tenancy
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'tenancy', 'NORMAL', TRUE, 20, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '房屋租赁纠纷', '房租、押金、退租等房东与租客之间的纠纷。'),
    (@service, 'en', 'Rent and tenancy', 'A dispute between landlord and tenant about rent, a deposit or moving out.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'LIVELIHOOD_TEAM'), (@service, 1, 'MEDIATION'), (@service, 2, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'role', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '您是', NULL), (@field, 'en', 'You are', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'tenant', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '租客'), (@choice, 'en', 'The tenant');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'landlord', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '房东'), (@choice, 'en', 'The landlord');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'issue', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '纠纷事项', NULL), (@field, 'en', 'What it is about', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'rent-arrears', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '房租'), (@choice, 'en', 'Rent owed');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'deposit', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '押金不退'), (@choice, 'en', 'Deposit not returned');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'moving-out', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '退租或被要求搬离'), (@choice, 'en', 'Moving out or being told to leave');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'repairs', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '房屋维修'), (@choice, 'en', 'Repairs');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'propertyAddress', 'TEXT', TRUE, 2, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '出租房屋地址', NULL), (@field, 'en', 'Address of the rented home', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'otherParty', 'TEXT', FALSE, 3, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '对方姓名或称呼', '例如：房东李某。'), (@field, 'en', 'The other party', 'A name, or how you call them, e.g. landlord Li.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'amountDisputed', 'MONEY', FALSE, 4, NULL, NULL, NULL, '10000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '争议金额（元）', NULL), (@field, 'en', 'Amount in dispute (yuan)', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'moveInDate', 'DATE', FALSE, 5, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '入住日期', NULL), (@field, 'en', 'Moved in on', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'hasContract', 'BOOLEAN', FALSE, 6, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否签订书面租房合同', '没有合同也可以调解，请尽量提供转账或收据记录。'), (@field, 'en', 'Is there a written tenancy agreement?', 'Mediation works without one too; keep transfer records or receipts at hand.');

-- DISPUTE / neighbours: 邻里纠纷 / Neighbours
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'neighbours', 'NORMAL', TRUE, 30, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '邻里纠纷', '噪音、漏水、晾晒、占道、宅基地边界等邻里之间的矛盾。'),
    (@service, 'en', 'Neighbours', 'Trouble between neighbours: noise, leaks, drying laundry, blocked passages, the boundary of a plot.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'LIVELIHOOD_TEAM'), (@service, 1, 'MEDIATION'), (@service, 2, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'issue', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '纠纷事项', NULL), (@field, 'en', 'What it is about', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'noise', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '噪音'), (@choice, 'en', 'Noise');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'water-leak', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '漏水'), (@choice, 'en', 'Water leaking');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'laundry-drying', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '晾晒衣物'), (@choice, 'en', 'Drying laundry');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'parking', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '占道停车'), (@choice, 'en', 'Parking in the way');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'boundary', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '宅基地或围墙边界'), (@choice, 'en', 'Plot or wall boundary');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'neighbourAddress', 'TEXT', FALSE, 1, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '对方住址', '例如：楼上 1202 室。'), (@field, 'en', 'Where the neighbour lives', 'For example: flat 1202, upstairs.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'ongoingSince', 'DATE', FALSE, 2, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '从什么时候开始', NULL), (@field, 'en', 'Going on since', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'triedMediation', 'BOOLEAN', FALSE, 3, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否已找过物业或社区调解', NULL), (@field, 'en', 'Have you already asked the property manager or community to mediate?', NULL);

-- DISPUTE / family: 家庭纠纷 / Family dispute
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'family', 'NORMAL', TRUE, 40, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '家庭纠纷', '夫妻、父母子女、兄弟姐妹之间的赡养、抚养、财产等家庭矛盾。如正在发生暴力，请立即拨打 110。'),
    (@service, 'en', 'Family dispute', 'Disagreements within a family over support, care or property. If violence is happening now, call 110 immediately.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'MEDIATION'), (@service, 1, 'LIVELIHOOD_TEAM'), (@service, 2, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'relationship', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '与对方的关系', NULL), (@field, 'en', 'Your relationship', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'spouse', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '夫妻'), (@choice, 'en', 'Spouses');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'parent-child', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '父母子女'), (@choice, 'en', 'Parent and child');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'siblings', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '兄弟姐妹'), (@choice, 'en', 'Siblings');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'in-laws', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '姻亲'), (@choice, 'en', 'In-laws');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他亲属'), (@choice, 'en', 'Other relatives');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'issue', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '纠纷事项', NULL), (@field, 'en', 'What it is about', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'support', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '赡养或抚养'), (@choice, 'en', 'Support or care');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'property', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '财产或房产'), (@choice, 'en', 'Property or housing');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'marriage', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '婚姻'), (@choice, 'en', 'Marriage');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'inheritance', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '遗产继承'), (@choice, 'en', 'Inheritance');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'violence', 'BOOLEAN', TRUE, 2, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否有人受到伤害或威胁', '如正在发生暴力，请立即拨打 110。'), (@field, 'en', 'Has anyone been hurt or threatened?', 'If violence is happening now, call 110 immediately.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'childrenInvolved', 'BOOLEAN', FALSE, 3, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否涉及未成年子女', NULL), (@field, 'en', 'Are children involved?', NULL);

-- DISPUTE / consumer: 消费纠纷 / Consumer dispute
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'consumer', 'NORMAL', TRUE, 50, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '消费纠纷', '拒绝退款、商品质量、乱收费、预付卡商家关门等消费纠纷。'),
    (@service, 'en', 'Consumer dispute', 'A shop refuses a refund, sold faulty goods, overcharged, or closed with your prepaid card.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'LIVELIHOOD_TEAM'), (@service, 1, 'EXTERNAL_DEPARTMENT'), (@service, 2, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'merchantName', 'TEXT', TRUE, 0, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '商家名称', NULL), (@field, 'en', 'Shop or business', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'issue', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '纠纷事项', NULL), (@field, 'en', 'What it is about', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'refund-refused', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '拒绝退款'), (@choice, 'en', 'Refund refused');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'faulty-goods', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '商品或服务质量'), (@choice, 'en', 'Faulty goods or service');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'overcharging', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '乱收费'), (@choice, 'en', 'Overcharging');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'prepaid-card', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '预付卡无法使用或商家关门'), (@choice, 'en', 'Prepaid card not honoured');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'purchaseDate', 'DATE', FALSE, 2, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '消费日期', NULL), (@field, 'en', 'Date of purchase', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'amount', 'MONEY', FALSE, 3, NULL, NULL, '0.01', '10000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '涉及金额（元）', NULL), (@field, 'en', 'Amount (yuan)', NULL);

-- DISPUTE / general: 其他矛盾纠纷 / Other dispute
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DISPUTE', 'general', 'NORMAL', TRUE, 990, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '其他矛盾纠纷', '以上都不符合时选择此项，请在描述中说明情况。'),
    (@service, 'en', 'Other dispute', 'When none of the above fits; describe what happened.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'LIVELIHOOD_TEAM'), (@service, 1, 'MEDIATION'), (@service, 2, 'POLICE_STATION');

-- INCIDENT / lost-property: 遗失物品 / Lost property
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('INCIDENT', 'lost-property', 'NORMAL', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '遗失物品', '手机、钱包、证件、电动自行车等物品遗失。身份证遗失请同时申请补领。'),
    (@service, 'en', 'Lost property', 'You lost a phone, wallet, documents, an e-bike or anything else. For a lost ID card, also apply for a new one.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'itemKind', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '遗失物品', NULL), (@field, 'en', 'What you lost', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'phone', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '手机'), (@choice, 'en', 'Phone');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'wallet', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '钱包或证件'), (@choice, 'en', 'Wallet or documents');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'bag', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '包'), (@choice, 'en', 'Bag');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'keys', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '钥匙'), (@choice, 'en', 'Keys');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'electric-bike', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '电动自行车'), (@choice, 'en', 'E-bike');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'itemDescription', 'TEXT', TRUE, 1, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '物品特征', '颜色、品牌、型号或记号。'), (@field, 'en', 'What it looks like', 'Colour, brand, model or marks.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'lostAt', 'DATETIME', FALSE, 2, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '大约遗失时间', NULL), (@field, 'en', 'About when', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'lostPlace', 'TEXT', FALSE, 3, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '可能遗失的地点', NULL), (@field, 'en', 'Where you may have lost it', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'estimatedValue', 'MONEY', FALSE, 4, NULL, NULL, NULL, '10000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '估计价值（元）', NULL), (@field, 'en', 'Estimated value (yuan)', NULL);

-- INCIDENT / wildlife-trapping: 非法捕猎野生动物 / Wildlife trapping
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('INCIDENT', 'wildlife-trapping', 'HIGH', TRUE, 20, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '非法捕猎野生动物', '发现捕鸟网、兽夹等捕猎工具，或有人捕猎、运输、售卖野生动物。生态警长会尽快到现场核实。'),
    (@service, 'en', 'Wildlife trapping', 'Traps or nets for birds and animals, or people hunting, transporting or selling wildlife. The ecological police check on site.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'ECOLOGICAL_POLICE'), (@service, 1, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'whatSeen', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '发现了什么', NULL), (@field, 'en', 'What you saw', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'traps', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '捕猎工具（网、夹、笼）'), (@choice, 'en', 'Traps, nets or cages');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'hunting', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '有人正在捕猎'), (@choice, 'en', 'People hunting');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'selling', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '售卖或餐馆加工'), (@choice, 'en', 'Selling or serving wildlife');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'transport', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '运输'), (@choice, 'en', 'Transporting wildlife');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'location', 'TEXT', TRUE, 1, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '具体位置', '例如：赋石水库东岸步道旁。'), (@field, 'en', 'Exact place', 'For example: by the path on the east shore of Fushi reservoir.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'seenAt', 'DATETIME', FALSE, 2, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '发现时间', NULL), (@field, 'en', 'When you saw it', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'species', 'TEXT', FALSE, 3, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '涉及的动物', '如知道，请填写，例如：野生鸟类。'), (@field, 'en', 'Animals involved', 'If you know, e.g. wild birds.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'stillThere', 'BOOLEAN', FALSE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '工具或人员是否还在现场', NULL), (@field, 'en', 'Are the traps or people still there?', NULL);

-- INCIDENT / nuisance: 噪音扰民 / Noise and nuisance
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('INCIDENT', 'nuisance', 'NORMAL', TRUE, 30, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '噪音扰民', '夜间施工、娱乐场所、广场舞等噪音，油烟，占用消防通道等扰民问题。'),
    (@service, 'en', 'Noise and nuisance', 'Noise at night from building work, venues or square dancing; smoke; blocked fire escapes.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'POLICE_STATION'), (@service, 1, 'EXTERNAL_DEPARTMENT');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'kind', 'MULTI_CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '扰民情况', '可多选。'), (@field, 'en', 'What is the nuisance', 'Choose all that apply.');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'noise', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '噪音'), (@choice, 'en', 'Noise');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'renovation', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '装修施工'), (@choice, 'en', 'Building work');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'square-dancing', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '广场舞'), (@choice, 'en', 'Square dancing');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'smoke', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '油烟或烧烤'), (@choice, 'en', 'Smoke or barbecue');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'blocked-passage', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '占用消防通道'), (@choice, 'en', 'Fire escape blocked');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'usualTime', 'TEXT', FALSE, 1, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '通常发生的时间', '例如：每晚十点以后。'), (@field, 'en', 'When it usually happens', 'For example: every night after ten.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'ongoing', 'BOOLEAN', FALSE, 2, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '现在是否仍在发生', NULL), (@field, 'en', 'Is it happening now?', NULL);

-- INCIDENT / general: 其他非紧急情况 / Other non-emergency matter
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('INCIDENT', 'general', 'NORMAL', TRUE, 990, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '其他非紧急情况', '不紧急、不需要民警立即到场的其他情况。紧急情况请拨打 110。'),
    (@service, 'en', 'Other non-emergency matter', 'Anything else that needs no officer at once. In an emergency, call 110.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'POLICE_STATION');

-- DOCUMENT_REISSUE / id-card: 补领身份证 / Reissue an ID card
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DOCUMENT_REISSUE', 'id-card', 'NORMAL', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '补领身份证', '身份证遗失、被盗或损坏后补领。在校学生可在高校社会服务联动工作站办理。'),
    (@service, 'en', 'Reissue an ID card', 'Replace a lost, stolen or damaged resident ID card. Students can apply at their campus service station.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE'), (@service, 1, 'CAMPUS_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'idNumber', 'ID_NUMBER', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '公民身份号码', '18 位，最后一位可能是 X。'), (@field, 'en', 'Citizen ID number', '18 characters; the last may be X.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'reason', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '补领原因', NULL), (@field, 'en', 'Why', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'lost', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '遗失'), (@choice, 'en', 'Lost');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'stolen', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '被盗'), (@choice, 'en', 'Stolen');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'damaged', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '损坏'), (@choice, 'en', 'Damaged');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'whereLost', 'TEXT', FALSE, 2, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '遗失地点', NULL), (@field, 'en', 'Where it was lost', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'lostOn', 'DATE', FALSE, 3, NULL, NULL, '-P10Y', 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '遗失日期', NULL), (@field, 'en', 'Lost on', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'needTemporaryId', 'BOOLEAN', TRUE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否需要临时身份证', '新证制作期间，临时身份证可用于乘车、住宿等。'), (@field, 'en', 'Do you need a temporary ID card meanwhile?', 'A temporary ID card serves for travel and hotels while the new card is made.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'pickUp', 'CHOICE', FALSE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '领取方式', NULL), (@field, 'en', 'How to collect it', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'counter', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '窗口领取'), (@choice, 'en', 'At the office counter');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'campus', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '校内工作站领取'), (@choice, 'en', 'At the campus service station');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'post', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '邮寄'), (@choice, 'en', 'By post');

-- DOCUMENT_REISSUE / temporary-id: 临时身份证 / Temporary ID card
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DOCUMENT_REISSUE', 'temporary-id', 'NORMAL', TRUE, 20, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '临时身份证', '正式身份证办理期间，急需乘车、住宿、办事时申领临时身份证。'),
    (@service, 'en', 'Temporary ID card', 'A temporary ID card while the new card is being made, for travel, hotels or errands.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE'), (@service, 1, 'CAMPUS_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'idNumber', 'ID_NUMBER', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '公民身份号码', '18 位，最后一位可能是 X。'), (@field, 'en', 'Citizen ID number', '18 characters; the last may be X.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'purpose', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '用途', NULL), (@field, 'en', 'What you need it for', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'travel', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '乘车乘机'), (@choice, 'en', 'Train or plane');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'hotel', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '住宿'), (@choice, 'en', 'Hotel');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'bank', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '银行业务'), (@choice, 'en', 'Bank');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'exam', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '考试'), (@choice, 'en', 'Exam');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'neededBy', 'DATE', FALSE, 2, NULL, NULL, 'P0D', 'P1Y', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '最晚需要的日期', NULL), (@field, 'en', 'Needed by', NULL);

-- DOCUMENT_REISSUE / residence-permit: 居住证 / Residence permit
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DOCUMENT_REISSUE', 'residence-permit', 'NORMAL', TRUE, 30, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '居住证', '在本地居住满半年、有合法稳定就业、住所或就读的非本地户籍人员申领、补领或签注居住证。'),
    (@service, 'en', 'Residence permit', 'Apply for, replace or renew the residence permit of a resident registered elsewhere who has lived here for six months.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE'), (@service, 1, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'idNumber', 'ID_NUMBER', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '公民身份号码', '18 位，最后一位可能是 X。'), (@field, 'en', 'Citizen ID number', '18 characters; the last may be X.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'application', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '办理事项', NULL), (@field, 'en', 'What you apply for', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'first', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '首次申领'), (@choice, 'en', 'A first permit');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'reissue', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '遗失补领'), (@choice, 'en', 'Replacing a lost permit');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'renewal', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '签注续期'), (@choice, 'en', 'Renewal');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'residentialAddress', 'TEXT', TRUE, 2, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '居住地址', NULL), (@field, 'en', 'Where you live', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'livingSince', 'DATE', TRUE, 3, NULL, NULL, '-P80Y', 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '在本地居住起始日期', '申领需在本地居住满半年。'), (@field, 'en', 'Living here since', 'You need to have lived here for six months.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'basis', 'CHOICE', TRUE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '居住事由', NULL), (@field, 'en', 'Reason for living here', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'employment', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '就业'), (@choice, 'en', 'Work');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'business', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '经商'), (@choice, 'en', 'Own business');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'study', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '就读'), (@choice, 'en', 'Study');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'employerOrSchool', 'TEXT', FALSE, 5, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '工作单位或学校', NULL), (@field, 'en', 'Employer or school', NULL);

-- DOCUMENT_REISSUE / no-criminal-record: 无犯罪记录证明 / Certificate of no criminal record
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DOCUMENT_REISSUE', 'no-criminal-record', 'NORMAL', TRUE, 40, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '无犯罪记录证明', '就业、出国（境）、签证等需要的无犯罪记录证明。'),
    (@service, 'en', 'Certificate of no criminal record', 'A certificate of no criminal record for a job, study abroad or a visa.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'POLICE_STATION'), (@service, 1, 'HOUSEHOLD_OFFICE');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'idNumber', 'ID_NUMBER', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '公民身份号码', '18 位，最后一位可能是 X。'), (@field, 'en', 'Citizen ID number', '18 characters; the last may be X.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'purpose', 'CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '用途', NULL), (@field, 'en', 'What it is for', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'employment', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '就业'), (@choice, 'en', 'A job');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'study-abroad', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '出国（境）留学'), (@choice, 'en', 'Study abroad');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'visa', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '签证或移民'), (@choice, 'en', 'Visa or emigration');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'adoption', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '收养'), (@choice, 'en', 'Adoption');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'receivingInstitution', 'TEXT', FALSE, 2, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '提交给哪个单位', NULL), (@field, 'en', 'Institution that asks for it', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'copies', 'NUMBER', FALSE, 3, NULL, NULL, '1', '5', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '份数', NULL), (@field, 'en', 'Copies', NULL);

-- DOCUMENT_REISSUE / general: 其他证件业务 / Other document
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('DOCUMENT_REISSUE', 'general', 'NORMAL', TRUE, 990, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '其他证件业务', '以上都不符合时选择此项，请在描述中说明需要办理的证件。'),
    (@service, 'en', 'Other document', 'When none of the above fits; describe the document you need.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE'), (@service, 1, 'CAMPUS_STATION'), (@service, 2, 'EXIT_ENTRY');

-- IDENTITY_EXCEPTION / registry-mismatch: 户籍信息不一致 / Registry details do not match
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('IDENTITY_EXCEPTION', 'registry-mismatch', 'NORMAL', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '户籍信息不一致', '证件上的姓名、出生日期等与户籍登记不一致，或生僻字无法录入，导致身份核验不通过。'),
    (@service, 'en', 'Registry details do not match', 'Your name, birth date or other details differ between a document and the household register, or a rare character cannot be entered, so identity checks fail.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'HOUSEHOLD_OFFICE'), (@service, 1, 'EXIT_ENTRY');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'idNumber', 'ID_NUMBER', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '公民身份号码', '18 位，最后一位可能是 X。'), (@field, 'en', 'Citizen ID number', '18 characters; the last may be X.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'mismatchedItems', 'MULTI_CHOICE', TRUE, 1, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '不一致的信息', '可多选。'), (@field, 'en', 'What does not match', 'Choose all that apply.');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'name', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '姓名'), (@choice, 'en', 'Name');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'birth-date', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '出生日期'), (@choice, 'en', 'Birth date');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'id-number', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '身份号码'), (@choice, 'en', 'ID number');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'gender', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '性别'), (@choice, 'en', 'Gender');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'address', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '住址'), (@choice, 'en', 'Address');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'photo', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '照片'), (@choice, 'en', 'Photo');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'whereNoticed', 'TEXT', FALSE, 2, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '在哪里办事时发现', '例如：银行开户。'), (@field, 'en', 'Where it showed', 'For example: opening a bank account.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'details', 'LONG_TEXT', FALSE, 3, NULL, 1000, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '详细情况', '哪里写的是什么，正确的应该是什么。'), (@field, 'en', 'Details', 'What each record says, and what is right.');

-- IDENTITY_EXCEPTION / expired-passport: 护照过期无法核验 / Expired passport
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('IDENTITY_EXCEPTION', 'expired-passport', 'NORMAL', TRUE, 20, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '护照过期无法核验', '外籍人士护照过期或即将过期，在银行、酒店、政务服务中无法完成身份核验（e境通）。'),
    (@service, 'en', 'Expired passport', 'A foreign resident whose passport has expired or is about to cannot pass identity checks at banks, hotels or public offices (e-Jingtong).');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'EXIT_ENTRY');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'nationality', 'TEXT', TRUE, 0, NULL, NULL, NULL, NULL, '[A-Z]{3}', 'answer.pattern.countryCode');
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '国籍', '三位字母国家代码，与护照一致，例如 UZB。'), (@field, 'en', 'Nationality', 'The three-letter country code in your passport, e.g. UZB.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'passportNumber', 'TEXT', TRUE, 1, NULL, NULL, NULL, NULL, '[A-Za-z0-9]{5,20}', 'answer.pattern.passportNumber');
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '护照号码', NULL), (@field, 'en', 'Passport number', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'expiresOn', 'DATE', TRUE, 2, NULL, NULL, '-P10Y', 'P1Y', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '护照有效期至', NULL), (@field, 'en', 'Passport valid until', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'permitNumber', 'TEXT', FALSE, 3, NULL, 30, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '居留许可或永久居留身份证号码', NULL), (@field, 'en', 'Residence permit or permanent residence card number', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'newPassportApplied', 'BOOLEAN', FALSE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否已申请新护照', NULL), (@field, 'en', 'Have you applied for a new passport?', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'needFor', 'CHOICE', FALSE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '需要核验的场合', NULL), (@field, 'en', 'Where you need to be verified', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'bank', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '银行开户或业务'), (@choice, 'en', 'Bank');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'hotel', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '酒店入住'), (@choice, 'en', 'Hotel');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'government', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '政务服务'), (@choice, 'en', 'Public office');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Somewhere else');

-- IDENTITY_EXCEPTION / general: 其他身份核验问题 / Other identity check problem
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('IDENTITY_EXCEPTION', 'general', 'NORMAL', TRUE, 990, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '其他身份核验问题', '以上都不符合时选择此项，请在描述中说明情况。'),
    (@service, 'en', 'Other identity check problem', 'When none of the above fits; describe what happened.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'EXIT_ENTRY'), (@service, 1, 'HOUSEHOLD_OFFICE');

-- FRAUD_REPORT / money-lost: 被骗钱款 / Money lost to fraud
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('FRAUD_REPORT', 'money-lost', 'URGENT', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '被骗钱款', '已经向骗子转账或付款。请尽快报告：越早止付，追回的可能越大。同时可拨打 110 或 96110。'),
    (@service, 'en', 'Money lost to fraud', 'You have already paid or transferred money to a fraudster. Report at once: the sooner the payment is stopped, the better the chance to get it back. You can also call 110 or 96110.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'ANTI_FRAUD_CENTRE'), (@service, 1, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'amount', 'MONEY', TRUE, 0, NULL, NULL, '0.01', '100000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '被骗金额（元）', NULL), (@field, 'en', 'Amount lost (yuan)', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'transferredAt', 'DATETIME', TRUE, 1, NULL, NULL, '-P1Y', 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '转账时间', '最后一笔转账的时间，尽量准确到分钟。'), (@field, 'en', 'Time of the transfer', 'When the last transfer was made, to the minute if you can.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'receivingAccount', 'TEXT', TRUE, 2, NULL, 64, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '对方收款账号', '银行卡号、支付宝或微信账号。'), (@field, 'en', 'Account the money went to', 'Bank card number, Alipay or WeChat account.');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'receivingBank', 'TEXT', FALSE, 3, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '收款银行或平台', NULL), (@field, 'en', 'Receiving bank or platform', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'channel', 'CHOICE', TRUE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '骗子通过什么联系您', NULL), (@field, 'en', 'How the fraudster contacted you', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'phone', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '电话'), (@choice, 'en', 'Phone call');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'sms', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '短信'), (@choice, 'en', 'Text message (SMS)');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'app', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '手机应用'), (@choice, 'en', 'Mobile app');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'social-media', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '社交媒体（微信、QQ 等）'), (@choice, 'en', 'Social media (WeChat, QQ ...)');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'website', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '网站或链接'), (@choice, 'en', 'Website or link');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'scamKind', 'CHOICE', FALSE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '骗局类型', NULL), (@field, 'en', 'Kind of scam', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'impersonating-officials', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '冒充公检法'), (@choice, 'en', 'Posing as police or prosecutors');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'fake-customer-service', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '冒充客服'), (@choice, 'en', 'Posing as customer service');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'investment', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '投资理财'), (@choice, 'en', 'Investment');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'task-rebate', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '刷单返利'), (@choice, 'en', 'Paid tasks or rebates');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'romance', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '网络交友'), (@choice, 'en', 'Online romance');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'loan', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '网络贷款'), (@choice, 'en', 'Online loan');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 6); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');

-- FRAUD_REPORT / suspicious-contact: 可疑来电、短信或链接 / Suspicious call, message or link
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('FRAUD_REPORT', 'suspicious-contact', 'HIGH', TRUE, 20, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '可疑来电、短信或链接', '接到可疑电话、短信、链接或好友请求，还没有转账，想确认是不是诈骗。'),
    (@service, 'en', 'Suspicious call, message or link', 'A call, message, link or contact request looks like a scam and you have not paid anything yet.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'ANTI_FRAUD_CENTRE'), (@service, 1, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'channel', 'CHOICE', TRUE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '联系方式', NULL), (@field, 'en', 'How they contacted you', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'phone', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '电话'), (@choice, 'en', 'Phone call');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'sms', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '短信'), (@choice, 'en', 'Text message (SMS)');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'app', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '手机应用'), (@choice, 'en', 'Mobile app');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'social-media', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '社交媒体（微信、QQ 等）'), (@choice, 'en', 'Social media (WeChat, QQ ...)');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'website', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '网站或链接'), (@choice, 'en', 'Website or link');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'contactDetail', 'TEXT', TRUE, 1, NULL, 300, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '对方号码、账号或链接', NULL), (@field, 'en', 'Their number, account or link', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'receivedAt', 'DATETIME', FALSE, 2, NULL, NULL, NULL, 'P0D', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '收到时间', NULL), (@field, 'en', 'When you received it', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'claimedIdentity', 'CHOICE', FALSE, 3, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '对方自称', NULL), (@field, 'en', 'They claimed to be', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'police', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '公检法工作人员'), (@choice, 'en', 'Police or prosecutors');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'customer-service', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '客服'), (@choice, 'en', 'Customer service');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'bank', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '银行'), (@choice, 'en', 'A bank');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'courier', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '快递'), (@choice, 'en', 'A courier');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'acquaintance', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '熟人或领导'), (@choice, 'en', 'Someone you know or your boss');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 5); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Someone else');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'messageText', 'LONG_TEXT', FALSE, 4, NULL, 2000, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '短信或消息原文', NULL), (@field, 'en', 'Text of the message', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'moneyTransferred', 'BOOLEAN', TRUE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '是否已经转账', '如已转账，请选择“被骗钱款”并尽快报告。'), (@field, 'en', 'Have you transferred any money?', 'If you have, report it as money lost to fraud at once.');

-- FRAUD_REPORT / bank-counter-alert: 银行柜面预警 / Bank counter alert
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('FRAUD_REPORT', 'bank-counter-alert', 'URGENT', TRUE, 30, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '银行柜面预警', '银行柜员发现客户可能正在被骗（例如要求向“安全账户”大额转账），请民警到场劝阻。'),
    (@service, 'en', 'Bank counter alert', 'A bank teller sees a customer who may be being defrauded (e.g. moving a large sum to a "safe account") and asks for an officer to step in.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'ANTI_FRAUD_CENTRE'), (@service, 1, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'bankBranch', 'TEXT', TRUE, 0, NULL, 100, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '银行网点', NULL), (@field, 'en', 'Bank branch', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'amountAtRisk', 'MONEY', TRUE, 1, NULL, NULL, '0.01', '100000000', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '拟转账金额（元）', NULL), (@field, 'en', 'Amount about to be transferred (yuan)', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'customerAge', 'NUMBER', FALSE, 2, NULL, NULL, '0', '120', NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '客户年龄', NULL), (@field, 'en', 'Customer''s age', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'statedPurpose', 'TEXT', FALSE, 3, NULL, 200, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '客户所称用途', NULL), (@field, 'en', 'Purpose the customer gives', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'tellerPhone', 'PHONE', TRUE, 4, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '柜员联系电话', NULL), (@field, 'en', 'Teller''s phone', NULL);
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'customerStillPresent', 'BOOLEAN', TRUE, 5, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '客户是否仍在网点', NULL), (@field, 'en', 'Is the customer still at the branch?', NULL);

-- FRAUD_REPORT / general: 其他涉诈情况 / Other fraud matter
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('FRAUD_REPORT', 'general', 'HIGH', TRUE, 990, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '其他涉诈情况', '以上都不符合时选择此项，请在描述中说明情况。'),
    (@service, 'en', 'Other fraud matter', 'When none of the above fits; describe what happened.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'ANTI_FRAUD_CENTRE'), (@service, 1, 'POLICE_STATION');

-- CONSULTATION / general: 咨询 / Question for the police
INSERT INTO services (type, category, default_priority, active, position, created_at, updated_at) VALUES ('CONSULTATION', 'general', 'NORMAL', TRUE, 10, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
SET @service = LAST_INSERT_ID();
INSERT INTO service_texts (service_id, lang, name, description) VALUES
    (@service, 'zh', '咨询', '智能客服没能回答的问题，由值班民警答复。'),
    (@service, 'en', 'Question for the police', 'A question the chatbot could not answer; the duty officer replies.');
INSERT INTO service_unit_kinds (service_id, position, unit_kind) VALUES (@service, 0, 'POLICE_STATION');
INSERT INTO service_fields (service_id, code, data_type, required, position, min_length, max_length, min_value, max_value, pattern, pattern_message_key) VALUES
    (@service, 'topic', 'CHOICE', FALSE, 0, NULL, NULL, NULL, NULL, NULL, NULL);
SET @field = LAST_INSERT_ID();
INSERT INTO field_texts (field_id, lang, label, help) VALUES (@field, 'zh', '问题类别', NULL), (@field, 'en', 'Topic', NULL);
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'documents', 0); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '证件办理'), (@choice, 'en', 'Documents');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'disputes', 1); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '矛盾纠纷'), (@choice, 'en', 'Disputes');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'fraud', 2); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '防范诈骗'), (@choice, 'en', 'Fraud');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'foreigners', 3); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '外国人服务'), (@choice, 'en', 'Services for foreigners');
INSERT INTO field_choices (field_id, value, position) VALUES (@field, 'other', 4); SET @choice = LAST_INSERT_ID(); INSERT INTO choice_texts (choice_id, lang, label) VALUES (@choice, 'zh', '其他'), (@choice, 'en', 'Something else');

