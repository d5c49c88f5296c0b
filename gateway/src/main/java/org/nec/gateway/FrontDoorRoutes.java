package org.nec.gateway;

import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service answers which path. Paths are forwarded unchanged, so each page, export and API keeps the path
 * it has on its own service. The agenda's view of a registration ({@code /api/registrations/{id}/agenda}) is
 * matched before the registration service's own {@code /api/registrations/**}. A service with several instances
 * gets its requests spread over them ({@link ServiceInstances}).
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorRoutes {

    static final String[] AGENDA = {"/programme", "/programme.ics", "/schedule.xml", "/schedule.json",
            "/agenda/**", "/my-programme/**", "/dashboard", "/dashboard/**", "/admin/programme", "/admin/programme/**",
            "/api/programme", "/api/edition", "/api/rooms", "/api/tracks", "/api/sessions/**",
            "/api/registrations/*/agenda", "/api/admin/edition", "/api/admin/rooms/**", "/api/admin/people/**",
            "/api/admin/tracks/**", "/api/admin/sessions/**", "/api/admin/schedule/**", "/api/admin/attendees/**",
            "/admin/dead-letters/agenda", "/admin/dead-letters/agenda/**", "/api/admin/dead-letters/agenda/**"};

    static final String[] REGISTRATION = {"/", "/manage/**", "/manage-link", "/check-in", "/privacy", "/css/**",
            "/favicon.ico", "/api/registrations", "/api/registrations/**", "/api/manage-links", "/api/questions",
            "/api/ticket-types", "/api/check-in", "/api/admin/registrations/**", "/api/admin/ticket-types/**",
            "/api/admin/questions/**", "/api/admin/vouchers/**", "/admin/registrations", "/admin/registrations/**",
            "/admin/ticket-types", "/admin/ticket-types/**", "/admin/vouchers", "/admin/vouchers/**",
            "/admin/questions", "/admin/questions/**", "/admin/dead-letters/registration",
            "/admin/dead-letters/registration/**", "/api/admin/dead-letters/registration/**"};

    static final String[] NOTIFICATION = {"/unsubscribe/**", "/api/unsubscribe/**", "/admin/mail", "/admin/mail/**",
            "/api/admin/notifications/**", "/admin/dead-letters/notification", "/admin/dead-letters/notification/**",
            "/api/admin/dead-letters/notification/**"};

    @Bean
    RouterFunction<ServerResponse> serviceRoutes(ServiceAddresses services, IdentityRelay relay) {
        return to("agenda", services.agenda(), AGENDA, relay)
                .and(to("notification", services.notification(), NOTIFICATION, relay))
                .and(to("registration", services.registration(), REGISTRATION, relay));
    }

    /** The instances' filter comes first: each attempt on another instance goes through the relay again. */
    private static RouterFunction<ServerResponse> to(String id, List<URI> instances, String[] paths,
                                                     IdentityRelay relay) {
        return route(id).route(path(paths), http()).filter(new ServiceInstances(id, instances, Clock.systemUTC()))
                .before(relay).build();
    }
}
