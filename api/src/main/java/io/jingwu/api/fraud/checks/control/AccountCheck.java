package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.lists.control.AccountNumbers;
import io.jingwu.api.fraud.lists.control.CardIssuers;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import io.jingwu.api.platform.problems.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An account someone asks the citizen to pay into: a bank card, an Alipay, WeChat or QQ account, or an app to
 * install. The list and the reports judge it; a card also has its check digit and issuing bank read, so that a
 * mistyped number or a "court's account" at a private person's bank shows.
 */
@ApplicationScoped
public class AccountCheck {

    static final Set<ListKind> ACCOUNT_KINDS =
            EnumSet.of(ListKind.BANK_CARD, ListKind.ALIPAY, ListKind.WECHAT, ListKind.QQ, ListKind.APP);

    @Inject
    ListedAndReported listedAndReported;

    /**
     * @param kindText the account's kind ({@code bank-card}, {@code alipay}, {@code wechat}, {@code qq}, {@code app}),
     *                 or null to tell it from the value's shape
     * @throws NotCheckableException when the kind is unknown or the value has no shape of that kind
     */
    public Verdict check(String kindText, String value) {
        ListKind kind = kindOf(kindText, value);
        String normalised = AccountNumbers.normalise(kind, value)
                .orElseThrow(() -> new NotCheckableException("not-an-account"));
        return check(new ListedValue(kind, normalised));
    }

    public Verdict check(ListedValue account) {
        Verdict.Builder verdict = new Verdict.Builder();
        if (account.kind() == ListKind.BANK_CARD) {
            String card = account.normalised();
            if (!AccountNumbers.luhnValid(card)) {
                verdict.add(Risk.SAFE, "card-check-digit");
            }
            CardIssuers.issuerOf(card).ifPresent(issuer -> verdict.add(Risk.SAFE, "card-issuer",
                    (Refusal.Worded) issuer::name));
        }
        if (!listedAndReported.addFindings(List.of(account), verdict)) {
            verdict.add(Risk.SAFE, account.kind() == ListKind.APP ? "app-nothing-known" : "account-nothing-known");
        }
        if (account.kind() != ListKind.APP) {
            verdict.advise(Advice.DO_NOT_TRANSFER);
        }
        return verdict.build();
    }

    private static ListKind kindOf(String kindText, String value) {
        if (kindText == null || kindText.isBlank()) {
            return AccountNumbers.guessKind(value).orElseThrow(() -> new NotCheckableException("not-an-account"));
        }
        return ListKind.parse(kindText).filter(ACCOUNT_KINDS::contains)
                .orElseThrow(() -> new NotCheckableException("account-kind-unknown"));
    }
}
