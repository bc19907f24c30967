/**
 * The database connection and its schema: the data source every persistence unit uses, and the Flyway
 * migrations that run when the application deploys, before anything else touches the tables.
 */
package io.jingwu.api.platform.database;
