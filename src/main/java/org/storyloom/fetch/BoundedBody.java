package org.storyloom.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a cap, never more: past the cap it cancels the stream and completes with what it
 * has and {@code overflowed} set. Built with {@code maxBytes} 0 it drops the body at once (for statuses whose
 * body nobody reads).
 */
public final class BoundedBody implements BodySubscriber<BoundedBody.Result> {

    /** The bytes received, and whether the body went past the cap (then the bytes are incomplete). */
    public record Result(byte[] bytes, boolean overflowed) {}

    private final long maxBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;
    private long received;

    public BoundedBody(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        if (subscription != null || result.isDone()) {
            s.cancel();
            return;
        }
        subscription = s;
        if (maxBytes == 0) {
            s.cancel();
            result.complete(new Result(new byte[0], false));
            return;
        }
        s.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            if (received + n > maxBytes) {
                cancel();
                result.complete(new Result(out.toByteArray(), true));
                return;
            }
            received += n;
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            out.write(chunk, 0, n);
        }
        Flow.@Nullable Subscription s = subscription;
        if (s != null) {
            s.request(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(new Result(out.toByteArray(), false));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    /** Stops the transfer (on overflow or when the deadline passes). */
    public synchronized void cancel() {
        Flow.@Nullable Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
