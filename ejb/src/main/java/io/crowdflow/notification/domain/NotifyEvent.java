package io.crowdflow.notification.domain;

import java.util.regex.Pattern;

/** What a notify step announces, as the model names it: dotted lower-case words such as {@code task.settled}. */
public final class NotifyEvent {

    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*){0,5}");
    public static final Pattern TARGET = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private NotifyEvent() {
    }

    public static boolean isValidName(String event) {
        return event != null && event.length() <= 100 && NAME.matcher(event).matches();
    }

    public static boolean isValidTarget(String target) {
        return target != null && TARGET.matcher(target).matches();
    }
}
