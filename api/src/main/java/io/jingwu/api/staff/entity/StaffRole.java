package io.jingwu.api.staff.entity;

/** What a member of staff may do: clerks work their units' queues, supervisors oversee them, admins manage. */
public enum StaffRole {
    CLERK, SUPERVISOR, ADMIN
}
