package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.lists.control.FraudLists;
import io.jingwu.api.fraud.lists.entity.ListEntry;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the anti-fraud list and the citizens' reports say of a value, as findings: on the list is danger; reported
 * by citizens is a caution, and danger when many did, since a report alone is one person's word and a value
 * reported by mistake or out of spite must not be branded by it.
 */
@ApplicationScoped
public class ListedAndReported {

    @Inject
    FraudLists lists;

    @Inject
    @ConfigProperty(name = "jingwu.fraud.reported-caution-at", defaultValue = "2")
    int cautionAt;

    @Inject
    @ConfigProperty(name = "jingwu.fraud.reported-danger-at", defaultValue = "10")
    int dangerAt;

    /**
     * Adds what the list and the reports know of each of the values.
     *
     * @return whether they knew anything
     */
    public boolean addFindings(Collection<ListedValue> values, Verdict.Builder verdict) {
        Map<ListedValue, List<ListEntry>> listed = lists.inForce(values);
        boolean known = false;
        for (ListedValue value : values) {
            List<ListEntry> entries = listed.getOrDefault(value, List.of());
            if (!entries.isEmpty()) {
                ListEntry first = entries.stream().min(Comparator.comparing(ListEntry::listedOn)).orElseThrow();
                verdict.add(Risk.DANGER, "listed", first.listedOn().toString()).advise(Advice.DO_NOT_TRANSFER);
                known = true;
            }
            int reported = lists.timesReported(value);
            if (reported >= cautionAt) {
                verdict.add(reported >= dangerAt ? Risk.DANGER : Risk.CAUTION, "reported", reported,
                        lists.reportedWindow().toDays());
                known = true;
            }
        }
        return known;
    }
}
