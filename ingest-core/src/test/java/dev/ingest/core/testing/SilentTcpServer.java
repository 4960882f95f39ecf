package dev.ingest.core.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP endpoint on the loopback that accepts connections and never answers: the fault of a server that
 * hangs, a firewall that drops replies, a load balancer with no backend. Clients must give up on their own.
 */
public final class SilentTcpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public SilentTcpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "silent-tcp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** {@code 127.0.0.1:port}, for a JDBC URL or a base URL. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** How many connections came in so far. */
    public int connections() {
        return accepted.size();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                accepted.add(socket.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : accepted) {
            client.close();
        }
    }
}
