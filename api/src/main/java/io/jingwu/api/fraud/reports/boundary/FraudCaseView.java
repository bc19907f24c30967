package io.jingwu.api.fraud.reports.boundary;

import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.Instant;

/** A fraud report's figures as staff see them. */
@JsonbNillable
public record FraudCaseView(String category, String scamKind, BigDecimal amountLost, BigDecimal amountStopped,
                            String stopRecordedBy, Instant stopRecordedAt) {

    static FraudCaseView of(FraudCase fraudCase) {
        return new FraudCaseView(fraudCase.category(), fraudCase.scamKind().map(ScamKind::name).orElse(null),
                fraudCase.ceiling().orElse(null), fraudCase.amountStopped().orElse(null),
                fraudCase.stopRecordedBy().orElse(null), fraudCase.stopRecordedAt().orElse(null));
    }
}
