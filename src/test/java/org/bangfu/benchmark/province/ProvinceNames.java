package org.bangfu.benchmark.province;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Names for the generated province (河南). The 18 cities are real, with their division codes and their number of
 * county-level divisions; the counties of 郑州, 开封 and 洛阳 are real, the others are named after their city and
 * numbered. Grass-roots unions get illustrative enterprise names.
 */
final class ProvinceNames {

    record City(String code, String name, int counties, List<String> countyNames) {
    }

    static final List<City> CITIES = List.of(
            new City("410100", "郑州市", 12, List.of("中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区",
                    "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市")),
            new City("410300", "洛阳市", 14, List.of("老城区", "西工区", "瀍河回族区", "涧西区", "偃师区", "孟津区",
                    "洛龙区", "新安县", "栾川县", "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县")),
            new City("410200", "开封市", 9, List.of("龙亭区", "顺河回族区", "鼓楼区", "禹王台区", "祥符区", "杞县",
                    "通许县", "尉氏县", "兰考县")),
            new City("410400", "平顶山市", 10, List.of()),
            new City("410500", "安阳市", 9, List.of()),
            new City("410600", "鹤壁市", 5, List.of()),
            new City("410700", "新乡市", 12, List.of()),
            new City("410800", "焦作市", 10, List.of()),
            new City("410900", "濮阳市", 6, List.of()),
            new City("411000", "许昌市", 6, List.of()),
            new City("411100", "漯河市", 5, List.of()),
            new City("411200", "三门峡市", 6, List.of()),
            new City("411300", "南阳市", 13, List.of()),
            new City("411400", "商丘市", 9, List.of()),
            new City("411500", "信阳市", 10, List.of()),
            new City("411600", "周口市", 10, List.of()),
            new City("411700", "驻马店市", 10, List.of()),
            new City("419001", "济源示范区", 1, List.of()));

    /** Real division codes of the named counties of 郑州, 开封 and 洛阳, in the order of their names above. */
    static final List<List<String>> COUNTY_CODES = List.of(
            List.of("410102", "410103", "410104", "410105", "410106", "410108", "410122", "410181", "410182",
                    "410183", "410184", "410185"),
            List.of("410302", "410303", "410304", "410305", "410307", "410308", "410311", "410323", "410324",
                    "410325", "410326", "410327", "410328", "410329"),
            List.of("410202", "410203", "410204", "410205", "410212", "410221", "410222", "410223", "410225"));

    static final List<String> INDUSTRIES = List.of("教育工会", "卫生健康工会", "交通运输工会", "建设工会",
            "农林水利工会", "财贸金融工会", "机械冶金工会", "能源化工工会");

    private static final String[] FIRMS = {"华兴", "中原", "宏达", "鑫源", "豫丰", "天瑞", "嵩山", "黄河", "伏牛",
            "恒通", "金盾", "瑞祥", "万家", "同力", "惠民", "新兴", "长城", "东方", "永安", "博远", "润泽", "安泰",
            "双汇", "宇通", "牧原", "明泰", "众品", "思念", "三全", "白象"};
    private static final String[] KINDS = {"机械有限公司", "纺织有限公司", "食品有限公司", "建筑工程有限公司",
            "物流有限公司", "商贸有限公司", "餐饮有限公司", "制药有限公司", "电子科技有限公司", "化工有限公司",
            "汽车服务有限公司", "物业管理有限公司", "环境卫生管理站", "第一中学", "实验小学", "人民医院", "供水公司",
            "热力公司", "公交公司", "超市有限公司"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
            "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "玉兰", "国强", "红梅", "志刚",
            "海燕", "建国", "淑珍"};

    private ProvinceNames() {
    }

    static String grassroots(String countyName, SplittableRandom random, int n) {
        String place = countyName.length() > 2 ? countyName.substring(0, countyName.length() - 1) : countyName;
        return place + FIRMS[random.nextInt(FIRMS.length)] + KINDS[random.nextInt(KINDS.length)] + "工会"
                + (n > 0 ? "（" + n + "）" : "");
    }

    static String person(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    static String shortCity(City city) {
        String name = city.name();
        return name.endsWith("示范区") ? "济源" : name.substring(0, name.length() - 1);
    }
}
