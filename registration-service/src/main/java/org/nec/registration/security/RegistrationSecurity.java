package org.nec.registration.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.ArrayList;
import java.util.List;

import org.nec.platform.security.OrganiserProperties;
import org.nec.platform.security.OrganiserSecurity;
import org.nec.websecurity.CsrfRules;
import org.nec.websecurity.PasswordRule;
import org.nec.websecurity.SecurityHeaders;
import org.nec.websecurity.SignInThrottle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The organiser's rules (HTTP Basic for the API, a login form for pages) plus the volunteers at the door: with {@code NEC_CHECKIN_PASSWORD} set, the account
 * {@code volunteer} may use the check-in page and API, and nothing else. Both accounts' sign-ins are throttled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RegistrationSecurity {

    static final String VOLUNTEER = "VOLUNTEER";

    @Bean
    UserDetailsService accounts(OrganiserProperties organiser, VolunteerProperties volunteer, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        users.add(User.withUsername(organiser.username()).password(encoder.encode(organiser.password()))
                .roles(OrganiserSecurity.ORGANISER).build());
        if (volunteer.password() != null && !volunteer.password().isBlank()) {
            users.add(User.withUsername(volunteer.username()).password(encoder.encode(volunteer.password()))
                    .roles(VOLUNTEER).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain registrationFilterChain(HttpSecurity http, UserDetailsService accounts,
                                               PasswordEncoder encoder, SignInThrottle throttle) throws Exception {
        return http
                .authenticationManager(OrganiserSecurity.signIn(accounts, encoder, throttle))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**", "/admin/**").hasRole(OrganiserSecurity.ORGANISER)
                        .requestMatchers("/check-in", "/api/check-in").hasAnyRole(OrganiserSecurity.ORGANISER,
                                VOLUNTEER)
                        .anyRequest().permitAll())
                .httpBasic(SecurityHeaders::basicAnswersProblem)
                .formLogin(withDefaults())
                // the API answers 401 (never a redirect to the login page); pages send people to the login page
                .exceptionHandling(SecurityHeaders::apiAnswersUnauthorized)
                .csrf(CsrfRules::apply)
                .headers(SecurityHeaders::apply)
                .build();
    }

    @ConfigurationProperties("nec.check-in")
    record VolunteerProperties(String username, String password) {

        VolunteerProperties {
            username = username == null || username.isBlank() ? "volunteer" : username;
            if (password != null && !password.isBlank()) {
                PasswordRule.requireLongEnough("NEC_CHECKIN_PASSWORD", password);
            }
        }
    }
}
