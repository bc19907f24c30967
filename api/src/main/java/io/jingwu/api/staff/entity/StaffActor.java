package io.jingwu.api.staff.entity;

import java.util.Set;

/** A signed-in staff member as the facades see them: who, with which roles, serving which units. */
public record StaffActor(String username, Set<StaffRole> roles, Set<Long> unitIds) {
}
