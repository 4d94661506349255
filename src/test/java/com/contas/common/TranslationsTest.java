package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the code asks for exists in both languages, and the two bundles have the same keys. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|nav|placeholder|role|entity|login|error|conflict|validation|accounts|account|bucket|activity|deal|time|board|list|form|deals|organizations|people|activities|admin|drawer|history|live)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    private static Properties bundle(String locale) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + locale + ".properties")) {
            assertThat(in).as("bundle " + locale).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            keys.add("role." + role);
        }
        // Keys built from enum names at run time.
        for (var bucket : com.contas.account.AccountBucket.values()) {
            keys.add(bucket.messageKey());
        }
        for (var type : com.contas.activity.ActivityType.values()) {
            keys.add("activity.type." + type);
        }
        for (var status : com.contas.deal.DealStatus.values()) {
            keys.add("deal.status." + status);
        }
        for (String type : com.contas.trash.TrashService.TYPES) {
            keys.add("admin.trash.type." + type);
            keys.add("entity." + type);
        }
        for (var type : com.contas.customfield.CustomFieldType.values()) {
            keys.add("admin.fields.type." + type);
        }
        keys.add("activities.done.open");
        keys.add("activities.done.done");
        for (var tile : com.contas.account.ui.list.KpiTiles.Tile.values()) {
            keys.add("accounts.kpi." + tile);
        }
        for (String column : com.contas.account.AccountCsvExport.COLUMNS) {
            keys.add("accounts.csv." + column);
        }
        for (var column : com.contas.account.AccountSort.Field.columns()) {
            keys.add("accounts.column." + column.key());
        }
        return keys;
    }

    @Test
    void english_and_portuguese_have_the_same_keys() throws IOException {
        assertThat(bundle("pt_BR").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void every_key_the_code_uses_is_translated_in_both_languages() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
        assertThat(bundle("pt_BR").stringPropertyNames()).containsAll(used);
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String locale : new String[] {"en", "pt_BR"}) {
            Properties p = bundle(locale);
            assertThat(p.stringPropertyNames())
                    .allSatisfy(k ->
                            assertThat(p.getProperty(k)).as(locale + " " + k).isNotBlank());
        }
    }

    @Test
    void the_overdue_refusal_names_the_columns_as_the_board_does() throws IOException {
        for (String locale : new String[] {"en", "pt_BR"}) {
            Properties p = bundle(locale);
            assertThat(p.getProperty("board.refused.overdue"))
                    .as(locale)
                    .contains(" " + p.getProperty("bucket.OVERDUE") + ".", p.getProperty("bucket.TODAY") + " ");
        }
    }
}
