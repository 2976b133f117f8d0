package org.storyloom.search;

/** The index could not be read or written (disk, corruption, closed index). Messages start with "search: ". */
public final class SearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchException(String message) {
        super(message);
    }
}
