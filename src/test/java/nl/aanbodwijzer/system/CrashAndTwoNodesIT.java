package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.matching.ProfileFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service on MySQL, as production runs it. A burst of capacity updates and gap records from
 * several threads is cut by SIGKILL three times; after each restart every acknowledged write is in the
 * database with its history and audit rows, and what the service answers from its index and in-memory
 * catalogue equals the database. Then two processes on one database: how fast a change on one is seen
 * on the other, and a stale ETag from one node is refused by the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashAndTwoNodesIT {
    private static final int KILLS = 3;
    private static final int OFFERS = 6;
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String projectleider;
    private static String coordinator;
    private static List<String> offers;

    /** Every acknowledged write: offer id to the totals published for it; gap ids recorded. */
    private static final Map<String, List<Integer>> acknowledgedTotals = new ConcurrentHashMap<>();

    private static final Set<Long> acknowledgedGaps = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startFromAnEmptyProductionDatabase() throws Exception {
        assertThat(ServiceProcess.JAR).as("the packaged jar").exists();
        int made = ServiceProcess.command(
                Map.of("AANBODWIJZER_ADMIN_PASSWORD", "sterk-geheim-voor-beheer-9"),
                List.of(
                        "-Dflyway.datasources.default.clean-schema=true",
                        "-Dflyway.datasources.default.clean-disabled=false"),
                "admin",
                "create",
                "crash-beheerder");
        assertThat(made).as("admin create on an empty database").isZero();
        try (ServiceProcess node = ServiceProcess.start("setup")) {
            String admin = token(node, "crash-beheerder", "sterk-geheim-voor-beheer-9");
            for (String[] account : new String[][] {{"crash-pl", "PROJECTLEIDER"}, {"crash-zc", "COORDINATOR"}}) {
                int status = send(
                                node,
                                "POST",
                                "/api/v1/accounts",
                                admin,
                                null,
                                Map.of(
                                        "username",
                                        account[0],
                                        "password",
                                        "sleutel-voor-" + account[1],
                                        "role",
                                        account[1]))
                        .statusCode();
                assertThat(status).isEqualTo(201);
            }
            projectleider = token(node, "crash-pl", "sleutel-voor-PROJECTLEIDER");
            coordinator = token(node, "crash-zc", "sleutel-voor-COORDINATOR");
            Map<String, Object> page = JSON.readValue(
                    send(node, "GET", "/api/v1/offers?size=" + OFFERS, null, null, null)
                            .body(),
                    Map.class);
            offers = ((List<Map<String, Object>>) page.get("items"))
                    .stream().map(offer -> (String) offer.get("id")).toList();
        }
    }

    @Test
    @Order(1)
    void shouldKeepEveryAcknowledgedWriteThroughThreeKills() throws Exception {
        for (int kill = 1; kill <= KILLS; kill++) {
            ServiceProcess node = ServiceProcess.start("burst-" + kill);
            burstThenKill(node, kill);
        }
        try (ServiceProcess restarted = ServiceProcess.start("after-kills")) {
            int writes =
                    acknowledgedTotals.values().stream().mapToInt(List::size).sum() + acknowledgedGaps.size();
            List<String> lost = lostWrites();
            System.out.printf(
                    "crash: %d writes acknowledged over %d kills (%d capacity, %d gaps), %d lost%n",
                    writes, KILLS, writes - acknowledgedGaps.size(), acknowledgedGaps.size(), lost.size());

            assertThat(writes).isGreaterThan(50);
            assertThat(lost).isEmpty();
            assertThat(halfWritten()).isEmpty();
            assertThat(answersDifferingFromTheDatabase(restarted)).isEmpty();
        }
    }

    @Test
    @Order(2)
    void shouldConvergeBetweenTwoNodesAndRefuseAStaleEtagFromTheOther() throws Exception {
        try (ServiceProcess a = ServiceProcess.start("node-a");
                ServiceProcess b = ServiceProcess.start("node-b")) {
            String offer = offers.get(0);
            List<Long> millis = new ArrayList<>();
            for (int change = 1; change <= 20; change++) {
                int total = 5000 + change;
                assertThat(publish(a, offer, etag(a, offer), total).statusCode())
                        .isEqualTo(200);
                long start = System.nanoTime();
                while (total(b, offer) != total) {
                    assertThat(System.nanoTime() - start)
                            .as("node B sees the change")
                            .isLessThan(10_000_000_000L);
                    Thread.sleep(5);
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf(
                    "two nodes: a change on A seen on B after median %d ms, max %d ms (20 changes)%n",
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1));

            String etagSeenOnA = etag(a, offer);
            assertThat(publish(b, offer, etagSeenOnA, 7001).statusCode()).isEqualTo(200);
            assertThat(publish(a, offer, etagSeenOnA, 7002).statusCode()).isEqualTo(412);
            assertThat(publish(b, offer, etagSeenOnA, 7003).statusCode()).isEqualTo(412);
        }
    }

    private static void burstThenKill(ServiceProcess node, int round) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Void>> writers = new ArrayList<>();
        for (int thread = 0; thread < 2; thread++) {
            List<String> mine = offers.subList(thread * OFFERS / 2, (thread + 1) * OFFERS / 2);
            writers.add(threads.submit(() -> publishUntilStopped(node, mine, round, running)));
            int gapThread = thread;
            writers.add(threads.submit(() -> recordGapsUntilStopped(node, round, gapThread, running)));
        }
        Thread.sleep(2_000);
        node.kill();
        running.set(false);
        for (Future<Void> writer : writers) {
            writer.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
    }

    private static Void publishUntilStopped(ServiceProcess node, List<String> mine, int round, AtomicBoolean running) {
        int total = (round - 1) * 3000 + (mine.contains(offers.get(0)) ? 0 : 1500);
        while (running.get()) {
            for (String offer : mine) {
                total++;
                try {
                    if (publish(node, offer, etag(node, offer), total).statusCode() == 200) {
                        acknowledgedTotals
                                .computeIfAbsent(offer, id -> Collections.synchronizedList(new ArrayList<>()))
                                .add(total);
                    }
                } catch (IOException | InterruptedException killed) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Void recordGapsUntilStopped(ServiceProcess node, int round, int thread, AtomicBoolean running) {
        for (int n = 0; running.get(); n++) {
            MatchRequest profile = ProfileFixture.vo("GM0202", "TRAUMA", 6, false)
                    .caseReference("crash-" + round + "-" + thread + "-" + n);
            try {
                HttpResponse<String> answer = send(node, "POST", "/api/v1/matches", coordinator, null, profile);
                if (answer.statusCode() == 200) {
                    Map<String, Object> gap = (Map<String, Object>)
                            JSON.readValue(answer.body(), Map.class).get("gap");
                    acknowledgedGaps.add(((Number) gap.get("id")).longValue());
                }
            } catch (IOException | InterruptedException killed) {
                return null;
            }
        }
        return null;
    }

    /** Acknowledged writes the database does not hold. */
    private static List<String> lostWrites() throws SQLException {
        List<String> lost = new ArrayList<>();
        try (Connection db = database();
                Statement sql = db.createStatement()) {
            Map<String, Set<Integer>> history = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT offer_id, new_total FROM capacity_history")) {
                while (rows.next()) {
                    history.computeIfAbsent(rows.getString(1), id -> new HashSet<>())
                            .add(rows.getInt(2));
                }
            }
            acknowledgedTotals.forEach((offer, totals) -> totals.stream()
                    .filter(total -> !history.getOrDefault(offer, Set.of()).contains(total))
                    .forEach(total -> lost.add("capacity " + offer + " total " + total)));
            Set<Long> gaps = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT id FROM gap")) {
                while (rows.next()) {
                    gaps.add(rows.getLong(1));
                }
            }
            acknowledgedGaps.stream().filter(id -> !gaps.contains(id)).forEach(id -> lost.add("gap " + id));
        }
        return lost;
    }

    /** Writes whose history, audit or child rows are missing. */
    private static List<String> halfWritten() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection db = database();
                Statement sql = db.createStatement()) {
            long history = count(sql, "SELECT COUNT(*) FROM capacity_history WHERE kind = 'CHANGED'");
            long audited = count(sql, "SELECT COUNT(*) FROM audit_log WHERE action = 'CAPACITY_CHANGED'");
            if (history != audited) {
                problems.add(history + " capacity changes but " + audited + " audit rows");
            }
            long gaps = count(sql, "SELECT COUNT(*) FROM gap");
            long recorded = count(sql, "SELECT COUNT(*) FROM audit_log WHERE action = 'GAP_RECORDED'");
            long withReasons = count(sql, "SELECT COUNT(DISTINCT gap_id) FROM gap_reason");
            if (gaps != recorded || gaps != withReasons) {
                problems.add(gaps + " gaps, " + recorded + " audit rows, " + withReasons + " with reasons");
            }
        }
        return problems;
    }

    /** Offers whose numbers, as the restarted service answers them, differ from the database. */
    private static List<String> answersDifferingFromTheDatabase(ServiceProcess node) throws Exception {
        List<String> differing = new ArrayList<>();
        try (Connection db = database();
                Statement sql = db.createStatement()) {
            for (String offer : offers) {
                long stored =
                        count(sql, "SELECT COALESCE(total, -1) FROM offer_capacity WHERE offer_id = '" + offer + "'");
                Map<String, Object> found = JSON.readValue(
                        send(node, "GET", "/api/v1/offers?size=100&q=" + offer, null, null, null)
                                .body(),
                        Map.class);
                if (total(node, offer) != stored) {
                    differing.add(offer + ": catalogue " + total(node, offer) + ", database " + stored);
                }
                ((List<Map<String, Object>>) found.get("items"))
                        .stream()
                                .filter(item -> offer.equals(item.get("id")))
                                .map(item -> ((Number) ((Map<String, Object>) item.get("capacity")).get("total"))
                                        .longValue())
                                .filter(indexed -> indexed != stored)
                                .forEach(indexed ->
                                        differing.add(offer + ": search " + indexed + ", database " + stored));
            }
        }
        return differing;
    }

    private static HttpResponse<String> publish(ServiceProcess node, String offer, String etag, int total)
            throws IOException, InterruptedException {
        return send(
                node,
                "PUT",
                "/api/v1/offers/" + offer + "/capacity",
                projectleider,
                etag,
                Map.of("total", total, "occupied", 0));
    }

    private static String etag(ServiceProcess node, String offer) throws IOException, InterruptedException {
        return send(node, "GET", "/api/v1/offers/" + offer, null, null, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    private static long total(ServiceProcess node, String offer) throws IOException, InterruptedException {
        Map<String, Object> found = JSON.readValue(
                send(node, "GET", "/api/v1/offers/" + offer, null, null, null).body(), Map.class);
        return totalOf((Map<String, Object>) found.get("capacity"));
    }

    private static long totalOf(Map<String, Object> capacity) {
        Object total = capacity.get("total");
        return total == null ? -1 : ((Number) total).longValue();
    }

    private static String token(ServiceProcess node, String username, String password) throws Exception {
        HttpResponse<String> answer = send(
                node, "POST", "/api/v1/auth/token", null, null, Map.of("username", username, "password", password));
        return (String) JSON.readValue(answer.body(), Map.class).get("accessToken");
    }

    private static HttpResponse<String> send(
            ServiceProcess node, String method, String path, String token, String ifMatch, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username"),
                System.getProperty("datasources.default.password"));
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
