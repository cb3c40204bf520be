package nl.aanbodwijzer.matching;

import static nl.aanbodwijzer.matching.ProfileFixture.vo;
import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.api.model.MatchResult;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The profile is anonymous by construction: identity is refused, free text and references are not kept. */
class MatchPrivacyTest extends ApiTest {
    @Inject
    MatchingClient matching;

    /** The typed model has no field for identity, so these requests are sent as plain JSON. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"name", "bsn", "birthDate", "address", "postcode", "studentNumber"})
    void shouldRefuseAnyIdentityAndStoreNothing(String field) {
        String coordinator = accounts.coordinator();
        Map<String, List<String>> before = database.take();
        Map<String, Object> profile = new HashMap<>(Map.of(
                "age",
                14,
                "sector",
                "VO",
                "municipality",
                "GM0202",
                "needs",
                List.of("ASS"),
                "absenceStatus",
                "RELATIEF_VERZUIM",
                "weeksAbsent",
                6,
                "hasTlv",
                false,
                "hasCareIndication",
                false));
        profile.put(field, "Jan de Vries 123456782");

        String detail = problem(
                        raw(),
                        HttpRequest.POST("/api/v1/matches", profile).basicAuth(coordinator, TestAccounts.PASSWORD),
                        HttpStatus.BAD_REQUEST)
                .getDetail();

        assertThat(detail).contains(field).doesNotContain("Jan de Vries");
        assertThat(database.take()).isEqualTo(before);
    }

    @Test
    void shouldKeepNoFreeTextNoSchoolAndNoCaseReferenceAnywhere() {
        String text = "Pietje Puk uit de Zonnebloemstraat is angstig en autistisch";
        String caseReference = "dossier-4711-xq";
        signIn(accounts.coordinator());
        ListAppender<ILoggingEvent> logs = captureAllLogs();

        MatchResult result = matching.match(vo("GM0202", "ASS", 9, false)
                .text(text)
                .caseReference(caseReference)
                .school("20TZ00"));

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
        root.setLevel(Level.TRACE);
        return appender;
    }

    private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.detachAppender(appender);
    }
}
