package io.jingwu.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Citizens' submissions for {@code POST /api/v1/requests} as varied as real ones, so that repeat detection does its
 * real work: the text differs on every call (amounts, names, places, times, phrasing), the phone and the division
 * vary over the region's counties (湖州市: the downtown 吴兴区 busiest), some callers and places come back (the
 * {@link #phone pool of phones} and {@link #address of addresses}, which the seeder also uses), and a share of the
 * calls are the {@link #HOT_SPOT hot spot}'s near-identical complaint, whose earlier copies crowd the window.
 */
final class Submissions {

    /** The hot spot: many workers of one workshop in 织里镇 report the same unpaid wages, each in nearly one text. */
    static final String HOT_SPOT = "织里镇大河路童装加工厂老板拖欠我们二十多名工人三个月工资，多次讨要无果，老板电话打不通，工人都在厂门口等着。";
    static final String HOT_TYPE = "DISPUTE";
    static final String HOT_DIVISION = "330502100";

    /** Phones and addresses that come back: callers who report again, places reported more than once. */
    static final int POOL = 20_000;

    /** The region's counties with their share of the requests, and their townships. */
    static final List<County> COUNTIES = List.of(
            new County("330502", 40, List.of("330502001", "330502002", "330502003", "330502004", "330502005",
                    "330502006", "330502007", "330502008", "330502009", "330502010", "330502011", "330502012",
                    "330502013", "330502100", "330502101", "330502102", "330502104", "330502105", "330502200")),
            new County("330503", 15, List.of("330503001", "330503002", "330503100", "330503101", "330503102",
                    "330503103", "330503105", "330503106", "330503107", "330503108")),
            new County("330521", 15, List.of("330521001", "330521002", "330521003", "330521004", "330521005",
                    "330521101", "330521102", "330521103", "330521104", "330521110", "330521113", "330521114",
                    "330521115")),
            new County("330522", 17, List.of("330522001", "330522002", "330522003", "330522004", "330522101",
                    "330522102", "330522103", "330522104", "330522106", "330522108", "330522110", "330522111",
                    "330522112", "330522200", "330522202")),
            new County("330523", 13, List.of("330523001", "330523002", "330523003", "330523004", "330523103",
                    "330523104", "330523105", "330523106", "330523107", "330523108", "330523110", "330523111",
                    "330523201", "330523205", "330523206")));

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "吴", "周", "徐", "孙", "沈", "朱", "钱"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "丽", "强", "霞", "平"};
    private static final String[] STREETS = {"大河路", "人民路", "凤凰路", "红旗路", "青铜路", "苕溪路", "太湖路", "环城路",
            "吉山路", "南街", "北街", "中兴大道", "康山路", "双林路", "湖滨路"};
    private static final String[] EMPLOYERS = {"童装加工厂", "纺织厂", "装修公司", "物流公司", "饭店", "建筑工地", "电子厂",
            "木业公司", "竹制品厂", "茶叶合作社"};
    private static final String[] NEIGHBOUR_ISSUES = {"noise", "water-leak", "laundry-drying", "parking", "boundary", "other"};
    private static final String[] NEIGHBOUR_TEXTS = {"楼上邻居每天深夜{t}点以后还在{x}，吵得孩子睡不着，沟通了{n}次都没用。",
            "{name}家卫生间漏水{n}天了，我家天花板{x}，物业说要我们自己协商。",
            "隔壁{name}把车停在我家门口{n}天，{x}，打电话也不接。",
            "邻居{name}在两家中间砌墙多占了{n}米宅基地，{x}，村里调解过一次没有结果。"};
    private static final String[] FILLERS = {"电视声音很大", "装修敲墙", "墙面发霉脱落", "进出很不方便", "家里老人出不了门",
            "拖了很久", "影响正常生活", "已经报过物业"};
    private static final String[] MERCHANTS = {"健身房", "美容店", "培训机构", "手机店", "家具城", "超市", "理发店"};
    private static final String[] CONSUMER_ISSUES = {"refund-refused", "faulty-goods", "overcharging", "prepaid-card", "other"};
    private static final String[] FRAUD_TEXTS = {"有人冒充{x}客服打电话给我，说我的账户异常，要我转账{n}元到安全账户，我没转，想核实一下。",
            "在网上认识的{name}让我下载一个投资软件，先后充值了{n}元，现在提不了现。",
            "收到短信说快递丢失要理赔，点进链接后被要求填写银行卡号和验证码，卡里被扣了{n}元。"};
    private static final String[] FRAUD_SENDERS = {"银行", "电商平台", "快递公司", "社保中心", "公安局"};
    private static final String[] NUISANCE_TEXTS = {"{street}{n}号附近的广场舞每天晚上{t}点以后还放很大声音乐，{x}。",
            "{street}夜市的烧烤摊油烟直接飘进{n}楼窗户，{x}，已经持续一个多月。",
            "{street}{n}号工地晚上{t}点还在打桩，{x}。"};
    private static final String[] CONSULTATION_TEXTS = {"请问在{street}附近哪个派出所可以办理{x}，需要带什么材料？",
            "我刚搬到{street}{n}号，想问一下居住证怎么办理，要住满多久？",
            "请问身份证丢了在{x}可以补办吗？大概要{n}天？"};

    private Submissions() {
    }

    /** A new submission's JSON body: about one in ten is the hot spot's complaint, slightly edited. */
    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(10) == 0) {
            return hotSpot(random);
        }
        String division = division(random);
        String phone = random.nextInt(10) < 3 ? phone(random.nextInt(POOL)) : randomPhone(random);
        String address = random.nextInt(10) < 3 ? address(random.nextInt(POOL))
                : random.nextBoolean() ? street(random) + (1 + random.nextInt(300)) + "号" : null;
        String name = name(random);
        int kind = random.nextInt(100);
        if (kind < 20) {
            int months = 1 + random.nextInt(12);
            int workers = 1 + random.nextInt(40);
            String employer = pick(random, STREETS) + pick(random, EMPLOYERS);
            String text = String.format(Locale.ROOT, "%s拖欠我们%d名工人%d个月工资，共计%d元，%s，%s。", employer, workers,
                    months, 1000 * (1 + random.nextInt(500)), pick(random, FILLERS), pick(random, FILLERS));
            return body("DISPUTE", "unpaid-wages", text, division, address, name, phone,
                    "\"employerName\":\"" + employer + "\",\"amountOwed\":" + 1000 * months + ",\"monthsOwed\":" + months);
        }
        if (kind < 40) {
            String text = fill(random, pick(random, NEIGHBOUR_TEXTS), pick(random, FILLERS));
            return body("DISPUTE", "neighbours", text, division, address, name, phone,
                    "\"issue\":\"" + pick(random, NEIGHBOUR_ISSUES) + "\"");
        }
        if (kind < 50) {
            String merchant = pick(random, STREETS) + pick(random, MERCHANTS);
            String text = String.format(Locale.ROOT, "在%s办了%d元的会员卡，用了%d次店就关门了，%s，要求退款。", merchant,
                    100 * (1 + random.nextInt(100)), 1 + random.nextInt(20), pick(random, FILLERS));
            return body("DISPUTE", "consumer", text, division, address, name, phone,
                    "\"merchantName\":\"" + merchant + "\",\"issue\":\"" + pick(random, CONSUMER_ISSUES) + "\"");
        }
        if (kind < 70) {
            return body("INCIDENT", "nuisance", fill(random, pick(random, NUISANCE_TEXTS), pick(random, FILLERS)),
                    division, address, name, phone, "\"kind\":[\"noise\"]");
        }
        if (kind < 85) {
            return body("FRAUD_REPORT", "general", fill(random, pick(random, FRAUD_TEXTS), pick(random, FRAUD_SENDERS)),
                    division, null, name, phone, "");
        }
        return body("CONSULTATION", "general", fill(random, pick(random, CONSULTATION_TEXTS), "户口迁移"), division,
                null, name, phone, "");
    }

    /** The hot spot's complaint with one small edit, as each worker words it: a few bits from its fingerprint. */
    private static String hotSpot(ThreadLocalRandom random) {
        String text = switch (random.nextInt(4)) {
            case 0 -> HOT_SPOT;
            case 1 -> HOT_SPOT.replace("二十多名", (20 + random.nextInt(20)) + "名");
            case 2 -> HOT_SPOT.replace("三个月", (2 + random.nextInt(5)) + "个月");
            default -> HOT_SPOT + "我是" + name(random) + "。";
        };
        return body(HOT_TYPE, "unpaid-wages", text, HOT_DIVISION, "大河路童装加工厂", name(random), randomPhone(random),
                "\"employerName\":\"大河路童装加工厂\",\"amountOwed\":15000,\"monthsOwed\":3");
    }

    /** The {@code i}th phone of the pool, as typed. */
    static String phone(int i) {
        return String.format(Locale.ROOT, "139%08d", (i * 7919L) % 100_000_000L);
    }

    /** The {@code i}th address of the pool, in its division. */
    static String address(int i) {
        return STREETS[i % STREETS.length] + (1 + i / STREETS.length) + "号";
    }

    /** The division the {@code i}th address of the pool lies in. */
    static String addressDivision(int i) {
        County county = COUNTIES.get(i % COUNTIES.size());
        return county.townships().get((i / COUNTIES.size()) % county.townships().size());
    }

    /** A township, its county drawn by the counties' shares. */
    static String division(ThreadLocalRandom random) {
        int draw = random.nextInt(COUNTIES.stream().mapToInt(County::share).sum());
        for (County county : COUNTIES) {
            draw -= county.share();
            if (draw < 0) {
                return county.townships().get(random.nextInt(county.townships().size()));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String body(String type, String category, String description, String division, String address,
                               String name, String phone, String fields) {
        return "{\"type\":\"" + type + "\",\"category\":\"" + category + "\",\"description\":\"" + description
                + "\",\"divisionCode\":\"" + division + "\""
                + (address == null ? "" : ",\"address\":\"" + address + "\"")
                + ",\"contactName\":\"" + name + "\",\"contactPhone\":\"" + phone + "\",\"lang\":\"zh\","
                + "\"fields\":{" + fields + "}}";
    }

    private static String fill(ThreadLocalRandom random, String template, String x) {
        return template.replace("{t}", Integer.toString(9 + random.nextInt(3)))
                .replace("{n}", Integer.toString(2 + random.nextInt(300)))
                .replace("{name}", name(random))
                .replace("{street}", street(random))
                .replace("{x}", x);
    }

    private static String randomPhone(ThreadLocalRandom random) {
        return String.format(Locale.ROOT, "13%d%08d", 5 + random.nextInt(5), random.nextInt(100_000_000));
    }

    private static String name(ThreadLocalRandom random) {
        return pick(random, SURNAMES) + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
    }

    private static String street(ThreadLocalRandom random) {
        return pick(random, STREETS);
    }

    private static String pick(ThreadLocalRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A county (the first six digits of its townships' codes) and its share of the region's requests, in percent. */
    record County(String code, int share, List<String> townships) {
    }
}
