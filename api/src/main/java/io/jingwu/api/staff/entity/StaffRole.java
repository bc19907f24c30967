package io.jingwu.api.staff.entity;

/**
 * What a member of staff may do: clerks work their units' queues, supervisors oversee them, admins manage, and
 * anti-fraud staff keep the anti-fraud list shared by every anti-fraud centre.
 */
public enum StaffRole {
    CLERK, SUPERVISOR, ADMIN, ANTI_FRAUD
}
