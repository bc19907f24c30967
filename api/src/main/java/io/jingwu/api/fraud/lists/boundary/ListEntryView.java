package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.fraud.lists.control.ListedValues;
import io.jingwu.api.fraud.lists.entity.ListEntry;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.time.LocalDate;

/** A list entry as staff see it: a phone or account masked (revealing it is a read of its own, audited). */
@JsonbNillable
public record ListEntryView(long id, String kind, String value, String source, LocalDate listedOn,
                            LocalDate expiresOn, boolean inForce, String addedBy, Instant addedAt, Instant removedAt,
                            String removedBy) {

    static ListEntryView of(ListEntry entry, LocalDate today) {
        return new ListEntryView(entry.id(), entry.kind().code(),
                ListedValues.masked(new ListedValue(entry.kind(), entry.value())), entry.source(), entry.listedOn(),
                entry.expiresOn().orElse(null), entry.inForceOn(today), entry.addedBy(), entry.createdAt(),
                entry.removedAt().orElse(null), entry.removedBy().orElse(null));
    }
}
