package com.contas.demo;

import com.contas.account.AccountBucket;
import com.contas.account.BucketCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Creates the demo rows a chunk of organizations at a time, each organization with its people, deals,
 * activities, notes, files and custom field values. Everything comes from one seeded {@link Random}, so the
 * same seed, size, users and clock give the same rows.
 *
 * <p>People, deals, activities and files hit the exact totals of the {@link DemoSize}: each organization
 * draws its share from what is left, so the spread between organizations stays random.
 */
final class DemoRowFactory {

    private static final List<String> ACTIVITY_TYPES = List.of("CALL", "MEETING", "TASK", "EMAIL", "DEADLINE", "LUNCH");
    private static final int[] ACTIVITY_TYPE_WEIGHTS = {30, 20, 20, 15, 8, 7};
    /** The board's dated columns, in order: where an organization's next open activity falls. */
    private static final List<AccountBucket> OPEN_BUCKETS =
            Arrays.stream(AccountBucket.values()).filter(b -> !b.undated()).toList();

    private static final int[] OPEN_BUCKET_WEIGHTS =
            OPEN_BUCKETS.stream().mapToInt(DemoRowFactory::weight).toArray();
    private static final List<String> INDUSTRIES =
            List.of("Agribusiness", "Education", "Finance", "Healthcare", "Manufacturing", "Retail", "Technology");
    private static final List<String> SEGMENTS = List.of("SMB", "Mid-market", "Enterprise", "Public sector");
    private static final List<String> REGIONS = List.of("South", "Southeast", "North", "Northeast", "LATAM", "Europe");
    private static final List<String> SAO_PAULO_TRADES =
            List.of("Alimentos", "Logística", "Tecnologia", "Seguros", "Têxtil", "Materiais Elétricos");
    private static final List<String> ACAI_NAMES =
            List.of("Tropical", "da Praia", "Amazônia", "do Pará", "Pé de Serra");
    private static final BigDecimal MIN_DEAL_VALUE = new BigDecimal("500.00");
    private static final BigDecimal MAX_DEAL_VALUE = new BigDecimal("250000.00");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ASCII_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_ASCII_WORD = Pattern.compile("[^a-z0-9 ]+");

    private final DemoSize size;
    private final Random random;
    private final Map<DemoLanguage, Faker> fakers = new EnumMap<>(DemoLanguage.class);
    private final long[] users;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;
    private final LocalDate[][] openBuckets;

    private int organizations;
    private int people;
    private int deals;
    private int activities;
    private int notes;
    private int files;

    DemoRowFactory(
            DemoSize size,
            long seed,
            long[] users,
            Instant now,
            ZoneId zone,
            LocalDate today,
            DayOfWeek firstDayOfWeek) {
        this.size = size;
        this.random = new Random(seed);
        for (DemoLanguage language : DemoLanguage.values()) {
            fakers.put(language, new Faker(language.locale(), random));
        }
        this.users = users.clone();
        this.now = now;
        this.zone = zone;
        this.today = today;
        BucketCalendar calendar = BucketCalendar.of(today, firstDayOfWeek);
        // Open-ended columns get a month back and three months ahead.
        openBuckets = OPEN_BUCKETS.stream()
                .map(b -> new LocalDate[] {
                    b.from(calendar) == null ? today.minusDays(30) : b.from(calendar),
                    b.to(calendar) == null ? today.plusDays(90) : b.to(calendar)
                })
                .toArray(LocalDate[][]::new);
    }

    /** How often an organization's next open activity falls in a column (organizations without one are drawn apart). */
    private static int weight(AccountBucket bucket) {
        return switch (bucket) {
            case NO_ACTIVITY -> 0;
            case OVERDUE -> 22;
            case TODAY -> 10;
            case THIS_WEEK -> 18;
            case NEXT_WEEK -> 20;
            case LATER -> 30;
        };
    }

    boolean hasMore() {
        return organizations < size.organizations();
    }

    /** The rows of up to {@code maxOrganizations} more organizations; the first chunk also has the fixed rows. */
    Chunk nextChunk(int maxOrganizations) {
        Chunk chunk = new Chunk();
        if (organizations == 0) {
            addCustomFields(chunk);
            addExchangeRates(chunk);
        }
        int count = Math.min(maxOrganizations, size.organizations() - organizations);
        for (int i = 0; i < count; i++) {
            addOrganization(chunk);
        }
        return chunk;
    }

