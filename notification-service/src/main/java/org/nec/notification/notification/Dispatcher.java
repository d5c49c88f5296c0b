package org.nec.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.nec.notification.contact.Contact;
import org.nec.notification.mail.CheckInQrCode;
import org.nec.notification.mail.MailTemplates;
import org.nec.notification.unsubscribe.UnsubscribeLinks;
import org.springframework.core.io.ByteArrayResource;
import org.nec.platform.logging.PersonalData;
import org.nec.platform.work.PollingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends due messages: claims a batch (each with a lease, so other instances skip them), renders them in the
 * recipient's language and sends the batch over a few SMTP connections, recording each message's outcome as soon as the mail server
 * answered it.
 */
@Component
public class Dispatcher extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    /** The templates show the check-in code as {@code <img src="cid:checkin-qr">}. */
    static final String QR_CONTENT_ID = "checkin-qr";

    /** Below this, one connection sends the whole batch. */
    private static final int MIN_PER_CONNECTION = 25;
    /** Messages sent in one SMTP conversation. */
    private static final int CHUNK = 50;
    /** Longest wait between rounds while the mail server or the store does not answer. */
    private static final java.time.Duration MAX_BACK_OFF = java.time.Duration.ofSeconds(10);

    static {
        // jakarta.mail looks its stream provider up through the ServiceLoader for every body part it creates or
        // writes (jakartaee/mail-api#861), reading every jar's service files: most of the time a burst of mail
        // took. Naming the provider makes it one class lookup.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final String owner = "dispatcher-" + UUID.randomUUID();
    private final Notifications notifications;
    private final MailTemplates templates;
    private final JavaMailSender mailSender;
    private final NotificationProperties properties;
    private final SessionDetails sessions;
    private final CalendarAttachment calendars;
    private final UnsubscribeLinks unsubscribeLinks;
    private final ProgrammeLinks programmeLinks;
    private final LinkSecrets linkSecrets;
    private final ExecutorService senders;
    private final Clock clock;
    private final DueMessages due;
    private volatile boolean stopping;
    private volatile long lastSweep;

    Dispatcher(Notifications notifications, MailTemplates templates, JavaMailSender mailSender,
               NotificationProperties properties, SessionDetails sessions, CalendarAttachment calendars,
               UnsubscribeLinks unsubscribeLinks, ProgrammeLinks programmeLinks, LinkSecrets linkSecrets,
               Clock clock, DueMessages due) {
        super("notification-dispatcher", properties.pollInterval(), MAX_BACK_OFF);
        this.due = due;
        // the first round looks through the log at once: what fell due while the service was down goes out first
        this.lastSweep = System.nanoTime() - properties.pollInterval().toNanos();
        due.onSooner(this::wake);
        this.notifications = notifications;
        this.templates = templates;
        this.mailSender = mailSender;
        this.properties = properties;
        this.sessions = sessions;
        this.calendars = calendars;
        this.unsubscribeLinks = unsubscribeLinks;
        this.programmeLinks = programmeLinks;
        this.linkSecrets = linkSecrets;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(properties.connections(), task -> {
            Thread thread = new Thread(task, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Lets the parts being sent finish (each stops at its next chunk), before the store closes. */
    @jakarta.annotation.PreDestroy
    void closeConnections() throws InterruptedException {
        stopping = true;
        senders.shutdown();
        if (!senders.awaitTermination(properties.lease().toMillis() / 2, TimeUnit.MILLISECONDS)) {
            log.warn("Mail still being sent at shutdown: it is sent again once its lease has expired");
        }
    }

    @Override
    public void stop() {
        stopping = true;
        super.stop();
    }

    @Override
    public void start() {
        stopping = false;
        super.start();
    }

    /** Until the soonest known message falls due, or the next look through the log (the safety net). */
    @Override
    protected java.time.Duration untilNextRound() {
        java.time.Duration toSweep = properties.pollInterval().minusNanos(System.nanoTime() - lastSweep);
        if (due.sweepAsked() || toSweep.isNegative()) {
            return java.time.Duration.ZERO;
        }
        return due.next().map(next -> java.time.Duration.between(clock.instant(), next))
                .filter(toNext -> toNext.compareTo(toSweep) < 0)
                .map(toNext -> toNext.isNegative() ? java.time.Duration.ZERO : toNext).orElse(toSweep);
    }

    @Override
    protected boolean runOnce() throws InterruptedException {
        if (due.sweepAsked() || System.nanoTime() - lastSweep >= properties.pollInterval().toNanos()) {
            lastSweep = System.nanoTime();
            due.sweep();
        }
        Instant claimedAt = clock.instant();
        List<Notification> claimed = notifications.claimDue(owner, properties.batchSize());
        if (claimed.isEmpty()) {
            return false;
        }
        SessionDetails.Snapshot snapshot = sessions.read(claimed);
        // the batch is shared out over several SMTP connections, each sending its part in one conversation
        int parts = Math.max(1, Math.min(properties.connections(), claimed.size() / MIN_PER_CONNECTION));
        List<Future<?>> sending = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            List<Notification> share = claimed.subList(claimed.size() * part / parts,
                    claimed.size() * (part + 1) / parts);
            sending.add(senders.submit(() -> composeAndSend(share, snapshot, claimedAt)));
        }
        // the parts run to their end even when the worker is asked to stop: they give back what they did not send,
        // and every outcome is recorded while the store is still there
        boolean interrupted = false;
        for (Future<?> part : sending) {
            while (true) {
                try {
                    part.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stopping = true;
                } catch (ExecutionException e) {
                    // each part records its own outcomes; what it could not record is sent again after the lease
                    log.error("A part of the batch failed", PersonalData.masked(e.getCause()));
                    break;
                }
            }
        }
        if (interrupted) {
            throw new InterruptedException("stopping");
        }
        return claimed.size() >= properties.batchSize();
    }

    /**
     * Sends a part chunk by chunk (one SMTP conversation each), recording each message's outcome right after it.
     * Once half the lease is gone (a slow mail server), what is left is leased again before the next chunk, so the
     * lease never runs out during a send, and what was cancelled or taken over meanwhile is left out. Asked to
     * stop, the part gives back what it has not sent yet.
     */
    private void composeAndSend(List<Notification> part, SessionDetails.Snapshot snapshot, Instant leasedAt) {
        List<Notification> left = part;
        Instant renewBy = leasedAt.plus(properties.lease().dividedBy(2));
        while (!left.isEmpty()) {
            if (stopping) {
                notifications.giveBack(left, owner);
                return;
            }
            if (!clock.instant().isBefore(renewBy)) {
                renewBy = clock.instant().plus(properties.lease().dividedBy(2));
                left = notifications.renew(left, owner);
                continue;
            }
            List<Notification> chunk = left.subList(0, Math.min(left.size(), CHUNK));
            left = left.subList(chunk.size(), left.size());
            sendChunk(chunk, snapshot);
        }
    }

    private void sendChunk(List<Notification> claimed, SessionDetails.Snapshot snapshot) {
        Map<MimeMessage, Notification> batch = new LinkedHashMap<>();
        for (Notification drafted : claimed) {
            Notification next = toCurrentAddress(drafted, snapshot);
            Optional<String> pointless = sessions.whyPointless(next, snapshot);
            if (pointless.isPresent()) {
                log.info("Dropping {}: {}", next.id(), pointless.get());
                notifications.drop(next, owner, pointless.get());
                continue;
            }
            try {
                batch.put(compose(next, snapshot), next);
            } catch (MessagingException | RuntimeException e) {
                log.error("Cannot compose message {}", next.id(), PersonalData.masked(e));
                notifications.markAttemptFailed(next, owner, "cannot compose: " + e.getMessage());
            }
        }
        if (!batch.isEmpty()) {
            send(batch);
        }
    }

    /** Each message is recorded as sent right after the mail server accepted it, not once its chunk is out. */
    private void send(Map<MimeMessage, Notification> batch) {
        MailConversation.send(mailSender, batch, notification -> notifications.markSent(notification, owner),
                (notification, failure) -> {
                    // a mail server's refusal usually quotes the recipient's address
                    log.warn("Sending {} failed (attempt {}): {}", notification.id(), notification.attempts(),
                            PersonalData.masked(failure.getMessage()));
                    notifications.markAttemptFailed(notification, owner, String.valueOf(failure.getMessage()));
                });
    }

    /**
     * A message goes to the person's address and in their language as they are now: a registration updated since
     * the message was drafted (a corrected address, another language) is followed.
     */
    private Notification toCurrentAddress(Notification notification, SessionDetails.Snapshot snapshot) {
        Contact contact = snapshot.contacts().get(notification.registrationId());
        if (contact == null || contact.email() == null || notification.type() == MessageType.ERASURE_CONFIRMED) {
            return notification;
        }
        String language = Notifications.language(contact.language());
        if (contact.email().equals(notification.recipient()) && language.equals(notification.language())) {
            return notification;
        }
        return notification.addressedTo(contact.email(), language,
                templates.subject(notification.type().template(), Locale.forLanguageTag(language)));
    }

    private static void attach(MimeMessageHelper helper, String ics) {
        try {
            helper.addAttachment(CalendarAttachment.FILE_NAME,
                    new ByteArrayResource(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    CalendarAttachment.CONTENT_TYPE);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage compose(Notification stored, SessionDetails.Snapshot snapshot) throws MessagingException {
        Notification notification = linkSecrets.open(stored);
        Locale locale = Locale.forLanguageTag(notification.language());
        Map<String, Object> model = new java.util.HashMap<>(notification.model() == null ? Map.of()
                : notification.model());
        model.putAll(sessions.describe(notification, locale, snapshot));
        model.putAll(programmeLinks.of(notification, snapshot.contacts().get(notification.registrationId())));
        boolean optional = notification.type().isReminder();
        if (optional) {
            model.put("unsubscribeUrl", unsubscribeLinks.page(notification.registrationId()) + "?lang="
                    + locale.getLanguage());
        }
        var body = templates.render(notification.type().template(), locale, model);
        MimeMessage message = mailSender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(body.text(), body.html());
        if (notification.model() != null && notification.model().get("checkInCode") instanceof String code) {
            helper.addInline(QR_CONTENT_ID, new ByteArrayResource(CheckInQrCode.png(code)), "image/png");
        }
        calendars.of(notification, locale, snapshot).ifPresent(ics -> attach(helper, ics));
        if (optional) {
            // RFC 8058: mail clients offer one-click unsubscribe from these
            message.setHeader("List-Unsubscribe", "<" + unsubscribeLinks.oneClick(notification.registrationId()) + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Content-Language", locale.getLanguage());
        message.setHeader("X-NEC-Notification-Id", notification.id());
        // the same on every send of this message (a retry, or a resend after a crash between the mail server's
        // acceptance and the SENT mark), so that mail clients which deduplicate by Message-ID show it once
        message.setHeader("Message-ID", messageId(notification.id(), properties.from()));
        return message;
    }

    static String messageId(String notificationId, String from) {
        String address = from.replaceAll(".*<|>.*", "");
        String domain = address.contains("@") ? address.substring(address.lastIndexOf('@') + 1) : "localhost";
        // ':' separates the parts of a notification id but is not allowed on the left of a Message-ID
        return "<" + notificationId.replace(':', '.') + "@" + domain + ">";
    }
}
