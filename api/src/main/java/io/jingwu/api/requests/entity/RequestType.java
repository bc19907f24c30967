package io.jingwu.api.requests.entity;

import io.jingwu.api.units.entity.UnitKind;

import java.util.List;

/** What a citizen asks for, and the kinds of unit that handle it, in order of preference. */
public enum RequestType {
    IDENTITY_EXCEPTION(UnitKind.EXIT_ENTRY, UnitKind.HOUSEHOLD_OFFICE),
    DOCUMENT_REISSUE(UnitKind.HOUSEHOLD_OFFICE, UnitKind.CAMPUS_STATION, UnitKind.EXIT_ENTRY),
    DISPUTE(UnitKind.LIVELIHOOD_TEAM, UnitKind.MEDIATION, UnitKind.POLICE_STATION),
    INCIDENT(UnitKind.POLICE_STATION, UnitKind.ECOLOGICAL_POLICE),
    FRAUD_REPORT(UnitKind.ANTI_FRAUD_CENTRE, UnitKind.POLICE_STATION),
    CONSULTATION(UnitKind.POLICE_STATION);

    private final List<UnitKind> handledBy;

    RequestType(UnitKind... handledBy) {
        this.handledBy = List.of(handledBy);
    }

    public List<UnitKind> handledBy() {
        return handledBy;
    }

    public static boolean isKnown(String name) {
        for (RequestType type : values()) {
            if (type.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
