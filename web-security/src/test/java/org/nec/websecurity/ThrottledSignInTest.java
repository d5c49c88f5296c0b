package org.nec.websecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledSignInTest {

    private static final String PASSWORD = "right-password-12";

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final List<Duration> pauses = new ArrayList<>();
    private final AuthenticationManager passwords = attempt -> {
        passwordChecks.incrementAndGet();
        if (!PASSWORD.equals(attempt.getCredentials())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_ORGANISER"));
    };
    private final ThrottledSignIn signIn = new ThrottledSignIn(passwords,
            new SignInThrottle(SignInThrottle.Policy.standard(), new SignInThrottleTest.MovableClock()), pauses::add);

    @Test
    void aLockedAccountIsRefusedLikeAWrongPasswordWithoutCheckingIt() {
        for (int i = 0; i < 5; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> signIn.authenticate(attempt(guess)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwordChecks).hasValue(5);

        assertThatThrownBy(() -> signIn.authenticate(attempt(PASSWORD)))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");

        assertThat(passwordChecks).as("no password hashed while locked").hasValue(5);
        assertThat(pauses).as("the refusal waits as long as a check typically takes")
                .containsExactly(signIn.typicalCheck());
    }

    @Test
    void theRightPasswordSignsInAndClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("guess"))).isInstanceOf(BadCredentialsException.class);
        }

        Authentication signedIn = signIn.authenticate(attempt(PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("guess"))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signIn.authenticate(attempt(PASSWORD)).isAuthenticated()).as("4 + 4 failures, never 5 in a row")
                .isTrue();
        assertThat(pauses).isEmpty();
    }

    private static Authentication attempt(String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("organiser",
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.7");
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
