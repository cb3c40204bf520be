package nl.aanbodwijzer.gaps;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.GapsApi;

/** The gaps API over HTTP, typed by the generated interface. */
@Client("/")
public interface GapsClient extends GapsApi {}
