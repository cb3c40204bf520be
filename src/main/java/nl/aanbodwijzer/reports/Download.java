package nl.aanbodwijzer.reports;

import io.micronaut.http.MediaType;
import nl.aanbodwijzer.api.model.ReportFormat;
import nl.aanbodwijzer.system.Codes;

/** The forms a report is answered in: JSON, or a file for a spreadsheet. */
enum Download {
    JSON(MediaType.APPLICATION_JSON_TYPE, null),
    CSV(MediaType.of("text/csv;charset=UTF-8"), "csv"),
    XLSX(MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    Download(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * The form {@code format} names; without it, the first of ours the Accept header prefers (by
     * quality, then order); JSON when it names none of them, as a browser's does.
     */
    static Download chosen(ReportFormat format, String accept) {
        if (format != null) {
            return Codes.to(Download.class, format);
        }
        if (accept == null) {
            return JSON;
        }
        for (MediaType accepted : MediaType.orderedOf(accept)) {
            for (Download download : values()) {
                if (download.mediaType.getName().equals(accepted.getName())) {
                    return download;
                }
            }
        }
        return JSON;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The Content-Disposition of a download named {@code name}; null for JSON. */
    String disposition(String name) {
        return extension == null ? null : "attachment; filename=\"aanbodwijzer-" + name + "." + extension + "\"";
    }
}
