package nl.aanbodwijzer.catalog.taxonomy;

import io.micronaut.http.client.annotation.Client;
import nl.aanbodwijzer.api.TaxonomyApi;

/** The taxonomy API over HTTP, typed by the generated interface. */
@Client("/")
public interface TaxonomyClient extends TaxonomyApi {}
