package nl.aanbodwijzer.system;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.AuditApi;

/** The audit API over HTTP, typed by the generated interface. */
@Client("/")
public interface AuditClient extends AuditApi {}
