package nl.aanbodwijzer.matching;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.MatchingApi;

/** The matching API over HTTP, typed by the generated interface. */
@Client("/")
public interface MatchingClient extends MatchingApi {}
