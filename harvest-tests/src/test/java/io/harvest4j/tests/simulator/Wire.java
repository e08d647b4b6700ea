package io.harvest4j.tests.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Extended API's two formats, for raw tests that run once in each: request bodies wrapped in
 * the resource's root, and answers read back as field maps keyed by the underscored name (values
 * as text, nil/null as null), so one assertion serves XML and JSON.
 */
enum Wire {
    XML(Http.XML),
    JSON(Http.JSON);

    final String mediaType;

    Wire(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * @param root the resource's root, underscored ({@code task_assignment})
     * @param namesAndValues name, value, name, value…: Strings, Numbers, Booleans or null
     * @return the body: {@code <task-assignment><hourly-rate>…} or {@code {"task_assignment":{"hourly_rate":…}}}
     */
    String body(String root, Object... namesAndValues) {
        if (this == XML) {
            StringBuilder xml = new StringBuilder("<").append(root.replace('_', '-')).append('>');
            for (int i = 0; i < namesAndValues.length; i += 2) {
                String name = ((String) namesAndValues[i]).replace('_', '-');
                Object value = namesAndValues[i + 1];
                if (value == null) {
                    xml.append('<').append(name).append(" nil=\"true\"/>");
                } else {
                    xml.append('<').append(name).append('>').append(escape(value.toString()))
                            .append("</").append(name).append('>');
                }
            }
            return xml.append("</").append(root.replace('_', '-')).append('>').toString();
        }
        JsonObjectBuilder fields = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                fields.addNull(name);
            } else if (value instanceof Boolean) {
                fields.add(name, (Boolean) value);
            } else if (value instanceof Long || value instanceof Integer) {
                fields.add(name, ((Number) value).longValue());
            } else if (value instanceof BigDecimal) {
                fields.add(name, (BigDecimal) value);
            } else {
                fields.add(name, value.toString());
            }
        }
        return Json.createObjectBuilder().add(root, fields).build().toString();
    }

    /**
     * @param call a request
     * @return it, asking for this format
     */
    Http.Call accept(Http.Call call) {
        return call.header("Accept", mediaType);
    }

    /**
     * @param call a request
     * @param root the body's root
     * @param namesAndValues its fields
     * @return it, asking for and sending this format
     */
    Http.Call send(Http.Call call, String root, Object... namesAndValues) {
        return accept(call).body(mediaType, body(root, namesAndValues));
    }

    /**
     * @param response an answer holding one resource
     * @param root its root, underscored
     * @return its fields
     */
    Map<String, String> one(Response response, String root) {
        if (this == XML) {
            XmlNode node = response.xml();
            if (!node.name.equals(root.replace('_', '-'))) {
                throw new AssertionError("root <" + node.name + ">, not <" + root.replace('_', '-') + ">: " + response);
            }
            return fields(node);
        }
        JsonObject object = response.json();
        if (!object.keySet().equals(java.util.Set.of(root))) {
            throw new AssertionError("not wrapped in " + root + ": " + response);
        }
        return fields(object.getJsonObject(root));
    }

    /**
     * @param response an answer holding a list
     * @param listRoot the list's root ({@code task_assignments})
     * @param root each item's root
     * @return the items' fields, in order
     */
    List<Map<String, String>> list(Response response, String listRoot, String root) {
        List<Map<String, String>> items = new ArrayList<>();
        if (this == XML) {
            XmlNode list = response.xml();
            if (!list.name.equals(listRoot.replace('_', '-')) || !"array".equals(list.attribute("type"))) {
                throw new AssertionError("not <" + listRoot.replace('_', '-') + " type=\"array\">: " + response);
            }
            for (XmlNode item : list.children) {
                if (!item.name.equals(root.replace('_', '-'))) {
                    throw new AssertionError("item <" + item.name + ">: " + response);
                }
                items.add(fields(item));
            }
            return items;
        }
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(response.body))) {
            array = reader.readArray();
        }
        for (JsonValue item : array) {
            items.add(fields(item.asJsonObject().getJsonObject(root)));
        }
        return items;
    }

    /**
     * @param response a list
     * @param listRoot its root
     * @param root an item's root
     * @return the ids listed, in order
     */
    List<Long> ids(Response response, String listRoot, String root) {
        List<Long> ids = new ArrayList<>();
        for (Map<String, String> item : list(response, listRoot, root)) {
            ids.add(Long.parseLong(item.get("id")));
        }
        return ids;
    }

    private static Map<String, String> fields(XmlNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlNode child : node.children) {
            fields.put(child.name.replace('-', '_'), child.isNil() ? null : child.text());
        }
        return fields;
    }

    private static Map<String, String> fields(JsonObject object) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            JsonValue value = member.getValue();
            String text;
            switch (value.getValueType()) {
                case STRING:
                    text = ((JsonString) value).getString();
                    break;
                case NUMBER:
                    text = ((JsonNumber) value).toString();
                    break;
                case TRUE:
                    text = "true";
                    break;
                case FALSE:
                    text = "false";
                    break;
                case NULL:
                    text = null;
                    break;
                default:
                    text = value.toString();
            }
            fields.put(member.getKey(), text);
        }
        return fields;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * @param location a {@code Location} header
     * @return its last segment, the new id
     */
    static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
