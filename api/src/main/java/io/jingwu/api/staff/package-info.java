/**
 * Members of staff (clerks, supervisors, admins), bound to the units whose queues they work: who they are
 * when a rule asks who acts.
 */
package io.jingwu.api.staff;
