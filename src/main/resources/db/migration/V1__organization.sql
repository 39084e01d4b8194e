-- The union tree and its users. Units carry a unique code, their 6-digit division code and the path of codes
-- from the root, so that "this unit and everything below it" is a prefix match.
CREATE TABLE org_unit (
    id            BIGINT       PRIMARY KEY,
    code          VARCHAR(16)  NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    level         VARCHAR(16)  NOT NULL,
    parent_id     BIGINT       REFERENCES org_unit (id),
    division_code CHAR(6)      NOT NULL,
    path          VARCHAR(400) NOT NULL UNIQUE,
    CONSTRAINT org_unit_level_ck CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'GRASSROOTS', 'INDUSTRY'))
);

CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(50)  NOT NULL,
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE app_user_role (
    username VARCHAR(64) NOT NULL REFERENCES app_user (username),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT app_user_role_ck CHECK (role IN ('CASE_WORKER', 'APPROVER', 'FINANCE', 'ANALYST', 'AUDITOR', 'ADMIN'))
);

-- Demo union tree (Henan), from the seed documents. Names of grass-roots unions are illustrative.
INSERT INTO org_unit (id, code, name, level, parent_id, division_code, path) VALUES
 (1,  '410000',    '河南省总工会',                   'PROVINCE',   NULL, '410000', '/410000/'),
 (2,  '410100',    '郑州市总工会',                   'CITY',       1,    '410100', '/410000/410100/'),
 (3,  '410300',    '洛阳市总工会',                   'CITY',       1,    '410300', '/410000/410300/'),
 (4,  '410200',    '开封市总工会',                   'CITY',       1,    '410200', '/410000/410200/'),
 (5,  '419001',    '济源示范区总工会',               'CITY',       1,    '419001', '/410000/419001/'),
 (6,  '410102',    '郑州市中原区总工会',             'COUNTY',     2,    '410102', '/410000/410100/410102/'),
 (7,  '410108',    '郑州市惠济区总工会',             'COUNTY',     2,    '410108', '/410000/410100/410108/'),
 (8,  '410102001', '中原区豫香园餐饮有限公司工会',   'GRASSROOTS', 6,    '410102', '/410000/410100/410102/410102001/'),
 (9,  '410102002', '中原区环境卫生管理站工会',       'GRASSROOTS', 6,    '410102', '/410000/410100/410102/410102002/'),
 (10, '410108001', '惠济区物流园区联合工会',         'GRASSROOTS', 7,    '410108', '/410000/410100/410108/410108001/'),
 (11, '410000901', '郑州铁路局工会',                 'INDUSTRY',   1,    '410100', '/410000/410000901/'),
 (12, '410000902', '郑州铁路局郑州车务段工会',       'GRASSROOTS', 11,   '410100', '/410000/410000901/410000902/');
