package nl.aanbodwijzer.bench;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.aanbodwijzer.matching.Matching;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.search.OfferIndex;
import nl.aanbodwijzer.search.SearchResult;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The service's own search (page, total and facets from the index, the page's offers from memory) and
 * matching, in process, one after another through the fixed workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ServiceBenchmark {
    private static final Actor COORDINATOR = new Actor("bench", Set.of(Role.COORDINATOR), null);

    @Param("1000")
    public int size;

    private ApplicationContext context;
    private OfferIndex index;
    private Matching matching;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        context = BenchCatalogue.start(size);
        index = context.getBean(OfferIndex.class);
        matching = context.getBean(Matching.class);
    }

    /** Leaves the index size for the report: the size is the same in every fork of this catalogue. */
    @TearDown(Level.Trial)
    public void stop() throws IOException {
        Files.writeString(BenchCatalogue.ROOT.resolve("index-bytes-" + size), String.valueOf(index.sizeInBytes()));
        context.close();
    }

    @Benchmark
    public SearchResult search() {
        return index.search(
                Workload.SEARCHES.get(next++ % Workload.SEARCHES.size()).request());
    }

    @Benchmark
    public MatchOutcome match() {
        Workload.Match match = Workload.MATCHES.get(next++ % Workload.MATCHES.size());
        return matching.match(match.profile(), match.text(), null, COORDINATOR, 10)
                .outcome();
    }
}
