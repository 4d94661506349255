package com.contas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** The app works under its own Content-Security-Policy: nothing refused, push over a WebSocket. */
@Tag("e2e")
class SecurityE2E {

    /**
     * Runs before any page script: records every policy violation and every WebSocket the page
     * opens, so that a push connection the policy refused (and a silent fallback) would show.
     */
    private static final String WATCH = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            const NativeWebSocket = window.WebSocket;
            window.__sockets = [];
            window.WebSocket = function (url, protocols) {
              const socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
              window.__sockets.push(socket);
              return socket;
            };
            window.WebSocket.prototype = NativeWebSocket.prototype;
            Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
            """;

    @Test
    void screens_open_under_the_content_security_policy_with_push_over_a_websocket() {
        try (Browser browser = new Browser()) {
            ((ChromeDriver) browser.driver)
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.signIn("user", "user1234");

            for (String screen : List.of("accounts", "accounts/board", "people", "activities")) {
                browser.open(screen);
                browser.wait.until(
                        d -> !d.findElements(By.cssSelector("vaadin-side-nav")).isEmpty());
                browser.wait.until(d -> (Boolean) js.executeScript("return window.__sockets.some(s => "
                        + "s.url.includes('/VAADIN/push') && s.readyState === WebSocket.OPEN)"));
                assertThat((List<?>) js.executeScript("return window.__violations"))
                        .as(screen)
                        .isEmpty();
            }
        }
    }
}
