package org.nec.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;

import org.nec.websecurity.CsrfRules;
import org.nec.websecurity.SecurityHeaders;
import org.nec.websecurity.SignInThrottle;
import org.nec.websecurity.ThrottledSignIn;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Admin endpoints ({@code /api/admin/**}) need the organiser account over HTTP Basic and answer 401 without it;
 * the organiser's pages send people to a login form; the public API and pages are open. Cookie-authenticated
 * changes need a CSRF token ({@link CsrfRules}). Failed sign-ins are throttled per account and client address
 * ({@link ThrottledSignIn}). A service that needs other accounts or roles declares its own chain, with
 * {@link #signIn} as its authentication.
 */
@AutoConfiguration(before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication
@EnableConfigurationProperties(OrganiserProperties.class)
public class OrganiserSecurity {

    public static final String ORGANISER = "ORGANISER";

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService organiserAccount(OrganiserProperties organiser, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(organiser.username())
                .password(encoder.encode(organiser.password())).roles(ORGANISER).build());
    }

    /** One per instance: counts live in memory, so behind several instances each counts on its own. */
    @Bean
    @ConditionalOnMissingBean
    SignInThrottle signInThrottle() {
        return new SignInThrottle(SignInThrottle.Policy.standard(), Clock.systemUTC());
    }

    /** The throttled password check every chain of a service authenticates with, form and HTTP Basic alike. */
    public static ThrottledSignIn signIn(UserDetailsService accounts, PasswordEncoder encoder,
                                         SignInThrottle throttle) {
        return ThrottledSignIn.of(accounts, encoder, throttle);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain organiserApiSecurity(HttpSecurity http, OrganiserProperties organiser,
                                             UserDetailsService accounts, PasswordEncoder encoder,
                                             SignInThrottle throttle) throws Exception {
        return http
                .authenticationManager(signIn(accounts, encoder, throttle))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/api/admin/**").hasRole(ORGANISER);
                    if (!organiser.pages().isEmpty()) {
                        requests.requestMatchers(organiser.pages().toArray(String[]::new)).hasRole(ORGANISER);
                    }
                    requests.anyRequest().permitAll();
                })
                .httpBasic(SecurityHeaders::basicAnswersProblem)
                .formLogin(withDefaults())
                .exceptionHandling(SecurityHeaders::apiAnswersUnauthorized)
                .csrf(CsrfRules::apply)
                .headers(SecurityHeaders::apply)
                .build();
    }
}
