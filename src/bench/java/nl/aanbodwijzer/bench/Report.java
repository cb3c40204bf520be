package nl.aanbodwijzer.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** Writes docs/performance.md and docs/img/performance.png from one run's results. */
final class Report {
    /** Latencies of one in-process benchmark, in milliseconds. */
    record Latency(double p50, double p99, double mean, long samples) {
        static Latency of(RunResult result) {
            Statistics s = result.getPrimaryResult().getStatistics();
            return new Latency(s.getPercentile(50) / 1000, s.getPercentile(99) / 1000, s.getMean() / 1000, s.getN());
        }

        double perSecond() {
            return 1000 / mean;
        }
    }

    record Size(
            int size,
            Latency search,
            Latency match,
            Latency mariadb,
            Latency postgresql,
            String profile,
            HttpBench.Result http,
            long indexBytes) {
        static Size of(
                int size, Collection<RunResult> results, String profile, HttpBench.Result http, long indexBytes) {
            Map<String, RunResult> byName = new LinkedHashMap<>();
            for (RunResult result : results) {
                String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
                String engine = result.getParams().getParam("engine");
                byName.put(engine == null ? method : engine, result);
            }
            return new Size(
                    size,
                    Latency.of(byName.get("search")),
                    Latency.of(byName.get("match")),
                    Latency.of(byName.get("MARIADB")),
                    Latency.of(byName.get("POSTGRESQL")),
                    profile,
                    http,
                    indexBytes);
        }
    }

    private Report() {}

    static void write(Machine machine, List<Size> sizes, String loadDuration, Path docs) throws IOException {
        Files.createDirectories(docs.resolve("img"));
        chart(sizes, docs.resolve("img/performance.png"));
        Path notes = docs.resolve("benchmarks/notes.md");
        String text = markdown(machine, sizes, loadDuration, Files.exists(notes) ? Files.readString(notes) : "");
        Files.writeString(docs.resolve("performance.md"), text);
        System.out.println("bench: wrote docs/performance.md and docs/img/performance.png");
    }

    private static String markdown(Machine machine, List<Size> sizes, String loadDuration, String notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("Written by the bench (`./mvnw -Pbench verify`) on ")
                .append(machine.date())
                .append("; every number below is from that run. Numbers come from benchmarks, never from timed unit"
                        + " tests.\n\n")
                .append("## Method\n\n")
                .append("- **Catalogue:** `synthetic N DIR --seed 42` at each size: offers over all 342 municipalities,"
                        + " the real taxonomy and providers, mostly full places with waiting lists, mixed funding,"
                        + " Dutch descriptions from varied phrases; every offer marked synthetic.\n")
                .append("- **Work:** 50 fixed searches (words, typos, and filters on type, need, municipality and"
                        + " availability; a page of 20, the total and six facet dimensions, each counted without its own"
                        + " filter) and 50 fixed pupil profiles from ten towns (`src/bench/java/.../Workload.java`).\n")
                .append("- **In process (JMH 1.37, sample time, 1 thread, 1 fork, 2 × 5 s warm-up, 3 × 5 s):** the"
                        + " service's own application context on its embedded database; search is `OfferIndex.search`,"
                        + " matching is `Matching.match` with a limit of 10.\n")
                .append("- **Baselines, same JMH settings, same data, same 50 searches:** MariaDB `FULLTEXT` in natural"
                        + " language mode and PostgreSQL `tsvector` (`dutch`, weights A/B/C, GIN index, `ts_rank`, words"
                        + " as alternatives), each with `COUNT(*)` and one `GROUP BY` per facet over a facet table.\n")
                .append(
                        "- **Over HTTP:** the packaged jar (`-Xmx1g`) on a fresh embedded database, wrk with one thread on"
                                + " the same machine, 10 s warm-up then ")
                .append(loadDuration)
                .append(" per run, cycling through the same searches and profiles.\n\n")
                .append("## Machine\n\n")
                .append(machine.cores())
                .append(" cores (")
                .append(machine.cpu())
                .append("), ")
                .append(machine.memory())
                .append(", ")
                .append(machine.system())
                .append(", ")
                .append(machine.java())
                .append(", ")
                .append(machine.mariadb())
                .append(", ")
                .append(machine.postgresql())
                .append(", ")
                .append(machine.wrk())
                .append(". The load generator, the databases and the service share the same cores.\n\n");
        md.append("## Latency against catalogue size\n\n")
                .append("![p50 latency of search and matching in process and of both database baselines, against the"
                        + " number of offers, on logarithmic axes](img/performance.png)\n\n");
        md.append(inProcessTable(sizes)).append('\n');
        md.append(httpTable(sizes)).append('\n');
        md.append(operationsTable(sizes)).append('\n');
        md.append(targets(sizes)).append('\n');
        Size largest = sizes.get(sizes.size() - 1);
        if (largest.profile() != null) {
            md.append("## Where the search time goes at ")
                    .append(count(largest.size()))
                    .append(" offers\n\n")
                    .append(largest.profile())
                    .append('\n');
        }
        md.append(notes);
        return md.toString();
    }

