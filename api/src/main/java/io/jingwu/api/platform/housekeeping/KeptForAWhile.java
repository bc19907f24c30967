package io.jingwu.api.platform.housekeeping;

import java.time.Duration;
import java.util.List;

/**
 * Rows a component keeps only for a while, handed to the housekeeping as a CDI bean of its own: the housekeeping
 * deletes them in batches once they are older than the time they are kept plus its retention.
 */
public interface KeptForAWhile {

    List<Purge> purges();

    /**
     * @param name      what the log and the counts call it, e.g. the table
     * @param statement deletes one batch, at most {@link BatchDelete#SIZE} rows ({@code LIMIT}), of the rows older
     *                  than its parameter {@code ?1}
     * @param kept      how long the rows serve their purpose
     */
    record Purge(String name, String statement, Duration kept) {
    }
}
