package com.contas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.time.DayOfWeek;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company settings are kept for a few seconds, and what is kept must have been committed: an
 * update seen by others before its commit, or still served after its rollback, would make every
 * screen compute days and money with settings that never existed.
 */
class SettingsCacheTest extends ServiceTestBase {

    @Autowired
    SettingsService settings;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void signInAsAdmin() {
        data.signIn(DemoUser.ADMIN);
    }

    private static CompanySettingsInput withCurrency(String currency) {
        return new CompanySettingsInput(currency, "America/Sao_Paulo", DayOfWeek.MONDAY, 30, true, 7);
    }

    /** What another screen (another thread, another transaction) reads now. */
    private String currencyElsewhere() throws Exception {
        return CompletableFuture.supplyAsync(() -> settings.get().defaultCurrency())
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void an_update_whose_transaction_rolls_back_leaves_the_old_settings_for_everyone() throws Exception {
        assertThat(settings.get().defaultCurrency()).isEqualTo("BRL");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            settings.update(settings.get().version(), withCurrency("USD"));
            assertThat(settings.get().defaultCurrency())
                    .as("the writing transaction sees its own change")
                    .isEqualTo("USD");
            tx.setRollbackOnly();
        });

        assertThat(currencyElsewhere()).isEqualTo("BRL");
        assertThat(settings.get().defaultCurrency()).isEqualTo("BRL");
    }

    @Test
    void an_update_is_not_seen_elsewhere_before_its_commit_and_is_seen_at_once_after() throws Exception {
        assertThat(settings.get().defaultCurrency()).isEqualTo("BRL");

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            settings.update(settings.get().version(), withCurrency("USD"));
            try {
                // Another screen reads meanwhile (and may keep what it read).
                assertThat(currencyElsewhere()).isEqualTo("BRL");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(currencyElsewhere()).isEqualTo("USD");
        assertThat(settings.get().defaultCurrency()).isEqualTo("USD");
    }
}
