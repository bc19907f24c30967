/**
 * Starts Jingwu from one jar: an embedded MariaDB when no database is configured, then Payara Micro
 * with the application war, and says in one line either where to open it or why it could not start.
 */
package io.jingwu.launcher;
