package io.harvest4j.core.codec;

import java.util.Locale;
import java.util.Objects;

/**
 * A wire format, named by its media type: what the client sends as {@code Accept} and
 * {@code Content-Type}, and what a {@link CodecProvider} is asked to serve.
 */
public final class Format {

    /** Rails XML, as the service has always spoken it. */
    public static final Format XML = new Format("application/xml");

    /** JSON with underscored names and root wrappers. */
    public static final Format JSON = new Format("application/json");

    private final String mediaType;

    private Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * @param mediaType a media type such as {@code application/xml}; parameters are dropped
     * @return the format
     */
    public static Format of(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType");
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            throw new IllegalArgumentException("not a media type: '" + mediaType + "'");
        }
        return XML.mediaType.equals(type) ? XML : JSON.mediaType.equals(type) ? JSON : new Format(type);
    }

    /** @return the media type, without parameters */
    public String mediaType() {
        return mediaType;
    }

    /**
     * @param contentType a {@code Content-Type} value, possibly with parameters, or {@code null}
     * @return whether it names this format
     */
    public boolean matches(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return of(contentType).equals(this);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Format && mediaType.equals(((Format) other).mediaType);
    }

    @Override
    public int hashCode() {
        return mediaType.hashCode();
    }

    @Override
    public String toString() {
        return mediaType;
    }
}
