package org.nec.websecurity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in (form or HTTP Basic) behind a {@link SignInThrottle}. A locked account or address is refused before its
 * password is hashed, so guessing costs the server no CPU, with the very answer a wrong password gets. The refusal
 * waits as long as a real check typically takes (a parked thread, no CPU), so the answer's timing does not tell a
 * lock from a wrong password either.
 */
public final class ThrottledSignIn implements AuthenticationManager {

    private final AuthenticationManager passwordCheck;
    private final SignInThrottle throttle;
    private final Consumer<Duration> pause;
    private final AtomicLong typicalCheckNanos = new AtomicLong();

    public ThrottledSignIn(AuthenticationManager passwordCheck, SignInThrottle throttle, Consumer<Duration> pause) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.pause = pause;
    }

    /** The accounts' password check, throttled; refusals wait without burning CPU. */
    public static ThrottledSignIn of(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(new ProviderManager(passwords), throttle, ThrottledSignIn::park);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account = String.valueOf(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        if (throttle.isLocked(account, address)) {
            pause.accept(Duration.ofNanos(typicalCheckNanos.get()));
            throw new BadCredentialsException("Bad credentials");
        }
        long started = System.nanoTime();
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.succeeded(account, address);
            return signedIn;
        } catch (AuthenticationException wrong) {
            throttle.failed(account, address);
            throw wrong;
        } finally {
            remember(System.nanoTime() - started);
        }
    }

    Duration typicalCheck() {
        return Duration.ofNanos(typicalCheckNanos.get());
    }

    /** A moving average of the last checks, so that a slower or faster machine is followed. */
    private void remember(long nanos) {
        typicalCheckNanos.getAndUpdate(typical -> typical == 0 ? nanos : (typical * 7 + nanos) / 8);
    }

    private static void park(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        // parkNanos may return early; bounded by the deadline
        for (long left = duration.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
