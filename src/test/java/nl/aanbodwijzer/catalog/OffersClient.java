package nl.aanbodwijzer.catalog;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.OffersApi;

/** The offers API over HTTP, typed by the generated interface. */
@Client("/")
public interface OffersClient extends OffersApi {}
