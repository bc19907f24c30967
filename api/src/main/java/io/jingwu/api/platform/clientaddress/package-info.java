/**
 * Where a request comes from: the socket's peer, or behind a trusted load balancer the citizen's own address
 * from {@code X-Forwarded-For}; and what a per-address limit counts (an IPv6 client by its /64).
 * {@link io.jingwu.api.platform.clientaddress.ClientAddress} is the one entry point.
 */
package io.jingwu.api.platform.clientaddress;
