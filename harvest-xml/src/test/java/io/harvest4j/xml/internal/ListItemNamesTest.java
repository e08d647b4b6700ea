package io.harvest4j.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list's items are recognised by the name JAXB expects or, as Rails names the items of an array,
 * by the singular of a plural name: so models need no names in their annotations.
 */
class ListItemNamesTest {

    @ParameterizedTest(name = "<{0}> in a list of {1}: {2}")
    @CsvSource({
        "dayEntry, dayEntries, true",
        "project, projects, true",
        "task, tasks, true",
        "address, addresses, true",
        "category, categories, true",
        "task, task, true",
        "dayEntries, dayEntries, true",
        "project, tasks, false",
        "projectx, projects, false",
        "categor, categories, false",
        "dayEntry, entries, false"
    })
    void recognisesItemsByTheirOwnOrTheirSingularName(String property, String itemName, boolean item) {
        assertThat(ModelBindings.isItemName(property, itemName)).isEqualTo(item);
    }
}
