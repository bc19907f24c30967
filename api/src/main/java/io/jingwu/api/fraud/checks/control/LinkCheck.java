package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.links.control.LinkInspector;
import io.jingwu.api.fraud.links.control.NotALinkException;
import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFinding;
import io.jingwu.api.fraud.links.entity.ProtectedDomain;
import io.jingwu.api.fraud.lists.control.LinkValues;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * A link or domain: what the link inspector finds in it (an imitated bank, a spoofed international name, a
 * shortener), and what the list and the reports say of its address and its domains.
 */
@ApplicationScoped
public class LinkCheck {

    @Inject
    LinkInspector inspector;

    @Inject
    ListedAndReported listedAndReported;

    /** @throws NotCheckableException when the text is no link or domain, or its international name is broken */
    public Verdict check(String text) {
        try {
            return check(inspector.inspect(text));
        } catch (NotALinkException notALink) {
            throw new NotCheckableException("not-a-link");
        }
    }

    public Verdict check(InspectedLink link) {
        Verdict.Builder verdict = new Verdict.Builder();
        for (LinkFinding finding : link.findings()) {
            Risk risk = switch (finding.severity()) {
                case DANGER -> Risk.DANGER;
                case CAUTION -> Risk.CAUTION;
                case REASSURING -> Risk.SAFE;
            };
            verdict.add(risk, "link-" + finding.code().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    link.unicodeHost(), detail(finding));
        }
        boolean known = listedAndReported.addFindings(LinkValues.listingsOf(link), verdict);
        if (link.findings().isEmpty() && !known) {
            verdict.add(Risk.SAFE, "link-nothing-known", link.unicodeHost());
        }
        if (verdict.risk() != Risk.SAFE) {
            verdict.advise(Advice.DO_NOT_OPEN_LINK);
        }
        return verdict.build();
    }

    /** A finding's detail as a citizen reads it: the organisation a protected domain belongs to, named in their language. */
    private Object detail(LinkFinding finding) {
        return inspector.protectedDomains().byDomain(finding.detail())
                .<Object>map(domain -> (Refusal.Worded) language -> owner(domain, language) + " (" + domain.domain() + ")")
                .orElse(finding.detail());
    }

    private static String owner(ProtectedDomain domain, Language language) {
        return language == Language.ZH ? domain.ownerZh() : domain.ownerEn();
    }
}
