package nl.aanbodwijzer.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code admin create NAME} on an empty database without demo accounts, as production starts: it makes
 * the first administrator, refuses a weak password and a name in use, and never reads one from an argument.
 */
class AdminCommandTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private boolean firstRun;

    @BeforeEach
    void startFromAnEmptyDatabase() {
        firstRun = true;
    }

    @Test
    void shouldCreateTheFirstAdministratorWithThePasswordFromStandardInput() throws IOException {
        assertThat(run(Map.of(), "een-sterk-beheerwachtwoord\n", "admin", "create", "eerste-beheerder"))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created administrator eerste-beheerder");
        try (ApplicationContext context = context().start()) {
            Account admin = context.getBean(AccountRepository.class)
                    .findByUsername("eerste-beheerder")
                    .orElseThrow();
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(context.getBean(PasswordHasher.class)
                            .matches("een-sterk-beheerwachtwoord", admin.passwordHash()))
                    .isTrue();
            assertThat(context.getBean(AccountRepository.class).count()).isEqualTo(1);
        }
    }

    @Test
    void shouldTakeThePasswordFromTheEnvironmentAndRefuseANameInUse() throws IOException {
        Map<String, String> environment = Map.of(AdminCommand.PASSWORD_VARIABLE, "uit-de-omgeving-42");

        assertThat(run(environment, "", "admin", "create", "beheerder")).isZero();
        assertThat(run(environment, "", "admin", "create", "beheerder")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists");
    }

    @Test
    void shouldRefuseAWeakPasswordAndWriteNothing() throws IOException {
        assertThat(run(Map.of(), "aaaaaaaaaa\n", "admin", "create", "beheerder"))
                .isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("password: ");
        try (ApplicationContext context = context().start()) {
            assertThat(context.getBean(AccountRepository.class).count()).isZero();
        }
    }

    @Test
    void shouldRefuseAPasswordAsAnArgument() throws IOException {
        assertThat(run(Map.of(), "", "admin", "create", "beheerder", "geheim-wachtwoord"))
                .isEqualTo(2);
        assertThat(run(Map.of(), "", "admin", "create", "beheerder")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password");
    }

    private int run(Map<String, String> environment, String stdin, String... args) throws IOException {
        return AdminCommand.run(
                args,
                environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                context());
    }

    /** The first context of a test starts from an empty schema; later ones see what it wrote. */
    private ApplicationContextBuilder context() {
        boolean clean = firstRun;
        firstRun = false;
        return ApplicationContext.builder("test")
                .properties(Map.of(
                        "aanbodwijzer.data-dir",
                        dataDir.toString(),
                        "aanbodwijzer.demo-accounts.enabled",
                        false,
                        "flyway.datasources.default.clean-schema",
                        clean));
    }
}
