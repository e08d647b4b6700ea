package io.harvest4j.extended.internal;

import java.math.BigDecimal;

/** The {@code toString} form of the models and request types of the Extended API. Not part of the API. */
public final class ModelText {

    private ModelText() {
    }

    /**
     * @param type the class's simple name
     * @param namesAndValues each field's name followed by its value
     * @return {@code Client{id=1, name=Acme}}, fields left out ({@code null}) not shown
     */
    public static String describe(String type, Object... namesAndValues) {
        StringBuilder text = new StringBuilder(type).append('{');
        String separator = "";
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                text.append(separator).append(namesAndValues[i]).append('=')
                        .append(value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value);
                separator = ", ";
            }
        }
        return text.append('}').toString();
    }
}
