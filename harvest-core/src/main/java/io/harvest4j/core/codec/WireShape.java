package io.harvest4j.core.codec;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one operation's body is laid out on the wire, declared by the facade for each call and
 * applied by each codec in its own format. Domain classes stay free of wire concerns.
 *
 * <p>A shape has a <em>root</em>: the XML document element ({@code client}, {@code hash},
 * {@code timer}, {@code request}) and, when {@linkplain #jsonWrapped() wrapped}, the JSON wrapper
 * key ({@code {"client":{…}}}). A <em>list</em> shape also names its items: XML
 * {@code <clients type="array"><client>…</client></clients>}, JSON {@code [{"client":{…}}]} (or
 * {@code [{…}]} when unwrapped).
 *
 * <p>Two irregularities of the service are declared here too, so codecs need no special cases:
 * <ul>
 *   <li>{@linkplain #jsonInlined() inlining}: the Time Tracking API answers XML
 *       {@code <timer><day_entry>…</day_entry><hours_for_previously_running_timer>…</timer>} but
 *       JSON puts the entry's fields at the top level beside
 *       {@code hours_for_previously_running_timer}; the shape names the property ({@code dayEntry})
 *       whose fields JSON flattens;</li>
 *   <li>{@linkplain #alternateRoots() alternate roots}: a root the service has been seen to use
 *       instead of the declared one ({@code invoice_category} for {@code invoice_item_category}).</li>
 * </ul>
 */
public final class WireShape {

    private final String root;
    private final String item;
    private final WireNaming xmlNaming;
    private final boolean jsonWrapped;
    private final String jsonInlined;
    private final Set<String> alternateRoots;

    private WireShape(Builder builder) {
        this.root = builder.root;
        this.item = builder.item;
        this.xmlNaming = builder.xmlNaming;
        this.jsonWrapped = builder.jsonWrapped;
        this.jsonInlined = builder.jsonInlined;
        this.alternateRoots = Set.copyOf(builder.alternateRoots);
    }

    /**
     * @param root the root element, in underscored form ({@code day_entry}, {@code hash}); XML
     *     writes it in the shape's naming
     * @return a builder of a single-object shape: wrapped in JSON, hyphenated in XML, until told
     *     otherwise
     */
    public static Builder object(String root) {
        return new Builder(root, null);
    }

    /**
     * @param root the collection's element ({@code clients}, {@code day_entries})
     * @param item each item's element ({@code client}, {@code day_entry})
     * @return a builder of a list shape
     */
    public static Builder list(String root, String item) {
        return new Builder(root, Objects.requireNonNull(item, "item"));
    }

    /** @return the root element's name in underscored form */
    public String root() {
        return root;
    }

    /**
     * @param naming a naming
     * @return the root element's name spelled in that naming
     */
    public String root(WireNaming naming) {
        return respell(root, naming);
    }

    /** @return whether this shape is a list of {@linkplain #item() items} */
    public boolean isList() {
        return item != null;
    }

    /** @return the items' element name, underscored, for list shapes */
    public Optional<String> item() {
        return Optional.ofNullable(item);
    }

    /** @return how XML spells names in this part of the API */
    public WireNaming xmlNaming() {
        return xmlNaming;
    }

    /**
     * @return whether JSON wraps the object (or, for lists, each item) in a one-key object named by
     *     the root (the item)
     */
    public boolean jsonWrapped() {
        return jsonWrapped;
    }

    /** @return the Java property whose fields JSON lays at the top level, if any */
    public Optional<String> jsonInlined() {
        return Optional.ofNullable(jsonInlined);
    }

    /** @return other roots (underscored) to accept when decoding; never used when encoding */
    public Set<String> alternateRoots() {
        return alternateRoots;
    }

    /**
     * @param name a root or item name read from a body, in either spelling
     * @param declared the declared name, underscored
     * @return whether the read name is the declared one or one of the alternates
     */
    public boolean acceptsName(String name, String declared) {
        // asked once per item of a list: the declared name is compared without making a string
        return isUnderscored(name, declared)
                || !alternateRoots.isEmpty() && alternateRoots.contains(name.replace('-', '_'));
    }

    /** Whether {@code name} with its hyphens made underscores is {@code declared}. */
    private static boolean isUnderscored(String name, String declared) {
        if (name.length() != declared.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c == '-' ? '_' : c) != declared.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String respell(String underscored, WireNaming naming) {
        return underscored.replace('_', naming.separator());
    }

    @Override
    public String toString() {
        return "WireShape{" + (isList() ? root + "[" + item + "]" : root) + ", xml " + xmlNaming
                + (jsonWrapped ? ", json wrapped" : ", json unwrapped")
                + (jsonInlined == null ? "" : ", json inlines " + jsonInlined)
                + (alternateRoots.isEmpty() ? "" : ", also " + alternateRoots) + "}";
    }

    /** Declares a shape. */
    public static final class Builder {
        private final String root;
        private final String item;
        private WireNaming xmlNaming = WireNaming.HYPHENATED;
        private boolean jsonWrapped = true;
        private String jsonInlined;
        private final Set<String> alternateRoots = new LinkedHashSet<>();

        private Builder(String root, String item) {
            this.root = checkName(root);
            this.item = item == null ? null : checkName(item);
        }

        /**
         * XML names are hyphenated ({@code created-at}): the Extended API. The default.
         * @return this builder
         */
        public Builder hyphenated() {
            this.xmlNaming = WireNaming.HYPHENATED;
            return this;
        }

        /**
         * XML names are underscored ({@code created_at}): the Time Tracking API.
         * @return this builder
         */
        public Builder underscored() {
            this.xmlNaming = WireNaming.UNDERSCORED;
            return this;
        }

        /**
         * JSON carries no root wrapper.
         * @return this builder
         */
        public Builder jsonUnwrapped() {
            this.jsonWrapped = false;
            return this;
        }

        /**
         * JSON lays this property's fields at the top level (implies unwrapped).
         * @param property a Java property name
         * @return this builder
         */
        public Builder jsonInlines(String property) {
            this.jsonInlined = Objects.requireNonNull(property, "property");
            this.jsonWrapped = false;
            return this;
        }

        /**
         * Also accept these roots (or item names, for lists) when decoding.
         * @param roots other root names accepted when reading
         * @return this builder
         */
        public Builder alsoAccepting(String... roots) {
            for (String alternate : roots) {
                alternateRoots.add(checkName(alternate));
            }
            return this;
        }

        /** @return the shape */
        public WireShape build() {
            return new WireShape(this);
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a wire name is lower case and underscored: '" + name + "'");
            }
            return name;
        }
    }
}
