package io.harvest4j.xml.testmodel;

/** A test class JAXB cannot bind: a field of an interface type. */
public final class Unbindable {

    private Runnable task;

    private Unbindable() {
    }

    /** @return an instance */
    public static Unbindable create() {
        Unbindable unbindable = new Unbindable();
        unbindable.task = () -> { };
        return unbindable;
    }

    public Runnable task() {
        return task;
    }
}
