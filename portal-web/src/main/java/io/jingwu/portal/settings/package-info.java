/**
 * The administrators' settings in the workbench: SLA policies and the working calendar, and the text-message
 * outbox. The pages call the api module's boundaries, so every rule and message is the REST API's own.
 */
package io.jingwu.portal.settings;
