package io.harvest4j.xml.internal;

import jakarta.xml.bind.annotation.XmlAccessorOrder;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a model straight from the {@link RailsXmlReader}, setting its fields the way JAXB would,
 * for the classes that follow the model convention entirely, so that a decode needs no
 * {@code JAXBContext}: making one (the runtime's start-up and its reflection over the classes)
 * was most of a fresh JVM's first XML call.
 *
 * <p>A class qualifies when everything reachable from it is understood here: field access (on
 * the class and its superclasses), a no-argument constructor, no unmarshal callbacks, fields that are strings,
 * {@code int}/{@code long}/{@code boolean} and their boxes, {@link BigDecimal}/{@link BigInteger},
 * types bound through an {@code XmlAdapter} from a string, other qualifying classes, and lists
 * of any of these ({@code List}/{@code Collection}, wrapped or not); binding annotations other
 * than {@code @XmlElement} (without a type or a default value), {@code @XmlElementWrapper},
 * {@code @XmlJavaTypeAdapter} and {@code @XmlTransient} disqualify, as does a package not open to
 * this module. Anything else is left to JAXB, as before. The reader has already checked and
 * normalised every scalar's text ({@link ScalarSyntax}), skipped unknown and nil elements, and
 * renamed list items, so the conversions left are the plain ones JAXB makes; a body this class
 * cannot read for any reason is read again by JAXB, whose answer (or error) stands.
 *
 * <p>Thread-safe; what is learnt is cached per class.
 */
final class ModelReader {

    private static final String ANNOTATION_PACKAGE = "jakarta.xml.bind.annotation";
    private static final Set<Class<? extends Annotation>> CLASS_ANNOTATIONS =
            Set.of(XmlAccessorType.class, XmlRootElement.class, XmlType.class, XmlAccessorOrder.class);
    private static final Set<Class<? extends Annotation>> FIELD_ANNOTATIONS =
            Set.of(XmlElement.class, XmlElementWrapper.class, XmlJavaTypeAdapter.class);

    private final ModelBindings models;
    private final Module own = ModelReader.class.getModule();
    private final ConcurrentMap<Class<?>, Optional<Plan>> plans = new ConcurrentHashMap<>();

    ModelReader(ModelBindings models) {
        this.models = models;
    }

    /**
     * @param type a document's root or a list's item type
     * @return whether {@link #read} can make one without JAXB
     */
    boolean canRead(Class<?> type) {
        return plan(type).isPresent();
    }

    /**
     * Reads the element the reader is at (a {@code START_ELEMENT}) into a new instance.
     *
     * @param reader the reader, left on the element's {@code END_ELEMENT}
     * @param type a type for which {@link #canRead} is true
     * @param adapters the adapters of the body's reading so far: one body makes each adapter
     *     once, as one JAXB unmarshaller does
     * @return the instance
     * @throws XMLStreamException when the body is not well-formed or is refused by the reader
     * @throws ReflectiveOperationException when the model cannot be made or set
     */
    <T> T read(RailsXmlReader reader, Class<T> type, Adapters adapters)
            throws XMLStreamException, ReflectiveOperationException {
        Plan plan = plan(type).orElseThrow(() -> new IllegalStateException("not readable here: " + type));
        return type.cast(readObject(reader, plan, adapters));
    }

    // ---- reading -----------------------------------------------------------------------------

    private Object readObject(RailsXmlReader reader, Plan plan, Adapters adapters)
            throws XMLStreamException, ReflectiveOperationException {
        Object instance = plan.constructor.newInstance();
        // collections of unwrapped repeated elements are gathered over the whole object, as JAXB does
        Map<Property, Collection<Object>> gathering = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamReader.END_ELEMENT) {
                return instance;
            }
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            Property property = plan.properties.get(reader.getLocalName());
            if (property == null) {
                skip(reader);
                continue;
            }
            if (property.wrapped) {
                Collection<Object> items = startCollection(instance, property);
                readItems(reader, property.value, items, adapters);
            } else if (property.repeated) {
                if (gathering == null) {
                    gathering = new IdentityHashMap<>();
                }
                Collection<Object> items = gathering.get(property);
                if (items == null) {
                    items = startCollection(instance, property);
                    gathering.put(property, items);
                }
                Object item = readValue(reader, property.value, adapters);
                if (item != null) {
                    items.add(item);
                }
            } else {
                property.field.set(instance, readValue(reader, property.value, adapters));
            }
        }
    }

    /** JAXB takes the field's collection (a new {@code ArrayList} when there is none) and clears it. */
    @SuppressWarnings("unchecked")
    private static Collection<Object> startCollection(Object instance, Property property) throws IllegalAccessException {
        Collection<Object> items = (Collection<Object>) property.field.get(instance);
        if (items == null) {
            items = new ArrayList<>();
            property.field.set(instance, items);
        }
        items.clear();
        return items;
    }

    private void readItems(RailsXmlReader reader, Value item, Collection<Object> items, Adapters adapters) throws XMLStreamException, ReflectiveOperationException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamReader.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                Object value = readValue(reader, item, adapters);
                if (value != null) {
                    items.add(value);
                }
            }
        }
    }

    private Object readValue(RailsXmlReader reader, Value value, Adapters adapters)
            throws XMLStreamException, ReflectiveOperationException {
        if (value.plan != null) {
            return readObject(reader, value.plan, adapters);
        }
        // a scalar the reader has read ahead comes parsed (a string and an adapted value as text)
        Object scalar = reader.takeScalar();
        if (scalar == null) {
            scalar = text(reader);
        }
        if (value.adapter != null) {
            XmlAdapter<String, ?> adapter = adapters.get(value.adapter);
            try {
                return adapter.unmarshal(scalar.toString());
            } catch (Exception e) {
                throw new ReflectiveOperationException("the adapter refused the value", e);
            }
        }
        return convert(value.type, scalar);
    }

    /** The text of the element the reader is at, up to its end; elements inside are skipped. */
    private static String text(RailsXmlReader reader) throws XMLStreamException {
        StringBuilder text = null;
        String only = "";
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamReader.CHARACTERS:
                case XMLStreamReader.CDATA:
                case XMLStreamReader.SPACE:
                    if (text == null && only.isEmpty()) {
                        only = reader.getText();
                    } else {
                        if (text == null) {
                            text = new StringBuilder(only);
                        }
                        text.append(reader.getText());
                    }
                    break;
                case XMLStreamReader.START_ELEMENT:
                    skip(reader);
                    break;
                case XMLStreamReader.END_ELEMENT:
                    return text == null ? only : text.toString();
                default:
                    break;
            }
        }
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * A number or a boolean comes parsed by the reader, by the {@link ScalarSyntax} of the field's
     * own type; a text left to convert the reader has checked: only the conversion is left.
     */
    private static Object convert(Class<?> type, Object scalar) {
        if (!(scalar instanceof String) || type == String.class) {
            return scalar;
        }
        String text = (String) scalar;
        if (type == long.class || type == Long.class) {
            return Long.parseLong(text);
        }
        if (type == int.class || type == Integer.class) {
            return Integer.parseInt(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == BigInteger.class) {
            return new BigInteger(text);
        }
        throw new IllegalStateException("no conversion to " + type.getName());
    }

    // ---- learning a class --------------------------------------------------------------------

    private Optional<Plan> plan(Class<?> type) {
        Optional<Plan> known = plans.get(type);
        if (known != null) {
            return known;
        }
        Map<Class<?>, Plan> learnt = new HashMap<>();
        Set<Class<?>> graph = new HashSet<>();
        Optional<Plan> plan;
        try {
            plan = Optional.ofNullable(learn(type, learnt, graph)).filter(root -> distinctTypeNames(graph));
        } catch (RuntimeException | LinkageError e) {
            plan = Optional.empty();
        }
        Optional<Plan> raced = plans.putIfAbsent(type, plan);
        return raced != null ? raced : plan;
    }

    /** @return the class's plan, or null when it (or a class it reaches) does not qualify */
    private Plan learn(Class<?> type, Map<Class<?>, Plan> learnt, Set<Class<?>> graph) {
        Plan known = learnt.get(type);
        if (known != null) {
            return known;
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) || type.isLocalClass()
                || type.isAnonymousClass()) {
            return null;
        }
        // the class and its superclasses (JAXB binds a superclass's fields as a base type's)
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> declaring = type; declaring != Object.class; declaring = declaring.getSuperclass()) {
            if (declaring == null || declaring.getTypeParameters().length > 0 || !isOpenToThisModule(declaring)
                    || !onlyAnnotations(declaring.getDeclaredAnnotations(), CLASS_ANNOTATIONS) || hasCallbacks(declaring)) {
                return null;
            }
            XmlType xmlType = declaring.getAnnotation(XmlType.class);
            // a factory is JAXB's to call; a property order JAXB checks against the fields, and may refuse
            if (xmlType != null && (xmlType.factoryClass() != XmlType.DEFAULT.class || !xmlType.factoryMethod().isEmpty()
                    || !(xmlType.propOrder().length == 1 && xmlType.propOrder()[0].isEmpty()))) {
                return null;
            }
            chain.add(declaring);
        }
        Optional<Map<String, ElementBinding>> elements = models.elementsOf(type).map(ModelBindings.Elements::byProperty);
        if (elements.isEmpty()) {
            return null;
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (!constructor.trySetAccessible()) {
            return null;
        }
        Plan plan = new Plan(constructor);
        learnt.put(type, plan);
        graph.addAll(chain);
        for (Class<?> declaring : chain) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(XmlTransient.class)) {
                    continue;
                }
                if (Modifier.isFinal(modifiers) || !onlyAnnotations(field.getDeclaredAnnotations(), FIELD_ANNOTATIONS)
                        || !field.trySetAccessible()) {
                    return null;
                }
                XmlElement element = field.getAnnotation(XmlElement.class);
                if (element != null && !"\u0000".equals(element.defaultValue())) {
                    return null;
                }
                Property property = property(field, learnt, graph);
                if (property == null) {
                    return null;
                }
                String name = nameOf(field);
                if (!elements.get().containsKey(name) || plan.properties.put(property.shownName(name), property) != null) {
                    return null;
                }
            }
        }
        return plan;
    }

    private Property property(Field field, Map<Class<?>, Plan> learnt, Set<Class<?>> graph) {
        Class<?> type = field.getType();
        boolean wrapped = field.isAnnotationPresent(XmlElementWrapper.class);
        if (Collection.class.isAssignableFrom(type)) {
            if (type != List.class && type != Collection.class && type != ArrayList.class) {
                return null;
            }
            Type generic = field.getGenericType();
            if (!(generic instanceof ParameterizedType)) {
                return null;
            }
            Type[] arguments = ((ParameterizedType) generic).getActualTypeArguments();
            if (arguments.length != 1 || !(arguments[0] instanceof Class)) {
                return null;
            }
            Value item = value(field, (Class<?>) arguments[0], learnt, graph);
            if (item == null || item.type != null && item.type.isPrimitive()) {
                return null;
            }
            return new Property(field, item, wrapped, !wrapped, itemName(field));
        }
        if (wrapped || type.isArray()) {
            return null;
        }
        Value value = value(field, type, learnt, graph);
        return value == null ? null : new Property(field, value, false, false, null);
    }

    private Value value(Field field, Class<?> type, Map<Class<?>, Plan> learnt, Set<Class<?>> graph) {
        XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
        if (adapter == null) {
            adapter = ModelBindings.packageAdapter(field.getDeclaringClass().getPackage(), type);
        }
        if (adapter == null) {
            adapter = type.getAnnotation(XmlJavaTypeAdapter.class);
        }
        if (adapter != null) {
            Class<?> adapterClass = adapter.value();
            return isStringAdapter(adapterClass) && isUsable(adapterClass) ? new Value(null, null, adapterClass) : null;
        }
        if (type == String.class || type == long.class || type == Long.class || type == int.class
                || type == Integer.class || type == boolean.class || type == Boolean.class
                || type == BigDecimal.class || type == BigInteger.class) {
            return new Value(type, null, null);
        }
        if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum() || type.isAnnotation()
                || Modifier.isAbstract(type.getModifiers()) || type.getName().startsWith("java.")
                || type.getName().startsWith("javax.")) {
            return null;
        }
        Plan nested = learn(type, learnt, graph);
        return nested == null ? null : new Value(null, nested, null);
    }

    /** An adapter whose value type (what the XML holds) is {@link String}. */
    private static boolean isStringAdapter(Class<?> adapter) {
        for (Class<?> type = adapter; type != null && type != Object.class; type = type.getSuperclass()) {
            Type superType = type.getGenericSuperclass();
            if (superType instanceof ParameterizedType && ((ParameterizedType) superType).getRawType() == XmlAdapter.class) {
                return ((ParameterizedType) superType).getActualTypeArguments()[0] == String.class;
            }
        }
        return false;
    }

    /** An adapter this module may make: public, with a public no-argument constructor, in an exported package. */
    private boolean isUsable(Class<?> adapter) {
        try {
            return Modifier.isPublic(adapter.getModifiers()) && !Modifier.isAbstract(adapter.getModifiers())
                    && Modifier.isPublic(adapter.getDeclaredConstructor().getModifiers())
                    && adapter.getModule().isExported(adapter.getPackageName(), own);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private boolean isOpenToThisModule(Class<?> type) {
        return type.getModule().isOpen(type.getPackageName(), own);
    }

    private static boolean onlyAnnotations(Annotation[] annotations, Set<Class<? extends Annotation>> allowed) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.getPackageName().startsWith(ANNOTATION_PACKAGE) && !allowed.contains(kind)) {
                return false;
            }
        }
        return true;
    }

    /** JAXB calls {@code beforeUnmarshal}/{@code afterUnmarshal} when a class declares them. */
    private static boolean hasCallbacks(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals("beforeUnmarshal") || method.getName().equals("afterUnmarshal")) {
                return true;
            }
        }
        return false;
    }

    /** The element's Java name, as {@link ModelBindings} keys it. */
    private static String nameOf(Field field) {
        XmlElementWrapper wrapper = field.getAnnotation(XmlElementWrapper.class);
        if (wrapper != null) {
            return "##default".equals(wrapper.name()) ? field.getName() : wrapper.name();
        }
        return itemName(field);
    }

    private static String itemName(Field field) {
        XmlElement element = field.getAnnotation(XmlElement.class);
        return element == null || "##default".equals(element.name()) ? field.getName() : element.name();
    }

    /**
     * JAXB refuses a context in which two classes have the same XML type name: such a graph is
     * left to it (compared without case, so that no clash JAXB would see is missed).
     */
    private static boolean distinctTypeNames(Set<Class<?>> types) {
        Set<String> names = new HashSet<>();
        for (Class<?> type : types) {
            XmlType xmlType = type.getAnnotation(XmlType.class);
            String name = xmlType == null || "##default".equals(xmlType.name()) ? type.getSimpleName() : xmlType.name();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** How a class is made and its elements set. */
    private static final class Plan {
        final Constructor<?> constructor;
        /** By the name the reader shows: the Java name, or for unwrapped lists the item name. */
        final Map<String, Property> properties = new HashMap<>();

        Plan(Constructor<?> constructor) {
            this.constructor = constructor;
        }
    }

    /** A field and how its element (or, for lists, each item) is read. */
    private static final class Property {
        final Field field;
        final Value value;
        final boolean wrapped;
        final boolean repeated;
        final String itemName;

        Property(Field field, Value value, boolean wrapped, boolean repeated, String itemName) {
            this.field = field;
            this.value = value;
            this.wrapped = wrapped;
            this.repeated = repeated;
            this.itemName = itemName;
        }

        String shownName(String name) {
            return repeated ? itemName : name;
        }
    }

    /** One value: a scalar of a type, an adapted scalar, or a model object. */
    private static final class Value {
        final Class<?> type;
        final Plan plan;
        final Class<?> adapter;

        Value(Class<?> type, Plan plan, Class<?> adapter) {
            this.type = type;
            this.plan = plan;
            this.adapter = adapter;
        }
    }

    /** The adapters one body's reading has made, each made once. Not thread-safe: one body, one thread. */
    static final class Adapters {
        private final Map<Class<?>, XmlAdapter<String, ?>> made = new IdentityHashMap<>();

        /**
         * @param type an adapter class this module may make
         * @return its instance of this body, made when first asked for
         * @throws ReflectiveOperationException when it cannot be made
         */
        @SuppressWarnings("unchecked")
        XmlAdapter<String, ?> get(Class<?> type) throws ReflectiveOperationException {
            XmlAdapter<String, ?> adapter = made.get(type);
            if (adapter == null) {
                adapter = (XmlAdapter<String, ?>) type.getDeclaredConstructor().newInstance();
                made.put(type, adapter);
            }
            return adapter;
        }
    }
}
