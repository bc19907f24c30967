package io.jingwu.api.statistics.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.units.entity.UnitKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * What diversion (分流) measures: 双非 requests, reports that are neither emergencies nor police matters, taken
 * away from the police by units that are not police.
 */
public final class Diversion {

    /**
     * 双非 requests: disputes and non-emergency incidents. Consultations do not count: a question for the duty
     * clerk is not a case reported to the police, so there is nothing to divert.
     */
    public static final Set<RequestType> DOUBLE_NON = EnumSet.of(RequestType.DISPUTE, RequestType.INCIDENT);

    /** The livelihood team, the mediators and the departments outside the police; every other kind is police. */
    public static final Set<UnitKind> NON_POLICE = EnumSet.of(UnitKind.LIVELIHOOD_TEAM, UnitKind.MEDIATION,
            UnitKind.EXTERNAL_DEPARTMENT);

    private Diversion() {
    }

    public static boolean isPolice(UnitKind kind) {
        return !NON_POLICE.contains(kind);
    }
}
