package nl.aanbodwijzer.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the numbers were measured on; wrk is installed from the machine's packages when it is missing. */
record Machine(
        LocalDate date,
        int cores,
        String cpu,
        String memory,
        String system,
        String java,
        String mariadb,
        String postgresql,
        String wrk) {

    static Machine describe() throws Exception {
        if (run("sh", "-c", "command -v wrk").isBlank()) {
            System.out.println("bench: installing wrk");
            run(
                    "sh",
                    "-c",
                    "apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk)");
        }
        return new Machine(
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                field("/proc/cpuinfo", "model name\\s*:\\s*(.+)"),
                field("/proc/meminfo", "MemTotal:\\s*(\\d+) kB").isEmpty()
                        ? "?"
                        : Math.round(Long.parseLong(field("/proc/meminfo", "MemTotal:\\s*(\\d+) kB")) / 1024.0 / 1024.0)
                                + " GiB",
                field("/etc/os-release", "PRETTY_NAME=\"([^\"]+)\""),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                version(SqlBaseline.Engine.MARIADB),
                version(SqlBaseline.Engine.POSTGRESQL),
                run("sh", "-c", "wrk -v 2>&1 | head -1").strip());
    }

    private static String version(SqlBaseline.Engine engine) throws Exception {
        try (Connection connection = DriverManager.getConnection(engine.url("server-url", engine.serverUrl));
                ResultSet version = connection.createStatement().executeQuery("SELECT VERSION()")) {
            version.next();
            String text = version.getString(1);
            return engine == SqlBaseline.Engine.MARIADB ? "MariaDB " + text : text.replaceAll(" on .*", "");
        }
    }

    private static String field(String file, String pattern) throws Exception {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return "";
        }
        Matcher matcher = Pattern.compile(pattern).matcher(Files.readString(path));
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    static String run(String... command) throws Exception {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
