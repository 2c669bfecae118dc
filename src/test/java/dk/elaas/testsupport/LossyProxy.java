package dk.elaas.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between a client and the server, inside the test, that loses answers: on every {@code every}-th
 * connection it passes the request on and cuts the line when the server starts to answer, so the server has
 * done the work and the client never hears of it (it must send again, and the server must not do it twice).
 * It can also be cut off altogether, as a lost network.
 */
public final class LossyProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final int every;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lossy-proxy");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean cut;

    public LossyProxy(int targetPort, int every) throws IOException {
        this.targetPort = targetPort;
        this.every = every;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    public int answersLost() {
        return answersLost.get();
    }

    /** No connection gets through while cut (the network is gone). */
    public void cut(boolean cut) {
        this.cut = cut;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                boolean lose = every > 0 && connections.incrementAndGet() % every == 0;
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pool.execute(() -> pipe(client, server, false));
                pool.execute(() -> pipe(server, client, lose));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to, boolean loseTheAnswer) {
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (loseTheAnswer) {
                    answersLost.incrementAndGet();
                    break;
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side went; close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pool.shutdownNow();
    }
}
