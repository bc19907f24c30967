package io.jingwu.architecture;

import java.util.List;

/**
 * The components of {@code io.jingwu.api}, from {@code platform} up: each may use those before it and none after
 * it. The README's "Components" list says the same.
 */
final class ComponentOrder {

    static final String API = "io.jingwu.api";

    static final List<String> API_COMPONENTS = List.of(
            "platform",      // persistence, crypto, languages, problems, limits, personal-data values
            "divisions",     // administrative divisions (reference data)
            "units",         // police units
            "staff",         // staff accounts, roles, sign-in
            "institutions",  // relying institutions and their keys
            "documents",     // identity documents: parse and check
            "catalogue",     // the service catalogue: request types, services, questions
            "routing",       // which unit serves a request
            "requests",      // requests and their lifecycle; raises RequestMoved
            "sla",           // deadlines, alerts, escalations (observes moves)
            "repeats",       // links between requests (observes submissions)
            "personaldata",  // audited reveals of personal data
            "notifications", // citizens' notices and the SMS outbox (observes moves)
            "citizens",      // a citizen's own request: access codes, tokens, progress
            "attachments",   // evidence images
            "queues",        // units' queues and claiming
            "statistics",    // public figures, dashboards (observes moves after commit)
            "casework",      // one request as staff see and work it
            "identity",      // identity verification and credentials
            "fraud");        // anti-fraud checks, the shared list, reported values (observes submissions)

    /** The modules, lowest first: a module may use those before it. */
    static final List<String> MODULES = List.of("io.jingwu.api", "io.jingwu.chatbot", "io.jingwu.portal");

    private ComponentOrder() {
    }
}
