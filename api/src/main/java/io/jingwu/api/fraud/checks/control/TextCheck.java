package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.links.control.LinkInspector;
import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.lists.control.ValuesInText;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.scams.control.ScamCues;
import io.jingwu.api.fraud.scams.control.ScamReader;
import io.jingwu.api.fraud.scams.entity.CueFinding;
import io.jingwu.api.fraud.scams.entity.ScamCue;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.fraud.scams.entity.ScamVerdict;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A message, a chat or a citizen's own account of a call. Three kinds of evidence, the strongest winning:
 * <ul>
 *     <li>the text model's reading: a scam of a kind, not a scam, or not sure (preferred to a guess);</li>
 *     <li>the tell-tale requests found by word lists: a "safe account", a code, the screen, a fee first; these are
 *     what no genuine official or bank ever asks, so one of them is danger whatever the model thinks;</li>
 *     <li>the phones, links and accounts in the text, each checked on its own against the list and the reports.</li>
 * </ul>
 * Text in a language the model does not read (Russian) is judged by the requests and values alone, and the answer
 * says so.
 */
@ApplicationScoped
public class TextCheck {

    /** Requests no genuine official, bank or shop makes: any one of them is danger. */
    private static final Set<ScamCue> DANGEROUS =
            EnumSet.of(ScamCue.SAFE_ACCOUNT, ScamCue.VERIFICATION_CODE_REQUEST, ScamCue.SCREEN_SHARING, ScamCue.ADVANCE_FEE);

    @Inject
    ScamReader model;

    @Inject
    LinkInspector links;

    @Inject
    PhoneCheck phones;

    @Inject
    AccountCheck accounts;

    @Inject
    LinkCheck linkCheck;

    public Verdict check(String text) {
        Verdict.Builder verdict = new Verdict.Builder();
        addFindings(text, verdict);
        return verdict.build();
    }

    /** The text's findings, added to a verdict that may hold others (an officer check's). */
    public void addFindings(String text, Verdict.Builder verdict) {
        ScamReading reading = model.read(text);
        List<CueFinding> cues = ScamCues.find(text);
        addReading(reading, cues.stream().anyMatch(cue -> cue.cue() != ScamCue.URGENCY), verdict);
        addCues(cues, verdict);
        for (ValuesInText.Found found : ValuesInText.in(text)) {
            if (found.value().kind() == ListKind.PHONE) {
                verdict.extracted("phone", found.written(), phones.check(found.written()));
            } else {
                verdict.extracted("account", found.value().normalised(), accounts.check(found.value()));
            }
        }
        for (InspectedLink link : links.inspectAll(text)) {
            verdict.extracted("url", link.url(), linkCheck.check(link));
        }
    }

    private static void addReading(ScamReading reading, boolean tellTale, Verdict.Builder verdict) {
        if (!reading.languageRead()) {
            verdict.add(Risk.SAFE, "text-language-not-read");
            return;
        }
        if (reading.verdict() == ScamVerdict.SCAM) {
            verdict.scamKind(reading.kind())
                    .add(Risk.DANGER, "text-scam", kindName(reading.kind()))
                    .advise(adviceFor(reading.kind()));
        } else if (reading.verdict() == ScamVerdict.NOT_SURE && !tellTale) {
            verdict.add(Risk.CAUTION, "text-not-sure");
        } else if (reading.verdict() == ScamVerdict.NOT_SCAM && !tellTale) {
            verdict.add(Risk.SAFE, "text-looks-ordinary");
        }
    }

    private static void addCues(List<CueFinding> cues, Verdict.Builder verdict) {
        long warnings = cues.stream().map(CueFinding::cue).filter(cue -> cue != ScamCue.URGENCY).distinct().count();
        for (CueFinding cue : cues) {
            Risk risk = DANGEROUS.contains(cue.cue()) || warnings >= 2 ? Risk.DANGER : Risk.CAUTION;
            if (cue.cue() == ScamCue.URGENCY && warnings == 0) {
                continue;   // haste alone is everyday life
            }
            verdict.add(risk, "cue-" + cue.cue().name().toLowerCase(Locale.ROOT).replace('_', '-'), cue.matched());
            switch (cue.cue()) {
                case SAFE_ACCOUNT, ARREST_OR_CASE_THREAT -> verdict.advise(Advice.POLICE_NEVER_ASK_FOR_MONEY);
                case VERIFICATION_CODE_REQUEST, SCREEN_SHARING, REMOTE_OR_UNKNOWN_APP_DOWNLOAD ->
                        verdict.advise(Advice.NEVER_SHARE_CODES_OR_SCREEN);
                default -> verdict.advise(Advice.DO_NOT_TRANSFER);
            }
        }
    }

    private static Refusal.Worded kindName(ScamKind kind) {
        return language -> Messages.text(language, "fraud.kind." + kind.name());
    }

    private static Advice[] adviceFor(ScamKind kind) {
        return switch (kind) {
            case IMPERSONATING_OFFICIALS -> new Advice[] {Advice.POLICE_NEVER_ASK_FOR_MONEY, Advice.HANG_UP_AND_CALL_BACK_OFFICIAL};
            case FAKE_CUSTOMER_SERVICE, LOAN_CREDIT ->
                    new Advice[] {Advice.HANG_UP_AND_CALL_BACK_OFFICIAL, Advice.NEVER_SHARE_CODES_OR_SCREEN};
            case IMPERSONATING_ACQUAINTANCE, FAKE_RELATIVE -> new Advice[] {Advice.CALL_THE_PERSON_ON_A_KNOWN_NUMBER};
            default -> new Advice[] {Advice.DO_NOT_TRANSFER, Advice.CALL_BANK_TO_STOP_PAYMENT};
        };
    }
}
