package io.harvest4j.xml.internal;

import io.harvest4j.core.codec.WireNaming;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlElementRefs;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the codec learns about each model class, from its declaration alone (no field is ever read
 * or written here, so a model package needs no {@code opens} to this module): for each element,
 * whether it holds a string, another scalar, a nested model or a list.
 *
 * <p>Only the harvest4j model convention is understood: field access
 * ({@code @XmlAccessorType(XmlAccessType.FIELD)} on the package or the class), fields named by
 * {@code @XmlElement}/{@code @XmlElementWrapper} or by their Java name, {@code java.time} types
 * through {@code XmlJavaTypeAdapter}s. A class outside it (property access, {@code @XmlElements},
 * {@code @XmlAnyElement}, annotated methods …) is left to JAXB as it is: its elements are renamed
 * but neither checked nor filtered. Thread-safe; what is learnt is cached per class.
 */
final class ModelBindings {

    private static final String DEFAULT_NAME = "##default";
    private static final String ANNOTATION_PACKAGE = "jakarta.xml.bind.annotation";

    private final ConcurrentMap<Class<?>, Optional<Elements>> elements = new ConcurrentHashMap<>();

    /**
     * @param type the Java type of a document's root, a list item or a value
     * @return how an element of that type binds
     */
    ElementBinding forType(Class<?> type) {
        if (type == String.class) {
            return ElementBinding.TEXT;
        }
        if (isScalar(type)) {
            return ElementBinding.scalar(type);
        }
        if (isModelCandidate(type)) {
            return ElementBinding.object(type);
        }
        return ElementBinding.OPAQUE;
    }

    /**
     * @param type a model class
     * @return its elements, or empty when the class is outside the convention and must be left to
     *     JAXB as it is
     */
    Optional<Elements> elementsOf(Class<?> type) {
        Optional<Elements> known = elements.get(type);
        if (known == null) {
            known = introspect(type).map(Elements::new);
            Optional<Elements> raced = elements.putIfAbsent(type, known);
            if (raced != null) {
                known = raced;
            }
        }
        return known;
    }

    private Optional<Map<String, ElementBinding>> introspect(Class<?> type) {
        if (!isModelCandidate(type)) {
            return Optional.empty();
        }
        Map<String, ElementBinding> bindings = new HashMap<>();
        for (Class<?> declaring = type; declaring != Object.class && declaring != null;
                declaring = declaring.getSuperclass()) {
            if (!hasFieldAccess(declaring) || hasBoundMethods(declaring)) {
                return Optional.empty();
            }
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(XmlTransient.class)
                        || field.isAnnotationPresent(XmlAttribute.class)
                        || field.isAnnotationPresent(XmlAnyAttribute.class)) {
                    continue;
                }
                if (isOutsideConvention(field)) {
                    return Optional.empty();
                }
                XmlElement element = field.getAnnotation(XmlElement.class);
                if (element != null && element.type() != XmlElement.DEFAULT.class) {
                    return Optional.empty();
                }
                String elementName = element == null || DEFAULT_NAME.equals(element.name())
                        ? field.getName() : element.name();
                XmlElementWrapper wrapper = field.getAnnotation(XmlElementWrapper.class);
                String name;
                ElementBinding binding;
                if (isRepeated(field.getType())) {
                    ElementBinding item = itemBinding(field);
                    if (wrapper == null) {
                        name = elementName;
                        binding = item;
                    } else {
                        name = DEFAULT_NAME.equals(wrapper.name()) ? field.getName() : wrapper.name();
                        String itemName = elementName;
                        binding = ElementBinding.list(wire -> isItemName(WireNaming.toProperty(wire), itemName),
                                itemName, item);
                    }
                } else {
                    if (wrapper != null) {
                        return Optional.empty();
                    }
                    name = elementName;
                    binding = valueBinding(field, field.getType());
                }
                if (bindings.put(name, binding) != null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(bindings);
    }

    /**
     * Whether a child of a list's wrapper is one of its items: named as JAXB expects it, or, as
     * Rails names the items of an array, by the singular of a plural item name. So a model needs
     * no names in its annotations ({@code @XmlElementWrapper @XmlElement List<DayEntry> dayEntries}
     * reads {@code <day_entries><day_entry>…}): an annotation with values would make javac warn,
     * in every application compiled without the XML binding API, that it cannot find them.
     */
    static boolean isItemName(String property, String itemName) {
        if (property.equals(itemName)) {
            return true;
        }
        return itemName.equals(property + "s") || itemName.equals(property + "es")
                || property.endsWith("y") && itemName.equals(property.substring(0, property.length() - 1) + "ies");
    }

    private ElementBinding itemBinding(Field field) {
        Class<?> type = field.getType();
        if (type.isArray()) {
            return valueBinding(field, type.getComponentType());
        }
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType) {
            Type[] arguments = ((ParameterizedType) generic).getActualTypeArguments();
            if (arguments.length == 1 && arguments[0] instanceof Class) {
                return valueBinding(field, (Class<?>) arguments[0]);
            }
        }
        return ElementBinding.OPAQUE;
    }

    private ElementBinding valueBinding(Field field, Class<?> type) {
        XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
        if (adapter == null) {
            adapter = packageAdapter(field.getDeclaringClass().getPackage(), type);
        }
        if (adapter == null) {
            adapter = type.getAnnotation(XmlJavaTypeAdapter.class);
        }
        if (adapter != null) {
            return adaptedBinding(adapter.value(), type);
        }
        return forType(type);
    }

