package nl.aanbodwijzer.catalog;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class OfferErrorsTest {
    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/offers?sector=XX | sector | PO | XX",
                "/api/v1/offers?type=SCHOOL | type | ONDERWIJSZORGARRANGEMENT | SCHOOL",
                "/api/v1/offers?need=angst | need | ANGST_SCHOOLWEIGERING | angst",
                "/api/v1/offers?status=OPEN | status | PILOT | OPEN",
            })
    @SuppressWarnings("unchecked")
    void shouldRejectAnUnknownCodeNamingTheAllowedValues(String uri, String field, String oneAllowed, String sent) {
        Map<String, Object> problem = problem(blocking(), HttpRequest.GET(uri), HttpStatus.BAD_REQUEST);

        Map<String, Object> error = firstError(problem);
        assertThat(error).containsEntry("field", field);
        assertThat((List<String>) error.get("allowed")).contains(oneAllowed);
        assertThat((String) error.get("message")).startsWith("'" + sent + "' is not one of");
        assertThat((String) problem.get("detail")).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/offers?age=abc | age",
                "/api/v1/offers?age=-1 | age",
                "/api/v1/offers?age=99999999999 | age",
                "/api/v1/offers?size=1000 | size",
                "/api/v1/offers?size=0 | size",
                "/api/v1/offers?page=0 | page",
                "/api/v1/offers?municipality=Arnhem | municipality",
                "/api/v1/offers?municipality=GM9999 | municipality",
            })
    void shouldRejectABadValueNamingTheField(String uri, String field) {
        Map<String, Object> problem = problem(blocking(), HttpRequest.GET(uri), HttpStatus.BAD_REQUEST);

        assertThat(firstError(problem)).containsEntry("field", field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/offers/no-such-offer", "/api/v1/offers/%20", "/api/v1/no-such-thing"})
    void shouldAnswerNotFoundAsAProblem(String uri) {
        problem(blocking(), HttpRequest.GET(uri), HttpStatus.NOT_FOUND);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertThat(errors).isNotEmpty();
        return errors.get(0);
    }

    private BlockingHttpClient blocking() {
        return http.toBlocking();
    }
}
