package nl.aanbodwijzer.security;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.AccountsApi;

/** The accounts API over HTTP, typed by the generated interface. */
@Client("/")
public interface AccountsClient extends AccountsApi {}
