package io.harvest4j.xml.internal;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the reader knows about an element before JAXB sees it: whether it holds a string, another
 * scalar, a model object, a list, or something the codec does not model and passes on untouched.
 * Immutable.
 */
final class ElementBinding {

    /** The kinds of content an element can have. */
    enum Kind {
        /** Not modelled by the codec: passed to JAXB as it is, children included. */
        OPAQUE,
        /** A {@link String}: an empty element is {@code ""}. */
        TEXT,
        /** Any other scalar (numbers, booleans, dates): an empty element is {@code null}. */
        SCALAR,
        /** A model object whose elements are its fields. */
        OBJECT,
        /** A list: a wrapper element whose children are the items. */
        LIST
    }

    /** An element the codec does not model. */
    static final ElementBinding OPAQUE = new ElementBinding(Kind.OPAQUE, null, null, null, null, null);

    /** A string element. */
    static final ElementBinding TEXT = new ElementBinding(Kind.TEXT, String.class, null, null, null, null);

    private final Kind kind;
    private final Class<?> type;
    private final ScalarSyntax syntax;
    private final Predicate<String> isItem;
    private final String itemName;
    private final ElementBinding item;

    private ElementBinding(Kind kind, Class<?> type, ScalarSyntax syntax, Predicate<String> isItem, String itemName,
            ElementBinding item) {
        this.kind = kind;
        this.type = type;
        this.syntax = syntax;
        this.isItem = isItem;
        this.itemName = itemName;
        this.item = item;
    }

    /**
     * @param type a scalar type other than {@link String}
     * @return the binding of an element of that type
     */
    static ElementBinding scalar(Class<?> type) {
        return scalar(type, ScalarSyntax.of(type));
    }

    /**
     * @param type a scalar type other than {@link String}, or a type bound through an adapter
     * @param syntax how the element's text is checked
     * @return the binding of an element of that type
     */
    static ElementBinding scalar(Class<?> type, ScalarSyntax syntax) {
        return new ElementBinding(Kind.SCALAR, Objects.requireNonNull(type, "type"),
                Objects.requireNonNull(syntax, "syntax"), null, null, null);
    }

    /**
     * @param type a model class
     * @return the binding of an element holding one
     */
    static ElementBinding object(Class<?> type) {
        return new ElementBinding(Kind.OBJECT, Objects.requireNonNull(type, "type"), null, null, null, null);
    }

    /**
     * @param isItem tells, from an element's name as written on the wire, whether it is an item
     * @param itemName the name JAXB expects of each item; items are shown to it by that name,
     *     whatever the wire called them
     * @param item the binding of each item
     * @return the binding of a list element
     */
    static ElementBinding list(Predicate<String> isItem, String itemName, ElementBinding item) {
        return new ElementBinding(Kind.LIST, null, null, Objects.requireNonNull(isItem, "isItem"),
                Objects.requireNonNull(itemName, "itemName"), Objects.requireNonNull(item, "item"));
    }

    /** @return the kind of content */
    Kind kind() {
        return kind;
    }

    /** @return the Java type of a {@link Kind#SCALAR scalar} or {@link Kind#OBJECT object} */
    Class<?> type() {
        return type;
    }

    /** @return how a {@link Kind#SCALAR scalar}'s text is checked */
    ScalarSyntax syntax() {
        return syntax;
    }

    /**
     * @param wireName a child element's name as written
     * @return whether that child is an item of this {@link Kind#LIST list}
     */
    boolean isItem(String wireName) {
        return isItem.test(wireName);
    }

    /** @return the name JAXB expects of this {@link Kind#LIST list}'s items */
    String itemName() {
        return itemName;
    }

    /** @return the binding of this {@link Kind#LIST list}'s items */
    ElementBinding item() {
        return item;
    }

    @Override
    public String toString() {
        switch (kind) {
            case SCALAR:
            case OBJECT:
                return kind + "(" + type.getName() + ")";
            case LIST:
                return "LIST(" + item + ")";
            default:
                return kind.toString();
        }
    }
}