    private static String inProcessTable(List<Size> sizes) {
        StringBuilder md = new StringBuilder("## In process\n\n"
                + "| offers | what | p50 ms | p99 ms | mean ms | per second (1 thread) | samples |\n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Size size : sizes) {
            row(md, size.size(), "search with facets (this service)", size.search());
            row(md, size.size(), "MariaDB FULLTEXT + GROUP BY", size.mariadb());
            row(md, size.size(), "PostgreSQL FTS + GROUP BY", size.postgresql());
            row(md, size.size(), "matching (this service)", size.match());
        }
        md.append("\n| offers | MariaDB p50 ÷ service p50 | PostgreSQL p50 ÷ service p50 |\n| ---: | ---: | ---: |\n");
        for (Size size : sizes) {
            md.append("| ")
                    .append(count(size.size()))
                    .append(" | ")
                    .append(times(size.mariadb().p50() / size.search().p50()))
                    .append(" | ")
                    .append(times(size.postgresql().p50() / size.search().p50()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, int size, String what, Latency latency) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %,d |%n",
                count(size),
                what,
                ms(latency.p50()),
                ms(latency.p99()),
                ms(latency.mean()),
                latency.perSecond() < 10
                        ? String.format(Locale.ROOT, "%.1f", latency.perSecond())
                        : String.format(Locale.ROOT, "%,.0f", latency.perSecond()),
                latency.samples()));
    }

