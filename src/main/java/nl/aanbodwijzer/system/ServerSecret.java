package nl.aanbodwijzer.system;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A key the service generated for itself (the embedded default only), Base64. */
@MappedEntity("server_secret")
record ServerSecret(@Id String name, String value) {}
