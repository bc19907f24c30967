package io.jingwu.api.platform.crypto;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Where code that the container does not create reaches the data keys: JPA attribute converters are
 * instantiated by the persistence provider, and entity callbacks are plain methods. {@link DataEncryption}
 * installs the keys while the application starts, before any request is served; should a converter run earlier
 * (another start-up bean), asking the container for {@link DataEncryption} loads them first.
 */
public final class Keyring {

    private static volatile DataKeys keys;

    private Keyring() {
    }

    static void install(DataKeys loaded) {
        keys = loaded;
    }

    /** @throws IllegalStateException outside a running application, where no keys have been loaded */
    public static DataKeys keys() {
        DataKeys current = keys;
        if (current != null) {
            return current;
        }
        try {
            return CDI.current().select(DataEncryption.class).get().keys();
        } catch (IllegalStateException noContainer) {
            throw new IllegalStateException("The data keys are not loaded: personal data can only be read and "
                    + "written inside the started application");
        }
    }
}
