package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.fraud.lists.entity.ListEntry;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * A value to put on the anti-fraud list: the body of {@code POST /api/v1/fraud/list}, and one line of an imported
 * CSV file. Kind and dates are checked as code ({@link ListEntryRules}), as their messages list the kinds.
 *
 * @param kind      phone, domain, url, bank-card, alipay, wechat, qq or app
 * @param source    where the knowledge comes from (a case number, a bank's notice, a centre's bulletin)
 * @param listedOn  yyyy-mm-dd; today when absent
 * @param expiresOn yyyy-mm-dd, the last day it counts; never when absent
 */
public record ListEntryInput(String kind,
                             @Required(message = "{fraud.list.value.required}")
                             @TextLength(max = ListEntry.VALUE_MAX, message = "{fraud.list.value.length}") String value,
                             @Required(message = "{fraud.list.source.required}")
                             @TextLength(max = ListEntry.SOURCE_MAX, message = "{fraud.list.source.length}") String source,
                             String listedOn,
                             String expiresOn) {
}
