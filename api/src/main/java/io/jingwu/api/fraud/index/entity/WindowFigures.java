package io.jingwu.api.fraud.index.entity;

import java.math.BigDecimal;

/**
 * What the fraud reports of one county's window add up to.
 *
 * @param victimReports      reports of money lost ({@code money-lost})
 * @param suspiciousContacts reports of a suspicious call, message or link, no money lost yet ({@code suspicious-contact})
 * @param bankAlarms         bank counters' alarms ({@code bank-counter-alert})
 * @param amountLost         yuan lost, as the victims reported it
 * @param amountStopped      yuan of that the stop-payment saved (止付), as the clerks recorded it; never more than lost
 */
public record WindowFigures(int victimReports, int suspiciousContacts, int bankAlarms, BigDecimal amountLost,
                            BigDecimal amountStopped) {

    public static final WindowFigures NONE = new WindowFigures(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    public WindowFigures {
        if (victimReports < 0 || suspiciousContacts < 0 || bankAlarms < 0 || amountLost.signum() < 0
                || amountStopped.signum() < 0 || amountStopped.compareTo(amountLost) > 0) {
            throw new IllegalArgumentException("Counts and amounts are never negative, nor more stopped than lost");
        }
    }

    /** What the victims lost for good: lost less stopped. */
    public BigDecimal netLoss() {
        return amountLost.subtract(amountStopped);
    }
}
