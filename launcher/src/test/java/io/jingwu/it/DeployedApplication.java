package io.jingwu.it;

import java.net.URI;

/** What every area's checks start from: the address of the suite's one deployment. */
abstract class DeployedApplication {

    URI base() {
        return TestEnvironment.base();
    }
}
