package org.nec.notification.dispatch;

/**
 * A message's Message-ID, {@code <TYPE.key@sender-domain>}: the same on every send of the message (a retry, or a
 * resend after a crash between the mail server's acceptance and the SENT mark), so that mail clients which
 * deduplicate by Message-ID show it once.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** The Message-ID of the message {@code notificationId} sent from {@code from} (an address, maybe named). */
    static String of(String notificationId, String from) {
        String address = from.replaceAll(".*<|>.*", "");
        String domain = address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : "localhost";
        // ':' separates the parts of a notification id but is not allowed on the left of a Message-ID
        return "<" + notificationId.replace(':', '.') + "@" + domain + ">";
    }
}
