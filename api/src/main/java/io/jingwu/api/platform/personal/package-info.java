/**
 * Values of personal data that every component handles: phone numbers as citizens type them, and the masked form
 * shown wherever the full value is not needed.
 */
package io.jingwu.api.platform.personal;
