-- Rule settings and the working-day calendar (module org.bangfu.settings). Runs on PostgreSQL and H2 2.x.

-- Exceptions to "Monday to Friday are working days": statutory holidays (working = FALSE) and make-up working days
-- on weekends (调休上班, working = TRUE). Holidays that fall on a weekend are stored too, for display only.
-- Provisional rows are derived from the statutory holiday dates before the State Council has published the year's
-- schedule; an administrator replaces them when the notice (国务院办公厅关于某年部分节假日安排的通知) appears.
CREATE TABLE work_calendar (
    cal_date    DATE         PRIMARY KEY,
    working     BOOLEAN      NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    provisional BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by  VARCHAR(64)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Versioned rule values per division and effective date. A lookup takes the latest version not after the date,
-- of the division, else its city (xxxx00), else its province (xx0000), else the national default (000000).
-- Allowed keys and ranges are checked in Java (settings.internal.KnownSettings).
CREATE TABLE rule_setting (
    setting_key    VARCHAR(100)  NOT NULL,
    division_code  CHAR(6)       NOT NULL,
    effective_from DATE          NOT NULL,
    setting_value  NUMERIC(14,4) NOT NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (setting_key, division_code, effective_from)
);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号).
INSERT INTO work_calendar (cal_date, working, name, provisional, changed_by) VALUES
 (DATE '2025-01-01', FALSE, '元旦', FALSE, 'system'),
 (DATE '2025-01-26', TRUE,  '春节', FALSE, 'system'),
 (DATE '2025-01-28', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-01-29', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-01-30', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-01-31', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-02-01', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-02-02', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-02-03', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-02-04', FALSE, '春节', FALSE, 'system'),
 (DATE '2025-02-08', TRUE,  '春节', FALSE, 'system'),
 (DATE '2025-04-04', FALSE, '清明节', FALSE, 'system'),
 (DATE '2025-04-05', FALSE, '清明节', FALSE, 'system'),
 (DATE '2025-04-06', FALSE, '清明节', FALSE, 'system'),
 (DATE '2025-04-27', TRUE,  '劳动节', FALSE, 'system'),
 (DATE '2025-05-01', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2025-05-02', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2025-05-03', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2025-05-04', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2025-05-05', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2025-05-31', FALSE, '端午节', FALSE, 'system'),
 (DATE '2025-06-01', FALSE, '端午节', FALSE, 'system'),
 (DATE '2025-06-02', FALSE, '端午节', FALSE, 'system'),
 (DATE '2025-09-28', TRUE,  '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-01', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-02', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-03', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-04', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-05', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-06', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-07', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-08', FALSE, '国庆节、中秋节', FALSE, 'system'),
 (DATE '2025-10-11', TRUE,  '国庆节、中秋节', FALSE, 'system');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知.
INSERT INTO work_calendar (cal_date, working, name, provisional, changed_by) VALUES
 (DATE '2026-01-01', FALSE, '元旦', FALSE, 'system'),
 (DATE '2026-01-02', FALSE, '元旦', FALSE, 'system'),
 (DATE '2026-01-03', FALSE, '元旦', FALSE, 'system'),
 (DATE '2026-01-04', TRUE,  '元旦', FALSE, 'system'),
 (DATE '2026-02-14', TRUE,  '春节', FALSE, 'system'),
 (DATE '2026-02-15', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-16', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-17', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-18', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-19', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-20', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-21', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-22', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-23', FALSE, '春节', FALSE, 'system'),
 (DATE '2026-02-28', TRUE,  '春节', FALSE, 'system'),
 (DATE '2026-04-04', FALSE, '清明节', FALSE, 'system'),
 (DATE '2026-04-05', FALSE, '清明节', FALSE, 'system'),
 (DATE '2026-04-06', FALSE, '清明节', FALSE, 'system'),
 (DATE '2026-05-01', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2026-05-02', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2026-05-03', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2026-05-04', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2026-05-05', FALSE, '劳动节', FALSE, 'system'),
 (DATE '2026-05-09', TRUE,  '劳动节', FALSE, 'system'),
 (DATE '2026-06-19', FALSE, '端午节', FALSE, 'system'),
 (DATE '2026-06-20', FALSE, '端午节', FALSE, 'system'),
 (DATE '2026-06-21', FALSE, '端午节', FALSE, 'system'),
 (DATE '2026-09-20', TRUE,  '国庆节', FALSE, 'system'),
 (DATE '2026-09-25', FALSE, '中秋节', FALSE, 'system'),
 (DATE '2026-09-26', FALSE, '中秋节', FALSE, 'system'),
 (DATE '2026-09-27', FALSE, '中秋节', FALSE, 'system'),
 (DATE '2026-10-01', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-02', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-03', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-04', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-05', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-06', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-07', FALSE, '国庆节', FALSE, 'system'),
 (DATE '2026-10-10', TRUE,  '国庆节', FALSE, 'system');

-- 2027, PROVISIONAL: only the statutory holiday dates of 全国年节及纪念日放假办法 (as revised in 2024, in force
-- 2025-01-01): 元旦 1 day, 春节 4 days from 除夕 (2027-02-05), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3.
-- Without the State Council's schedule there are no make-up working days yet and no substitute days for holidays
-- falling on a weekend. Replace these rows when the 2027 notice is published.
INSERT INTO work_calendar (cal_date, working, name, provisional, changed_by) VALUES
 (DATE '2027-01-01', FALSE, '元旦', TRUE, 'system'),
 (DATE '2027-02-05', FALSE, '春节', TRUE, 'system'),
 (DATE '2027-02-06', FALSE, '春节', TRUE, 'system'),
 (DATE '2027-02-07', FALSE, '春节', TRUE, 'system'),
 (DATE '2027-02-08', FALSE, '春节', TRUE, 'system'),
 (DATE '2027-04-05', FALSE, '清明节', TRUE, 'system'),
 (DATE '2027-05-01', FALSE, '劳动节', TRUE, 'system'),
 (DATE '2027-05-02', FALSE, '劳动节', TRUE, 'system'),
 (DATE '2027-06-09', FALSE, '端午节', TRUE, 'system'),
 (DATE '2027-09-15', FALSE, '中秋节', TRUE, 'system'),
 (DATE '2027-10-01', FALSE, '国庆节', TRUE, 'system'),
 (DATE '2027-10-02', FALSE, '国庆节', TRUE, 'system'),
 (DATE '2027-10-03', FALSE, '国庆节', TRUE, 'system');

-- National defaults (000000), realistic example values from the domain guide, not official figures.
-- Units: *WorkingDays in working days, *Months in months, *ratio* as a fraction (0.30 = 30 %), cap.*.max and
-- emergency.maxAmount in yuan, cap.living.months in months of the household's 低保.
INSERT INTO rule_setting (setting_key, division_code, effective_from, setting_value, changed_by) VALUES
 ('notice.workingDays',                          '000000', DATE '2025-01-01', 5, 'system'),
 ('sla.default.dueWorkingDays',                  '000000', DATE '2025-01-01', 5, 'system'),
 ('sla.default.escalateWorkingDays',             '000000', DATE '2025-01-01', 3, 'system'),
 ('sla.Task_ApproveEmergency.dueWorkingDays',    '000000', DATE '2025-01-01', 1, 'system'),
 ('sla.Task_ApproveEmergency.escalateWorkingDays', '000000', DATE '2025-01-01', 0, 'system'),
 ('sla.Task_CompleteEmergencyFile.dueWorkingDays', '000000', DATE '2025-01-01', 20, 'system'),
 ('visit.intervalMonths.DEEP',                   '000000', DATE '2025-01-01', 1, 'system'),
 ('visit.intervalMonths.RELATIVE',               '000000', DATE '2025-01-01', 3, 'system'),
 ('visit.intervalMonths.ACCIDENT',               '000000', DATE '2025-01-01', 3, 'system'),
 ('reverification.sampleRatio',                  '000000', DATE '2025-01-01', 0.30, 'system'),
 ('exit.consecutiveMonths',                      '000000', DATE '2025-01-01', 6, 'system'),
 ('gradualExit.minMonths',                       '000000', DATE '2025-01-01', 1, 'system'),
 ('gradualExit.maxMonths',                       '000000', DATE '2025-01-01', 6, 'system'),
 ('gradualExit.maxRatio',                        '000000', DATE '2025-01-01', 0.60, 'system'),
 ('watch.callBackIntervalMonths',                '000000', DATE '2025-01-01', 3, 'system'),
 ('watch.periodMonths',                          '000000', DATE '2025-01-01', 24, 'system'),
 ('cap.living.months.DEEP',                      '000000', DATE '2025-01-01', 12, 'system'),
 ('cap.living.months.RELATIVE',                  '000000', DATE '2025-01-01', 8, 'system'),
 ('cap.living.months.ACCIDENT',                  '000000', DATE '2025-01-01', 8, 'system'),
 ('cap.medical.ratio.DEEP',                      '000000', DATE '2025-01-01', 1.00, 'system'),
 ('cap.medical.ratio.RELATIVE',                  '000000', DATE '2025-01-01', 0.80, 'system'),
 ('cap.medical.ratio.ACCIDENT',                  '000000', DATE '2025-01-01', 0.80, 'system'),
 ('cap.medical.max.DEEP',                        '000000', DATE '2025-01-01', 50000, 'system'),
 ('cap.medical.max.RELATIVE',                    '000000', DATE '2025-01-01', 16000, 'system'),
 ('cap.medical.max.ACCIDENT',                    '000000', DATE '2025-01-01', 16000, 'system'),
 ('cap.education.basic',                         '000000', DATE '2025-01-01', 3000, 'system'),
 ('cap.education.higher',                        '000000', DATE '2025-01-01', 10000, 'system'),
 ('cap.accident.ratio',                          '000000', DATE '2025-01-01', 0.15, 'system'),
 ('cap.accident.max',                            '000000', DATE '2025-01-01', 10000, 'system'),
 ('cap.training.max',                            '000000', DATE '2025-01-01', 3000, 'system'),
 ('cap.jobPlacement.max',                        '000000', DATE '2025-01-01', 1000, 'system'),
 ('cap.legal.max',                               '000000', DATE '2025-01-01', 5000, 'system'),
 ('relative.aidTypesPerYear',                    '000000', DATE '2025-01-01', 1, 'system'),
 ('emergency.maxAmount',                         '000000', DATE '2025-01-01', 10000, 'system');

-- A local override, to show the mechanism: Zhengzhou visits relative-hardship households every 2 months from 2026.
INSERT INTO rule_setting (setting_key, division_code, effective_from, setting_value, changed_by) VALUES
 ('visit.intervalMonths.RELATIVE', '410100', DATE '2026-01-01', 2, 'system');
