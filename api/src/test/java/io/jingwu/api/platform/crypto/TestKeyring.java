package io.jingwu.api.platform.crypto;

/** Loads data keys for unit tests of code that hashes or signs with them outside a running application. */
public final class TestKeyring {

    private TestKeyring() {
    }

    public static void install(byte[] configuredKey) {
        Keyring.install(DataKeys.derive(configuredKey));
    }
}