    /**
     * @param pkg a model class's package, or null
     * @param type a field's type
     * @return the adapter the package declares for that type ({@code @XmlJavaTypeAdapter(s)}), or null
     */
    static XmlJavaTypeAdapter packageAdapter(Package pkg, Class<?> type) {
        if (pkg == null) {
            return null;
        }
        XmlJavaTypeAdapter single = pkg.getAnnotation(XmlJavaTypeAdapter.class);
        if (single != null && single.type() == type) {
            return single;
        }
        XmlJavaTypeAdapters several = pkg.getAnnotation(XmlJavaTypeAdapters.class);
        if (several != null) {
            for (XmlJavaTypeAdapter adapter : several.value()) {
                if (adapter.type() == type) {
                    return adapter;
                }
            }
        }
        return null;
    }

    /** An adapter to a string or another scalar makes a scalar; one to a structure is left to JAXB. */
    @SuppressWarnings("rawtypes")
    private static ElementBinding adaptedBinding(Class<? extends XmlAdapter> adapter, Class<?> boundType) {
        for (Class<?> type = adapter; type != null && type != Object.class; type = type.getSuperclass()) {
            Type superType = type.getGenericSuperclass();
            if (superType instanceof ParameterizedType
                    && ((ParameterizedType) superType).getRawType() == XmlAdapter.class) {
                Type valueType = ((ParameterizedType) superType).getActualTypeArguments()[0];
                if (valueType == String.class) {
                    return ElementBinding.scalar(boundType, ScalarSyntax.OTHER);
                }
                if (valueType instanceof Class && isScalar((Class<?>) valueType)) {
                    return ElementBinding.scalar(boundType, ScalarSyntax.of((Class<?>) valueType));
                }
                return ElementBinding.OPAQUE;
            }
        }
        return ElementBinding.OPAQUE;
    }

    private static boolean hasFieldAccess(Class<?> type) {
        XmlAccessorType access = type.getAnnotation(XmlAccessorType.class);
        if (access == null && type.getPackage() != null) {
            access = type.getPackage().getAnnotation(XmlAccessorType.class);
        }
        return access != null && access.value() == XmlAccessType.FIELD;
    }

    /** With field access JAXB still binds methods that carry a binding annotation. */
    private static boolean hasBoundMethods(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getDeclaredAnnotations()) {
                if (annotation.annotationType().getPackageName().startsWith(ANNOTATION_PACKAGE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isOutsideConvention(Field field) {
        return field.isAnnotationPresent(XmlElements.class)
                || field.isAnnotationPresent(XmlElementRef.class)
                || field.isAnnotationPresent(XmlElementRefs.class)
                || field.isAnnotationPresent(XmlAnyElement.class)
                || field.isAnnotationPresent(XmlMixed.class)
                || field.isAnnotationPresent(XmlValue.class)
                || field.isAnnotationPresent(XmlList.class);
    }

    private static boolean isRepeated(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || (type.isArray() && type != byte[].class);
    }

    private static boolean isModelCandidate(Class<?> type) {
        return !type.isPrimitive() && !type.isArray() && !type.isInterface() && !type.isEnum()
                && !type.isAnnotation() && !Modifier.isAbstract(type.getModifiers())
                && !isPlatformType(type);
    }

    /** Numbers, booleans, characters, enums, byte arrays and the platform's value types. */
    private static boolean isScalar(Class<?> type) {
        if (type.isPrimitive()) {
            return type != void.class;
        }
        if (type == byte[].class || type.isEnum()) {
            return true;
        }
        if (type == Object.class || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return false;
        }
        return type == BigDecimal.class || type == BigInteger.class || isPlatformType(type);
    }

    private static boolean isPlatformType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.");
    }

    /**
     * The elements of a model class: by Java name, and by the names the wire gives them, so that
     * finding the element of a name read from a body needs no renaming. Immutable.
     */
    static final class Elements {
        private final Map<String, ElementBinding> byProperty;
        /** Each element by its Java, hyphenated and underscored names: the ones the service writes. */
        private final Map<String, Child> byWire;

        Elements(Map<String, ElementBinding> byProperty) {
            this.byProperty = Map.copyOf(byProperty);
            Map<String, Child> spelt = new HashMap<>();
            byProperty.forEach((property, binding) -> {
                Child child = new Child(property, binding);
                for (String wire : List.of(property, WireNaming.HYPHENATED.toWire(property),
                        WireNaming.UNDERSCORED.toWire(property))) {
                    // only a spelling that reads back as the property (not so "a_b", whose Java name is "aB")
                    if (WireNaming.toProperty(wire).equals(property)) {
                        spelt.put(wire, child);
                    }
                }
            });
            this.byWire = Map.copyOf(spelt);
        }

        /** @return the elements by Java name */
        Map<String, ElementBinding> byProperty() {
            return byProperty;
        }

        /**
         * @param wire an element's name as written in a body, in any spelling
         *     {@link WireNaming#toProperty} reads
         * @return the element of that name, or null when the class has none
         */
        Child byWire(String wire) {
            Child known = byWire.get(wire);
            if (known != null) {
                return known;
            }
            // a spelling the service does not write ("created--at"): renamed as ever
            String property = WireNaming.toProperty(wire);
            ElementBinding binding = byProperty.get(property);
            return binding == null ? null : new Child(property, binding);
        }
    }

    /** An element inside another: the name it is shown to JAXB by, and how it binds. Immutable. */
    static final class Child {
        private final String property;
        private final ElementBinding binding;

        Child(String property, ElementBinding binding) {
            this.property = property;
            this.binding = binding;
        }

        /** @return the element's Java name (an item's, for the items of a list) */
        String property() {
            return property;
        }

        /** @return how the element binds */
        ElementBinding binding() {
            return binding;
        }
    }
}
