package io.jingwu.api.staff.entity;

/** What a staff member may do. */
public enum StaffRole {
    CLERK, SUPERVISOR, ADMIN
}
