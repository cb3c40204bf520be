package nl.aanbodwijzer.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a bare socket, for requests no client library would send: malformed escapes, bytes
 * that are no UTF-8, any content type. One connection per request.
 */
final class RawHttp {
    private final String host;
    private final int port;

    RawHttp(URL server) {
        this.host = server.getHost();
        this.port = server.getPort();
    }

    record Answer(int status, String contentType, String body) {}

    Answer send(String method, String target, String authorization, String contentType, byte[] body)
            throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(host)
                    .append(':')
                    .append(port)
                    .append("\r\n")
                    .append("Connection: close\r\n");
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ")
                        .append(contentType)
                        .append("\r\n")
                        .append("Content-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // the server may answer (413) and close before it has read a large body
                }
            }
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        String text = bytes.toString(StandardCharsets.UTF_8);
        int endOfHead = text.indexOf("\r\n\r\n");
        String head = endOfHead < 0 ? text : text.substring(0, endOfHead);
        int status = Integer.parseInt(head.substring(9, 12));
        String contentType = "";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            }
        }
        return new Answer(status, contentType, endOfHead < 0 ? "" : text.substring(endOfHead + 4));
    }
}
