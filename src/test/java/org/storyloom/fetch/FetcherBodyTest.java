package org.storyloom.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies: content encodings, the size caps, zip bombs and servers that stall. */
class FetcherBodyTest {

    private static final int CAP = 64 * 1024;

    private final byte[] feed = LoopbackServer.fixture("feed.xml");
    private LoopbackServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        FetchConfig config = TestConfigs.loopback()
                .withBodyLimits(CAP, 4 * CAP)
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofMillis(1000));
        fetcher = new Fetcher(config, InstantSource.system());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void gzipBodyIsDecompressedAndAskedFor() throws IOException {
        String[] acceptEncoding = new String[1];
        byte[] gzipped = gzip(feed);
        server.on("/gzip.xml", exchange -> {
            acceptEncoding[0] = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            LoopbackServer.send(exchange, 200, gzipped, "Content-Encoding", "gzip");
        });

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/gzip.xml"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Fetched.class, f -> assertThat(f.body()).isEqualTo(feed));
        assertThat(acceptEncoding[0]).isEqualTo("gzip, deflate");
    }

    @Test
    void deflateBodyIsDecompressedZlibOrRaw() throws IOException {
        server.serve("/zlib.xml", 200, deflate(feed, false), "Content-Encoding", "deflate");
        server.serve("/raw.xml", 200, deflate(feed, true), "Content-Encoding", "deflate");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/zlib.xml"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Fetched.class, f -> assertThat(f.body()).isEqualTo(feed));
        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/raw.xml"))))
                .isInstanceOfSatisfying(
                        FetchOutcome.Fetched.class, f -> assertThat(f.body()).isEqualTo(feed));
    }

    @Test
    void gzipBombPastTheDecompressedCapFails() throws IOException {
        byte[] bomb = gzip(new byte[64 * CAP]); // 4 MiB of zeros, a few KiB on the wire
        assertThat(bomb.length).isLessThan(CAP);
        server.serve("/bomb.xml", 200, bomb, "Content-Encoding", "gzip");

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/bomb.xml"))))
                .isEqualTo(new FetchOutcome.Failed("fetch: decompressed body exceeds " + 4 * CAP + " bytes"));
    }

    @Test
    void streamedBodyPastTheCapFails() {
        server.on("/huge.xml", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 2 * CAP / 1024; i++) {
                    out.write(new byte[1024]);
                }
            }
        });

        assertThat(fetcher.fetch(FetchRequest.feed(server.uri("/huge.xml"))))
                .isEqualTo(new FetchOutcome.Failed("fetch: body exceeds " + CAP + " bytes"));
    }

    @Test
    void announcedLengthPastTheCapFailsWithoutReading() {
        server.on("/announced.xml", exchange -> {
            exchange.sendResponseHeaders(200, 100L * CAP);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[1024]);
                out.flush();
                Thread.sleep(5_000);
            }
        });

        long start = System.nanoTime();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/announced.xml")));

        assertThat(outcome).isEqualTo(new FetchOutcome.Failed("fetch: body exceeds " + CAP + " bytes"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void bodyThatStallsMidwayFailsWithinTheTotalDeadline() {
        server.on("/stall.xml", exchange -> stall(exchange, 10_000));

        long start = System.nanoTime();
        FetchOutcome outcome = fetcher.fetch(FetchRequest.feed(server.uri("/stall.xml")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        FetchOutcome.Failed.class,
                        f -> assertThat(f.reason()).isEqualTo("fetch: no complete response within 1000 ms"));
        assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofMillis(2000));
    }

    @Test
    void serverThatNeverAnswersFailsWithinTheReadTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket socket = silent.accept()) {
                    Thread.sleep(5_000); // reads nothing, answers nothing
                } catch (IOException | InterruptedException e) {
                    // closed by the test
                }
            });
            long start = System.nanoTime();
            FetchOutcome outcome =
                    fetcher.fetch(FetchRequest.feed(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/")));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            acceptor.interrupt();

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            FetchOutcome.Failed.class,
                            f -> assertThat(f.reason()).startsWith("fetch: "));
            assertThat(took).isLessThan(Duration.ofMillis(2000));
        }
    }

    private static void stall(HttpExchange exchange, long millis) throws IOException, InterruptedException {
        exchange.sendResponseHeaders(200, 10_000);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(new byte[100]);
            out.flush();
            Thread.sleep(millis);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out =
                new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
