package io.jingwu.it.support;

import io.jingwu.api.sla.control.SlaSweep;
import io.jingwu.api.units.entity.Unit;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/**
 * Runs one SLA sweep of one unit's requests at the instant the check names
 * ({@code {"at": "2026-...", "unitCode": "..."}}), as the timer would then. Always of one unit, the check's own: a
 * sweep at a future instant of every unit would warn and escalate the requests of every other check too.
 */
@Path("test-support/sla-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaSweepsResource {

    @Inject
    SlaSweep sweep;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @POST
    public SlaSweep.SweepCounts sweep(SweepAt body) {
        if (body.unitCode() == null) {
            throw new BadRequestException("the unit whose requests to sweep: unitCode");
        }
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", body.unitCode())
                .getSingleResult();
        return sweep.sweepUnit(Instant.parse(body.at()), unit.id());
    }

    public record SweepAt(String at, String unitCode) {
    }
}
