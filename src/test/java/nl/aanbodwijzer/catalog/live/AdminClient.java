package nl.aanbodwijzer.catalog.live;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.AdminApi;

/** The administration API over HTTP, typed by the generated interface. */
@Client("/")
public interface AdminClient extends AdminApi {}
