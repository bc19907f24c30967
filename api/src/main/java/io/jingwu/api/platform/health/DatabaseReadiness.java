package io.jingwu.api.platform.health;

import io.jingwu.api.platform.database.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ready means: the schema is migrated and the database answers now. The answer is public (load balancers ask it),
 * so it says UP or DOWN and nothing more: why the database is down (its error names hosts and accounts) goes to the
 * server's log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(migrated() && answers()).build();
    }

    private boolean migrated() {
        if (!migrations.isComplete()) {
            LOG.fine("Not ready: the schema is not migrated yet");
            return false;
        }
        return true;
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return true;
            }
            LOG.warning(() -> "Not ready: the database did not answer within " + TIMEOUT_SECONDS + " s");
            return false;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Not ready: no connection to the database", e);
            return false;
        }
    }
}
