package io.jingwu.api.personaldata.entity;

/** The personal data a request holds, each stored encrypted and shown masked unless revealed. */
public enum PersonalField {
    CONTACT_NAME, CONTACT_PHONE, ADDRESS, DESCRIPTION, ANSWERS
}
