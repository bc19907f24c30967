package io.jingwu.api.fraud.scams.entity;

/**
 * A tell-tale request or threat in a text, found by word lists (ScamCues) in Chinese, English and Russian. Each is
 * a step that police publicity says no genuine official, bank or shop ever asks for.
 */
public enum ScamCue {
    /** Money to be moved to a "safe account" (安全账户) or for an asset check (资金清查). */
    SAFE_ACCOUNT,
    /** Asked to tell, read out or send a verification code; not a bank's notice saying never to share it. */
    VERIFICATION_CODE_REQUEST,
    /** Asked to share the screen, in a meeting app or a remote-control app. */
    SCREEN_SHARING,
    /** Asked to download or install an app from a link or an unknown source. */
    REMOTE_OR_UNKNOWN_APP_DOWNLOAD,
    /** A fee, deposit or tax to be paid first (解冻费, 保证金, unlock fee). */
    ADVANCE_FEE,
    /** Told to keep it from family, friends or the bank. */
    SECRECY,
    /** Pressed for time (马上, within 30 minutes). */
    URGENCY,
    /** Threatened with a criminal case, arrest or a warrant (涉嫌洗钱, 通缉, arrest warrant). */
    ARREST_OR_CASE_THREAT
}
