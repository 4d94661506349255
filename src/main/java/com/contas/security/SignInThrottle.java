package com.contas.security;

import com.contas.common.SqlList;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks sign-in attempts per user name and per client address, in a table
 * that every instance shares ({@code sign_in_throttle}), so that guessing passwords is slow and an
 * anonymous loop cannot keep the CPU busy with bcrypt.
 *
 * <p>Every attempt counts as a failure the moment it is let through ({@link #acquire}), before the
 * password is compared, so that attempts sent in parallel are counted too; a success takes it back
 * ({@link #succeeded}). An attempt that arrives during a delay or a lock is refused at once, costs
 * no password comparison and is not counted, so nobody extends a lock by trying during it.
 * Failures are forgotten at a steady rate ({@link Rule}): a lock ends by itself, and one address
 * can add failures to a user name more slowly than that name forgets them, so one address cannot
 * keep somebody locked out for long.
 */
@Service
public class SignInThrottle {

    /** How each kind of key is throttled: the one definition of the figures. */
    enum Rule {
        /** 3 failures free, then 1 s doubling up to 30 s; the 10th: locked 15 min; one forgotten every 3 min. */
        USER_NAME("user:", 3, 10, Duration.ofMinutes(3)),
        /** 10 failures free, then 1 s doubling up to 30 s; the 30th: locked 15 min; one forgotten every 5 min. */
        CLIENT_ADDRESS("address:", 10, 30, Duration.ofMinutes(5));

        static final Duration FIRST_DELAY = Duration.ofSeconds(1);
        static final Duration MAX_DELAY = Duration.ofSeconds(30);
        static final Duration LOCK = Duration.ofMinutes(15);

        final String prefix;
        final int freeFailures;
        final int lockAfter;
        final Duration forgetOneEvery;

        Rule(String prefix, int freeFailures, int lockAfter, Duration forgetOneEvery) {
            this.prefix = prefix;
            this.freeFailures = freeFailures;
            this.lockAfter = lockAfter;
            this.forgetOneEvery = forgetOneEvery;
        }

        /** The failures still remembered at {@code now}. */
        double remembered(double failures, Instant since, Instant now) {
            double forgotten = (double) Duration.between(since, now).toMillis() / forgetOneEvery.toMillis();
            return Math.max(0, failures - Math.max(0, forgotten));
        }

        /** The delay before the next attempt after this many failures (counting a started one as one). */
        Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 30);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        }
    }

    private static final Duration PURGE_AFTER = Duration.ofDays(1);
    private static final int MAX_NAME_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Lets one attempt through and counts it as a failure, or refuses it: empty when the password
     * may be compared, else the refusal with when to try again.
     *
     * @param address the client's address, or null when unknown (not a web sign-in)
     */
    @Transactional
    public Optional<SignInThrottledException> acquire(String username, String address) {
        Instant now = clock.instant();
        TreeMap<String, Rule> keys = keys(username, address);
        for (String key : keys.keySet()) {
            jdbc.update(
                    "insert into sign_in_throttle (throttle_key, failures, updated_at) values (?, 0, ?) "
                            + "on conflict do nothing",
                    key,
                    at(now));
        }
        // Locked in key order, so that two attempts sharing a key wait for each other, never deadlock.
        List<Row> rows = jdbc.query(
                "select throttle_key, failures, updated_at, next_attempt_at, locked_until from sign_in_throttle "
                        + "where throttle_key in (?, ?) order by throttle_key for update",
                (rs, i) -> Row.of(rs),
                keys.firstKey(),
                keys.lastKey());
        Optional<SignInThrottledException> refused = rows.stream()
                .map(row -> row.refusal(now))
                .flatMap(Optional::stream)
                .max((a, b) -> a.retryAt().compareTo(b.retryAt()));
        if (refused.isPresent()) {
            return refused;
        }
        for (Row row : rows) {
            Rule rule = keys.get(row.key());
            double failures = rule.remembered(row.failures(), row.updatedAt(), now) + 1;
            int counted = (int) Math.ceil(failures - 1e-9);
            Instant lockedUntil = counted >= rule.lockAfter ? now.plus(Rule.LOCK) : null;
            Duration delay = rule.delayAfter(counted);
            jdbc.update(
                    "update sign_in_throttle set failures = ?, updated_at = ?, next_attempt_at = ?, locked_until = ? "
                            + "where throttle_key = ?",
                    failures,
                    at(now),
                    delay.isZero() ? null : at(now.plus(delay)),
                    lockedUntil == null ? null : at(lockedUntil),
                    row.key());
        }
        return Optional.empty();
    }

    /** The password was right: the user name's failures are forgotten, the address's attempt taken back. */
    @Transactional
    public void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", userKey(username));
        String addressKey = addressKey(address);
        if (addressKey != null) {
            jdbc.update(
                    "update sign_in_throttle set failures = greatest(failures - 1, 0), next_attempt_at = null "
                            + "where throttle_key = ?",
                    addressKey);
        }
    }

    /** An admin lets the user try again at once (their address keeps its own count). */
    @Transactional
    public void forgetUser(String username) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", userKey(username));
    }

    /** Until when the user's sign-in is locked, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return jdbc
                .query(
                        "select locked_until from sign_in_throttle where throttle_key = ? and locked_until > ?",
                        (rs, i) -> SqlList.instant(rs, "locked_until"),
                        userKey(username),
                        at(clock.instant()))
                .stream()
                .findFirst();
    }

    /** Deletes rows nobody touched for a day: their failures are long forgotten. */
    @Transactional
    public void purge() {
        jdbc.update(
                "delete from sign_in_throttle where updated_at < ?",
                at(clock.instant().minus(PURGE_AFTER)));
    }

    private static TreeMap<String, Rule> keys(String username, String address) {
        TreeMap<String, Rule> keys = new TreeMap<>();
        keys.put(userKey(username), Rule.USER_NAME);
        String addressKey = addressKey(address);
        if (addressKey != null) {
            keys.put(addressKey, Rule.CLIENT_ADDRESS);
        }
        return keys;
    }

    /** In SQL, the key of the user name in {@code column} (stored lower case, as users sign in). */
    static String userKeyOf(String column) {
        return "('" + Rule.USER_NAME.prefix + "' || " + column + ")";
    }

    /** The user name as it signs in: trimmed, lower case; a longer one than any user's is cut. */
    static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return Rule.USER_NAME.prefix + (name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name);
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64 prefix, which one client usually holds
     * whole (so changing the last 64 bits does not give a fresh count).
     */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String ip = address.strip();
        if (ip.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(ip.replace("[", "").replace("]", ""))
                        .getAddress();
                if (bytes.length == 16) {
                    List<String> groups = new ArrayList<>();
                    for (int i = 0; i < 8; i += 2) {
                        groups.add(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
                    }
                    ip = String.join(":", groups) + "::/64";
                }
            } catch (UnknownHostException notAnAddress) {
                // keep it as given
            }
        }
        return Rule.CLIENT_ADDRESS.prefix + (ip.length() > 100 ? ip.substring(0, 100) : ip);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(String key, double failures, Instant updatedAt, Instant nextAttemptAt, Instant lockedUntil) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
                    rs.getString("throttle_key"),
                    rs.getDouble("failures"),
                    SqlList.instant(rs, "updated_at"),
                    SqlList.instant(rs, "next_attempt_at"),
                    SqlList.instant(rs, "locked_until"));
        }

        Optional<SignInThrottledException> refusal(Instant now) {
            if (lockedUntil != null && lockedUntil.isAfter(now)) {
                return Optional.of(new SignInThrottledException(lockedUntil, true));
            }
            if (nextAttemptAt != null && nextAttemptAt.isAfter(now)) {
                return Optional.of(new SignInThrottledException(nextAttemptAt, false));
            }
            return Optional.empty();
        }
    }
}
