/** Readiness as MicroProfile Health reports it at {@code /health/ready}. */
package io.jingwu.api.platform.health;
