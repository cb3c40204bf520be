package nl.aanbodwijzer.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.LocalDate;
import java.util.List;
import nl.aanbodwijzer.system.DomainException.InvalidInput;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.web.BarChart;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Page;
import nl.aanbodwijzer.web.Pages;

/**
 * The project leader's reports as pages: charts drawn on the server with their data beside them,
 * the tables as every export has them, a period filter, and the CSV and XLSX downloads.
 */
@Controller("/rapportages")
@Secured(Role.Names.PROJECTLEIDER)
class ReportPages {
    private final Reports reports;
    private final Pages pages;

    ReportPages(Reports reports, Pages pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<String> gaps(
            HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Inputs inputs = new Inputs();
        Period period = period(from, to, inputs);
        List<Report> grouped = reports.gapReports(
                period,
                List.of(
                        List.of(Dimension.REASON, Dimension.NEED),
                        List.of(Dimension.REASON),
                        List.of(Dimension.NEED),
                        List.of(Dimension.MONTH)));
        Report report = grouped.get(0);
        Table byReason = grouped.get(1).tables().get(0);
        Table byNeed = grouped.get(2).tables().get(0);
        Table byMonth = grouped.get(3).tables().get(0);
        List<BarChart> charts = List.of(
                ReportView.chart(
                        byReason, "per-reden", "Gaten per reden", "Het aantal gaten per reden in de periode.", "gaps"),
                ReportView.chart(
                        byNeed,
                        "per-hulpvraag",
                        "Gaten per hulpvraag",
                        "Het aantal gaten per eerste hulpvraag in de periode.",
                        "gaps"),
                ReportView.chart(
                        byMonth,
                        "per-maand",
                        "Gaten per maand",
                        "Het aantal gaten per maand waarin ze voor het eerst zijn vastgelegd.",
                        "gaps"));
        return page(
                request,
                "Rapportage gaten",
                report,
                charts,
                "/api/v1/reports/gaps?groupBy=reason,need&" + query(period),
                inputs);
    }

    @Get("/vraag-en-aanbod")
    MutableHttpResponse<String> demandAndSupply(
            HttpRequest<?> request, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Inputs inputs = new Inputs();
        Period period = period(from, to, inputs);
        Report report = reports.demandAndSupply(period);
        return page(
                request,
                "Vraag en aanbod",
                report,
                List.of(),
                "/api/v1/reports/demand-and-supply?" + query(period),
                inputs);
    }

    @Get("/aanbod")
    MutableHttpResponse<String> supply(HttpRequest<?> request) {
        Report report = reports.supply();
        Table perTypeAndArea = report.tables().get(0);
        List<BarChart> charts = List.of(ReportView.chart(
                perTypeAndArea,
                "plaatsen",
                "Plaatsen per soort en gebied",
                "Het aantal plaatsen van het aanbod van nu, per soort aanbod en gebied.",
                "places"));
        return page(request, "Rapportage aanbod", report, charts, "/api/v1/reports/supply", new Inputs());
    }

    private MutableHttpResponse<String> page(
            HttpRequest<?> request,
            String title,
            Report report,
            List<BarChart> charts,
            String download,
            Inputs inputs) {
        Page page = pages.page(request, "reports/report", title)
                .with("report", ReportView.of(report, charts, download))
                .with("path", request.getPath())
                .with(
                        "from",
                        report.period() == null ? null : report.period().from().toString())
                .with(
                        "to",
                        report.period() == null ? null : report.period().to().toString())
                .with("errors", inputs.errors());
        return page.status(inputs.valid() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .render();
    }

    /** The period asked for; a date that cannot be read, or a period that ends before it starts, is the default. */
    private Period period(String from, String to, Inputs inputs) {
        LocalDate first = inputs.date(from, "Van");
        LocalDate last = inputs.date(to, "Tot en met");
        try {
            return Period.of(first, last, reports.today());
        } catch (InvalidInput endsBeforeItStarts) {
            inputs.error("De periode begint na haar einde; de rapportage toont het afgelopen jaar.");
            return Period.of(null, null, reports.today());
        }
    }

    private static String query(Period period) {
        return "from=" + period.from() + "&to=" + period.to();
    }
}
