package nl.aanbodwijzer.search;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.SearchApi;

/** The search API over HTTP, typed by the generated interface. */
@Client("/")
public interface SearchClient extends SearchApi {}
