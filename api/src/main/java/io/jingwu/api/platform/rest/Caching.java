package io.jingwu.api.platform.rest;

import jakarta.ws.rs.core.CacheControl;

/** Cache directives shared by the resources. */
public final class Caching {

    private Caching() {
    }

    /** For answers that carry a secret or personal data: no cache, no proxy and no browser history may keep them. */
    public static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }
}
