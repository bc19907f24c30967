package io.jingwu.api.platform.crypto;

/**
 * Loads the server's data keys into the benchmark's own process, as the application does when it starts, so that the
 * application's code ({@code CredentialCodes.hash}, {@code CredentialTokens.sign}, the document and phone hashes)
 * computes what the seeded rows and the checks need exactly as the server would: nothing is re-implemented.
 */
public final class BenchKeyring {

    private BenchKeyring() {
    }

    public static void install(DataKeys keys) {
        Keyring.install(keys);
    }
}
