package io.harvest4j.json.internal;

import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Makes Yasson see a model's instance fields, whatever their access, and none of its methods: the
 * models have record-style accessors ({@code id()}, {@code spentAt()} returning {@code Optional})
 * that are no JavaBeans properties, and the fields are the wire's truth. Static and transient
 * fields are not properties.
 */
final class FieldsOnlyVisibility implements PropertyVisibilityStrategy {

    @Override
    public boolean isVisible(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers);
    }

    @Override
    public boolean isVisible(Method method) {
        return false;
    }
}
