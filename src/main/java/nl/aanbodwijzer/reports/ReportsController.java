package nl.aanbodwijzer.reports;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.time.LocalDate;
import java.util.List;
import nl.aanbodwijzer.api.ReportsApi;
import nl.aanbodwijzer.api.model.GapDimension;
import nl.aanbodwijzer.api.model.ReportFormat;
import nl.aanbodwijzer.system.Codes;
import nl.aanbodwijzer.system.DomainException;
import nl.aanbodwijzer.system.Role;

/** The project leader's reports, as JSON or as a CSV or XLSX file. */
@Controller
@Secured(Role.Names.PROJECTLEIDER)
class ReportsController implements ReportsApi {
    private final Reports reports;

    ReportsController(Reports reports) {
        this.reports = reports;
    }

    @Override
    public HttpResponse<nl.aanbodwijzer.api.model.Report> getGapReport(
            LocalDate from, LocalDate to, List<GapDimension> groupBy, ReportFormat format, String accept) {
        Period period = Period.of(from, to, reports.today());
        List<Dimension> dimensions = groupBy == null || groupBy.isEmpty()
                ? List.of(Dimension.REASON)
                : Codes.toAll(Dimension.class, groupBy);
        if (dimensions.stream().distinct().count() < dimensions.size()) {
            throw new DomainException.InvalidInput("groupBy", "name two different dimensions, not one twice");
        }
        return answer(reports.gaps(period, dimensions), "gaten-" + name(period), format, accept);
    }

    @Override
    public HttpResponse<nl.aanbodwijzer.api.model.Report> getDemandAndSupplyReport(
            LocalDate from, LocalDate to, ReportFormat format, String accept) {
        Period period = Period.of(from, to, reports.today());
        return answer(reports.demandAndSupply(period), "vraag-en-aanbod-" + name(period), format, accept);
    }

    @Override
    public HttpResponse<nl.aanbodwijzer.api.model.Report> getSupplyReport(ReportFormat format, String accept) {
        return answer(reports.supply(), "aanbod-" + reports.today(), format, accept);
    }

    private static HttpResponse<nl.aanbodwijzer.api.model.Report> answer(
            Report report, String name, ReportFormat format, String accept) {
        Download download = Download.chosen(format, accept);
        MutableHttpResponse<nl.aanbodwijzer.api.model.Report> response =
                HttpResponse.ok(ReportApiMapper.toApi(report)).contentType(download.mediaType());
        String disposition = download.disposition(name);
        return disposition == null ? response : response.header(HttpHeaders.CONTENT_DISPOSITION, disposition);
    }

    private static String name(Period period) {
        return period.from() + "-tot-en-met-" + period.to();
    }
}
