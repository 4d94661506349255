package com.contas.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current VaadinSession serialized as session replication would write it. Karibu's fake
 * servlet objects are not serializable: they (and anything else that is not) are written as null
 * and named, so that a non-serializable object of the application shows up too.
 */
public record SessionSerialization(long bytes, Set<String> notSerializable) {

    public static SessionSerialization ofCurrentSession() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> skipped = new TreeSet<>();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object obj) {
                if (obj != null && !(obj instanceof Serializable)) {
                    String name = obj.getClass().getName();
                    skipped.add(
                            name.contains("$$Lambda")
                                    ? name.substring(0, name.indexOf("$$Lambda")) + " (lambda)"
                                    : name);
                    return null;
                }
                return obj;
            }
        }) {
            out.writeObject(com.vaadin.flow.server.VaadinSession.getCurrent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SessionSerialization(bytes.size(), skipped);
    }

    /** The classes of this application among what could not be written. */
    public Set<String> applicationClasses() {
        Set<String> ours = new TreeSet<>(notSerializable);
        ours.removeIf(name -> !name.startsWith("com.contas.") || name.startsWith("com.contas.testsupport."));
        return ours;
    }
}
