package nl.aanbodwijzer.catalog;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.OffersApi;

/** The generated offers API, called over HTTP. */
@Client("/")
interface OffersClient extends OffersApi {}
