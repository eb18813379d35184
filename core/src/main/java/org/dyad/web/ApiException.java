package org.dyad.web;

/** A request that cannot be answered: becomes a JSON error {@code {"error", "status"}} with this status. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() { return status; }

    static ApiException badRequest(String message) { return new ApiException(400, message); }

    static ApiException notFound(String message) { return new ApiException(404, message); }
}
