package io.harvest4j.xml.internal;

import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;

/** Shapes and helpers the codec tests share. */
final class XmlBodies {

    static final WireShape WIDGET = WireShape.object("widget").build();
    static final WireShape WIDGETS = WireShape.list("widgets", "widget").build();
    static final WireShape DAY_ENTRIES = WireShape.list("day_entries", "day_entry").underscored().build();
    static final WireShape REQUEST = WireShape.object("request").underscored().build();

    private XmlBodies() {
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return {@code <widget>…</widget>} around the given elements */
    static byte[] widget(String elements) {
        return bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<widget>\n" + elements + "\n</widget>\n");
    }
}
