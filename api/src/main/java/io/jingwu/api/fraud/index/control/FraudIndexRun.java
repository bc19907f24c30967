package io.jingwu.api.fraud.index.control;

import io.jingwu.api.fraud.index.entity.CountyPopulation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the index: every county with a population, each in its own transaction ({@link CountyIndexDays}), so
 * that a county that fails leaves the others computed and is tried again at the next run.
 */
@ApplicationScoped
public class FraudIndexRun {

    private static final Logger LOG = Logger.getLogger(FraudIndexRun.class.getName());

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    CountyIndexDays countyDays;

    /** @return the county days computed */
    public int run(Instant now) {
        List<String> counties = em.createNamedQuery(CountyPopulation.ALL, CountyPopulation.class).getResultStream()
                .map(CountyPopulation::countyCode).toList();
        int days = 0;
        for (String county : counties) {
            try {
                days += countyDays.compute(county, now).size();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Anti-fraud index of county " + county + " failed; tried again at the next run");
            }
        }
        return days;
    }
}
