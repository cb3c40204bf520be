package nl.aanbodwijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.aanbodwijzer.matching.core.PupilProfile;

/**
 * The packaged service as its users meet it: started on a fresh embedded database (which imports the
 * catalogue), loaded over the loopback with wrk, reindexed, measured for heap, and restarted.
 */
final class HttpBench {
    /** One wrk run: requests per second and latency percentiles in milliseconds. */
    record Load(String what, int connections, double perSecond, double p50, double p99, long errors) {}

    record Result(
            int size,
            double firstStartSeconds,
            double importSeconds,
            double restartSeconds,
            double restartWithoutArchiveSeconds,
            long reindexMillis,
            long heapAfterGcBytes,
            List<Load> loads,
            int matchBytesMedian,
            int matchBytesMax,
            double tokenMillis,
            Load basic,
            Load bearer) {}

    static final List<Integer> CONNECTIONS = List.of(1, 4);
    private static final int PORT = 18_080;
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final Pattern NUMBERS = Pattern.compile("RESULT (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern IMPORTED = Pattern.compile("Imported \\d+ offers from .* in ([\\d.]+) s");

    private final HttpClient client = HttpClient.newHttpClient();
    private final int size;
    private final String duration;
    private Process service;

    private HttpBench(int size, String duration) {
        this.size = size;
        this.duration = duration;
    }

    static Result run(int size, String duration) throws Exception {
        return new HttpBench(size, duration).measure();
    }

    private Result measure() throws Exception {
        Path data = BenchCatalogue.ROOT.resolve("http-" + size);
        deleteTree(data);
        Files.deleteIfExists(archive());
        double firstStart = start(data, true);
        double importSeconds = importSeconds();
        String token = token("coordinator");
        double tokenMillis = tokenMillis();
        Path searches = script("search", searchScript());
        Path matches = script("match", matchScript(token));
        List<Load> loads = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            wrk("warm-up", searches, connections, "10s");
            loads.add(wrk("GET /api/v1/offers", searches, connections));
        }
        for (int connections : CONNECTIONS) {
            wrk("warm-up", matches, connections, "10s");
            loads.add(wrk("POST /api/v1/matches", matches, connections));
        }
        List<Integer> matchSizes = matchSizes(token);
        Load basic = wrk("GET /api/v1/account (Basic)", script("basic", accountScript(basic("coordinator"))), 1);
        Load bearer = wrk("GET /api/v1/account (Bearer)", script("bearer", accountScript("Bearer " + token)), 1);
        long reindex = reindexMillis(token("admin"));
        long heap = heapAfterFullGc();
        stop();
        double restart = start(data, true);
        stop();
        double restartWithoutArchive = start(data, false);
        stop();
        return new Result(
                size,
                firstStart,
                importSeconds,
                restart,
                restartWithoutArchive,
                reindex,
                heap,
                loads,
                matchSizes.get(matchSizes.size() / 2),
                matchSizes.get(matchSizes.size() - 1),
                tokenMillis,
                basic,
                bearer);
    }

