package io.jingwu.api.platform.language;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds the traditional characters that matter for police services onto their simplified
 * form, so a message typed in Hong Kong, Macau or Taiwan style meets the same features as
 * the simplified corpus. A full conversion table would be larger than the whole model; the
 * characters below cover the vocabulary of the corpora (police services, scams).
 */
final class TraditionalChinese {

    /** Pairs of traditional then simplified character. */
    private static final String PAIRS =
            "詐诈騙骗證证補补辦办報报資资號号進进詢询糾纠紛纷鄰邻護护們们請请問问嗎吗這这個个"
            + "電电話话銀银帳账賬账戶户轉转錢钱給给還还會会麼么說说對对應应該该員员門门關关係系"
            + "為为與与從从無无記记錄录丟丢遺遗時时僑侨換换領领過过謝谢見见歡欢讓让邊边樣样幾几"
            + "點点間间處处題题裡里裏里發发現现網网絡络線线連连結结鏈链擊击輸输驗验碼码鬧闹樓楼"
            + "聲声闆板東东債债務务經经濟济費费買买賣卖貨货質质價价訂订單单險险實实親亲爺爷媽妈"
            + "婦妇場场區区縣县業业學学書书簽签註注冊册續续審审歲岁類类傳传機机構构權权認认識识"
            + "讀读寫写聽听談谈聯联繫系寶宝幣币額额凍冻賠赔償偿貸贷幫帮筆笔開开啟启啓启動动態态"
            + "狀状況况醫医療疗車车輛辆駕驾駛驶嚴严覺觉夠够歷历紀纪罰罚偵侦調调託托隊队輔辅導导"
            + "視视頻频監监測测戲戏氣气溫温雲云陽阳籃篮賽赛雙双數数練练習习聞闻畫画觀观盤盘漲涨"
            + "飯饭燒烧魚鱼雞鸡湯汤餅饼麵面熱热風风颱台陰阴兒儿兩两衝冲擾扰鬥斗毆殴傷伤鎖锁壞坏"
            + "損损賴赖騷骚慮虑擔担憂忧驚惊嚇吓緊紧衛卫據据廳厅館馆臺台檯台檢检嫌嫌離离婚婚決决"
            + "師师僱雇傭佣廠厂職职薪薪資资產产剛刚萬万億亿歸归還还據据單单優优惠惠絲丝罷罢倆俩"
            + "鑰钥匙匙樂乐陸陆體体歐欧參参與与總总統统處处罪罪証证隻只準准於于後后裝装修修噪噪"
            + "繳缴納纳餘余額额響响鐘钟頭头腦脑壓压嗶哔愛爱戀恋約约團团購购買买獎奖級级節节圖图"
            + "馬马訴诉詳详細细錯错誤误確确顯显獲获贈赠禮礼隨随絕绝稅税違违規规懲惩範范週周憑凭標标頁页"
            + "載载軟软鍵键螢萤協协遠远議议臨临儲储鈔钞匯汇滙汇試试訊讯簡简遊游備备膚肤運运郵邮禍祸綁绑"
            + "贖赎獄狱執执緝缉喚唤別别孫孙虧亏倉仓槓杠桿杆顧顾掃扫維维條条謊谎稱称偽伪銷销專专屬属內内"
            + "紙纸塊块鬆松趕赶盡尽將将閉闭須须盜盗竊窃齡龄陣阵憶忆舊旧僅仅來来際际國国屆届貼贴義义廣广"
            + "勵励紅红鑒鉴鑑鉴";

    private static final Map<Character, Character> SIMPLIFIED = new HashMap<>();

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            char traditional = PAIRS.charAt(i);
            char simplified = PAIRS.charAt(i + 1);
            if (traditional != simplified) {
                SIMPLIFIED.put(traditional, simplified);
            }
        }
    }

    private TraditionalChinese() {
    }

    static int simplify(int codePoint) {
        if (codePoint > Character.MAX_VALUE) {
            return codePoint;
        }
        Character simplified = SIMPLIFIED.get((char) codePoint);
        return simplified == null ? codePoint : simplified;
    }

    static int size() {
        return SIMPLIFIED.size();
    }
}
