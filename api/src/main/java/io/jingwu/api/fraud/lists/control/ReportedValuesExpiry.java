package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A reported value counts only within the reporting window ({@link FraudLists#reportedWindow()}); past it, it says
 * nothing and its hash is derived from a phone or an account all the same. The report itself stays.
 */
@ApplicationScoped
public class ReportedValuesExpiry implements KeptForAWhile {

    @Inject
    FraudLists lists;

    @Override
    public List<Purge> purges() {
        return List.of(new Purge("fraud_reported_values", "DELETE FROM fraud_reported_values WHERE reported_at < ?1"
                + " ORDER BY reported_at LIMIT " + BatchDelete.SIZE, lists.reportedWindow()));
    }
}
