package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.security.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Calls every operation of the contract as every kind of caller and checks each answer against the
 * declared rights. {@code ok} means the caller got past the rights check (any answer but 401, 403 or a
 * server error; the bodies are harmless, so most answers are 400 or 428); an operation the matrix does
 * not name fails the test, so a new operation cannot go unchecked.
 */
class RightsMatrixTest extends ApiTest {
    /** The callers, in the order of the matrix's columns. */
    static final List<String> CALLERS = List.of(
            "anonymous",
            "coordinator",
            "other coordinator",
            "own provider",
            "other provider",
            "projectleider",
            "admin");

    static final Map<String, String> MATRIX = Map.ofEntries(
            Map.entry("listOffers", "ok ok ok ok ok ok ok"),
            Map.entry("suggestOffers", "ok ok ok ok ok ok ok"),
            Map.entry("getOffer", "ok ok ok ok ok ok ok"),
            Map.entry("getCapacityHistory", "ok ok ok ok ok ok ok"),
            Map.entry("listProviders", "ok ok ok ok ok ok ok"),
            Map.entry("getTaxonomy", "ok ok ok ok ok ok ok"),
            Map.entry("createToken", "ok ok ok ok ok ok ok"),
            Map.entry("getAccount", "401 ok ok ok ok ok ok"),
            Map.entry("createOffer", "401 403 403 403 403 ok ok"),
            Map.entry("updateOffer", "401 403 403 403 403 ok ok"),
            Map.entry("updateCapacity", "401 403 403 ok 403 ok ok"),
            Map.entry("confirmCapacity", "401 403 403 ok 403 ok ok"),
            Map.entry("listAudit", "401 403 403 403 403 ok ok"),
            Map.entry("match", "401 ok ok 403 403 ok 403"),
            Map.entry("recordCaseOutcome", "401 ok ok 403 403 ok 403"),
            Map.entry("listGaps", "401 403 403 403 403 ok 403"),
            Map.entry("resolveGap", "401 403 403 403 403 ok 403"),
            Map.entry("getGapReport", "401 403 403 403 403 ok 403"),
            Map.entry("getDemandAndSupplyReport", "401 403 403 403 403 ok 403"),
            Map.entry("getSupplyReport", "401 403 403 403 403 ok 403"),
            Map.entry("reindex", "401 403 403 403 403 403 ok"),
            Map.entry("createProvider", "401 403 403 403 403 403 ok"),
            Map.entry("updateProvider", "401 403 403 403 403 403 ok"),
            Map.entry("listAccounts", "401 403 403 403 403 403 ok"),
            Map.entry("createAccount", "401 403 403 403 403 403 ok"),
            Map.entry("updateAccount", "401 403 403 403 403 403 ok"));

    /** Values for the path and required query parameters: GRIP belongs to at-zorg, not to candea-college. */
    private static final Map<String, String> PATH_VALUES = Map.of("{id}", "grip", "{username}", "test-coordinator");

    private static final Map<String, String> REQUIRED_QUERIES = Map.of("listAudit", "?entity=offer&id=grip");

    @Test
    void shouldGiveEveryCallerExactlyTheRightsTheMatrixDeclares() throws IOException {
        Map<String, String> usernames = usernames(accounts);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            assertThat(MATRIX).as("the rights matrix names %s", operation.id()).containsKey(operation.id());
            String[] expected = MATRIX.get(operation.id()).split(" ");
            for (int caller = 0; caller < CALLERS.size(); caller++) {
                int status = status(operation, usernames.get(CALLERS.get(caller)));
                String outcome = status == 401 || status == 403 ? String.valueOf(status) : "ok";
                if (status >= 500 || !outcome.equals(expected[caller])) {
                    mismatches.add(operation.id() + " as " + CALLERS.get(caller) + ": expected " + expected[caller]
                            + ", got " + status);
                }
                checked++;
            }
        }

        assertThat(mismatches).isEmpty();
        assertThat(checked).isEqualTo(MATRIX.size() * CALLERS.size());
        System.out.printf(
                "rights matrix: %d operations x %d callers = %d answers checked%n",
                MATRIX.size(), CALLERS.size(), checked);
    }

    /** The account of each caller, by the matrix's column names; none for anonymous. */
    static Map<String, String> usernames(TestAccounts accounts) {
        Map<String, String> usernames = new LinkedHashMap<>();
        usernames.put("anonymous", null);
        usernames.put("coordinator", accounts.coordinator());
        usernames.put("other coordinator", accounts.ensure("test-coordinator-2", Role.COORDINATOR, null));
        usernames.put("own provider", accounts.provider("at-zorg"));
        usernames.put("other provider", accounts.provider("candea-college"));
        usernames.put("projectleider", accounts.projectleider());
        usernames.put("admin", accounts.admin());
        return usernames;
    }

    private int status(Operation operation, String username) {
        String path = operation.path();
        for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        path = path.replace("/gaps/grip", "/gaps/999999").replace("/providers/grip", "/providers/at-zorg");
        MutableHttpRequest<Object> request =
                HttpRequest.create(operation.method(), path + REQUIRED_QUERIES.getOrDefault(operation.id(), ""));
        if (operation.hasBody()) {
            request.body("{}").contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (username != null) {
            request.basicAuth(username, TestAccounts.PASSWORD);
        }
        try {
            HttpResponse<String> response = raw().exchange(request, String.class);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    /** Every operation in the contract. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) SpecCodes.contract().get("paths"))
                .forEach((path, methods) -> methods.forEach((method, definition) -> {
                    if (definition instanceof Map<?, ?> operation && operation.containsKey("operationId")) {
                        operations.add(new Operation(
                                (String) operation.get("operationId"),
                                HttpMethod.valueOf(method.toUpperCase()),
                                path,
                                operation.containsKey("requestBody")));
                    }
                }));
        return operations;
    }

    record Operation(String id, HttpMethod method, String path, boolean hasBody) {}
}
