/**
 * Service levels: the promise for each kind of request (accept within, resolve within) kept as data, the working
 * calendar with China's holidays and swapped working days, every request's stage deadlines, and the sweep that
 * warns a unit's supervisors before a deadline passes and escalates once it has.
 */
package io.jingwu.api.sla;
