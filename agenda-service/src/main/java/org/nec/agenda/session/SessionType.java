package org.nec.agenda.session;

public enum SessionType {
    PLENARY, ROUNDTABLE, WORKSHOP, KEYNOTE, BREAK
}
