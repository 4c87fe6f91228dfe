package dev.zhengzhao.tools.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One persistent blocking HTTP/1.1 connection sending the same POST again and again: the open
 * loop's client, one thread each. It does the least a client can (write the request bytes, read
 * until {@link ResponseFraming} finds the whole answer) so that the machine's two cores go to the
 * service — the JDK's HttpClient cost about as much CPU per request as the service itself.
 */
final class KeepAliveClient implements AutoCloseable, Sender {
    private final InetSocketAddress address;
    private final byte[] request;
    private final ResponseBuffer in = new ResponseBuffer();
    private Socket socket;
    private OutputStream out;
    private InputStream input;

    KeepAliveClient(URI target, String path, String authorization, byte[] jsonBody) {
        this.address = new InetSocketAddress(target.getHost(), port(target));
        this.request = request(target, path, authorization, jsonBody);
    }

    /** The request bytes: a POST of a JSON body with keep-alive. */
    static byte[] request(URI target, String path, String authorization, byte[] jsonBody) {
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + target.getHost() + ":" + port(target) + "\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + jsonBody.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(headBytes, headBytes.length + jsonBody.length);
        System.arraycopy(jsonBody, 0, bytes, headBytes.length, jsonBody.length);
        return bytes;
    }

    static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : 80;
    }

    /** Sends the request once; returns the HTTP status, or -1 when the connection failed. */
    @Override
    public int send() {
        try {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(address, 2000);
                socket.setSoTimeout(10_000);
                out = socket.getOutputStream();
                input = socket.getInputStream();
            }
            out.write(request);
            out.flush();
            in.clear();
            while (true) {
                ResponseFraming.Response response = in.added(input.read(in.array(), in.size(), in.free()));
                if (response != null) {
                    return ResponseFraming.finish(response, this::close);
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            return -1;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
            socket = null;
        }
    }
}
