package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.lists.control.CallerNumber;
import io.jingwu.api.fraud.officials.entity.OfficialPhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Someone who says they are police. The answer never confirms a name or a badge number: that would tell an
 * impersonator which names to use. It always says what police never ask for, and whether the number they called
 * from is one the police publish; even then the display may be forged, so the citizen is told to hang up and call
 * that number back. A claimed officer calling from abroad or from a forged number is a fraudster.
 */
@ApplicationScoped
public class OfficerCheck {

    @Inject
    PhoneCheck phoneCheck;

    @Inject
    TextCheck textCheck;

    /**
     * @param phone the number they called from, or null when the citizen does not have it
     * @param said  what they asked for, in the citizen's words, or null
     * @throws NotCheckableException when a phone is given that is not a phone number
     */
    public Verdict check(String phone, String said) {
        Verdict.Builder verdict = new Verdict.Builder()
                .add(Risk.CAUTION, "officer-not-confirmed")
                .advise(Advice.POLICE_NEVER_ASK_FOR_MONEY, Advice.NEVER_SHARE_CODES_OR_SCREEN,
                        Advice.HANG_UP_AND_CALL_BACK_OFFICIAL);
        if (phone != null && !phone.isBlank()) {
            CallerNumber number = CallerNumber.parse(phone).orElseThrow(() -> new NotCheckableException("not-a-phone"));
            Optional<OfficialPhoneNumber> official = phoneCheck.addFindings(number, verdict);
            if (number.abroad() || number.plusZeroZero()) {
                verdict.add(Risk.DANGER, "officer-phone-abroad");
            } else if (official.isEmpty()) {
                verdict.add(Risk.CAUTION, "officer-phone-not-official");
            }
        }
        if (said != null && !said.isBlank()) {
            textCheck.addFindings(said, verdict);
        }
        return verdict.build();
    }
}
