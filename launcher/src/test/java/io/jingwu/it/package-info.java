/**
 * End-to-end tests: the assembled war on a real Payara Micro against a real MariaDB (embedded by default,
 * the server of {@code JINGWU_DB_URL} otherwise), driven over HTTP and through headless Chromium. The whole
 * suite shares one deployment ({@link io.jingwu.it.JingwuIT}); each area's checks live in their own class.
 */
package io.jingwu.it;
