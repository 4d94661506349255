package com.contas.e2e;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * Heap each open screen with its push connection costs in the running production jar: one browser
 * opens the board in {@code contas.measure.windows} tabs (one UI and one WebSocket each); the app's
 * used heap after a full GC is read with {@code jcmd} before and after. Run by hand:
 * {@code ./mvnw -Pe2e test -Dtest=PushHeapMeasurement -Dsurefire.groups=measure
 * -Dcontas.e2e.url=http://127.0.0.1:PORT -Dcontas.measure.pid=PID}.
 */
@Tag("measure")
class PushHeapMeasurement {

    @Test
    void heap_per_open_screen_with_push() throws Exception {
        long pid = Long.parseLong(System.getProperty("contas.measure.pid"));
        int windows = Integer.getInteger("contas.measure.windows", 20);
        try (Browser browser = new Browser()) {
            browser.signIn("user", "user1234");
            browser.open("accounts/board");
            browser.wait.until(
                    d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            long before = usedHeapAfterGc(pid);
            for (int i = 0; i < windows; i++) {
                browser.driver.switchTo().newWindow(WindowType.TAB);
                browser.open("accounts/board");
                browser.wait.until(
                        d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
            }
            Thread.sleep(2000);
            long after = usedHeapAfterGc(pid);
            System.out.println(String.format(
                    Locale.ROOT,
                    "measure heap_per_open_board_with_push_kb=%d (%d tabs, " + "used heap after full GC %d -> %d KB)",
                    (after - before) / windows / 1024,
                    windows,
                    before / 1024,
                    after / 1024));
        }
    }

    private static long usedHeapAfterGc(long pid) throws IOException, InterruptedException {
        run(pid, "GC.run");
        run(pid, "GC.run");
        String info = run(pid, "GC.heap_info");
        Matcher m = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected heap info: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String run(long pid, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("jcmd", Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
