package dev.ingest.core.internal.history;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which process on which host owns a running sync, so a later start can tell a crash from a live run. */
final class ProcessIdentity {

    private static final String HOST = resolveHost();
    /** The runs this process is syncing now: a row of this process that is running but not here was left by a run that could not record its end. */
    private static final Set<String> LIVE_RUNS = ConcurrentHashMap.newKeySet();

    private ProcessIdentity() {}

    static String host() {
        return HOST;
    }

    static long pid() {
        return ProcessHandle.current().pid();
    }

    static void started(String runId) {
        LIVE_RUNS.add(runId);
    }

    static void ended(String runId) {
        LIVE_RUNS.remove(runId);
    }

    /** Whether the run of {@code pid} on this host is still going: its process lives and, if it is this one, syncs it. */
    static boolean isLive(String runId, Long pid) {
        if (pid == null) {
            return false;
        }
        return pid == pid() ? LIVE_RUNS.contains(runId) : ProcessHandle.of(pid).isPresent();
    }

    private static String resolveHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
