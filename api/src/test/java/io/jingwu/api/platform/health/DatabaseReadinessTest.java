package io.jingwu.api.platform.health;

import io.jingwu.api.platform.database.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /health/ready} is public: it says UP or DOWN, and why it is down only in the server's log. */
class DatabaseReadinessTest {

    private static final String FAILURE = "Access denied for user 'jingwu'@'10.20.0.7' (using password: YES)";

    private final Logger log = Logger.getLogger(DatabaseReadiness.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void recordLog() {
        log.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        log.removeHandler(recorder);
    }

    /** A data source whose every connection attempt fails as a refused database account does. */
    private static DataSource failing() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException(FAILURE, "28000", 1045);
                });
    }

    @Test
    void aDatabaseThatFailsAfterStartIsDownWithNothingOfItsErrorInTheAnswer() {
        DatabaseReadiness readiness = new DatabaseReadiness();
        readiness.dataSource = failing();
        readiness.migrations = new DatabaseMigrations() {
            @Override
            public boolean isComplete() {
                return true;
            }
        };

        HealthCheckResponse answer = readiness.call();

        assertEquals("database", answer.getName());
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        assertTrue(answer.getData().isEmpty(), "UP or DOWN only: " + answer.getData());
        assertTrue(logged.stream().anyMatch(r -> r.getThrown() != null && FAILURE.equals(r.getThrown().getMessage())),
                "the operator finds the error in the server's log");
    }
}
