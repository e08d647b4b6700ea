package io.harvest4j.xml.internal;

import javax.xml.stream.XMLStreamException;

/**
 * Why the codec refused a body, in one line a person can act on ({@code line 3: <hours> holds
 * 'abc', not a decimal number}); the parser's or JAXB's own exception, if any, is the cause. Thrown
 * by the reader from inside JAXB's parse, hence a {@link XMLStreamException}.
 */
final class RejectedXmlException extends XMLStreamException {

    private static final long serialVersionUID = 1L;

    RejectedXmlException(String reason) {
        super(reason);
    }

    RejectedXmlException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
