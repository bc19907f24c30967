package io.jingwu.it;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The areas of the end-to-end suite in an order drawn at random, a new one each run, so that no area comes to rely on
 * what another did before it in the shared deployment. The seed is printed before the first area starts (the order
 * shows in the areas' "Running" lines); {@code -Djingwu.it.seed=<seed>} runs that order again.
 */
public final class RandomAreaOrder implements ClassOrderer {

    static final String SEED_PROPERTY = "jingwu.it.seed";

    /** One seed for the run: the areas are ordered more than once (discovery, then execution), always alike. */
    private static final long SEED = Long.getLong(SEED_PROPERTY, new SecureRandom().nextLong());
    private static final AtomicBoolean PRINTED = new AtomicBoolean();

    @Override
    public void orderClasses(ClassOrdererContext context) {
        if (PRINTED.compareAndSet(false, true)) {
            System.out.printf("End-to-end areas in random order, seed %d: -D%s=%d runs the same order again%n",
                    SEED, SEED_PROPERTY, SEED);
        }
        // from one starting order, whatever order the areas were found in, so that the seed alone decides
        context.getClassDescriptors().sort(Comparator.comparing(area -> area.getTestClass().getSimpleName()));
        Collections.shuffle(context.getClassDescriptors(), new java.util.Random(SEED));   // not ClassOrderer.Random
    }
}
