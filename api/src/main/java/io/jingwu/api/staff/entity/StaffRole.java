package io.jingwu.api.staff.entity;

/**
 * What a member of staff may do. The names are also the security roles of the application
 * ({@code @RolesAllowed("CLERK")}), declared in the war's {@code web.xml}.
 */
public enum StaffRole {
    /** Works the queues of their units: accepts, dispatches, handles, replies, follows up. */
    CLERK,
    /** Watches the SLAs of their units, reassigns, takes reopened requests. */
    SUPERVISOR,
    /** Manages accounts, units, routing rules and the service catalogue. */
    ADMIN
}
