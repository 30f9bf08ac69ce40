package vn.bacson.khenthuong.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A few lines of SMTP for the tests: accepts every message, except that RCPT TO an address containing
 * {@code reject} is answered {@code 550 5.1.1 ... User unknown}. Remembers the recipients of accepted messages.
 */
final class TinySmtpServer implements AutoCloseable {

    static final String REJECT_REPLY = "550 5.1.1 Recipient address rejected: User unknown";

    private final ServerSocket socket;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread thread;

    TinySmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        socket.setReuseAddress(true);
        thread = new Thread(this::serve, "tiny-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    /** The RCPT TO address of each message accepted (DATA completed). */
    List<String> acceptedRecipients() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 tiny.test ESMTP");
        String recipient = null;
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 tiny.test");
            } else if (command.startsWith("MAIL FROM")) {
                recipient = null;
                reply(out, "250 2.1.0 OK");
            } else if (command.startsWith("RCPT TO")) {
                if (command.contains("REJECT")) {
                    reply(out, REJECT_REPLY);
                } else {
                    recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    reply(out, "250 2.1.5 OK");
                }
            } else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                String data;
                while ((data = in.readLine()) != null && !data.equals(".")) {
                    // the message itself is not needed
                }
                accepted.add(recipient);
                reply(out, "250 2.0.0 OK queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 2.0.0 Bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
