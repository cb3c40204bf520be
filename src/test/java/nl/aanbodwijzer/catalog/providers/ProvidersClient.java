package nl.aanbodwijzer.catalog.providers;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.ProvidersApi;

/** The providers API over HTTP, typed by the generated interface. */
@Client("/")
public interface ProvidersClient extends ProvidersApi {}
