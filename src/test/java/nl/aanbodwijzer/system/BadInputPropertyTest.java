package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.aanbodwijzer.api.model.AccountChange;
import nl.aanbodwijzer.api.model.CaseOutcome;
import nl.aanbodwijzer.api.model.Credentials;
import nl.aanbodwijzer.api.model.GapOutcome;
import nl.aanbodwijzer.api.model.GapResolution;
import nl.aanbodwijzer.api.model.NewAccount;
import nl.aanbodwijzer.api.model.Provider;
import nl.aanbodwijzer.api.model.ProviderKind;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.catalog.OfferInputFixture;
import nl.aanbodwijzer.matching.ProfileFixture;
import nl.aanbodwijzer.security.TestAccounts;

/**
 * Sends every operation of the contract bad input, as the rights matrix's first allowed caller: valid
 * bodies with one value made wrong (a wrong type, null in a list, a huge string, deep nesting, an
 * unknown or lower-case code, a huge number, NUL, a lone surrogate, right-to-left marks), bodies that are
 * no JSON or no UTF-8, wrong content types, and bad query values (huge page numbers, overlong UTF-8).
 * Every answer must be below 500, and every error a problem in the user's terms, naming no Java class.
 */
class BadInputPropertyTest {
    /** The account updateAccount changes: not a caller, whose token a change would end. */
    private static final String CHANGED_ACCOUNT = "slecht-invoer-doel";

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    private static EmbeddedServer server;
    private static RawHttp http;
    private static JsonMapper json;
    private static Map<String, String> callers;
    private static Map<String, Map<String, Object>> samples;
    private static List<RightsMatrixTest.Operation> operations;

    @BeforeContainer
    static void start() throws IOException {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        ApplicationContext context = server.getApplicationContext();
        http = new RawHttp(server.getURL());
        json = context.getBean(JsonMapper.class);
        operations = RightsMatrixTest.operations();
        context.getBean(TestAccounts.class).ensure(CHANGED_ACCOUNT, Role.COORDINATOR, null);
        callers = callers(context.getBean(TestAccounts.class));
        callers.replaceAll((operation, username) -> bearer(username));
        samples = samples();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("bad input: %d requests sent, %d server errors%n", SENT.get(), SERVER_ERRORS.get());
        if (server != null) { // null when the run skipped the properties (no MySQL server to run them on)
            server.close();
        }
    }

    /**
     * Every value of every coded field in the contract, in every body and query that takes one, in a
     * valid request: none is a server error, and a match answers every value.
     */
    @Example
    void everyValueOfEveryCodedFieldIsNeverAServerError() throws IOException {
        Map<String, Object> spec = SpecCodes.contract();
        int sent = 0;
        for (Map.Entry<String, Map<String, Object>> sample : samples.entrySet()) {
            for (SpecCodes.Field field : SpecCodes.bodyFields(spec, sample.getKey())) {
                for (String value : field.values()) {
                    Map<String, Object> body = copy(sample.getValue());
                    field.set(body, value);
                    int status = check(sample.getKey(), json.writeValueAsBytes(body), MediaType.APPLICATION_JSON, "");
                    if (sample.getKey().equals("match")) {
                        assertThat(status)
                                .as("match with %s = %s", field.path(), value)
                                .isEqualTo(200);
                    }
                    sent++;
                }
            }
        }
        for (RightsMatrixTest.Operation operation : operations) {
            for (SpecCodes.Field field : SpecCodes.queryFields(spec, operation.id())) {
                for (String value : field.values()) {
                    check(operation.id(), null, null, "?" + field.path() + "=" + value);
                    sent++;
                }
            }
        }
        assertThat(sent).as("coded fields found in the contract").isGreaterThan(100);
        System.out.printf("every code: %d requests, one per value of every coded field%n", sent);
    }

    @Property(tries = 6000)
    void aBodyWithOneValueMadeWrongIsNeverAServerError(
            @ForAll("bodyOperations") String operation, @ForAll("paths") double where, @ForAll("badValues") Object bad)
            throws IOException {
        Map<String, Object> body = copy(samples.get(operation));
        Mutation.replaceOne(body, where, bad);
        String text = Oddities.spell(json.writeValueAsString(body));

        check(operation, text.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON, "");
    }

