package io.jingwu.api.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date when the application deploys, so a bare Payara Micro and every test
 * deployment migrate too. Start-up beans that use the database declare {@code @DependsOn("DatabaseMigrations")}.
 * The connection settings come from MicroProfile Config ({@code JINGWU_DB_URL} etc., or the system properties
 * the launcher sets for the embedded database).
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "io.jingwu.api.platform.database.LocalMariaDbDataSource",
        url = "${MPCONFIG=jingwu.db.url}",
        user = "${MPCONFIG=jingwu.db.user}",
        password = "${MPCONFIG=jingwu.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Read committed: locking reads take no gap locks, so clerks claiming from one queue with
        // FOR UPDATE SKIP LOCKED do not deadlock on each other's index gaps (repeatable read did).
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/jingwu";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** Demo data (sample requests) is only for the embedded default; the launcher turns it on. */
    @Inject
    @ConfigProperty(name = "jingwu.db.demo", defaultValue = "false")
    boolean demoData;

    /** Migrations written in Java (reference data loaded from files), contributed by the components that own them. */
    @Inject
    @Any
    Instance<JavaMigration> javaMigrations;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        complete = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now" + (demoData ? ", demo data on" : "") + ")");
    }

    public boolean isComplete() {
        return complete;
    }
}
