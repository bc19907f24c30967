package io.jingwu.api.units.entity;

/** What a unit is, which decides the requests it can take. */
public enum UnitKind {
    /** 派出所 */
    POLICE_STATION,
    /** 民生服务队: non-emergency, non-police disputes (双非警情) */
    LIVELIHOOD_TEAM,
    /** 乡贤调解团, 老兵驿站: social mediators */
    MEDIATION,
    /** 反诈中心 */
    ANTI_FRAUD_CENTRE,
    /** 出入境管理 */
    EXIT_ENTRY,
    /** 户政: household registration and ID cards */
    HOUSEHOLD_OFFICE,
    /** 高校社会服务联动工作站 */
    CAMPUS_STATION,
    /** 生态警长 */
    ECOLOGICAL_POLICE,
    /** Departments outside the police, reached through the 12345 hotline */
    EXTERNAL_DEPARTMENT,
    /** Takes whatever no local unit serves */
    DUTY_DESK
}
