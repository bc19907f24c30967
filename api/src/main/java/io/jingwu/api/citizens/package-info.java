/**
 * How citizens, who have no account, prove a request is theirs: a one-time code sent to the request's contact
 * phone, exchanged for a short-lived token bound to that one request.
 */
package io.jingwu.api.citizens;
