package nl.aanbodwijzer.bench;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
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

/** The same searches answered by a database's own full-text search and GROUP BY facet counts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DatabaseBenchmark {
    @Param("1000")
    public int size;

    @Param({"MARIADB", "POSTGRESQL"})
    public SqlBaseline.Engine engine;

    private SqlBaseline baseline;
    private int next;

    @Setup(Level.Trial)
    public void load() throws SQLException {
        baseline = SqlBaseline.connect(engine);
        baseline.load(size);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        baseline.close();
    }

    @Benchmark
    public SqlBaseline.Answer search() throws SQLException {
        return baseline.search(Workload.SEARCHES.get(next++ % Workload.SEARCHES.size()));
    }
}
