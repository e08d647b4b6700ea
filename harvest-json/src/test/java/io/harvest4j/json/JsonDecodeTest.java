package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CODEC;
import static io.harvest4j.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.json.testmodel.Gadget;
import io.harvest4j.json.testmodel.Kind;
import io.harvest4j.json.testmodel.Widget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading bodies: envelopes, and the service's lenient scalar forms. */
class JsonDecodeTest {

    private static final WireShape WRAPPED = WireShape.object("widget").build();
    private static final WireShape UNWRAPPED = WireShape.object("widget").jsonUnwrapped().build();
    private static final WireShape WRAPPED_LIST = WireShape.list("widgets", "widget").build();
    private static final WireShape UNWRAPPED_LIST = WireShape.list("widgets", "widget").jsonUnwrapped().build();

    private static Widget unwrapped(String fields) {
        return CODEC.decode(json("{" + fields + "}"), Widget.class, UNWRAPPED);
    }

    @Nested
    class Envelopes {

        @Test
        void wrappedRootMayBeHyphenated() {
            WireShape shape = WireShape.object("day_entry").build();
            Gadget gadget = CODEC.decode(json("{'day-entry':{'id':3}}"), Gadget.class, shape);

            assertThat(gadget.id()).isEqualTo(3);
        }

        @Test
        void wrongRootIsRefused() {
            assertThatThrownBy(() -> CODEC.decode(json("{'project':{'id':7}}"), Widget.class, WRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining(Widget.class.getName())
                    .hasMessageContaining("application/json")
                    .hasMessageContaining("{\"project\":{\"id\":7}}")
                    .hasMessageContaining("expected the root \"widget\", found \"project\"");
        }

        @Test
        void wrongRootNamesTheAlternates() {
            WireShape shape = WireShape.object("invoice_item_category").alsoAccepting("invoice_category").build();

            assertThatThrownBy(() -> CODEC.decode(json("{'client':{'id':7}}"), Gadget.class, shape))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("(or invoice_category)");
        }

        @Test
        void wrappedObjectWithExtraKeysIsRefused() {
            assertThatThrownBy(() -> CODEC.decode(json("{'widget':{'id':7},'other':1}"), Widget.class, WRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("expected one key, \"widget\", found [widget, other]");
        }

        @Test
        void wrappedRootHoldingNoObjectIsRefused() {
            assertThatThrownBy(() -> CODEC.decode(json("{'widget':null}"), Widget.class, WRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("at $.widget: expected an object in \"widget\", found null");
        }

        @Test
        void unwrappedBodyMustBeAnObject() {
            assertThatThrownBy(() -> CODEC.decode(json("[{'id':7}]"), Widget.class, UNWRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("expected an object, found an array");
        }

        @Test
        void nullDocumentIsRefused() {
            assertThatThrownBy(() -> CODEC.decode(json("null"), Widget.class, UNWRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("expected an object, found null");
        }

        @Test
        void listWrappedInItsRootIsAccepted() {
            List<Widget> widgets = CODEC.decodeList(json("{'widgets':[{'widget':{'id':1}}]}"), Widget.class, WRAPPED_LIST);

            assertThat(widgets).extracting(Widget::id).containsExactly(1L);
        }

        @Test
        void listItemWithWrongRootIsRefusedWithItsPlace() {
            assertThatThrownBy(() -> CODEC.decodeList(json("[{'widget':{'id':1}},{'client':{'id':2}}]"),
                    Widget.class, WRAPPED_LIST))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("at $[1]: expected the root \"widget\", found \"client\"");
        }

        @Test
        void listOfUnwrappedItemsRefusesNull() {
            assertThatThrownBy(() -> CODEC.decodeList(json("[{'id':1},null]"), Widget.class, UNWRAPPED_LIST))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("at $[1]: expected an object, found null");
        }

        @Test
        void listBodyMustBeAnArray() {
            assertThatThrownBy(() -> CODEC.decodeList(json("{'widget':{'id':1}}"), Widget.class, WRAPPED_LIST))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("expected an array of {\"widget\":{…}} (or {\"widgets\":[…]}), found an object with keys [widget]");
        }

        @Test
        void errorInsideAListItemNamesThePath() {
            assertThatThrownBy(() -> CODEC.decodeList(json("{'widgets':[{'widget':{'id':1}},{'widget':{'gadgets':[{'id':'x'}]}}]}"),
                    Widget.class, WRAPPED_LIST))
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("at $.widgets[1].widget.gadgets[0].id: \"x\" is not a number");
        }
    }

    @Nested
    class Scalars {

        @Test
        void everyKindOfField() {
            Widget widget = unwrapped("'id':1,'name':'Full','owner_id':2,'quantity':3,'rank':4,'hours':1.25,"
                    + "'active':true,'billable':true,'spent_at':'2006-10-18','created_at':'2011-06-18T17:13:22Z',"
                    + "'kind':'RATHER_LARGE','main_gadget':{'id':9,'label':'Main'},"
                    + "'gadgets':[{'id':10,'label':'A'},{'id':11,'label':'B'}],'tags':['x','y'],'related_ids':[5,'6']");

            assertThat(widget).isEqualTo(Widget.builder().id(1).name("Full").ownerId(2L).quantity(3).rank(4)
                    .hours(new BigDecimal("1.25")).active(true).billable(true).spentAt(LocalDate.of(2006, 10, 18))
                    .createdAt(OffsetDateTime.of(2011, 6, 18, 17, 13, 22, 0, ZoneOffset.UTC)).kind(Kind.RATHER_LARGE)
                    .mainGadget(Gadget.of(9, "Main")).gadgets(List.of(Gadget.of(10, "A"), Gadget.of(11, "B")))
                    .tags(List.of("x", "y")).relatedIds(List.of(5L, 6L)).build());
            assertThat(widget.gadgets()).isUnmodifiable();
        }

        @Test
        void idsAsNumericStrings() {
            Widget widget = unwrapped("'id':'123','owner_id':' 456 ','quantity':'7','rank':'8'");

            assertThat(widget.id()).isEqualTo(123L);
            assertThat(widget.ownerId()).contains(456L);
            assertThat(widget.quantity()).contains(7);
            assertThat(widget.rank()).isEqualTo(8);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'0'|0", "'-0'|0", "'007'|7", "'+7'|7", "'-42'|-42", "' 42'|42", "'42 '|42", "'4.2e1'|42", "'42.00'|42",
            "'999999999999999999'|999999999999999999", "'-999999999999999999'|-999999999999999999",
            "'9223372036854775807'|9223372036854775807", "'-9223372036854775808'|-9223372036854775808",
            "'0000000000000000000042'|42", "'١٢'|12"
        })
        void wholeNumbersInStringsReadAsBigDecimalWouldReadThem(String text, long expected) {
            assertThat(unwrapped("'id':" + text).id()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'9223372036854775808'|\"9223372036854775808\" is out of range",
            "'-'|\"-\" is not a number",
            "'--1'|\"--1\" is not a number",
            "'1-'|\"1-\" is not a number"
        })
        void stringsThatAreNoWholeNumberAreRefusedAsBefore(String text, String reason) {
            assertThatThrownBy(() -> unwrapped("'id':" + text)).isInstanceOf(CodecException.class).hasMessageContaining(reason);
        }

        @Test
        void wholeNumbersWrittenWithZeroFractions() {
            assertThat(unwrapped("'id':12.0,'owner_id':'13.00'").ownerId()).contains(13L);
        }

        @Test
        void decimalsAsStrings() {
            assertThat(unwrapped("'hours':'1.5'").hours()).contains(new BigDecimal("1.5"));
            assertThat(unwrapped("'hours':'0.87'").hours()).contains(new BigDecimal("0.87"));
            assertThat(unwrapped("'hours':2").hours()).contains(new BigDecimal("2"));
        }

        @Test
        void emptyStringsAreNullForEveryNonStringType() {
            Widget widget = unwrapped("'owner_id':'','quantity':' ','hours':'','active':'','spent_at':'',"
                    + "'created_at':'','kind':'','main_gadget':'','gadgets':''");

            assertThat(widget).isEqualTo(Widget.builder().build());
        }

        @Test
        void booleansAsStrings() {
            Widget widget = unwrapped("'active':'true','billable':'TRUE'");

            assertThat(widget.active()).contains(true);
            assertThat(widget.isBillable()).isTrue();
            assertThat(unwrapped("'active':'false'").active()).contains(false);
        }

        @Test
        void stringsFromNumbersAndBooleans() {
            assertThat(unwrapped("'name':123").name()).isEqualTo("123");
            assertThat(unwrapped("'name':1.50").name()).isEqualTo("1.50");
            assertThat(unwrapped("'name':false").name()).isEqualTo("false");
        }

        @Test
        void datesWithWhiteSpaceAroundThem() {
            assertThat(unwrapped("'spent_at':' Wed, 18 Oct 2006\\n '").spentAt()).contains(LocalDate.of(2006, 10, 18));
        }

        @Test
        void enumsByNameInAnyCase() {
            assertThat(unwrapped("'kind':'small'").kind()).contains(Kind.SMALL);
            assertThat(unwrapped("'kind':'rather-large'").kind()).contains(Kind.RATHER_LARGE);
        }

        @Test
        void unknownFieldsAreIgnored() {
            Widget widget = unwrapped("'id':1,'surprise':{'deeply':[1,2,{'x':null}]},'cache_version':3,'get_surprise':'x'");

            assertThat(widget.id()).isEqualTo(1);
        }

        @Test
        void nullsAreNull() {
            Widget widget = unwrapped("'id':null,'name':null,'owner_id':null,'rank':null,'active':null,"
                    + "'main_gadget':null,'gadgets':null,'tags':['a',null]");

            assertThat(widget.id()).isZero();
            assertThat(widget.name()).isNull();
            assertThat(widget.ownerId()).isEmpty();
            assertThat(widget.gadgets()).isNull();
            assertThat(widget.tags()).containsExactly("a", null);
        }

        @Test
        void staticFieldsAreNotProperties() {
            assertThat(unwrapped("'kind':'SMALL','k_i_n_d':'x'").kind()).contains(Kind.SMALL);
            assertThat(Widget.KIND).isEqualTo("widget");
        }

        @Test
        void hyphenatedKeysAreReadToo() {
            assertThat(unwrapped("'owner-id':5").ownerId()).contains(5L);
        }

        @Test
        void byteOrderMarkIsSkipped() {
            byte[] body = ("\uFEFF{\"id\":3}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

            assertThat(CODEC.decode(body, Widget.class, UNWRAPPED).id()).isEqualTo(3);
        }
    }

    @Nested
    class ValuesThatDoNotConvert {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'id':'abc'|at $.id: \"abc\" is not a number",
            "'id':1.5|at $.id: 1.5 is not a whole number",
            "'id':'1.5'|at $.id: \"1.5\" is not a whole number",
            "'id':99999999999999999999|at $.id: 99999999999999999999 is out of range",
            "'quantity':3000000000|at $.quantity: 3000000000 is out of range [-2147483648, 2147483647]",
            "'id':true|at $.id: expected a number, found true",
            "'id':{}|at $.id: expected a number, found an object",
            "'hours':'1,5'|at $.hours: \"1,5\" is not a number",
            "'active':'yes'|at $.active: \"yes\" is not a boolean",
            "'active':1|at $.active: expected a boolean, found 1",
            "'spent_at':'18/10/2006'|at $.spent_at: \"18/10/2006\" is not a date",
            "'spent_at':20061018|at $.spent_at: expected a date in a string, found 20061018",
            "'created_at':'2006-10-18'|at $.created_at: \"2006-10-18\" is not a date-time with an offset",
            "'kind':'HUGE'|at $.kind: \"HUGE\" is not a constant of Kind",
            "'name':{'a':1}|at $.name: expected a string, found an object",
            "'gadgets':{'id':1}|at $.gadgets: expected an array, found an object",
            "'main_gadget':[1]|at $.main_gadget: expected an object for Gadget, found an array",
            "'main_gadget':{'id':'x'}|at $.main_gadget.id: \"x\" is not a number"
        })
        void areRefusedWithTheirPlace(String fields, String reason) {
            byte[] body = json("{'widget':{" + fields + "}}");

            assertThatThrownBy(() -> CODEC.decode(body, Widget.class, WRAPPED))
                    .isInstanceOf(CodecException.class)
                    .hasMessageStartingWith("cannot decode " + Widget.class.getName() + " from application/json body \"")
                    .hasMessageContaining(reason.replace("at $.", "at $.widget."));
        }
    }
}
