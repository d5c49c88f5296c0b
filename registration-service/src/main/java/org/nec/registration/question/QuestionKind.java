package org.nec.registration.question;

public enum QuestionKind {
    TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO
}
