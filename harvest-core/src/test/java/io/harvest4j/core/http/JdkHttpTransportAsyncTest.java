package io.harvest4j.core.http;

/** Every test of {@link JdkHttpTransportTest} again, through {@link JdkHttpTransport#sendAsync}. */
class JdkHttpTransportAsyncTest extends JdkHttpTransportTest {

    @Override
    Response send(JdkHttpTransport transport, Request request) {
        return Transport.join(transport.sendAsync(request));
    }
}
