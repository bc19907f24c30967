/**
 * Which unit's queue a request goes to: routing rules kept as data (request type, category, division prefix),
 * the most specific one winning, and the decision explained in words a citizen understands.
 */
package io.jingwu.api.routing;