    int organizationsDone() {
        return organizations;
    }

    private void addCustomFields(Chunk chunk) {
        OffsetDateTime created = utc(now.minus(Duration.ofDays(1501)));
        chunk.add(DemoTable.CUSTOM_FIELD, 1L, "Industry", "OPTION", String.join("\n", INDUSTRIES), 1, created);
        chunk.add(DemoTable.CUSTOM_FIELD, 2L, "Contract renewal", "DATE", null, 2, created);
        chunk.add(DemoTable.CUSTOM_FIELD, 3L, "Employees", "NUMBER", null, 3, created);
        chunk.add(DemoTable.CUSTOM_FIELD, 4L, "Key account", "YES_NO", null, 4, created);
        chunk.add(DemoTable.CUSTOM_FIELD, 5L, "Segment", "TEXT", null, 5, created);
    }

    private void addExchangeRates(Chunk chunk) {
        LocalDate newYear = today.withDayOfYear(1);
        chunk.add(DemoTable.EXCHANGE_RATE, 1L, "USD", "BRL", new BigDecimal("5.40"), newYear, utc(now));
        chunk.add(DemoTable.EXCHANGE_RATE, 2L, "EUR", "BRL", new BigDecimal("5.90"), newYear, utc(now));
    }

    private void addOrganization(Chunk chunk) {
        int organizationsLeft = size.organizations() - organizations;
        boolean accented = random.nextDouble() < 0.04;
        DemoLanguage language = accented || random.nextDouble() < 0.6 ? DemoLanguage.PT_BR : DemoLanguage.EN;
        Faker faker = fakers.get(language);
        String name = accented ? accentedOrganizationName() : faker.company().name();
        Organization org = new Organization(
                ++organizations,
                language,
                name,
                companyDomain(name, language),
                pick(users),
                now.minus(days(200, 1500)));
        chunk.add(
                DemoTable.ORGANIZATION,
                org.id(),
                name,
                random.nextDouble() < 0.85 ? address(language) : null,
                org.ownerId(),
                utc(org.createdAt()),
                utc(between(org.createdAt(), now)));

        List<Long> personIds = addPeople(chunk, org, organizationsLeft);
        boolean account = random.nextBoolean();
        List<Long> dealIds = addDeals(chunk, org, account, personIds, organizationsLeft);
        addActivities(chunk, org, personIds, dealIds, organizationsLeft);
        addNotes(chunk, org, personIds, dealIds);
        if (random.nextInt(organizationsLeft) < size.files() - files) {
            addFile(chunk, org);
        }
        if (random.nextDouble() < 0.7) {
            addCustomFieldValues(chunk, org, account);
        }
    }

    private String accentedOrganizationName() {
        Faker faker = fakers.get(DemoLanguage.PT_BR);
        return switch (random.nextInt(5)) {
            case 0 -> "São Paulo " + pick(SAO_PAULO_TRADES);
            case 1 -> "Ótica " + faker.name().lastName();
            case 2 -> "Açaí " + pick(ACAI_NAMES);
            case 3 -> "Farmácia São João " + faker.address().city();
            default -> "Construtora Ângulo " + faker.name().lastName();
        };
    }

    private String address(DemoLanguage language) {
        Faker faker = fakers.get(language);
        if (language == DemoLanguage.PT_BR) {
            return faker.address().streetName() + ", " + faker.address().buildingNumber() + " - "
                    + faker.address().city() + "/" + faker.address().stateAbbr() + ", CEP "
                    + faker.address().zipCode();
        }
        return faker.address().streetAddress() + ", " + faker.address().city() + ", "
                + faker.address().stateAbbr() + " " + faker.address().zipCode();
    }

