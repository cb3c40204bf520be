package nl.aanbodwijzer.security;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Demo accounts: on only in the embedded default, all with one password. */
@ConfigurationProperties("aanbodwijzer.demo-accounts")
public record DemoAccountsConfiguration(boolean enabled, String password) {}
