package org.storyloom.store;

/** The store failed for a reason the caller cannot fix: disk full, corrupt file, lock held too long. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
