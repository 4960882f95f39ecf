package dev.ingest.callrail.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CallRail of two accounts: a company each (the second's disabled), trackers, users (one in both
 * accounts), tags with integer ids, calls spread over the last {@code days} days, form submissions and text
 * conversations with their messages.
 */
public final class Seed {

    public static final List<String> ACCOUNTS =
            List.of("ACC00000000000000000000000000000001", "ACC00000000000000000000000000000002");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seed() {}

    /** Seeds {@code calls} calls per account, spread evenly over the last {@code days} days. */
    public static void accounts(FakeCallRail fake, Clock clock, int calls, int days) {
        Instant now = clock.instant();
        for (int a = 0; a < ACCOUNTS.size(); a++) {
            String account = ACCOUNTS.get(a);
            fake.addAccount(account, "Account " + (a + 1));
            String company = String.format("COM%032d", a + 1);
            fake.add(
                    account,
                    "companies",
                    JSON.createObjectNode()
                            .put("id", company)
                            .put("name", "Company " + (a + 1))
                            .put("status", a == 1 ? "disabled" : "active")
                            .put("time_zone", "America/New_York")
                            .put("created_at", "2024-01-0" + (a + 1) + "T10:00:00.000Z")
                            .put("disabled_at", a == 1 ? "2025-03-01T12:00:00.000-04:00" : null)
                            .put("dni_active", true));
            for (int t = 1; t <= 2; t++) {
                ObjectNode tracker = JSON.createObjectNode()
                        .put("id", String.format("TRK%031d%d", a + 1, t))
                        .put("name", "Tracker " + t)
                        .put("type", t == 1 ? "source" : "session")
                        .put("status", "active")
                        .put("created_at", "2024-02-01T00:00:00Z");
                tracker.putObject("company").put("id", company).put("name", "Company " + (a + 1));
                tracker.putArray("tracking_numbers").add("+1303555010" + t);
                fake.add(account, "trackers", tracker);
            }
            for (String user :
                    List.of("USR0000000000000000000000000000000shared", "USR000000000000000000000000000000own" + a)) {
                fake.add(
                        account,
                        "users",
                        JSON.createObjectNode()
                                .put("id", user)
                                .put("email", user.toLowerCase() + "@example.com")
                                .put("role", "admin")
                                .put("created_at", "2024-01-05T09:00:00.000-05:00"));
            }
            fake.add(
                    account,
                    "tags",
                    JSON.createObjectNode()
                            .put("id", 993186 + a)
                            .put("name", "Tag " + a)
                            .put("tag_level", "account")
                            .put("status", "enabled")
                            .put("created_at", "2024-03-01T00:00:00Z"));
            Duration step = Duration.ofDays(days).dividedBy(Math.max(1, calls));
            for (int c = 0; c < calls; c++) {
                fake.addCall(account, now.minus(step.multipliedBy(c + 1L)).plusSeconds(a));
            }
            for (int f = 0; f < 3; f++) {
                ObjectNode form = JSON.createObjectNode()
                        .put("id", String.format("FOR%031d%d", a + 1, f))
                        .put("company_id", company)
                        .put("person_id", f == 0 ? "anonymous" : "PER" + f)
                        .put("utm_source", "google")
                        .put("form_name", "Contact us")
                        .put(
                                "submitted_at",
                                now.minus(Duration.ofDays(10L * f + 1))
                                        .atOffset(ZoneOffset.ofHours(-4))
                                        .toString());
                form.putObject("form_data").put("name", "Lead " + f).put("budget", 1000 * f);
                fake.add(account, "form_submissions", form);
            }
            for (int s = 0; s < 2; s++) {
                String id = "KZ" + a + s;
                Instant last = now.minus(Duration.ofDays(20L * s + 2));
                fake.add(
                        account,
                        "conversations",
                        JSON.createObjectNode()
                                .put("id", id)
                                .put("company_id", company)
                                .put("customer_phone_number", "+1720555000" + s)
                                .put("state", "active")
                                .put("last_message_at", last.toString()));
                List<ObjectNode> messages = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    messages.add(JSON.createObjectNode()
                            .put("id", "SCI" + id + m)
                            .put("direction", m % 2 == 0 ? "incoming" : "outgoing")
                            .put("content", "message " + m)
                            .put("created_at", last.minusSeconds(60L * m).toString()));
                }
                fake.addMessages(id, messages);
            }
        }
    }
}
