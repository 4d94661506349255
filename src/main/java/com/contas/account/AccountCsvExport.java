package com.contas.account;

import com.contas.common.DomainException;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldType;
import com.contas.customfield.CustomValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the accounts of a filter, in the list's order, as CSV: UTF-8 with a byte order mark so
 * that spreadsheets read accents, one header row, every matching account streamed from the
 * database (never all in memory, never only the page on screen).
 *
 * <p>A client that reads slowly holds a request thread while its export runs, but never a pooled
 * connection (see {@link AccountQueries#forEach}); and at most {@code contas.export.max-concurrent}
 * exports run at once per instance, so a few slow readers cannot take every thread and the CPU
 * either. The next one is refused at once with {@link Busy} ("try again in a moment").
 */
@Component
public class AccountCsvExport {

    /** Too many exports are running right now; nothing was written. */
    public static final class Busy extends DomainException {
        Busy() {
            super("accounts.export.busy");
        }
    }

    /** What a cell is made of: the account's row, and the zone and currency of the export. */
    private record Context(ZoneId zone, String currency) {}

    /** One column: its key (the list column's key where it is one) and its cell. */
    private record Column(String key, BiFunction<AccountRow, Context, Object> value) {
        static Column of(AccountSort.Field field) {
            return new Column(
                    field.key(),
                    (row, c) -> field.kind() == AccountSort.Field.Kind.DAY
                            ? date((Instant) field.value(row), c.zone())
                            : field.value(row));
        }
    }

    /**
     * The account's id, then the list's columns in their order, each followed by what a spreadsheet
     * needs beside it (the amounts' currency, the next activity's subject, the bucket after the
     * last activity). The order is the file's contract with whoever reads it: a new column is added
     * at the end of {@link AccountSort.Field}, so it comes last here too.
     */
    private static final List<Column> CSV = Stream.of(
                    Stream.of(new Column("id", (row, c) -> row.id())),
                    AccountSort.Field.columns().stream().flatMap(field -> switch (field) {
                        case WON_VALUE -> Stream.of(Column.of(field), new Column("currency", (row, c) -> c.currency()));
                        case NEXT_ACTIVITY ->
                            Stream.of(
                                    Column.of(field),
                                    new Column(
                                            "nextSubject",
                                            (row, c) -> row.nextActivity() == null
                                                    ? null
                                                    : row.nextActivity().subject()));
                        case LAST_ACTIVITY ->
                            Stream.of(Column.of(field), new Column("bucket", (row, c) -> row.bucket()));
                        default -> Stream.of(Column.of(field));
                    }))
            .flatMap(columns -> columns)
            .toList();

    /** The columns' keys, in order; headers are given by the caller in the user's language. */
    public static final List<String> COLUMNS = CSV.stream().map(Column::key).toList();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AccountQueries accounts;
    private final Semaphore running;

    AccountCsvExport(AccountQueries accounts, @Value("${contas.export.max-concurrent:3}") int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("contas.export.max-concurrent must be at least 1");
        }
        this.accounts = accounts;
        this.running = new Semaphore(maxConcurrent);
    }

    /**
     * @param only         when not null, only these of the accounts the filter finds (the rows a user chose)
     * @param headers      one header per {@link #COLUMNS} entry
     * @param customFields the custom fields written after the list's columns, in this order: one
     *                     column each (named as the field), and for a money field one more with its
     *                     currency; values read once per page of rows
     * @param zone         the zone in which instants become dates (the company's)
     * @return how many accounts were written
     * @throws Busy when {@code contas.export.max-concurrent} exports are running (nothing written)
     */
    public long write(
            AccountFilter filter,
            AccountSort sort,
            Set<Long> only,
            List<String> headers,
            List<CustomFieldInfo> customFields,
            ZoneId zone,
            String currency,
            OutputStream out) {
        if (headers.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " headers");
        }
        if (!running.tryAcquire()) {
            throw new Busy();
        }
        try {
            return writeRows(filter, sort, only, headers, customFields, zone, currency, out);
        } finally {
            running.release();
        }
    }

    private long writeRows(
            AccountFilter filter,
            AccountSort sort,
            Set<Long> only,
            List<String> headers,
            List<CustomFieldInfo> customFields,
            ZoneId zone,
            String currency,
            OutputStream out) {
        AtomicLong rows = new AtomicLong();
        try {
            out.write(BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<Object> header = new ArrayList<>(headers);
            for (CustomFieldInfo field : customFields) {
                header.add(field.name());
                if (field.type() == CustomFieldType.MONEY) {
                    header.add(field.name() + " · " + headers.get(COLUMNS.indexOf("currency")));
                }
            }
            line(writer, header.toArray());
            Context context = new Context(zone, currency);
            accounts.forEachPage(filter, sort, only, page -> {
                Map<Long, Map<Long, CustomValue>> custom = customFields.isEmpty()
                        ? Map.of()
                        : accounts.customValues(
                                page.stream().map(AccountRow::id).toList());
                try {
                    for (AccountRow row : page) {
                        List<Object> cells = new ArrayList<>(CSV.size() + customFields.size());
                        CSV.forEach(column -> cells.add(column.value().apply(row, context)));
                        Map<Long, CustomValue> values = custom.getOrDefault(row.id(), Map.of());
                        for (CustomFieldInfo field : customFields) {
                            CustomValue value = values.get(field.id());
                            cells.add(raw(field.type(), value));
                            if (field.type() == CustomFieldType.MONEY) {
                                cells.add(
                                        value == null || value.number() == null
                                                ? null
                                                : value.currency() == null ? currency : value.currency());
                            }
                        }
                        line(writer, cells.toArray());
                        rows.incrementAndGet();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.get();
    }

    private static Object date(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    /** A custom value as a spreadsheet reads it: text, a plain number, an ISO date. */
    private static Object raw(CustomFieldType type, CustomValue value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT, OPTION, YES_NO -> value.text();
            case NUMBER, MONEY -> value.number();
            case DATE -> value.date();
        };
    }

    private static void line(Writer writer, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(values[i]));
        }
        writer.write("\r\n");
    }

    /**
     * Quotes where CSV needs it, and defuses text that a spreadsheet would run as a formula
     * (a name starting with =, +, - or @ is prefixed with an apostrophe).
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
