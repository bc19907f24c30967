/**
 * What a link really is, for the fraud checks: the host it leads to behind defanged, full-width and tracking-laden
 * forms, and the signs of a fraudulent one (a spoofed or lookalike domain, a bank's name inside a stranger's domain,
 * a shortener, a bare IP address...). Works offline, from lists shipped with the application.
 */
package io.jingwu.api.fraud.links;