    private List<Long> addPeople(Chunk chunk, Organization org, int organizationsLeft) {
        int count = share(size.people() - people, organizationsLeft, 1.0);
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = ++people;
            ids.add(id);
            // One company, one language: its people, deals, activities and notes all read alike.
            DemoLanguage language = org.language();
            Faker faker = fakers.get(language);
            String firstName = faker.name().firstName();
            String lastName = faker.name().lastName();
            if (language == DemoLanguage.PT_BR && random.nextDouble() < 0.4) {
                lastName = faker.name().lastName() + " " + lastName;
            }
            Instant created = between(org.createdAt(), org.createdAt().plus(Duration.ofDays(60)));
            chunk.add(
                    DemoTable.PERSON,
                    id,
                    firstName + " " + lastName,
                    org.id(),
                    random.nextDouble() < 0.8 ? org.ownerId() : pick(users),
                    utc(created),
                    utc(between(created, now)));

            String first = ascii(firstName);
            String last = ascii(lastWord(lastName));
            int emails = weighted(15, 60, 25);
            if (emails > 0) {
                String local = first.isEmpty() || last.isEmpty() ? first + last : first + "." + last;
                chunk.add(DemoTable.PERSON_EMAIL, id, 0, (local.isEmpty() ? "contato" : local) + "@" + org.domain());
            }
            if (emails > 1) {
                chunk.add(
                        DemoTable.PERSON_EMAIL,
                        id,
                        1,
                        first + last + (10 + random.nextInt(90)) + "@" + pick(language.personalMailDomains()));
            }
            int phones = weighted(20, 55, 25);
            for (int position = 0; position < phones; position++) {
                chunk.add(
                        DemoTable.PERSON_PHONE,
                        id,
                        position,
                        position == 0 && language == DemoLanguage.PT_BR
                                ? faker.phoneNumber().cellPhone()
                                : faker.phoneNumber().phoneNumber());
            }
        }
        return ids;
    }

    private List<Long> addDeals(
            Chunk chunk, Organization org, boolean account, List<Long> personIds, int organizationsLeft) {
        int left = size.deals() - deals;
        int count = share(left, organizationsLeft, 1.0);
        if (account && count == 0 && left > 0) {
            count = 1;
        }
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long id = ++deals;
            ids.add(id);
            String status = account
                    ? (i == 0 ? "WON" : List.of("WON", "OPEN", "LOST").get(weighted(30, 40, 30)))
                    : (random.nextDouble() < 0.6 ? "OPEN" : "LOST");
            Instant created = between(org.createdAt(), now.minus(Duration.ofDays(2)));
            Instant closedAt = status.equals("OPEN") ? null : min(created.plus(days(1, 120)), now.minus(days(0, 1)));
            chunk.add(
                    DemoTable.DEAL,
                    id,
                    truncate(pick(org.language().products()) + " - " + org.name(), 255),
                    dealValue(),
                    dealCurrency(org.language()),
                    status,
                    status.equals("WON") ? utc(closedAt) : null,
                    status.equals("LOST") ? utc(closedAt) : null,
                    status.equals("LOST") ? pick(org.language().lostReasons()) : null,
                    status.equals("OPEN") ? today.plusDays(random.nextInt(136) - 15L) : null,
                    org.id(),
                    personIds.isEmpty() || random.nextDouble() < 0.25 ? null : pick(personIds),
                    random.nextDouble() < 0.7 ? org.ownerId() : pick(users),
                    1L + random.nextInt(4),
                    utc(created),
                    utc(between(closedAt == null ? created : closedAt, now)));
        }
        return ids;
    }

    /** Log-uniform, so that small deals are common and big ones rare. */
    private BigDecimal dealValue() {
        double low = Math.log(MIN_DEAL_VALUE.doubleValue());
        double high = Math.log(MAX_DEAL_VALUE.doubleValue());
        BigDecimal value = BigDecimal.valueOf(Math.exp(low + random.nextDouble() * (high - low)))
                .setScale(2, RoundingMode.HALF_UP);
        return value.max(MIN_DEAL_VALUE).min(MAX_DEAL_VALUE);
    }

    private String dealCurrency(DemoLanguage language) {
        int index = language == DemoLanguage.PT_BR ? weighted(90, 6, 4) : weighted(60, 25, 15);
        return List.of("BRL", "USD", "EUR").get(index);
    }

    /**
     * About one organization in eight has no activity at all; the others have a history of done activities
     * and, mostly, open ones. The earliest open activity falls in a board column picked by weight and the other
     * open ones in that column or a later one, so the columns fill as intended.
     */
    private void addActivities(
            Chunk chunk, Organization org, List<Long> personIds, List<Long> dealIds, int organizationsLeft) {
        int left = size.activities() - activities;
        int count = organizationsLeft > 1 && random.nextDouble() < 0.12 ? 0 : share(left, organizationsLeft, 0.88);
        int open = count == 0 || random.nextDouble() < 0.2 ? 0 : 1 + binomial(count - 1, 0.15);
        int firstBucket = weighted(OPEN_BUCKET_WEIGHTS);
        for (int i = 0; i < count; i++) {
            boolean done = i >= open;
            LocalDate dueDate = done
                    ? today.minusDays(1 + random.nextInt(180))
                    : dateIn(
                            i == 0
                                    ? firstBucket
                                    : firstBucket + random.nextInt(OPEN_BUCKET_WEIGHTS.length - firstBucket));
            LocalTime dueTime =
                    random.nextDouble() < 0.3 ? null : LocalTime.of(8, 0).plusMinutes(15L * random.nextInt(41));
            Integer duration = random.nextDouble() < 0.2 ? null : 15 * (1 + random.nextInt(8));
            Instant doneAt = null;
            Instant created;
            if (done) {
                LocalTime doneTime =
                        dueTime != null ? dueTime : LocalTime.of(9, 0).plusMinutes(random.nextInt(540));
                doneAt = min(at(dueDate, doneTime).plus(Duration.ofMinutes(duration == null ? 30 : duration)), now);
                created = doneAt.minus(days(0, 14));
            } else {
                LocalDate createdOn = (dueDate.isBefore(today) ? dueDate : today).minusDays(random.nextInt(31));
                created = min(at(createdOn, LocalTime.of(8, 0).plusMinutes(random.nextInt(600))), now);
            }
            String type = ACTIVITY_TYPES.get(weighted(ACTIVITY_TYPE_WEIGHTS));
            chunk.add(
                    DemoTable.ACTIVITY,
                    (long) ++activities,
                    type,
                    pick(org.language().subjects(type)),
                    dueDate,
                    dueTime,
                    duration,
                    done,
                    doneAt == null ? null : utc(doneAt),
                    random.nextDouble() < 0.25 ? pick(org.language().remarks()) : null,
                    org.id(),
                    !personIds.isEmpty() && random.nextDouble() < 0.5 ? pick(personIds) : null,
                    !dealIds.isEmpty() && random.nextDouble() < 0.4 ? pick(dealIds) : null,
                    random.nextDouble() < 0.7 ? org.ownerId() : pick(users),
                    utc(created),
                    utc(doneAt == null ? created : doneAt));
        }
    }

    private LocalDate dateIn(int bucket) {
        for (int b = bucket; b < openBuckets.length; b++) {
            LocalDate from = openBuckets[b][0];
            LocalDate to = openBuckets[b][1];
            if (!from.isAfter(to)) {
                return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
            }
        }
        throw new IllegalStateException("The last bucket is never empty");
    }

    private void addNotes(Chunk chunk, Organization org, List<Long> personIds, List<Long> dealIds) {
        int count = random.nextBoolean() ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Instant created = between(max(org.createdAt(), now.minus(Duration.ofDays(365))), now);
            String body = String.join("\n", remarks(org.language(), 1 + weighted(65, 20, 15)));
            chunk.add(
                    DemoTable.NOTE,
                    (long) ++notes,
                    body,
                    random.nextDouble() < 0.15,
                    random.nextDouble() < 0.6 ? org.ownerId() : pick(users),
                    org.id(),
                    !personIds.isEmpty() && random.nextDouble() < 0.25 ? pick(personIds) : null,
                    !dealIds.isEmpty() && random.nextDouble() < 0.25 ? pick(dealIds) : null,
                    utc(created),
                    utc(random.nextDouble() < 0.2 ? between(created, now) : created));
        }
    }

    private void addFile(Chunk chunk, Organization org) {
        long id = ++files;
        Instant created = between(max(org.createdAt(), now.minus(Duration.ofDays(180))), now);
        String text = org.language().fileHeading() + " - " + org.name() + "\n" + LocalDate.ofInstant(created, zone)
                + "\n\n" + String.join("\n", remarks(org.language(), 2 + random.nextInt(3))) + "\n";
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        chunk.add(
                DemoTable.STORED_FILE,
                id,
                pick(org.language().fileNames()),
                "text/plain",
                (long) content.length,
                pick(users),
                org.id(),
                utc(created));
        chunk.add(DemoTable.STORED_FILE_CONTENT, id, content);
    }

    private void addCustomFieldValues(Chunk chunk, Organization org, boolean account) {
        chunk.add(DemoTable.CUSTOM_FIELD_VALUE, org.id(), 1L, pick(INDUSTRIES), null, null);
        if (random.nextDouble() < (account ? 0.8 : 0.3)) {
            LocalDate renewal = today.plusDays(random.nextInt(396) - 30L);
            chunk.add(DemoTable.CUSTOM_FIELD_VALUE, org.id(), 2L, null, null, renewal);
        }
        if (random.nextDouble() < 0.75) {
            long employees = Math.round(Math.exp(random.nextDouble() * Math.log(20_000)));
            chunk.add(DemoTable.CUSTOM_FIELD_VALUE, org.id(), 3L, null, BigDecimal.valueOf(employees), null);
        }
        // Fields added later draw from their own generator, so that the rest of the data stays as it was.
        Random later = new Random(org.id() * 7919L + 4);
        if (account && later.nextDouble() < 0.6) {
            String answer = later.nextDouble() < 0.25 ? "yes" : "no";
            chunk.add(DemoTable.CUSTOM_FIELD_VALUE, org.id(), 4L, answer, null, null);
        }
        if (later.nextDouble() < 0.5) {
            String segment =
                    SEGMENTS.get(later.nextInt(SEGMENTS.size())) + " · " + REGIONS.get(later.nextInt(REGIONS.size()));
            chunk.add(DemoTable.CUSTOM_FIELD_VALUE, org.id(), 5L, segment, null, null);
        }
    }

    private List<String> remarks(DemoLanguage language, int count) {
        Set<String> lines = new LinkedHashSet<>();
        while (lines.size() < count) {
            lines.add(pick(language.remarks()));
        }
        return List.copyOf(lines);
    }

    /**
     * This organization's share of what is left: Poisson around the average still to go (divided by
     * {@code nonEmptyShare} when some organizations were already given none), and all of the rest for the last one.
     */
    private int share(int left, int organizationsLeft, double nonEmptyShare) {
        if (organizationsLeft == 1) {
            return left;
        }
        return Math.min(left, poisson(left / (double) organizationsLeft / nonEmptyShare));
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        int k = 0;
        double product = random.nextDouble();
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private int binomial(int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    private int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("Weights must be positive");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private long pick(long[] values) {
        return values[random.nextInt(values.length)];
    }

    private Duration days(int from, int to) {
        return Duration.ofSeconds(from * 86_400L + random.nextLong((to - from) * 86_400L));
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? from : from.plusSeconds(random.nextLong(seconds + 1));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String companyDomain(String organizationName, DemoLanguage language) {
        String[] words = NOT_ASCII_WORD
                .matcher(fold(organizationName))
                .replaceAll("")
                .trim()
                .split(" +");
        String domain = words[0].length() < 4 && words.length > 1 ? words[0] + words[1] : words[0];
        return (domain.isEmpty() ? "empresa" : domain) + language.companyDomainSuffix();
    }

    /** The ASCII letters and digits of a name, for e-mail addresses. */
    private static String ascii(String name) {
        return NOT_ASCII_ALNUM.matcher(fold(name)).replaceAll("");
    }

    private static String fold(String text) {
        String withoutAccents =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return withoutAccents.toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String truncate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength);
    }

    private record Organization(
            long id, DemoLanguage language, String name, String domain, long ownerId, Instant createdAt) {}

    /** Rows per table, each row holding the values of {@link DemoTable}'s columns in order. */
    static final class Chunk {

        private final Map<DemoTable, List<Object[]>> rows = new EnumMap<>(DemoTable.class);

        List<Object[]> rows(DemoTable table) {
            return rows.getOrDefault(table, List.of());
        }

        private void add(DemoTable table, Object... values) {
            if (values.length != table.columnCount()) {
                throw new IllegalArgumentException(
                        table + " has " + table.columnCount() + " columns, got " + values.length + " values");
            }
            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        }
    }
}
