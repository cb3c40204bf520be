package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Context;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Sends what libraries log through java.util.logging (Lucene does) to the service's own log lines. */
@Context
final class JavaLoggingBridge {
    JavaLoggingBridge() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
