package org.nec.gateway;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.nec.events.Language;
import org.nec.websecurity.CsrfRules;
import org.nec.websecurity.SignInThrottle;
import org.nec.websecurity.ThrottledSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Sign-in at the front door: a form at {@code /admin}, a session kept in the {@code NEC_SESSION} cookie (HttpOnly,
 * SameSite=Lax, Secure behind HTTPS), sign-out at {@code POST /logout}. Console pages need the organiser (the
 * welcome desk also lets volunteers in); everything else is forwarded as it comes, and each service applies its
 * own rules.
 * <p>
 * Every state-changing request that rides on the session needs the CSRF token, {@code /api/admin/**} included.
 * The token lives in the {@code XSRF-TOKEN} cookie the services use too, so the forms they render carry the token
 * checked here ({@link CsrfRules}). Requests that bring their own {@code Authorization} header are API clients and
 * need none.
 * <p>
 * Failed sign-ins are throttled per account and client address ({@link ThrottledSignIn}); a refused attempt shows
 * the form's usual error.
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorSecurity {

    static final String SESSION_COOKIE = "NEC_SESSION";
    static final String SIGN_IN = "/admin";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(Accounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        users.add(User.withUsername(accounts.organiser().username())
                .password(encoder.encode(accounts.organiser().password())).roles(Accounts.ORGANISER).build());
        if (accounts.checkIn().enabled()) {
            users.add(User.withUsername(accounts.checkIn().username())
                    .password(encoder.encode(accounts.checkIn().password())).roles(Accounts.VOLUNTEER).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** Counts live in memory: several front doors each count on their own. */
    @Bean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(SignInThrottle.Policy.standard(), Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain frontDoor(HttpSecurity http, UserDetailsService accounts, PasswordEncoder encoder,
                                  SignInThrottle throttle) throws Exception {
        return http
                .authenticationManager(ThrottledSignIn.of(accounts, encoder, throttle))
                .authorizeHttpRequests(requests -> requests
                        // the sign-in page itself, whatever notice it shows (?error, ?signed-out, ?lang=en)
                        .requestMatchers(SIGN_IN).permitAll()
                        .requestMatchers("/check-in").hasAnyRole(Accounts.ORGANISER, Accounts.VOLUNTEER)
                        .requestMatchers("/dashboard", "/dashboard/**", "/admin/**")
                        .hasRole(Accounts.ORGANISER)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN)
                        .failureUrl(SIGN_IN + "?error").successHandler(landing()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .deleteCookies(SESSION_COOKIE).permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfRules.tokenRepository())
                        .requireCsrfProtectionMatcher(FrontDoorSecurity::ridesOnTheSession))
                // the services write their own security headers on what they answer; the sign-in page gets its own
                .headers(headers -> headers.disable())
                .build();
    }

    /** After signing in: the page that was asked for, else the dashboard (the welcome desk for volunteers). */
    private static AuthenticationSuccessHandler landing() {
        HttpSessionRequestCache saved = new HttpSessionRequestCache();
        return (request, response, authentication) -> {
            SavedRequest asked = saved.getRequest(request, response);
            boolean volunteer = authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + Accounts.VOLUNTEER));
            String lang = Language.of(request.getParameter("lang")).english() ? "?lang=en" : "";
            String target = asked != null ? asked.getRedirectUrl() : (volunteer ? "/check-in" : "/dashboard") + lang;
            saved.removeRequest(request, response);
            response.sendRedirect(target);
        };
    }

    static boolean ridesOnTheSession(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI();
        return request.getRequestedSessionId() != null || path.equals(SIGN_IN) || path.equals("/logout");
    }
}