    private static String httpTable(List<Size> sizes) {
        StringBuilder md = new StringBuilder("## Over HTTP\n\n"
                + "| offers | request | connections | requests/s | p50 ms | p99 ms | errors |\n"
                + "| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Size size : sizes) {
            List<HttpBench.Load> loads = new ArrayList<>(size.http().loads());
            loads.add(size.http().basic());
            loads.add(size.http().bearer());
            for (HttpBench.Load load : loads) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | `%s` | %d | %,.0f | %s | %s | %d |%n",
                        count(size.size()),
                        load.what(),
                        load.connections(),
                        load.perSecond(),
                        ms(load.p50()),
                        ms(load.p99()),
                        load.errors()));
            }
        }
        return md.toString();
    }

    private static String operationsTable(List<Size> sizes) {
        StringBuilder md = new StringBuilder("## Start-up, index and answers\n\n"
                + "A restart rebuilds the index from the database. It is measured as the README runs the service,"
                + " with the class-data archive the first start wrote at its exit, and once more without it.\n\n"
                + "| offers | first start | of which the import | restart | restart without the archive | full"
                + " reindex | heap after a full GC | index size | match answer median / largest | sign-in for a token |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Size size : sizes) {
            HttpBench.Result http = size.http();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.1f s | %.1f s | %.1f s | %.1f s | %,d ms | %s | %s | %s / %s | %.0f ms |%n",
                    count(size.size()),
                    http.firstStartSeconds(),
                    http.importSeconds(),
                    http.restartSeconds(),
                    http.restartWithoutArchiveSeconds(),
                    http.reindexMillis(),
                    megabytes(http.heapAfterGcBytes()),
                    megabytes(size.indexBytes()),
                    kilobytes(http.matchBytesMedian()),
                    kilobytes(http.matchBytesMax()),
                    http.tokenMillis()));
        }
        return md.toString();
    }

    /** The targets, each with what this run measured. */
    private static String targets(List<Size> sizes) {
        StringBuilder md = new StringBuilder("## Targets\n\n| target | measured | met |\n| --- | --- | --- |\n");
        Size ten = find(sizes, 10_000);
        Size hundred = find(sizes, 100_000);
        if (ten != null) {
            target(
                    md,
                    "search p50 ≤ 0.4 ms at 10,000",
                    ms(ten.search().p50()) + " ms",
                    ten.search().p50() <= 0.4);
            HttpBench.Load search = load(ten, "GET /api/v1/offers", 4);
            target(
                    md,
                    "HTTP search ≥ 2,000/s, p99 ≤ 25 ms at 10,000",
                    String.format(
                            Locale.ROOT, "%,.0f/s, p99 %s ms (4 connections)", search.perSecond(), ms(search.p99())),
                    search.perSecond() >= 2000 && search.p99() <= 25);
        }
        if (hundred != null) {
            Latency search = hundred.search();
            target(
                    md,
                    "search p50 ≤ 2 ms, p99 ≤ 10 ms at 100,000",
                    ms(search.p50()) + " / " + ms(search.p99()) + " ms",
                    search.p50() <= 2 && search.p99() <= 10);
            double mariadb = hundred.mariadb().p50() / search.p50();
            double postgresql = hundred.postgresql().p50() / search.p50();
            target(
                    md,
                    "≥ 100× MariaDB and ≥ 30× PostgreSQL at p50 (100,000)",
                    times(mariadb) + " / " + times(postgresql),
                    mariadb >= 100 && postgresql >= 30);
            HttpBench.Load http = load(hundred, "GET /api/v1/offers", 4);
            target(
                    md,
                    "HTTP search ≥ 300/s at 100,000",
                    String.format(Locale.ROOT, "%,.0f/s (4 connections)", http.perSecond()),
                    http.perSecond() >= 300);
            target(
                    md,
                    "matching p99 ≤ 20 ms, answer < 20 KB at 100,000",
                    ms(hundred.match().p99()) + " ms, largest "
                            + kilobytes(hundred.http().matchBytesMax()),
                    hundred.match().p99() <= 20 && hundred.http().matchBytesMax() < 20 * 1024);
            target(
                    md,
                    "import of 100,000 offers on a first start ≤ 30 s",
                    String.format(Locale.ROOT, "%.1f s", hundred.http().importSeconds()),
                    hundred.http().importSeconds() <= 30);
            target(
                    md,
                    "restart ≤ 20 s at 100,000",
                    String.format(
                            Locale.ROOT,
                            "%.1f s (%.1f s without the class-data archive)",
                            hundred.http().restartSeconds(),
                            hundred.http().restartWithoutArchiveSeconds()),
                    hundred.http().restartSeconds() <= 20);
            target(
                    md,
                    "heap ≤ 512 MB at 100,000",
                    megabytes(hundred.http().heapAfterGcBytes()),
                    hundred.http().heapAfterGcBytes() <= 512L * 1024 * 1024);
            if (ten != null) {
                double growth = hundred.search().p50() / ten.search().p50();
                target(md, "sub-linear growth from 10,000 to 100,000 (p50 less than 10×)", times(growth), growth < 10);
            }
        }
        return md.toString();
    }

    private static void target(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ")
                .append(target)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private static HttpBench.Load load(Size size, String what, int connections) {
        return size.http().loads().stream()
                .filter(l -> l.what().equals(what) && l.connections() == connections)
                .findFirst()
                .orElseThrow();
    }

    private static Size find(List<Size> sizes, int size) {
        return sizes.stream().filter(s -> s.size() == size).findFirst().orElse(null);
    }

    /** p50 against size on log-log axes, one line per engine. */
    private static void chart(List<Size> sizes, Path file) throws IOException {
        int width = 900;
        int height = 540;
        int left = 90;
        int right = 260;
        int top = 50;
        int bottom = 70;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Map<String, ToDoubleFunction<Size>> series = new LinkedHashMap<>();
        series.put("search, this service", s -> s.search().p50());
        series.put("matching, this service", s -> s.match().p50());
        series.put("PostgreSQL FTS", s -> s.postgresql().p50());
        series.put("MariaDB FULLTEXT", s -> s.mariadb().p50());
        Color[] colors = {new Color(0, 90, 160), new Color(0, 140, 90), new Color(200, 110, 0), new Color(190, 30, 45)};
        double minY = Math.pow(
                10,
                Math.floor(Math.log10(sizes.stream()
                        .mapToDouble(s -> Math.min(s.search().p50(), s.match().p50()))
                        .min()
                        .orElse(0.01))));
        double maxY = Math.pow(
                10,
                Math.ceil(Math.log10(sizes.stream()
                        .mapToDouble(
                                s -> Math.max(s.mariadb().p50(), s.postgresql().p50()))
                        .max()
                        .orElse(1000))));
        double minX = 1_000;
        double maxX = 100_000;
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        ToDoubleFunction<Double> x = v -> left + plotWidth * Math.log10(v / minX) / Math.log10(maxX / minX);
        ToDoubleFunction<Double> y = v -> top + plotHeight * (1 - Math.log10(v / minY) / Math.log10(maxY / minY));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(new Color(220, 220, 220));
        for (double v = minY; v <= maxY * 1.001; v *= 10) {
            int py = (int) y.applyAsDouble(v);
            g.drawLine(left, py, left + plotWidth, py);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(left, top, plotWidth, plotHeight);
        for (double v = minY; v <= maxY * 1.001; v *= 10) {
            int py = (int) y.applyAsDouble(v);
            String label = v < 1 ? String.format(Locale.ROOT, "%s ms", v) : String.format(Locale.ROOT, "%,.0f ms", v);
            g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), py + 5);
        }
        for (Size size : sizes) {
            int px = (int) x.applyAsDouble((double) size.size());
            String label = count(size.size());
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, top + plotHeight + 22);
        }
        g.drawString("offers in the catalogue", left + plotWidth / 2 - 70, height - 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("p50 latency per search or match (log scales)", left, 30);
        g.setStroke(new BasicStroke(3));
        int legendY = top + 20;
        int i = 0;
        for (var entry : series.entrySet()) {
            g.setColor(colors[i++]);
            int[] xs = sizes.stream()
                    .mapToInt(s -> (int) x.applyAsDouble((double) s.size()))
                    .toArray();
            int[] ys = sizes.stream()
                    .mapToInt(s -> (int) y.applyAsDouble(entry.getValue().applyAsDouble(s)))
                    .toArray();
            g.drawPolyline(xs, ys, xs.length);
            for (int p = 0; p < xs.length; p++) {
                g.fillOval(xs[p] - 5, ys[p] - 5, 10, 10);
            }
            g.drawLine(left + plotWidth + 20, legendY, left + plotWidth + 50, legendY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            g.setColor(Color.DARK_GRAY);
            g.drawString(entry.getKey(), left + plotWidth + 58, legendY + 5);
            legendY += 28;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static String count(int size) {
        return String.format(Locale.ROOT, "%,d", size);
    }

    private static String ms(double millis) {
        return millis < 1
                ? String.format(Locale.ROOT, "%.3f", millis)
                : millis < 100
                        ? String.format(Locale.ROOT, "%.1f", millis)
                        : String.format(Locale.ROOT, "%,.0f", millis);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%,.0f×", ratio);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
