package org.nec.platform.security;

import static org.springframework.security.config.Customizer.withDefaults;

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
 * changes need a CSRF token ({@link CsrfRules}). A service that needs other accounts or roles declares its own
 * chain.
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

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain organiserApiSecurity(HttpSecurity http, OrganiserProperties organiser) throws Exception {
        return http
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/api/admin/**").hasRole(ORGANISER);
                    if (!organiser.pages().isEmpty()) {
                        requests.requestMatchers(organiser.pages().toArray(String[]::new)).hasRole(ORGANISER);
                    }
                    requests.anyRequest().permitAll();
                })
                .httpBasic(withDefaults())
                .formLogin(withDefaults())
                .exceptionHandling(SecurityHeaders::apiAnswersUnauthorized)
                .csrf(CsrfRules::apply)
                .headers(SecurityHeaders::apply)
                .build();
    }
}
