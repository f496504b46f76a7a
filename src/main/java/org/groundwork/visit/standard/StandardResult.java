package org.groundwork.visit.standard;

/**
 * How one standard was met by one person, or by everyone when {@code who} is {@link #EVERYONE}: of the
 * {@code measured} items (finished ones, and unfinished ones already past the limit) {@code onTime} were on time;
 * {@code medianDays} is over the finished ones, null when none finished.
 */
public record StandardResult(String standard, String who, int measured, int onTime, Double medianDays) {

    public static final String EVERYONE = "Everyone";

    /** Share on time, 0 to 1, or null when nothing was measured. */
    public Double onTimeShare() {
        return measured == 0 ? null : (double) onTime / measured;
    }
}
