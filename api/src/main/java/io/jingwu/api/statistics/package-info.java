/**
 * The public figures of how units perform (评估亮晒): volume, back-flow, diversion, SLA compliance, times to accept
 * and resolve, satisfaction, per unit and period, counted in the database and published without personal data.
 */
package io.jingwu.api.statistics;
