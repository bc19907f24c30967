-- Demo data for the embedded default only (this location is enabled by the launcher, never in production).
-- Populations of the counties the demo units serve, so that the anti-fraud index has figures to show: round demo
-- values of about the right size, NOT census figures, and each row's source says so. A deployment sets the real
-- figures, with their source, through /api/v1/admin/county-populations. INSERT IGNORE keeps any figure an
-- administrator has set since.
INSERT IGNORE INTO county_populations (county_code, population, source, updated_at, updated_by) VALUES
    ('330102', 1320000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330105', 1180000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330106', 1130000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330108', 500000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330109', 2010000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330110', 1230000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330111', 830000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330112', 640000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330113', 1170000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330114', 770000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330122', 450000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330127', 330000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330182', 440000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330327', 840000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330402', 630000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330411', 720000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330421', 650000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330424', 450000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330481', 1080000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330482', 690000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330483', 1030000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330502', 690000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330503', 540000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330521', 550000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330522', 670000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data'),
    ('330523', 590000, '演示数值，非人口普查数据 (demo value, not a census figure)', UTC_TIMESTAMP(3), 'demo-data');
