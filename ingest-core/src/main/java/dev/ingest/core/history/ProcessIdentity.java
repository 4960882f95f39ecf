package dev.ingest.core.history;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which process on which host owns a running sync, so a later start can tell a crash from a live run. */
final class ProcessIdentity {

    private static final String HOST = resolveHost();

    private ProcessIdentity() {
    }

    static String host() {
        return HOST;
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    private static String resolveHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
