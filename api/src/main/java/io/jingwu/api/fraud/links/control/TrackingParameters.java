package io.jingwu.api.fraud.links.control;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Query parameters that only say where a visitor came from and never change which page opens: analytics
 * campaigns ({@code utm_*}), ad clicks (Google {@code gclid}, Microsoft {@code msclkid}, Facebook {@code fbclid}),
 * Alibaba's page trails ({@code spm}, {@code scm}) and the share marks that Taobao and WeChat add to a shared
 * link. Dropped, so that one page shared twice is one link.
 */
final class TrackingParameters {

    private static final Set<String> NAMES = Set.of(
            "spm", "scm", "from", "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
            "igshid", "twclid", "ttclid", "li_fat_id", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",
            "ref_src", "isappinstalled", "wxshare_count", "ut_sk", "suid", "shareuniqueid", "sourcetype",
            "un", "un_site", "sp_abtk", "sp_tk", "bxsign", "tbsocialpopkey", "wxsign", "cpp", "shareurl",
            "short_name");
    private static final String[] PREFIXES = {"utm_", "share_"};

    private TrackingParameters() {
    }

    /** @return the query without tracking parameters and empty pairs, in the order given; empty when none is left */
    static String dropFrom(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = (equals >= 0 ? pair.substring(0, equals) : pair).toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !isTracking(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String name) {
        if (NAMES.contains(name)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
