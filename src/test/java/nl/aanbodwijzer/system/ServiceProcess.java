package nl.aanbodwijzer.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service as its own process, on the MySQL database of the test run. */
final class ServiceProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("aanbodwijzer.jar", "target/aanbodwijzer.jar"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    final String base;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Runs a command of the jar (such as {@code admin create}) to its end and answers its exit code. */
    static int command(Map<String, String> extraEnvironment, List<String> systemProperties, String... args)
            throws IOException, InterruptedException {
        Process command =
                builder(extraEnvironment, systemProperties, "command", args).start();
        return command.waitFor();
    }

    /** Starts a node and waits until it answers /health. */
    static ServiceProcess start(String name) throws IOException, InterruptedException {
        int port = freePort();
        Process process =
                builder(Map.of("PORT", String.valueOf(port)), List.of(), name).start();
        ServiceProcess node = new ServiceProcess(process, port);
        node.awaitHealthy();
        return node;
    }

    private static ProcessBuilder builder(
            Map<String, String> extraEnvironment, List<String> systemProperties, String logName, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "--add-modules", "jdk.incubator.vector"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("MICRONAUT_ENVIRONMENTS", "mysql");
        environment.put("DATASOURCES_DEFAULT_URL", System.getProperty("datasources.default.url"));
        environment.put("DATASOURCES_DEFAULT_USERNAME", System.getProperty("datasources.default.username"));
        environment.put("DATASOURCES_DEFAULT_PASSWORD", System.getProperty("datasources.default.password"));
        environment.put("AANBODWIJZER_TOKEN_SECRET", "crash-test-secret-that-is-long-enough-for-hs256");
        environment.put("AANBODWIJZER_CASE_SECRET", "crash-test-case-secret");
        environment.put(
                "AANBODWIJZER_CATALOG_DIR",
                Path.of("catalog-data").toAbsolutePath().toString());
        environment.put(
                "AANBODWIJZER_DATA_DIR",
                Path.of("target", "crash-data", logName).toAbsolutePath().toString());
        environment.putAll(extraEnvironment);
        File log = Path.of("target", "crash-" + logName + ".log").toFile();
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    }

    /** Kills the process as the kernel would (SIGKILL): no shutdown hook, no graceful end. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitHealthy() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped at start-up; see target/crash-*.log");
            }
            try {
                HttpResponse<String> health = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not answer /health within 90 s");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
