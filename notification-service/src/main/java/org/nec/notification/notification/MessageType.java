package org.nec.notification.notification;

/** Every kind of message; the name is the delivery log's {@code type} and picks the template. */
public enum MessageType {
    REGISTRATION_CONFIRMED;

    /** Template and message-key name: {@code registration-confirmed}. */
    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
