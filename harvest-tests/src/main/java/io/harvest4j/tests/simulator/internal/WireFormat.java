package io.harvest4j.tests.simulator.internal;

import java.util.Locale;

/** The two formats the v1 API speaks, and how media types name them. */
public enum WireFormat {
    /** {@code application/xml} (Rails synonyms {@code text/xml}, {@code application/x-xml}). */
    XML("application/xml"),
    /** {@code application/json} (Rails synonyms {@code text/x-json}, {@code application/jsonrequest}). */
    JSON("application/json");

    private final String mediaType;

    WireFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the canonical media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return the {@code Content-Type} of answers in this format */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /**
     * The format an {@code Accept} header asks for: its media ranges are taken in the order written
     * (q-values are ignored); the first that names XML or JSON wins; {@code *}{@code /*} and
     * {@code application/*} pick XML.
     *
     * @param accept the header, may be null
     * @return the format, or null when the header names neither (or is missing)
     */
    public static WireFormat fromAccept(String accept) {
        if (accept == null) {
            return null;
        }
        for (String range : accept.split(",")) {
            String type = bareType(range);
            WireFormat format = ofMediaType(type);
            if (format != null) {
                return format;
            }
            if (type.equals("*/*") || type.equals("application/*")) {
                return XML;
            }
        }
        return null;
    }

    /**
     * The format a media type names, parameters ignored.
     *
     * @param contentType a media type, may be null
     * @return the format, or null
     */
    public static WireFormat ofMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        switch (bareType(contentType)) {
            case "application/xml":
            case "text/xml":
            case "application/x-xml":
                return XML;
            case "application/json":
            case "text/x-json":
            case "application/jsonrequest":
                return JSON;
            default:
                return null;
        }
    }

    /**
     * @param mediaType a media type with or without parameters
     * @return its type/subtype, trimmed and lower-case
     */
    public static String bareType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
