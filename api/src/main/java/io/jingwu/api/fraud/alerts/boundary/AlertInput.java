package io.jingwu.api.fraud.alerts.boundary;

import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;

/**
 * A bank teller's one-click alarm, the body of {@code POST /api/v1/fraud/alerts}: where the branch is and what the
 * customer is about to do. Nothing identifies the customer. The rules of the catalogue's bank counter alert (the
 * amount, the phone, the division) apply as for any request; an error names this body's member.
 *
 * @param branchName     the branch, as the bank names it
 * @param divisionCode   the branch's administrative division (9 or 12 digits, or 6 for a county)
 * @param branchAddress  the branch's street address, where officers go
 * @param customerIntent what the customer is about to do ("wire 300,000 yuan to a 'safe account' for 'Shanghai police'")
 * @param amount         the amount at risk, in yuan
 * @param tellerPhone    the counter's phone, for the officers on their way
 * @param customerAge    optional
 * @param customerStillPresent whether the customer is still at the branch; true when absent
 */
public record AlertInput(@Required(message = "{fraud.alert.branchName.required}")
                         @TextLength(max = 100, message = "{fraud.alert.branchName.length}") String branchName,
                         String divisionCode,
                         @Required(message = "{fraud.alert.branchAddress.required}") String branchAddress,
                         @Required(message = "{fraud.alert.customerIntent.required}")
                         @TextLength(max = 200, message = "{fraud.alert.customerIntent.length}") String customerIntent,
                         Object amount,
                         String tellerPhone,
                         Integer customerAge,
                         Boolean customerStillPresent) {
}
