package dev.ingest.arrivy;

/**
 * The seeded fake Arrivy as a server of its own, for trying {@code ingest sync arrivy} by hand: prints the settings that
 * reach it, then serves until killed.
 */
public final class FakeArrivyServer {

    private FakeArrivyServer() {}

    public static void main(String[] args) throws InterruptedException {
        FakeArrivy fake = new FakeArrivy();
        SeededAccount.seed(fake);
        System.out.println("ARRIVY_BASE_URL=" + fake.baseUrl());
        System.out.println("ARRIVY_AUTH_KEY=" + FakeArrivy.KEY);
        System.out.println("ARRIVY_AUTH_TOKEN=" + FakeArrivy.TOKEN);
        System.out.flush();
        Thread.currentThread().join();
    }
}
