package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.lists.control.CallerNumber;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import io.jingwu.api.fraud.officials.control.OfficialNumbers;
import io.jingwu.api.fraud.officials.entity.OfficialPhoneNumber;
import io.jingwu.api.platform.problems.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * A phone number a citizen was called or texted from. What gives a fraudster away: a forged display ({@code +00}),
 * a number from abroad dressed as a Chinese service line ({@code +1 95588}), a call from abroad at all (Chinese
 * police, banks and couriers do not call from abroad), a virtual operator's range; and the list and the reports.
 * A police number is named as such, with the warning that a display can be forged.
 */
@ApplicationScoped
public class PhoneCheck {

    @Inject
    OfficialNumbers officials;

    @Inject
    ListedAndReported listedAndReported;

    /** @throws NotCheckableException when the text is not a phone number of any shape */
    public Verdict check(String text) {
        return check(CallerNumber.parse(text).orElseThrow(() -> new NotCheckableException("not-a-phone")));
    }

    public Verdict check(CallerNumber number) {
        Verdict.Builder verdict = new Verdict.Builder();
        addFindings(number, verdict);
        return verdict.build();
    }

    /** The number's findings; also whether it is an official police number (for the officer check). */
    public Optional<OfficialPhoneNumber> addFindings(CallerNumber number, Verdict.Builder verdict) {
        if (number.plusZeroZero()) {
            verdict.add(Risk.DANGER, "phone-plus-zero-zero").advise(Advice.HANG_UP_AND_CALL_BACK_OFFICIAL);
        }
        if (number.abroad() && number.looksLikeServiceLine()) {
            verdict.add(Risk.DANGER, "phone-abroad-service-line", "+" + number.countryCode(), number.national())
                    .advise(Advice.HANG_UP_AND_CALL_BACK_OFFICIAL);
        } else if (number.abroad()) {
            verdict.add(Risk.CAUTION, "phone-abroad", "+" + number.countryCode());
        }
        if (number.virtualOperator()) {
            verdict.add(Risk.CAUTION, "phone-virtual-operator", number.national().substring(0, 3));
        }
        boolean known = listedAndReported.addFindings(List.of(new ListedValue(ListKind.PHONE, number.normalised())),
                verdict);
        Optional<OfficialPhoneNumber> official = number.plusZeroZero() || number.abroad()
                ? Optional.empty() : officials.of(number.normalised());
        official.ifPresent(found -> verdict.add(Risk.SAFE, "phone-official", (Refusal.Worded) found::label)
                .advise(Advice.HANG_UP_AND_CALL_BACK_OFFICIAL, Advice.POLICE_NEVER_ASK_FOR_MONEY));
        if (official.isEmpty() && !known && verdict.risk() == Risk.SAFE) {
            verdict.add(Risk.SAFE, number.looksLikeServiceLine() ? "phone-service-line" : "phone-nothing-known");
        }
        return official;
    }
}
