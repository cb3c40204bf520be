package nl.aanbodwijzer.matching;

import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static nl.aanbodwijzer.matching.ProfileFixture.with;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.DatabaseSnapshot;
import nl.aanbodwijzer.system.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The profile is anonymous by construction: identity is refused, free text and references are not kept. */
@MicronautTest(transactional = false)
class MatchPrivacyTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestAccounts accounts;

    @Inject
    DatabaseSnapshot database;

    private BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
        accounts.ensure("test-coordinator", Role.COORDINATOR, null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "bsn", "birthDate", "address", "postcode", "studentNumber"})
    void shouldRefuseAnyIdentityAndStoreNothing(String field) {
        Map<String, List<String>> before = database.take();

        Map<String, Object> answer = problem(
                client,
                HttpRequest.POST(
                                "/api/v1/matches", with(vo("GM0202", "ASS", 6, false), field, "Jan de Vries 123456782"))
                        .basicAuth("test-coordinator", TestAccounts.PASSWORD),
                HttpStatus.BAD_REQUEST);

        assertThat((String) answer.get("detail")).contains(field).doesNotContain("Jan de Vries");
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldKeepNoFreeTextNoSchoolAndNoCaseReferenceAnywhere() {
        String text = "Pietje Puk uit de Zonnebloemstraat is angstig en autistisch";
        String caseReference = "dossier-4711-xq";
        Map<String, Object> profile =
                with(vo("GM0202", "ASS", 9, false), "text", text, "caseReference", caseReference, "school", "20TZ00");
        ListAppender<ILoggingEvent> logs = captureAllLogs();

        MatchResult result = client.retrieve(
                HttpRequest.POST("/api/v1/matches", profile).basicAuth("test-coordinator", TestAccounts.PASSWORD),
                MatchResult.class);

        stopCapturing(logs);
        assertThat(result.getGap()).as("a gap was recorded").isNotNull();
        String everything = database.take().toString();
        assertThat(everything).doesNotContain("Pietje", "Zonnebloemstraat", caseReference);
        assertThat(database.take().get("gap").toString()).doesNotContain("20TZ00");
        assertThat(logs.list)
                .as("the service logs, at every level (the test's own HTTP client may log what it sends)")
                .filteredOn(event -> !event.getLoggerName().startsWith("io.micronaut.http.client"))
                .isNotEmpty()
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("Pietje") || message.contains(caseReference));
    }

    private static ListAppender<ILoggingEvent> captureAllLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.ALL);
        return appender;
    }

    private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.detachAppender(appender);
    }
}
