package org.neuromsk.backend;

/**
 * Whether a backend can be used on this machine, and why not.
 *
 * @param available true when {@link BackendProvider#create()} is expected to succeed
 * @param detail where it was found, or the reason it was not (one line)
 */
public record Availability(boolean available, String detail) {

    /** @param detail where it was found @return an available result */
    public static Availability yes(String detail) {
        return new Availability(true, detail);
    }

    /** @param reason why not @return an unavailable result */
    public static Availability no(String reason) {
        return new Availability(false, reason);
    }
}
