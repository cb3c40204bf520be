package nl.aanbodwijzer.capacity;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.CapacityApi;

/** The capacity API over HTTP, typed by the generated interface. */
@Client("/")
public interface CapacityClient extends CapacityApi {}
