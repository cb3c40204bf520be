package nl.aanbodwijzer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark at each catalogue size and rewrites docs/performance.md and its chart:
 * {@code ./mvnw -Pbench verify} (sizes with {@code -Dbench.sizes=1000,10000}). Needs the machine's
 * MariaDB and PostgreSQL servers and wrk (installed when missing, as CI does for its tools).
 */
public final class Bench {
    /** JMH timings per iteration; the wrk runs last this long after a 10-second warm-up. */
    private static final int WARMUP_SECONDS = 5;

    private static final int MEASURE_SECONDS = 5;
    private static final String LOAD_DURATION = System.getProperty("bench.load-duration", "20s");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(args[0].split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        Files.createDirectories(BenchCatalogue.ROOT);
        Machine machine = Machine.describe();
        List<Report.Size> results = new ArrayList<>();
        for (int size : sizes) {
            BenchCatalogue.directory(size);
            boolean largest = size == sizes.get(sizes.size() - 1);
            Collection<RunResult> inProcess = new ArrayList<>();
            Path recordings = BenchCatalogue.ROOT.resolve("jfr-" + size);
            inProcess.addAll(jmh(size, ServiceBenchmark.class.getName() + ".search", largest ? recordings : null));
            inProcess.addAll(jmh(size, ServiceBenchmark.class.getName() + ".match", null));
            inProcess.addAll(jmh(size, DatabaseBenchmark.class.getName() + ".search", null));
            HttpBench.Result http = HttpBench.run(size, LOAD_DURATION);
            long indexBytes = Long.parseLong(Files.readString(BenchCatalogue.ROOT.resolve("index-bytes-" + size)));
            String profile = largest ? SearchProfile.markdown(recordings) : null;
            results.add(Report.Size.of(size, inProcess, profile, http, indexBytes));
        }
        Report.write(machine, results, LOAD_DURATION, Path.of("docs"));
    }

    /** Runs one benchmark; with {@code recordings}, Flight Recorder records it into that folder. */
    private static Collection<RunResult> jmh(int size, String benchmark, Path recordings) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + benchmark.replace(".", "\\.") + "$")
                .param("size", String.valueOf(size))
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(WARMUP_SECONDS))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(MEASURE_SECONDS))
                .forks(1)
                .threads(1)
                .jvmArgs("-Xmx2g", "--add-modules", "jdk.incubator.vector")
                .shouldFailOnError(true);
        if (recordings != null) {
            options.addProfiler(JavaFlightRecorderProfiler.class, "dir=" + recordings + ";configName=profile");
        }
        return new Runner(options.build()).run();
    }
}
