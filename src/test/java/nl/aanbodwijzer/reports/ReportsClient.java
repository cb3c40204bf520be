package nl.aanbodwijzer.reports;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.ReportsApi;

/** The reports over HTTP as JSON, typed by the generated interface. */
@Client("/")
public interface ReportsClient extends ReportsApi {}
