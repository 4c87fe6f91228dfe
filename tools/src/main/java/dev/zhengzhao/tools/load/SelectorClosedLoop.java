package dev.zhengzhao.tools.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The closed loop's client: every connection on one thread and one selector, each sending its
 * next request as soon as its last answer is whole. On a machine whose two cores also run the
 * service, this costs the generator about half the CPU per request of a blocking thread per
 * connection (fewer system calls and no thread wake-up per answer), so more of the machine goes
 * to what is measured. Connections are kept across runs.
 */
final class SelectorClosedLoop implements AutoCloseable {
    private static final int PENDING = -2;
    private static final long RECONNECT_PAUSE_NANOS = 10_000_000L;
    /** An answer not whole this long after the run's end counts as failed (as the blocking client's read timeout). */
    static final long ANSWER_TIMEOUT_NANOS = 10_000_000_000L;

    private final InetSocketAddress address;
    private final byte[] request;
    private final Selector selector;
    private final List<Connection> connections = new ArrayList<>();
    private final long answerTimeoutNanos;

    SelectorClosedLoop(InetSocketAddress address, byte[] request, int connections) throws IOException {
        this(address, request, connections, ANSWER_TIMEOUT_NANOS);
    }

    SelectorClosedLoop(InetSocketAddress address, byte[] request, int connections, long answerTimeoutNanos)
            throws IOException {
        this.answerTimeoutNanos = answerTimeoutNanos;
        this.address = address;
        this.request = request;
        this.selector = Selector.open();
        for (int i = 0; i < connections; i++) {
            this.connections.add(new Connection());
        }
    }

    /** Runs the closed loop on every connection for {@code nanos}. */
    ClosedLoop.Result run(long nanos) throws IOException {
        Latencies all = new Latencies();
        long errors = 0;
        long start = System.nanoTime();
        long end = start + nanos;
        int active = connections.size();
        List<Connection> failed = new ArrayList<>();
        for (Connection c : connections) {
            if (!c.send(start)) {
                failed.add(c);
            }
        }
        while (active > 0) {
            selector.select(failed.isEmpty() ? 100 : 5);
            long now = System.nanoTime();
            Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
            while (keys.hasNext()) {
                SelectionKey key = keys.next();
                keys.remove();
                Connection c = (Connection) key.attachment();
                int status = c.progress(key);
                if (status == PENDING) {
                    continue;
                }
                all.add(now - c.sentAt);
                if (status != 200) {
                    errors++;
                }
                if (now >= end) {
                    c.rest();
                    active--;
                } else if (!c.send(now)) {
                    failed.add(c);
                }
            }
            if (now - end > answerTimeoutNanos) {
                // a service that stopped answering ends the run rather than hanging it
                for (Connection c : connections) {
                    if (c.busy) {
                        errors++;
                        c.close();
                    }
                }
                break;
            }
            if (!failed.isEmpty()) {
                // a connection that could not be made counts as a failed request, and is tried again
                // after a pause rather than in a tight loop
                List<Connection> retry = failed;
                failed = new ArrayList<>();
                for (Connection c : retry) {
                    if (now - c.sentAt < RECONNECT_PAUSE_NANOS) {
                        failed.add(c);
                        continue;
                    }
                    errors++;
                    all.add(now - c.sentAt);
                    if (now >= end) {
                        active--;
                    } else if (!c.send(now)) {
                        failed.add(c);
                    }
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Latencies sorted = Latencies.merge(List.of(all));
        return new ClosedLoop.Result(
                sorted.count(), errors, sorted.count() / elapsed, sorted.millis(0.50), sorted.millis(0.99));
    }

    @Override
    public void close() {
        connections.forEach(Connection::close);
        try {
            selector.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    /** One keep-alive connection's state between the selector's turns. */
    private final class Connection {
        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out;
        private final ResponseBuffer in = new ResponseBuffer();
        long sentAt;
        /** Between a request sent and its answer whole, or its failure. */
        boolean busy;

        /** Starts a request; false when the connection could not be made. */
        boolean send(long now) {
            sentAt = now;
            busy = true;
            in.clear();
            try {
                if (channel == null) {
                    channel = SocketChannel.open(address);
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    channel.configureBlocking(false);
                    key = channel.register(selector, 0, this);
                }
                out = ByteBuffer.wrap(request);
                channel.write(out);
                key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
                return true;
            } catch (IOException e) {
                close();
                busy = false;
                return false;
            }
        }

        /** Moves the exchange on; the status once the answer is whole, -1 if it failed, else PENDING. */
        int progress(SelectionKey ready) {
            try {
                if (ready.isWritable()) {
                    channel.write(out);
                    if (!out.hasRemaining()) {
                        ready.interestOps(SelectionKey.OP_READ);
                    }
                    return PENDING;
                }
                ResponseFraming.Response response =
                        in.added(channel.read(ByteBuffer.wrap(in.array(), in.size(), in.free())));
                if (response == null) {
                    return PENDING;
                }
                // still interested in reading: the next request goes out at once, and leaving the
                // interest as it is spares two epoll_ctl calls per request
                busy = false;
                return ResponseFraming.finish(response, this::close);
            } catch (IOException | RuntimeException e) {
                close();
                busy = false;
                return -1;
            }
        }

        /** Between runs: nothing to read, so a connection the service closes is noticed at the next send. */
        void rest() {
            if (key != null && key.isValid()) {
                key.interestOps(0);
            }
        }

        void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing a broken connection
                }
                channel = null;
                key = null;
            }
        }
    }
}
