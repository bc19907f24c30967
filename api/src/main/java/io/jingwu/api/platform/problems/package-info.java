/**
 * How the API says no: RFC 9457 problem documents worded in the caller's language, with one entry per
 * invalid field, and never a stack trace.
 */
package io.jingwu.api.platform.problems;
