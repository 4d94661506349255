package com.contas.detail.ui;

import com.contas.common.Validation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User text as text: line breaks kept (by CSS), web addresses made into links that open in a new
 * tab without handing it this window. Nothing of the text is ever parsed as HTML: it becomes text
 * nodes and anchors whose address is checked to be http or https.
 */
final class PlainText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    private PlainText() {}

    static Div of(String text) {
        Div div = new Div();
        div.addClassName("contas-plain-text");
        if (text == null) {
            return div;
        }
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = text.substring(m.start(), end);
            if (!Validation.isWebAddress(url)) {
                continue;
            }
            if (m.start() > at) {
                div.add(new Text(text.substring(at, m.start())));
            }
            Anchor link = new Anchor(url, url);
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            div.add(link);
            at = end;
        }
        if (at < text.length()) {
            div.add(new Text(text.substring(at)));
        }
        return div;
    }
}
