package io.harvest4j.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the codec fills one model class: its no-argument constructor (private is fine) and its
 * instance fields by JSON name. Built once per class; immutable, thread-safe.
 *
 * <p>Fields that are {@code static}, {@code transient}, synthetic or {@code final} are not filled;
 * fields of superclasses are, a subclass's field hiding a superclass's of the same name.
 */
final class ModelClass {

    private final Class<?> type;
    private final Constructor<?> constructor;
    private final Map<String, Property> propertiesByJsonName;
    private final Map<String, Property> propertiesBySpelledOutName;
    /**
     * The JSON names again, in an open-addressing table whose hash reads a key's length and three
     * of its characters only: the keys a parser hands over are new strings, whose {@code hashCode()} would read them
     * all, for every member of every object.
     */
    private final String[] tableKeys;
    private final Property[] tableProperties;

    private ModelClass(Class<?> type, Constructor<?> constructor, Map<String, Field> fieldsByJsonName) {
        this.type = type;
        this.constructor = constructor;
        Map<String, Property> properties = new LinkedHashMap<>();
        Map<String, Property> spelledOut = new LinkedHashMap<>();
        for (Map.Entry<String, Field> field : fieldsByJsonName.entrySet()) {
            Property property = new Property(field.getValue(), properties.size());
            properties.put(field.getKey(), property);
            spelledOut.putIfAbsent(spelledOut(field.getValue().getName()), property);
        }
        this.propertiesByJsonName = Collections.unmodifiableMap(properties);
        this.propertiesBySpelledOutName = Collections.unmodifiableMap(spelledOut);
        int slots = Integer.highestOneBit(Math.max(1, properties.size()) * 4);
        this.tableKeys = new String[slots];
        this.tableProperties = new Property[slots];
        properties.forEach((key, property) -> {
            int slot = slot(key);
            while (tableKeys[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            tableKeys[slot] = key;
            tableProperties[slot] = property;
        });
    }

    private int slot(String key) {
        int length = key.length();
        int hash = length == 0 ? 0
                : length * 0x9E3779B1 ^ key.charAt(0) * 31 ^ key.charAt(length >> 1) * 961 ^ key.charAt(length - 1) * 29791;
        return (hash ^ hash >>> 16) & (tableKeys.length - 1);
    }

    /**
     * One field to fill, with what reading it needs prepared: its type, and its number among the
     * class's fields (to tell when a body names it twice).
     */
    static final class Property {
        private final Field field;
        private final Type type;
        private final int index;
        private final boolean primitive;

        private Property(Field field, int index) {
            this.field = field;
            this.type = field.getGenericType();
            this.index = index;
            this.primitive = field.getType().isPrimitive();
        }

        /** @return the field's generic type */
        Type type() {
            return type;
        }

        /** @return its number, from 0 to {@link ModelClass#size()} (excluded) */
        int index() {
            return index;
        }
    }

    /**
     * @param type a model class
     * @return its description, with constructor and fields made accessible
     * @throws UnbindableTypeException when the class is not a model class or its package is not
     *     open to this module
     */
    static ModelClass of(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isArray() || type.isPrimitive()
                || type.isEnum() || type.isAnonymousClass() || type.isLocalClass()) {
            throw new UnbindableTypeException(type.getName() + " is not a model class: a concrete class with"
                    + " a no-argument constructor and fields is needed");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new UnbindableTypeException(type.getName() + " has no no-argument constructor"
                    + (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? " (an inner class must be static)" : ""), e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        try {
            constructor.setAccessible(true);
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || Modifier.isFinal(modifiers)
                            || field.isSynthetic()) {
                        continue;
                    }
                    String jsonName = JsonNames.wireName(field.getName());
                    if (!fields.containsKey(jsonName)) {
                        field.setAccessible(true);
                        fields.put(jsonName, field);
                    }
                }
            }
        } catch (RuntimeException e) { // InaccessibleObjectException, SecurityException
            throw notOpen(type, e);
        }
        return new ModelClass(type, constructor, Collections.unmodifiableMap(fields));
    }

    /** @return the class described */
    Class<?> type() {
        return type;
    }

    /**
     * @param key a key of a JSON object, underscored or hyphenated
     * @return the field it fills, or {@code null} when the class has none (the key is ignored).
     *     A key the JSON-B spelling does not match is also looked up with an underscore before
     *     every capital of the field's name: the service writes {@code send_me_a_copy} and
     *     {@code tax2_amount}, which JSON-B spells {@code send_me_acopy} and {@code tax2amount}
     *     for the fields {@code sendMeACopy} and {@code tax2Amount}
     */
    Property property(String key) {
        for (int slot = slot(key); tableKeys[slot] != null; slot = (slot + 1) & (tableKeys.length - 1)) {
            if (tableKeys[slot].equals(key)) {
                return tableProperties[slot];
            }
        }
        String underscored = JsonNames.underscored(key);
        Property property = propertiesByJsonName.get(underscored);
        return property != null ? property : propertiesBySpelledOutName.get(underscored);
    }

    /** @return how many fields the class fills */
    int size() {
        return propertiesByJsonName.size();
    }

    /** @return the name with an underscore before every capital, lower case ({@code sendMeACopy}: {@code send_me_a_copy}) */
    private static String spelledOut(String property) {
        StringBuilder wire = new StringBuilder(property.length() + 4);
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                wire.append('_');
            }
            wire.append(Character.toLowerCase(c));
        }
        return wire.toString();
    }

    /** @return a new, empty instance */
    Object newInstance() {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new UnbindableTypeException("the no-argument constructor of " + type.getName() + " failed: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UnbindableTypeException("cannot instantiate " + type.getName() + ": " + e, e);
        }
    }

    /**
     * @param property one of this class's fields
     * @param instance an instance
     * @param value a value of the field's type, or {@code null}, which leaves a primitive field at
     *     its default
     */
    void set(Property property, Object instance, Object value) {
        if (value == null && property.primitive) {
            return;
        }
        try {
            property.field.set(instance, value);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new UnbindableTypeException("cannot set " + type.getName() + "." + property.field.getName() + ": " + e, e);
        }
    }

    private static UnbindableTypeException notOpen(Class<?> type, RuntimeException cause) {
        Module module = type.getModule();
        String pkg = type.getPackageName();
        String self = ModelClass.class.getModule().isNamed() ? ModelClass.class.getModule().getName() : "ALL-UNNAMED";
        String fix = module.isNamed()
                ? "add 'opens " + pkg + " to " + self + ", org.eclipse.yasson;' to module " + module.getName()
                : "open the package to " + self;
        return new UnbindableTypeException("cannot reach the private constructor and fields of " + type.getName()
                + ": " + fix + " (" + cause.getMessage() + ")", cause);
    }
}
