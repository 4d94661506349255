package com.contas.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Virtual users, each on its own thread: sign in, open the accounts list, connect push (optional),
 * then actions chosen as a user moves between the list, the drawer, the board and the deals, with a
 * think time between them (uniform from half to one and a half of {@code thinkMs}). Users can be
 * added while the run goes on (a ramp); every action is recorded in the current {@link Stats}.
 */
final class LoadRun implements AutoCloseable {

    private final HttpClient http = VaadinClient.sharedHttp(Duration.ofSeconds(30));
    private final URI base;
    private final String username;
    private final String password;
    private final long thinkMs;
    private final boolean push;
    private final boolean tour;
    final AtomicReference<Stats> stats = new AtomicReference<>(new Stats());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<ContasUser> users = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch toursLeft;

    /**
     * @param tour   each user first does every action once, in order (the smoke test's coverage)
     * @param users  how many users will run in all (how many tours to wait for)
     */
    LoadRun(URI base, String username, String password, long thinkMs, boolean push, boolean tour, int users) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.thinkMs = thinkMs;
        this.push = push;
        this.tour = tour;
        this.toursLeft = new java.util.concurrent.CountDownLatch(tour ? users : 0);
    }

    /** Waits until every user has done its tour (or could not start); false on timeout. */
    boolean awaitTours(Duration timeout) throws InterruptedException {
        return toursLeft.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    int users() {
        return users.size();
    }

    /** Starts users until there are {@code total}, spread over {@code spreadMs}. */
    void growTo(int total, long spreadMs) throws InterruptedException {
        int start = users.size();
        int add = total - start;
        for (int i = 0; i < add; i++) {
            int index = start + i;
            ContasUser user = new ContasUser(http, base, stats::get, index);
            users.add(user);
            Thread thread = new Thread(() -> live(user), "vu-" + index);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
            if (add > 1) {
                Thread.sleep(spreadMs / add);
            }
        }
    }

    private void live(ContasUser user) {
        boolean ready = user.act("sign_in", () -> user.signIn(username, password))
                && user.act("open_accounts", user::openAccounts)
                && (!push || user.act("push_connect", user::connectPush));
        if (!ready) {
            toursLeft.countDown();
            return;
        }
        if (tour) {
            try {
                List<Runnable> steps = List.of(
                        () -> user.act("scroll", user::scrollGrid),
                        () -> user.act("search_accounts", user::searchAccounts),
                        () -> user.act("drawer_from_list", user::openDrawerFromList),
                        () -> user.act("add_note", user::addNote),
                        () -> user.act("open_board", user::openBoard),
                        () -> {
                            if (user.hasCardToDrag()) {
                                user.act("drop_card", user::dropCard);
                            }
                        },
                        () -> {
                            if (user.undoAvailable()) {
                                user.act("undo", user::undo);
                            }
                        },
                        () -> user.act("drawer_from_board", user::openDrawerFromBoard),
                        () -> user.act("open_deals", user::openDeals),
                        () -> user.act("search_deals", user::searchDeals));
                for (Runnable step : steps) {
                    if (!think(user.random(), true)) {
                        return;
                    }
                    step.run();
                }
            } finally {
                toursLeft.countDown();
            }
        }
        while (think(user.random(), false)) {
            next(user);
        }
    }

    /** Sleeps the think time; false once the run is over (a tour goes on until the end of its steps). */
    private boolean think(Random random, boolean touring) {
        if (!running.get() && !touring) {
            return false;
        }
        try {
            Thread.sleep((long) (thinkMs * (0.5 + random.nextDouble())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return running.get() || touring;
    }

    /** The next thing the user does, by where they are. */
    static void next(ContasUser user) {
        double r = user.random().nextDouble();
        try {
            // Notices that timed out close before the user looks at the screen.
            user.client.applyPushed();
            user.closeExpiredNotifications();
        } catch (Exception e) {
            // The action that follows reports any real problem.
        }
        switch (user.view()) {
            case "board" -> {
                if (user.undoAvailable() && r < 0.5) {
                    user.act("undo", user::undo);
                } else if (r < 0.45 && user.hasCardToDrag()) {
                    user.act("drop_card", user::dropCard);
                } else if (r < 0.6) {
                    user.act("drawer_from_board", user::openDrawerFromBoard);
                } else if (r < 0.7 && user.drawerOpen()) {
                    user.act("add_note", user::addNote);
                } else if (r < 0.85) {
                    user.act("open_accounts", user::openAccounts);
                } else if (r < 0.95) {
                    user.act("open_deals", user::openDeals);
                } else {
                    user.act("open_board", user::openBoard);
                }
            }
            case "deals" -> {
                if (r < 0.5) {
                    user.act("search_deals", user::searchDeals);
                } else if (r < 0.75) {
                    user.act("open_accounts", user::openAccounts);
                } else {
                    user.act("open_board", user::openBoard);
                }
            }
            default -> {
                if (r < 0.25) {
                    user.act("scroll", user::scrollGrid);
                } else if (r < 0.45) {
                    user.act("search_accounts", user::searchAccounts);
                } else if (r < 0.6) {
                    user.act("drawer_from_list", user::openDrawerFromList);
                } else if (r < 0.72 && user.drawerOpen()) {
                    user.act("add_note", user::addNote);
                } else if (r < 0.9) {
                    user.act("open_board", user::openBoard);
                } else {
                    user.act("open_deals", user::openDeals);
                }
            }
        }
    }

    /** Stops every user after its current action and closes their tabs. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
        users.parallelStream().forEach(ContasUser::close);
    }
}
