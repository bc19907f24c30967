package io.jingwu.chatbot.dialog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import io.jingwu.api.requests.entity.TrackingNumber;
import org.junit.jupiter.api.Test;

class TrackingNumberMentionsTest {

    private final TrackingNumber number = TrackingNumber.random(new Random(1));

    @Test
    void findsANumberInASentenceHoweverItIsWritten() {
        assertEquals(number, TrackingNumberMentions.find("帮我查一下" + number.formatted() + "到哪一步了").orElseThrow());
        assertEquals(number, TrackingNumberMentions.find("status of " + number.value().toLowerCase() + " please").orElseThrow());
    }

    @Test
    void aMisreadNumberIsACandidateButNotATrackingNumber() {
        String misread = number.value().substring(0, 11) + (number.value().charAt(11) == 'A' ? 'B' : 'A');
        assertTrue(TrackingNumberMentions.find("查询 " + misread).isEmpty());
        assertEquals(misread, TrackingNumberMentions.candidate("查询 " + misread).orElseThrow());
    }

    @Test
    void ordinaryWordsAndPhoneNumbersAreNotCandidates() {
        assertTrue(TrackingNumberMentions.candidate("my phone is 138001380001").isEmpty());
        assertTrue(TrackingNumberMentions.candidate("international passport").isEmpty());
    }
}
