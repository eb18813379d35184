package org.dyad.store;

/** A store failure with a message meant for the user (which file, what to do). */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
