package nl.aanbodwijzer.reports;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import java.io.IOException;
import java.io.OutputStream;
import nl.aanbodwijzer.api.model.Report;

/**
 * Writes a report as a file of one media type. The report routes produce JSON too; a report
 * answered as JSON is left to the JSON writer.
 */
abstract class ReportFileWriter implements MessageBodyWriter<Report> {
    private final Download download;

    ReportFileWriter(Download download) {
        this.download = download;
    }

    @Override
    public boolean isWriteable(Argument<Report> type, MediaType mediaType) {
        return mediaType != null
                && mediaType.getName().equals(download.mediaType().getName());
    }

    @Override
    public final void writeTo(
            Argument<Report> type, MediaType mediaType, Report report, MutableHeaders headers, OutputStream out)
            throws CodecException {
        try {
            write(report, out);
        } catch (IOException e) {
            throw new CodecException("the " + download + " file could not be written", e);
        }
    }

    abstract void write(Report report, OutputStream out) throws IOException;
}