    /**
     * Starts the jar as the README runs it and answers the seconds until {@code /health} says UP. With
     * {@code archive}, the class-data archive that the first start writes at its exit is used.
     */
    private double start(Path data, boolean archive) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        if (archive) {
            command.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive()));
        }
        command.addAll(List.of("--add-modules", "jdk.incubator.vector", "-jar", "target/aanbodwijzer.jar"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("AANBODWIJZER_DATA_DIR", data.toString());
        builder.environment()
                .put("AANBODWIJZER_CATALOG_DIR", BenchCatalogue.directory(size).toString());
        builder.environment().put("PORT", String.valueOf(PORT));
        long begin = System.nanoTime();
        service = builder.start();
        while (!healthy()) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped; see target/bench/service-" + size + ".log");
            }
            Thread.sleep(100);
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private Path archive() {
        return BenchCatalogue.ROOT.resolve("aanbodwijzer-" + size + ".jsa");
    }

    private Path log() {
        return BenchCatalogue.ROOT.resolve("service-" + size + ".log");
    }

    /** The seconds the first start took to read and write the catalogue, as the service logs them. */
    private double importSeconds() throws IOException {
        Matcher imported = IMPORTED.matcher(Files.readString(log()));
        if (!imported.find()) {
            throw new IllegalStateException("the service logged no import; see " + log());
        }
        return Double.parseDouble(imported.group(1));
    }

    private boolean healthy() {
        try {
            return get("/health", null).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stop() throws InterruptedException {
        service.destroy();
        service.waitFor();
    }

    private String token(String username) throws Exception {
        HttpResponse<String> answer = post("/api/v1/auth/token", credentials(username), null);
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (!token.find()) {
            throw new IllegalStateException("no token for " + username + ": " + answer.body());
        }
        return token.group(1);
    }

    /** The median of five sign-ins for a token (each checks the password hash once). */
    private double tokenMillis() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long begin = System.nanoTime();
            token("coordinator");
            times.add((System.nanoTime() - begin) / 1e6);
        }
        times.sort(null);
        return times.get(2);
    }

    private long reindexMillis(String adminToken) throws Exception {
        HttpResponse<String> answer = post("/api/v1/admin/reindex", "", "Bearer " + adminToken);
        Matcher millis = Pattern.compile("\"millis\"\\s*:\\s*(\\d+)").matcher(answer.body());
        if (!millis.find()) {
            throw new IllegalStateException("reindex answered " + answer.statusCode() + ": " + answer.body());
        }
        return Long.parseLong(millis.group(1));
    }

    private List<Integer> matchSizes(String token) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (Workload.Match match : Workload.MATCHES) {
            HttpResponse<String> answer = post("/api/v1/matches", json(match), "Bearer " + token);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("match answered " + answer.statusCode() + ": " + answer.body());
            }
            sizes.add(answer.body().getBytes(StandardCharsets.UTF_8).length);
        }
        sizes.sort(null);
        return sizes;
    }

    private long heapAfterFullGc() throws Exception {
        String pid = String.valueOf(service.pid());
        command("jcmd", pid, "GC.run");
        Matcher used = HEAP_USED.matcher(command("jcmd", pid, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    }

    private static String command(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(command));
        line.set(0, Path.of(System.getProperty("java.home"), "bin", command[0]).toString());
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private Load wrk(String what, Path script, int connections) throws Exception {
        return wrk(what, script, connections, duration);
    }

    private Load wrk(String what, Path script, int connections, String length) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + length, "-s", script.toString(), BASE)
                .redirectErrorStream(true)
                .start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher numbers = NUMBERS.matcher(output);
        if (!numbers.find()) {
            throw new IllegalStateException("wrk printed no result: " + output);
        }
        long requests = Long.parseLong(numbers.group(1));
        double seconds = Long.parseLong(numbers.group(2)) / 1e6;
        return new Load(
                what,
                connections,
                requests / seconds,
                Long.parseLong(numbers.group(3)) / 1000.0,
                Long.parseLong(numbers.group(4)) / 1000.0,
                Long.parseLong(numbers.group(5)));
    }

    private static final String DONE = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration,
                latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
            end
            """;

    private static String searchScript() {
        String paths = Workload.SEARCHES.stream()
                .map(search -> lua("/api/v1/offers?" + search.queryString()))
                .collect(Collectors.joining(",\n  "));
        return "local paths = {\n  " + paths + "\n}\nlocal i = 0\n"
                + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n" + DONE;
    }

    private static String matchScript(String token) {
        String bodies = Workload.MATCHES.stream()
                .map(HttpBench::json)
                .map(HttpBench::lua)
                .collect(Collectors.joining(",\n  "));
        return "local bodies = {\n  " + bodies + "\n}\nlocal i = 0\n"
                + "local headers = {[\"Content-Type\"] = \"application/json\", [\"Authorization\"] = "
                + lua("Bearer " + token)
                + "}\nrequest = function()\n  i = i % #bodies + 1\n"
                + "  return wrk.format(\"POST\", \"/api/v1/matches\", headers, bodies[i])\nend\n" + DONE;
    }

    private static String accountScript(String authorization) {
        return "wrk.headers[\"Authorization\"] = " + lua(authorization) + "\nwrk.path = \"/api/v1/account\"\n" + DONE;
    }

    private static String json(Workload.Match match) {
        PupilProfile p = match.profile();
        List<String> fields = new ArrayList<>();
        fields.add("\"age\": " + p.age());
        fields.add("\"sector\": \"" + p.sector() + "\"");
        if (p.level() != null) {
            fields.add("\"level\": \"" + p.level() + "\"");
        }
        fields.add("\"municipality\": \"" + p.municipality() + "\"");
        fields.add(
                "\"needs\": [" + p.needs().stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + "]");
        fields.add("\"absenceStatus\": \"" + p.absenceStatus() + "\"");
        fields.add("\"weeksAbsent\": " + p.weeksAbsent());
        fields.add("\"hasTlv\": " + p.hasTlv());
        fields.add("\"hasCareIndication\": " + p.hasCareIndication());
        if (p.hoursPerWeek() != null) {
            fields.add("\"hoursPerWeek\": " + p.hoursPerWeek());
        }
        if (match.text() != null) {
            fields.add("\"text\": \"" + match.text() + "\"");
        }
        return "{" + String.join(", ", fields) + "}";
    }

    private static String lua(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String credentials(String username) {
        return "{\"username\": \"" + username + "\", \"password\": \"demo\"}";
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private Path script(String name, String text) throws IOException {
        Path file = BenchCatalogue.ROOT.resolve(name + ".lua");
        Files.writeString(file, text);
        return file;
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
