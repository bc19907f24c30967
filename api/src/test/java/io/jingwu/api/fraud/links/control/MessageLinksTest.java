package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The links in a message a citizen received, however the message wraps them. */
class MessageLinksTest {

    private final LinkInspector inspector = new LinkInspector();

    private List<String> urls(String message) {
        return inspector.inspectAll(message).stream().map(InspectedLink::url).toList();
    }

    @Test
    void linksWithoutSpacesAroundThemAreFoundInAChineseMessage() {
        List<InspectedLink> links = inspector.inspectAll(
                "【工商银行】尊敬的客户，您的积分即将过期，请登录icbc-vip.cc领取，详情见 https://www.icbc.com.cn/icbc/。");
        assertEquals(List.of("http://icbc-vip.cc/", "https://www.icbc.com.cn/icbc/"),
                links.stream().map(InspectedLink::url).toList());
        assertTrue(links.get(0).has(LinkFindingCode.PROTECTED_NAME_ELSEWHERE));
        assertTrue(links.get(1).has(LinkFindingCode.PROTECTED_DOMAIN));
    }

    @Test
    void aLinkEndsWhereTheSentenceGoesOn() {
        assertEquals(List.of("http://t.cn/A6xYz", "https://evil.top/x"),
                urls("您的快递异常，点击http://t.cn/A6xYz处理，或打开 hxxps://evil[.]top/x。"));
        assertEquals(List.of("http://xn--1lq90ic7f1rc.cn/"), urls("打开http://北京大學.cn请点击"));
        assertEquals(List.of("https://en.wikipedia.org/wiki/Foo_(bar)"),
                urls("请看 (https://en.wikipedia.org/wiki/Foo_(bar)) 谢谢"));
    }

    @Test
    void fullWidthAndDefangedLinksAreFound() {
        assertEquals(List.of("http://www.ccb.com/"), urls("访问ｗｗｗ．ｃｃｂ．ｃｏｍ查询"));
        assertEquals(List.of("http://icbc-vip.cc/"), urls("登录 icbc-vip。cc 领奖"));
        assertEquals(List.of("http://login.example.com/"), urls("see login[.]example[.]com"));
    }

    @Test
    void ipAddressesWithAPortOrPathAreFound() {
        assertEquals(List.of("http://103.45.2.1:8080/admin", "http://45.1.2.3/login"),
                urls("后台 http://103.45.2.1:8080/admin 和 45.1.2.3/login，版本 1.2.3.4 已发布"));
    }

    @Test
    void wordsWithDotsAndEmailAddressesAreNoLinks() {
        assertEquals(List.of(), urls("版本1.2.3已发布，金额12.50元，见readme.txt，或写信给zhang.san@qq.com"));
        assertEquals(List.of(), urls(""));
        assertEquals(List.of(), urls(null));
    }

    @Test
    void theSamePageSharedTwiceIsOneLink() {
        assertEquals(List.of("https://item.taobao.com/item.htm?id=1"),
                urls("https://item.taobao.com/item.htm?spm=a1z10&id=1 与 https://item.taobao.com/item.htm?id=1"));
    }
}
