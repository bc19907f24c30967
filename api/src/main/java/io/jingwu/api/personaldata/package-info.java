/**
 * Personal data of requests as staff and citizens see it: masked by default ({@code 138****5678}), in full only
 * for a staff member of the owning unit who gives a purpose, each such read written to an append-only log that
 * the citizen can see; and finding requests by a phone number that is stored encrypted.
 */
package io.jingwu.api.personaldata;
