/**
 * The component tests' database: the middle layer between unit tests and the end-to-end suite. Queries, locking and
 * limits run against a real MariaDB, with the application's persistence unit and migrations, without Payara.
 *
 * <ul>
 * <li>{@link io.jingwu.api.testing.ComponentDatabase}: one database per JVM, migrated once, on the server of
 *     {@code JINGWU_DB_URL} when it is set (in a database of its own, dropped at the end) or on an embedded
 *     MariaDB otherwise;</li>
 * <li>{@link io.jingwu.api.testing.RolledBackTransaction}: each test in a transaction rolled back after it;</li>
 * <li>{@link io.jingwu.api.testing.SeparateTransaction}: a second connection, for what another clerk or instance
 *     holds at the same time; tests that commit use units of their own ({@link io.jingwu.api.testing.StoredRequests}),
 *     so no two tests share a queue.</li>
 * </ul>
 *
 * Beans under test are created with {@code new} and given the entity manager, as the container would inject it.
 * These test classes are named {@code *DatabaseTest}: {@code -Dtest='io.jingwu.api.**.*DatabaseTest'} runs the
 * layer alone.
 */
package io.jingwu.api.testing;
