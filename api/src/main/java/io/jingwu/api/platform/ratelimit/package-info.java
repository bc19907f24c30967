/** Limits on how often something may be done, counted in the database so that every instance shares them. */
package io.jingwu.api.platform.ratelimit;
