package org.nec.bench.drill;

/**
 * A small programme for the drills, made through agenda-service's admin API: an edition next year (so no
 * reminder of the platform's own falls due during a drill), one room and one big workshop needing sign-up,
 * published.
 */
final class Programme {

    private Programme() {
    }

    /** The published workshop's id. */
    static String publish(DrillPlatform platform) {
        String agenda = platform.url("agenda");
        Api api = platform.api;
        expect(api.admin("PUT", agenda + "/api/admin/edition", """
                {"name":"NEC drill","venue":"Lyon","start":"2027-06-01","end":"2027-06-02",
                 "timeZone":"Europe/Paris"}"""), "the edition");
        String room = expect(api.admin("POST", agenda + "/api/admin/rooms", """
                {"name":"Grand amphi","capacity":10000}"""), "the room").json().getString("id");
        String session = expect(api.admin("POST", agenda + "/api/admin/sessions", """
                {"title":{"fr":"Atelier communs","en":"Commons workshop"},"type":"WORKSHOP","roomId":"%s",
                 "start":"2027-06-01T10:00:00+02:00","end":"2027-06-01T11:30:00+02:00","speakerIds":[],
                 "signupRequired":true}""".formatted(room)), "the session").json().getString("id");
        expect(api.admin("POST", agenda + "/api/admin/schedule/releases", ""), "the release");
        return session;
    }

    private static Api.Answer expect(Api.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("Creating " + what + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer;
    }
}
