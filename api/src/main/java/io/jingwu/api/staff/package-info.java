/**
 * Staff accounts (clerk, supervisor, admin; bound to units) and the application's one authentication mechanism:
 * signed tokens on {@code /api/*}, the sign-in session on {@code /workbench/*}, lockout after failed sign-ins.
 */
package io.jingwu.api.staff;