    @Property(tries = 1500)
    void aBodyThatIsNoJsonOrNoUtf8IsNeverAServerError(
            @ForAll("bodyOperations") String operation,
            @ForAll("rawBodies") byte[] body,
            @ForAll("contentTypes") String type)
            throws IOException {
        check(operation, body, type, "");
    }

    @Property(tries = 3000)
    void aBadQueryValueIsNeverAServerError(
            @ForAll("queryOperations") String operation,
            @ForAll("queryNames") String name,
            @ForAll("queryValues") String value)
            throws IOException {
        check(operation, null, null, "?" + name + "=" + value);
    }

    @Property(tries = 5)
    void aBodyOfTenMegabytesIsRefusedAtOnce(@ForAll("bodyOperations") String operation) throws IOException {
        byte[] body = ("{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        int status = check(operation, body, MediaType.APPLICATION_JSON, "");

        assertThat(status).isEqualTo(413);
    }

    private static int check(String operationId, byte[] body, String contentType, String query) throws IOException {
        RightsMatrixTest.Operation operation = operation(operationId);
        String path = operation.path().replace("{id}", pathId(operationId)).replace("{username}", CHANGED_ACCOUNT);
        String caller = callers.get(operationId);
        RawHttp.Answer answer = http.send(operation.method().name(), path + query, caller, contentType, body);
        SENT.incrementAndGet();
        if (answer.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertThat(answer.status())
                .as("%s %s%s", operation.method(), path, query)
                .isLessThan(500);
        if (answer.status() >= 400) {
            assertThat(answer.contentType())
                    .as("%s %s%s", operation.method(), path, query)
                    .startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("nl.aanbodwijzer.", "java.", "Exception", "class ");
        }
        return answer.status();
    }

    private static String pathId(String operationId) {
        return switch (operationId) {
            case "resolveGap" -> "1";
            case "updateProvider" -> "at-zorg";
            default -> "grip";
        };
    }

    private static RightsMatrixTest.Operation operation(String id) {
        return operations.stream()
                .filter(operation -> operation.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Provide
    Arbitrary<String> bodyOperations() {
        return Arbitraries.of(samples.keySet());
    }

    @Provide
    Arbitrary<String> queryOperations() {
        return Arbitraries.of(operations.stream()
                .filter(operation -> operation.method() == HttpMethod.GET)
                .map(RightsMatrixTest.Operation::id)
                .toList());
    }

    @Provide
    Arbitrary<Double> paths() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Provide
    Arbitrary<String> queryNames() {
        return Arbitraries.of(
                "page",
                "size",
                "q",
                "age",
                "sector",
                "need",
                "status",
                "available",
                "stale",
                "open",
                "reason",
                "maxWaitWeeks",
                "municipality",
                "prefix",
                "limit",
                "entity",
                "id",
                "sort",
                "from",
                "to",
                "groupBy",
                "format",
                "bsn");
    }

    @Provide
    Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "1000000000",
                        "2147483647",
                        "2147483648",
                        "-1",
                        "0",
                        "99999999999999999999",
                        "1e9",
                        "1.5",
                        "abc",
                        "TRUE",
                        "vo",
                        "%c0%af",
                        "%ff",
                        "%00",
                        "%ed%a0%80",
                        "%e2%80%ae",
                        "%",
                        "%zz",
                        "GM0202",
                        "grip",
                        ""),
                Arbitraries.strings().ofMaxLength(300).map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(10).ofMaxLength(40));
    }

    @Provide
    Arbitrary<Object> badValues() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "8",
                        8,
                        8.5,
                        -1,
                        0,
                        true,
                        "ja",
                        "yes",
                        "",
                        " ",
                        List.of(),
                        Map.of(),
                        "NOT_A_CODE",
                        "gedrag",
                        "vo",
                        "active",
                        1e308,
                        -1e308,
                        2147483648L,
                        Long.MAX_VALUE,
                        1e-9,
                        "+999999999-12-31",
                        "2026-02-30",
                        "0000-01-01",
                        "26-01-01",
                        "\u0000",
                        Oddities.LONE_SURROGATE,
                        "a\u202eb",
                        "\uffff",
                        "e\u0301",
                        "\uD83D\uDE00",
                        "GM0202",
                        "grip"),
                Arbitraries.just(nullValue()),
                Arbitraries.just(listOfNull()),
                Arbitraries.integers().between(1, 2000).map(length -> "x".repeat(length * 50)),
                Arbitraries.integers().between(1, 3000).map(Oddities::nested),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<byte[]> rawBodies() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "",
                                "{",
                                "}",
                                "[]",
                                "null",
                                "\"x\"",
                                "1",
                                "{\"a\":",
                                "{\"name\":\"\\ud800\"}",
                                "{'a':1}",
                                "{\"needs\":[\"GEDRAG\"],}",
                                "[".repeat(5000),
                                "{\"a\":1}{\"b\":2}")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},
                        new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'},
                        new byte[] {'{', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', ':', '1', '}'}),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(500));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(
                "application/json",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=latin1",
                "application/octet-stream");
    }

    private static Object nullValue() {
        return Mutation.NULL;
    }

    private static Object listOfNull() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    /** A bearer token: checking it is cheap, while every Basic request would cost a bcrypt check. */
    private static String bearer(String username) {
        try {
            byte[] credentials = json.writeValueAsBytes(new Credentials(username, TestAccounts.PASSWORD));
            RawHttp.Answer answer =
                    http.send("POST", "/api/v1/auth/token", null, MediaType.APPLICATION_JSON, credentials);
            return "Bearer " + json.readValue(answer.body(), Map.class).get("accessToken");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> callers(TestAccounts accounts) {
        Map<String, String> usernames = RightsMatrixTest.usernames(accounts);
        Map<String, String> callers = new LinkedHashMap<>();
        RightsMatrixTest.MATRIX.forEach((operation, rights) -> {
            String[] columns = rights.split(" ");
            if (!columns[0].equals("ok")) {
                for (int caller = 1; caller < columns.length; caller++) {
                    String name = RightsMatrixTest.CALLERS.get(caller);
                    if (columns[caller].equals("ok")) {
                        callers.put(operation, usernames.get(name));
                        break;
                    }
                }
            }
        });
        return callers;
    }

    /** A valid body for every operation that takes one. */
    private static Map<String, Map<String, Object>> samples() throws IOException {
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("createOffer", OfferInputFixture.anOfferInput("slecht-invoer", "Slechte invoer"));
        valid.put("updateOffer", OfferInputFixture.anOfferInput("grip", "GRIP"));
        valid.put("updateCapacity", CapacityFixture.places(10, 4, 2));
        valid.put("createProvider", new Provider("slecht-invoer", "Slechte invoer", ProviderKind.SCHOOL));
        valid.put("updateProvider", new Provider("at-zorg", "at.zorg", ProviderKind.CARE_ORGANISATION));
        valid.put("match", ProfileFixture.vo("GM0202", "GEDRAG", 6, false).caseReference("zaak-1"));
        valid.put("resolveGap", new GapResolution(GapOutcome.STILL_OPEN));
        valid.put("recordCaseOutcome", new CaseOutcome("zaak-1", GapOutcome.STILL_OPEN));
        valid.put("createToken", new Credentials("test-coordinator", TestAccounts.PASSWORD));
        valid.put(
                "createAccount",
                new NewAccount("slecht-invoer", "een-goed-wachtwoord-1", nl.aanbodwijzer.api.model.Role.COORDINATOR));
        valid.put("updateAccount", new AccountChange(nl.aanbodwijzer.api.model.Role.COORDINATOR, true));
        Map<String, Map<String, Object>> samples = new LinkedHashMap<>();
        for (Map.Entry<String, Object> sample : valid.entrySet()) {
            samples.put(sample.getKey(), json.readValue(json.writeValueAsString(sample.getValue()), Map.class));
        }
        return samples;
    }

    private static Map<String, Object> copy(Map<String, Object> body) throws IOException {
        return json.readValue(json.writeValueAsString(body), Map.class);
    }
}
